/**
 * The body-surface coordinate system that referral zones and pain sites are drawn in.
 *
 * A point on the skin of the right limb is named by its height `y` (model-frame metres) and its
 * angle around the limb axis in degrees: 0 anterior, 90 lateral, 180 posterior, 270 medial. The
 * axis is a polyline through the centre of the limb's cross-section at each height (the right
 * half of the pelvis above the hip). The generator writes this coordinate onto the skin's
 * vertices and the app reads it back on a click, so both sides share this one definition.
 */
import type { SurfacePatch, Vec3 } from './types.ts';

/** Centre of the limb's cross-section (x, z) at a given height, top to bottom. */
export const limbAxis: readonly { y: number; x: number; z: number }[] = [
  { y: 0.2, x: -0.06, z: -0.06 },
  { y: 0.05, x: -0.07, z: -0.05 },
  { y: -0.07, x: -0.085, z: -0.05 },
  { y: -0.27, x: -0.095, z: -0.045 },
  { y: -0.46, x: -0.085, z: -0.06 },
  { y: -0.7, x: -0.085, z: -0.07 },
  { y: -0.89, x: -0.083, z: -0.075 },
  { y: -0.96, x: -0.085, z: -0.09 },
];

/** The axis centre at height y (clamped to the ends of the polyline). */
export function limbAxisAt(y: number): { x: number; z: number } {
  const first = limbAxis[0]!;
  const last = limbAxis[limbAxis.length - 1]!;
  if (y >= first.y) return { x: first.x, z: first.z };
  if (y <= last.y) return { x: last.x, z: last.z };
  for (let i = 1; i < limbAxis.length; i++) {
    const upper = limbAxis[i - 1]!;
    const lower = limbAxis[i]!;
    if (y >= lower.y) {
      const t = (upper.y - y) / (upper.y - lower.y);
      return { x: upper.x + (lower.x - upper.x) * t, z: upper.z + (lower.z - upper.z) * t };
    }
  }
  return { x: last.x, z: last.z };
}

/** Normalises an angle to [0, 360). */
export function normaliseAngle(degrees: number): number {
  const a = degrees % 360;
  return a < 0 ? a + 360 : a;
}

/** The surface coordinate of a point of the right limb. */
export function surfaceCoordinate(point: Vec3): { y: number; angle: number } {
  const [x, y, z] = point;
  const centre = limbAxisAt(y);
  // +x is medial for the right limb, so lateral is -dx.
  const angle = normaliseAngle((Math.atan2(-(x - centre.x), z - centre.z) * 180) / Math.PI);
  return { y, angle };
}

/** Whether an angle lies on the arc from `from` increasing to `to` (wrapping past 360). */
export function angleInArc(angle: number, from: number, to: number): boolean {
  const a = normaliseAngle(angle);
  const f = normaliseAngle(from);
  const t = normaliseAngle(to);
  if (to - from >= 360) return true;
  return f <= t ? a >= f && a <= t : a >= f || a <= t;
}

/** Arc length in degrees from `from` increasing to `to`. */
export function arcLength(from: number, to: number): number {
  if (to - from >= 360) return 360;
  const span = normaliseAngle(to) - normaliseAngle(from);
  return span < 0 ? span + 360 : span;
}

export function patchContains(patch: SurfacePatch, coord: { y: number; angle: number }): boolean {
  return (
    coord.y >= patch.y[0] && coord.y <= patch.y[1] && angleInArc(coord.angle, patch.angle[0], patch.angle[1])
  );
}

/** Overlap of two patches as (height overlap in m) × (arc overlap in degrees); 0 when disjoint. */
export function patchOverlap(a: SurfacePatch, b: SurfacePatch): number {
  const height = Math.min(a.y[1], b.y[1]) - Math.max(a.y[0], b.y[0]);
  if (height <= 0) return 0;
  // Sample the arc of `a` at 1° steps: simple, exact enough and handles every wrap case.
  const span = arcLength(a.angle[0], a.angle[1]);
  let degrees = 0;
  for (let d = 0.5; d < span; d += 1) {
    if (angleInArc(a.angle[0] + d, b.angle[0], b.angle[1])) degrees += 1;
  }
  return height * degrees;
}

/** Whether any patch of `a` meets any patch of `b` with a real (non-sliver) overlap. */
export function patchesMeet(
  a: readonly SurfacePatch[],
  b: readonly SurfacePatch[],
  minOverlap = 0.005 * 10,
): boolean {
  return a.some((pa) => b.some((pb) => patchOverlap(pa, pb) >= minOverlap));
}
