/**
 * Centrelines: a smooth curve through control points (centripetal Catmull-Rom, which neither
 * overshoots nor loops between unevenly spaced points), resampled evenly by arc length.
 */
import { type V3, distance, lerp } from './vec.ts';

/** Evaluate a centripetal Catmull-Rom segment between p1 and p2 at u in [0,1]. */
function catmullRomPoint(p0: V3, p1: V3, p2: V3, p3: V3, u: number): V3 {
  const knot = (a: V3, b: V3): number => Math.max(1e-6, Math.sqrt(distance(a, b)));
  const t0 = 0;
  const t1 = t0 + knot(p0, p1);
  const t2 = t1 + knot(p1, p2);
  const t3 = t2 + knot(p2, p3);
  const t = t1 + (t2 - t1) * u;
  const a1 = lerp(p0, p1, (t - t0) / (t1 - t0));
  const a2 = lerp(p1, p2, (t - t1) / (t2 - t1));
  const a3 = lerp(p2, p3, (t - t2) / (t3 - t2));
  const b1 = lerp(a1, a2, (t - t0) / (t2 - t0));
  const b2 = lerp(a2, a3, (t - t1) / (t3 - t1));
  return lerp(b1, b2, (t - t1) / (t2 - t1));
}

/** A dense polyline through all control points (ends extrapolated by reflection). */
export function catmullRom(points: readonly (readonly number[])[], perSegment = 24): V3[] {
  const pts = points.map((p) => [p[0]!, p[1]!, p[2]!] as V3);
  if (pts.length < 2) return pts;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const ext: V3[] = [lerp(pts[1]!, first, 2), ...pts, lerp(pts[pts.length - 2]!, last, 2)];
  const out: V3[] = [];
  for (let i = 1; i < ext.length - 2; i++) {
    for (let k = 0; k < perSegment; k++) {
      out.push(catmullRomPoint(ext[i - 1]!, ext[i]!, ext[i + 1]!, ext[i + 2]!, k / perSegment));
    }
  }
  out.push(last);
  return out;
}

export function polylineLength(points: readonly V3[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
  return total;
}

/** n points evenly spaced by arc length along a polyline (first and last kept). */
export function resample(points: readonly V3[], n: number): V3[] {
  const cum = [0];
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1]! + distance(points[i - 1]!, points[i]!));
  const total = cum[cum.length - 1]!;
  const out: V3[] = [];
  let j = 1;
  for (let k = 0; k < n; k++) {
    const s = (total * k) / (n - 1);
    while (j < points.length - 1 && cum[j]! < s) j++;
    const s0 = cum[j - 1]!;
    const s1 = cum[j]!;
    out.push(lerp(points[j - 1]!, points[j]!, s1 > s0 ? (s - s0) / (s1 - s0) : 0));
  }
  return out;
}

/** Smooth curve through the control points, resampled to n even samples. */
export function smoothCentreline(points: readonly (readonly number[])[], n: number): V3[] {
  return resample(catmullRom(points), n);
}
