/**
 * BVH-accelerated picking (three-mesh-bvh). Every part's geometry gets a bounds tree once, and its
 * mesh a raycast that skips hidden or unpickable meshes, so a ray costs well under a millisecond
 * on the full model. Needs no WebGL, so it is tested in Node with seeded rays.
 *
 * three-mesh-bvh is loaded after the first frame (`loadPicking`, called once the scene is ready),
 * not before: nobody can point at the model before it is drawn, and its bytes would otherwise
 * count against the start-up budget. Until it arrives, meshes pick with three's plain raycast
 * (same hits, slower); queued geometries get their trees as soon as it lands.
 */
import { Mesh, type BufferGeometry, type Intersection, type Object3D, type Raycaster } from 'three';
import type * as BvhLibrary from './bvh-library.ts';
import type { MeshBVH } from 'three-mesh-bvh';

type Bvh = typeof BvhLibrary;
let bvh: Bvh | null = null;
let loading: Promise<void> | null = null;
const waiting = new Set<BufferGeometry>();

// Typed loosely: the library's augmentation of BufferGeometry is not imported here.
type WithTree = { boundsTree?: MeshBVH };

function build(library: Bvh, geometry: BufferGeometry): void {
  const g = geometry as unknown as WithTree;
  if (!g.boundsTree) g.boundsTree = new library.MeshBVH(geometry);
}

/** Loads three-mesh-bvh (once) and builds the trees of every geometry queued so far. */
export function loadPicking(): Promise<void> {
  loading ??= import('./bvh-library.ts').then((library) => {
    bvh = library;
    for (const geometry of waiting) build(library, geometry);
    waiting.clear();
  });
  return loading;
}

/** Builds the geometry's bounds tree (once), or queues it until the library has loaded. */
export function ensureBoundsTree(geometry: BufferGeometry): void {
  if (bvh) build(bvh, geometry);
  else waiting.add(geometry);
}

/** Whether an object and all its ancestors are visible. */
export function isShown(object: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/**
 * Raycast for a part mesh: BVH-accelerated, and silent while the mesh is hidden or flagged
 * `userData.unpickable` (a translucent skin must not hide the structures under it).
 */
export function pickableRaycast(this: Mesh, raycaster: Raycaster, intersects: Intersection[]): void {
  if (this.userData.unpickable === true || !isShown(this)) return;
  if (bvh && (this.geometry as unknown as WithTree).boundsTree)
    bvh.acceleratedRaycast.call(this, raycaster, intersects);
  else Mesh.prototype.raycast.call(this, raycaster, intersects);
}

/** Makes a mesh pick through its BVH. */
export function makePickable(mesh: Mesh): void {
  ensureBoundsTree(mesh.geometry);
  mesh.raycast = pickableRaycast;
}

/** Nearest hit among meshes (first hit per mesh, as with `raycaster.firstHitOnly`). */
export function pickFirst(raycaster: Raycaster & { firstHitOnly?: boolean }, meshes: readonly Mesh[]) {
  raycaster.firstHitOnly = true;
  const hits = raycaster.intersectObjects(meshes as Mesh[], false);
  return hits[0];
}
