/**
 * Pure kinematics of the right lower limb (issue 14): joints, the self-test poses and each muscle's
 * musculotendon length from its gait2392 path. Imports only src/anatomy; no React, three or zustand.
 */
export * from './joints.ts';
export * from './path-length.ts';
export * from './poses.ts';
export * from './pose-ids.ts';
export * from './not-stretched.ts';
export { gait2392Lines, type MuscleLine, type PathPoint } from './gait2392-lines.ts';
