/**
 * Picking inside a batch: one mesh holds many items, some hidden. The ray collects every hit on
 * the mesh (not just the first, which may belong to a hidden item) and reports the nearest hit
 * on an item that is drawn.
 */
import type { Intersection, Mesh, Raycaster } from 'three';

type Raycast = (this: Mesh, raycaster: Raycaster, intersects: Intersection[]) => void;

export function raycastDrawnItems(base: Raycast, drawn: (hit: Intersection) => boolean): Raycast {
  return function raycast(this: Mesh, raycaster, intersects) {
    const r = raycaster as Raycaster & { firstHitOnly?: boolean };
    const first = r.firstHitOnly;
    const hits: Intersection[] = [];
    r.firstHitOnly = false;
    try {
      base.call(this, raycaster, hits);
    } finally {
      r.firstHitOnly = first;
    }
    let nearest: Intersection | undefined;
    for (const hit of hits) if (drawn(hit) && (!nearest || hit.distance < nearest.distance)) nearest = hit;
    if (nearest) intersects.push(nearest);
  };
}
