/**
 * Shorthand for the skin patches of referral zones (see `SurfacePatch` in `../types.ts`):
 * heights in model-frame metres (lower, upper) and an arc of angle in degrees
 * (0 front, 90 outer side, 180 back, 270 inner side of the right limb), from `from` increasing to `to`.
 */
import type { SurfacePatch } from '../types.ts';

export function patch(yLower: number, yUpper: number, from: number, to: number): SurfacePatch {
  return { y: [yLower, yUpper], angle: [from, to] };
}
