export * from './vec.ts';
export * from './centreline.ts';
export * from './frames.ts';
export * from './superellipse-loft.ts';
export * from './mesh-utils.ts';
