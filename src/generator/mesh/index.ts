/**
 * Shared mesh utilities of the generator: SDF primitives and blends (`sdf.ts`), level-set meshing
 * by surface nets (`level-set.ts`), Taubin smoothing (`smooth.ts`), smooth normals (`normals.ts`)
 * meshoptimizer simplification (`simplify.ts`) and the midline clamp (`midline.ts`).
 */
export * from './sdf.ts';
export * from './level-set.ts';
export * from './smooth.ts';
export * from './normals.ts';
export * from './simplify.ts';
export * from './midline.ts';
