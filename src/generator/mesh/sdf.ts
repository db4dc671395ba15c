/**
 * Signed distance functions (negative inside) and the operators the bone builder composes them
 * with. Scalars only (no vector objects) because the level-set mesher calls a field millions of
 * times. Distances are exact for the primitives and close to exact (Lipschitz ≈ 1) for the
 * sweeps and blends, which is all a level-set extractor needs.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import type { DistanceField } from '../types.ts';
import { distanceToBounds } from './bounds.ts';
import type { Bounds } from './level-set.ts';
import { smax, smin } from './smooth-min.ts';

export type Sdf = DistanceField;

export { smax, smin } from './smooth-min.ts';

/**
 * `field`, skipped far from `bounds`: more than `margin` outside the box, the distance to the box
 * (a lower bound, enough to say "clearly outside") is returned instead of evaluating the field.
 */
export function culledOutside(field: Sdf, bounds: Bounds, margin: number): Sdf {
  return (x, y, z) => {
    const out = distanceToBounds(bounds, x, y, z);
    return out > margin ? out : field(x, y, z);
  };
}

export function sphere(c: Vec3, r: number): Sdf {
  const [cx, cy, cz] = c;
  return (x, y, z) => Math.hypot(x - cx, y - cy, z - cz) - r;
}

/** Axis-aligned ellipsoid (the usual k0·(k0−1)/k1 approximation: exact on the surface). */
export function ellipsoid(c: Vec3, radii: Vec3): Sdf {
  const [cx, cy, cz] = c;
  const [rx, ry, rz] = radii;
  return (x, y, z) => {
    const px = (x - cx) / rx;
    const py = (y - cy) / ry;
    const pz = (z - cz) / rz;
    const k0 = Math.hypot(px, py, pz);
    const k1 = Math.hypot(px / rx, py / ry, pz / rz);
    return k1 === 0 ? -Math.min(rx, ry, rz) : (k0 * (k0 - 1)) / k1;
  };
}

/** Cone with rounded ends between a (radius ra) and b (radius rb): a tapering capsule. */
export function roundCone(a: Vec3, b: Vec3, ra: number, rb: number): Sdf {
  const [ax, ay, az] = a;
  const bx = b[0] - ax;
  const by = b[1] - ay;
  const bz = b[2] - az;
  const l2 = bx * bx + by * by + bz * bz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  return (x, y, z) => {
    const px = x - ax;
    const py = y - ay;
    const pz = z - az;
    const yy = px * bx + py * by + pz * bz;
    const zz = yy - l2;
    const qx = px * l2 - bx * yy;
    const qy = py * l2 - by * yy;
    const qz = pz * l2 - bz * yy;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = yy * yy * l2;
    const z2 = zz * zz * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zz) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
    if (Math.sign(yy) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
    return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - ra;
  };
}

/** A chain of tapering capsules through points with radii (a bent rod, a ramus, a ridge). */
export function rodChain(points: readonly Vec3[], radii: readonly number[], blend = 0): Sdf {
  const parts: Sdf[] = [];
  for (let i = 1; i < points.length; i++) {
    parts.push(roundCone(points[i - 1]!, points[i]!, radii[i - 1]!, radii[i]!));
  }
  return union(parts, blend);
}

/** Union of fields, blended with smooth-min of width k. */
export function union(parts: readonly Sdf[], k = 0): Sdf {
  return (x, y, z) => {
    let d = Infinity;
    for (const f of parts) d = k > 0 && d !== Infinity ? smin(d, f(x, y, z), k) : Math.min(d, f(x, y, z));
    return d;
  };
}

/** a minus b, smoothly over width k. */
export function subtract(a: Sdf, b: Sdf, k = 0): Sdf {
  return (x, y, z) => (k > 0 ? smax(a(x, y, z), -b(x, y, z), k) : Math.max(a(x, y, z), -b(x, y, z)));
}

/** Intersection of a and b. */
export function intersect(a: Sdf, b: Sdf, k = 0): Sdf {
  return (x, y, z) => (k > 0 ? smax(a(x, y, z), b(x, y, z), k) : Math.max(a(x, y, z), b(x, y, z)));
}

/** Half-space below the plane through p with outward normal n (negative on the side -n). */
export function halfSpace(p: Vec3, n: Vec3): Sdf {
  const l = Math.hypot(n[0], n[1], n[2]);
  const nx = n[0] / l;
  const ny = n[1] / l;
  const nz = n[2] / l;
  return (x, y, z) => (x - p[0]) * nx + (y - p[1]) * ny + (z - p[2]) * nz;
}

// Sections, sweeps and sheets live in their own modules; re-exported so bone builders import
// every field from here.
export { ellipse2, roundedBox2, triangle2 } from './sdf-sections.ts';
export { sweptBar, verticalSweep, type SweepStation } from './sdf-sweeps.ts';
export { thickSheet } from './sdf-thick-sheet.ts';
