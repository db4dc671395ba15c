/**
 * A crude stand-in bone set (capsules and spheres) used only while the real bone builder is
 * missing, so the soft-tissue builder can be developed and looked at. Not part of the model.
 */
import type { BoneId } from '../../anatomy/ids.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import type { BoneSet, DistanceField } from '../types.ts';

type P = readonly [number, number, number];
function capsule(a: P, b: P, r: number): DistanceField {
  const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const ll = ab[0]! ** 2 + ab[1]! ** 2 + ab[2]! ** 2;
  return (x, y, z) => {
    const t = Math.max(
      0,
      Math.min(1, ((x - a[0]) * ab[0]! + (y - a[1]) * ab[1]! + (z - a[2]) * ab[2]!) / ll),
    );
    return Math.hypot(x - a[0] - ab[0]! * t, y - a[1] - ab[1]! * t, z - a[2] - ab[2]! * t) - r;
  };
}
const sphere =
  (c: P, r: number): DistanceField =>
  (x, y, z) =>
    Math.hypot(x - c[0], y - c[1], z - c[2]) - r;
function smin(fs: DistanceField[], k = 0.01): DistanceField {
  return (x, y, z) => {
    let d = fs[0]!(x, y, z);
    for (let i = 1; i < fs.length; i++) {
      const e = fs[i]!(x, y, z);
      const h = Math.max(k - Math.abs(d - e), 0) / k;
      d = Math.min(d, e) - (h * h * k) / 4;
    }
    return d;
  };
}

const parts: Record<BoneId, DistanceField> = {
  femur: smin([
    sphere([-0.0835, -0.0661, -0.0707], 0.024),
    capsule([-0.09, -0.07, -0.072], [-0.125, -0.085, -0.082], 0.016),
    sphere([-0.128, -0.072, -0.086], 0.015),
    capsule([-0.122, -0.095, -0.082], [-0.106, -0.28, -0.052], 0.015),
    capsule([-0.106, -0.28, -0.052], [-0.088, -0.41, -0.055], 0.016),
    sphere([-0.098, -0.128, -0.082], 0.01),
    sphere([-0.112, -0.44, -0.072], 0.024),
    sphere([-0.058, -0.44, -0.072], 0.024),
  ]),
  patella: sphere([-0.085, -0.455, -0.008], 0.016),
  tibia: smin([
    capsule([-0.112, -0.49, -0.075], [-0.055, -0.49, -0.075], 0.022),
    capsule([-0.085, -0.5, -0.07], [-0.085, -0.86, -0.075], 0.014),
    sphere([-0.08, -0.535, -0.052], 0.012),
  ]),
  fibula: smin([
    sphere([-0.12, -0.52, -0.09], 0.011),
    capsule([-0.12, -0.52, -0.09], [-0.115, -0.87, -0.085], 0.007),
  ]),
  calcaneus: smin([capsule([-0.09, -0.9, -0.11], [-0.088, -0.91, -0.03], 0.02)]),
  'hip-bone': smin(
    [
      capsule([-0.125, 0.03, -0.035], [-0.07, 0.04, -0.12], 0.018),
      capsule([-0.11, 0.0, -0.05], [-0.08, -0.0, -0.1], 0.02),
      capsule([-0.07, 0.04, -0.12], [-0.06, -0.03, -0.11], 0.015),
      capsule([-0.06, -0.03, -0.11], [-0.065, -0.105, -0.115], 0.014),
      capsule([-0.065, -0.105, -0.11], [-0.03, -0.11, -0.07], 0.01),
      capsule([-0.03, -0.11, -0.07], [-0.015, -0.08, -0.035], 0.01),
      capsule([-0.015, -0.08, -0.035], [-0.075, -0.07, -0.035], 0.011),
      capsule([-0.125, 0.0, -0.025], [-0.1, -0.04, -0.04], 0.01),
    ],
    0.02,
  ),
  sacrum: capsule([-0.0, 0.03, -0.13], [-0.0, -0.04, -0.15], 0.025),
};

export function devBones(): BoneSet {
  const ids = Object.keys(parts) as BoneId[];
  const field: DistanceField = (x, y, z) => Math.min(...ids.map((id) => parts[id](x, y, z)));
  const project = (p: Vec3, bone: BoneId): Vec3 => {
    const f = parts[bone];
    let q: [number, number, number] = [p[0], p[1], p[2]];
    for (let i = 0; i < 12; i++) {
      const d = f(q[0], q[1], q[2]);
      const h = 1e-4;
      const g = [
        (f(q[0] + h, q[1], q[2]) - f(q[0] - h, q[1], q[2])) / (2 * h),
        (f(q[0], q[1] + h, q[2]) - f(q[0], q[1] - h, q[2])) / (2 * h),
        (f(q[0], q[1], q[2] + h) - f(q[0], q[1], q[2] - h)) / (2 * h),
      ];
      const gl = Math.hypot(g[0]!, g[1]!, g[2]!) || 1;
      q = [q[0] - (g[0]! / gl) * d, q[1] - (g[1]! / gl) * d, q[2] - (g[2]! / gl) * d];
      if (Math.abs(d) < 1e-6) break;
    }
    return q;
  };
  return { parts: [], anchors: [], field, fieldOf: (b) => parts[b], project };
}
