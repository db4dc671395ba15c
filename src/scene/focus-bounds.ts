/**
 * World-space box around what focusing a candidate lights up: the muscle, its attachments, its
 * trigger points and its referral zones on the skin (the skin vertices inside the zones).
 */
import { Box3, Mesh, Vector3, type BufferAttribute } from 'three';
import { regionContains } from '../anatomy/surface-outline.ts';
import type { SurfaceOutline } from '../anatomy/types.ts';
import { muscleById } from '../anatomy/index.ts';
import type { MuscleId } from '../anatomy/ids.ts';
import type { Bounds } from './camera-framing.ts';
import { itemsOf, partObject, partsOf } from './scene-registry.ts';

const box = new Box3();
const itemBox = new Box3();
const p = new Vector3();

/** Model-frame (mesh-local) box of the skin vertices inside a region; empty when none. */
export function regionVertexBox(
  surface: BufferAttribute,
  position: BufferAttribute,
  region: readonly SurfaceOutline[],
  out = new Box3(),
): Box3 {
  out.makeEmpty();
  const coord = { y: 0, angle: 0 };
  for (let i = 0; i < surface.count; i++) {
    coord.y = surface.getX(i);
    coord.angle = surface.getY(i);
    if (regionContains(region, coord)) out.expandByPoint(p.fromBufferAttribute(position, i));
  }
  return out;
}

export function focusBounds(structure: string): Bounds | undefined {
  box.makeEmpty();
  for (const object of partsOf(structure)) if (object.visible) box.expandByObject(object);
  for (const item of itemsOf(structure)) if (item.shown()) box.union(item.box(itemBox));
  const muscle = muscleById(structure as MuscleId);
  const skin = partObject('skin');
  if (muscle && skin instanceof Mesh) {
    const region = muscle.triggerPoints.flatMap((t) => t.zone.essential);
    const surface = skin.geometry.getAttribute('_surface') as BufferAttribute | undefined;
    const position = skin.geometry.getAttribute('position') as BufferAttribute | undefined;
    if (surface && position && region.length) {
      skin.updateWorldMatrix(true, false);
      box.union(regionVertexBox(surface, position, region).applyMatrix4(skin.matrixWorld));
    }
  }
  return box.isEmpty() ? undefined : { min: box.min.toArray(), max: box.max.toArray() };
}
