/**
 * BVH-accelerated picking (three-mesh-bvh). Every part's geometry gets a bounds tree once, and its
 * mesh a raycast that skips hidden or unpickable meshes, so a ray costs well under a millisecond
 * on the full model. Needs no WebGL, so it is tested in Node with seeded rays.
 */
import { type Mesh, type BufferGeometry, type Intersection, type Object3D, type Raycaster } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';

/** Builds the geometry's bounds tree (once). */
export function ensureBoundsTree(geometry: BufferGeometry): void {
  // Typed loosely: drei bundles its own three-mesh-bvh whose augmentation of BufferGeometry differs.
  const g = geometry as unknown as { boundsTree?: MeshBVH };
  if (g.boundsTree) return;
  g.boundsTree = new MeshBVH(geometry);
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
  acceleratedRaycast.call(this, raycaster, intersects);
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
