/**
 * PROVISIONAL: the old box zones (height band × arc of angle) turned into rounded outlines, so the
 * app works while each zone is redrawn by hand as an organic outline. Every use of `patch` is to be
 * replaced; `tests/unit/referral-maps.test.ts` lists the zones still drawn this way.
 */
import type { SurfaceOutline } from '../types.ts';

export function patch(yLower: number, yUpper: number, from: number, to: number): SurfaceOutline {
  const a1 = to < from ? to + 360 : to;
  const am = (from + a1) / 2;
  const ym = (yLower + yUpper) / 2;
  const ia = (a1 - from) * 0.12;
  const iy = (yUpper - yLower) * 0.12;
  return [
    [am, yUpper],
    [a1 - ia, yUpper - iy],
    [a1, ym],
    [a1 - ia, yLower + iy],
    [am, yLower],
    [from + ia, yLower + iy],
    [from, ym],
    [from + ia, yUpper - iy],
  ];
}
