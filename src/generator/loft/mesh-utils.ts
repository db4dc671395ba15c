/**
 * Mesh helpers for lofted parts: the shared ones from `src/generator/mesh` (model-core), re-exported
 * so the loft and soft-tissue code has one import place.
 */
export { vertexNormals } from '../mesh/normals.ts';
export { taubinSmooth } from '../mesh/smooth.ts';
