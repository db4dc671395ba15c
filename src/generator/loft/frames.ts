/**
 * Parallel-transport frames along a sampled curve: each frame is the previous one rotated by the
 * smallest rotation that carries the old tangent onto the new, so sections never twist on their own.
 */
import { type V3, cross, dot, normalize, reject, rotate, sub } from './vec.ts';

export interface Frame {
  tangent: V3;
  /** First normal (the section's width axis before any chosen roll). */
  normal: V3;
  binormal: V3;
}

export function tangents(points: readonly V3[]): V3[] {
  return points.map((_, i) => {
    const a = points[Math.max(0, i - 1)]!;
    const b = points[Math.min(points.length - 1, i + 1)]!;
    return normalize(sub(b, a));
  });
}

export function parallelTransportFrames(points: readonly V3[], initialNormal?: readonly number[]): Frame[] {
  const ts = tangents(points);
  const t0 = ts[0]!;
  const seed: readonly number[] = initialNormal ?? (Math.abs(t0[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]);
  let n = normalize(reject(seed, t0));
  if (!Number.isFinite(n[0])) n = normalize(reject([0, 0, 1], t0));
  const frames: Frame[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (i > 0) {
      const prev = ts[i - 1]!;
      const axis = cross(prev, t);
      const s = Math.hypot(axis[0], axis[1], axis[2]);
      if (s > 1e-9) n = rotate(n, normalize(axis), Math.atan2(s, dot(prev, t)));
      n = normalize(reject(n, t));
    }
    frames.push({ tangent: t, normal: n, binormal: cross(t, n) });
  }
  return frames;
}

/**
 * Frames that follow parallel transport but roll toward a wanted width direction at each sample;
 * the roll angle is unwrapped and smoothed so the section turns gently.
 */
export function guidedFrames(
  points: readonly V3[],
  wantWidth: (i: number, tangent: V3) => readonly number[],
  smoothing = 4,
): Frame[] {
  const base = parallelTransportFrames(points);
  const angles = base.map((f, i) => {
    const w = reject(wantWidth(i, f.tangent), f.tangent);
    return Math.atan2(dot(w, f.binormal), dot(w, f.normal));
  });
  for (let i = 1; i < angles.length; i++) {
    let d = angles[i]! - angles[i - 1]!;
    // A width axis is a line, not an arrow: stay within +-90 degrees of the previous roll.
    while (d > Math.PI / 2) d -= Math.PI;
    while (d < -Math.PI / 2) d += Math.PI;
    angles[i] = angles[i - 1]! + d;
  }
  let a = angles;
  for (let pass = 0; pass < smoothing; pass++) {
    a = a.map((v, i) => (i === 0 || i === a.length - 1 ? v : (a[i - 1]! + 2 * v + a[i + 1]!) / 4));
  }
  return base.map((f, i) => {
    const n = rotate(f.normal, f.tangent, a[i]!);
    return { tangent: f.tangent, normal: n, binormal: cross(f.tangent, n) };
  });
}
