/**
 * The two pieces of three-mesh-bvh picking uses. picking.ts imports this module lazily; importing
 * the library's namespace there instead would keep all of it (helpers, GLSL, workers) in the
 * bundle, since a dynamic import's namespace cannot be tree-shaken.
 */
export { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
