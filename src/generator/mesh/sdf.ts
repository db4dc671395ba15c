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

export type Sdf = DistanceField;

/** Polynomial smooth minimum: blends two fields over a seam of width ≈ k (metres). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth maximum (smooth intersection / subtraction). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

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

/** Catmull-Rom interpolation of a value list at u in [0, n-1]. */
function catmull(values: readonly number[], u: number): number {
  const n = values.length;
  const i = Math.min(Math.max(Math.floor(u), 0), n - 2);
  const t = u - i;
  const p0 = values[Math.max(i - 1, 0)]!;
  const p1 = values[i]!;
  const p2 = values[i + 1]!;
  const p3 = values[Math.min(i + 2, n - 1)]!;
  const t2 = t * t;
  const t3 = t2 * t;
  return (
    0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
  );
}

/** One station of a vertical sweep: centre and the section's shape parameters at height y. */
export interface SweepStation {
  y: number;
  x: number;
  z: number;
  /** Named section parameters (interpolated between stations), read by the section function. */
  s: readonly number[];
}

/**
 * A loft along a near-vertical curved axis (long-bone shafts): stations top to bottom, each with
 * a centre and section parameters, interpolated by Catmull-Rom; `section(u, v, s)` is the 2D
 * signed distance of the cross-section at lateral offset u (toward −x) and anterior offset v
 * (toward +z). Ends are flat and are meant to be blended into the epiphyses.
 */
export function verticalSweep(
  stations: readonly SweepStation[],
  section: (u: number, v: number, s: readonly number[]) => number,
): Sdf {
  const ys = stations.map((s) => s.y);
  const xs = stations.map((s) => s.x);
  const zs = stations.map((s) => s.z);
  const params = stations[0]!.s.map((_, k) => stations.map((s) => s.s[k]!));
  const top = ys[0]!;
  const bottom = ys[ys.length - 1]!;
  const sv: number[] = new Array<number>(params.length).fill(0);
  return (x, y, z) => {
    const yc = Math.min(Math.max(y, bottom), top);
    let i = 0;
    while (i < ys.length - 2 && yc < ys[i + 1]!) i++;
    const u = i + (ys[i]! - yc) / (ys[i]! - ys[i + 1]!);
    const cx = catmull(xs, u);
    const cz = catmull(zs, u);
    for (let k = 0; k < params.length; k++) sv[k] = catmull(params[k]!, u);
    const d2 = section(-(x - cx), z - cz, sv);
    const dy = Math.max(y - top, bottom - y);
    if (dy <= 0) return d2;
    return d2 <= 0 ? dy : Math.hypot(d2, dy);
  };
}

/** 2D signed distance to an ellipse-like section (exact on the boundary). */
export function ellipse2(u: number, v: number, ru: number, rv: number): number {
  const pu = u / ru;
  const pv = v / rv;
  const k0 = Math.hypot(pu, pv);
  const k1 = Math.hypot(pu / ru, pv / rv);
  return k1 === 0 ? -Math.min(ru, rv) : (k0 * (k0 - 1)) / k1;
}

/** 2D signed distance to a triangle (a, b, c as [u, v]). */
export function triangle2(
  u: number,
  v: number,
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
): number {
  const e0u = b[0] - a[0];
  const e0v = b[1] - a[1];
  const e1u = c[0] - b[0];
  const e1v = c[1] - b[1];
  const e2u = a[0] - c[0];
  const e2v = a[1] - c[1];
  const v0u = u - a[0];
  const v0v = v - a[1];
  const v1u = u - b[0];
  const v1v = v - b[1];
  const v2u = u - c[0];
  const v2v = v - c[1];
  const clamp = (t: number) => Math.min(Math.max(t, 0), 1);
  const t0 = clamp((v0u * e0u + v0v * e0v) / (e0u * e0u + e0v * e0v));
  const t1 = clamp((v1u * e1u + v1v * e1v) / (e1u * e1u + e1v * e1v));
  const t2 = clamp((v2u * e2u + v2v * e2v) / (e2u * e2u + e2v * e2v));
  const pq0u = v0u - e0u * t0;
  const pq0v = v0v - e0v * t0;
  const pq1u = v1u - e1u * t1;
  const pq1v = v1v - e1v * t1;
  const pq2u = v2u - e2u * t2;
  const pq2v = v2v - e2v * t2;
  const s = Math.sign(e0u * e2v - e0v * e2u);
  const d0 = pq0u * pq0u + pq0v * pq0v;
  const d1 = pq1u * pq1u + pq1v * pq1v;
  const d2 = pq2u * pq2u + pq2v * pq2v;
  const c0 = s * (v0u * e0v - v0v * e0u);
  const c1 = s * (v1u * e1v - v1v * e1u);
  const c2 = s * (v2u * e2v - v2v * e2u);
  const d = Math.min(d0, d1, d2);
  return -Math.sqrt(d) * Math.sign(Math.min(c0, c1, c2));
}

/** Closest point on triangle abc to p (Ericson), returned with its barycentric weights. */
function closestOnTriangle(
  px: number,
  py: number,
  pz: number,
  t: Float64Array,
  o: number,
  out: Float64Array,
): void {
  const ax = t[o]!;
  const ay = t[o + 1]!;
  const az = t[o + 2]!;
  const abx = t[o + 3]! - ax;
  const aby = t[o + 4]! - ay;
  const abz = t[o + 5]! - az;
  const acx = t[o + 6]! - ax;
  const acy = t[o + 7]! - ay;
  const acz = t[o + 8]! - az;
  const apx = px - ax;
  const apy = py - ay;
  const apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let v: number;
  let w: number;
  if (d1 <= 0 && d2 <= 0) {
    v = 0;
    w = 0;
  } else {
    const bpx = px - t[o + 3]!;
    const bpy = py - t[o + 4]!;
    const bpz = pz - t[o + 5]!;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = px - t[o + 6]!;
    const cpy = py - t[o + 7]!;
    const cpz = pz - t[o + 8]!;
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) {
      v = 1;
      w = 0;
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      v = d1 / (d1 - d3);
      w = 0;
    } else if (d6 >= 0 && d5 <= d6) {
      v = 0;
      w = 1;
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      v = 0;
      w = d2 / (d2 - d6);
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      v = 1 - w;
    } else {
      const denom = 1 / (va + vb + vc);
      v = vb * denom;
      w = vc * denom;
    }
  }
  out[0] = ax + abx * v + acx * w;
  out[1] = ay + aby * v + acy * w;
  out[2] = az + abz * v + acz * w;
  out[3] = 1 - v - w;
  out[4] = v;
  out[5] = w;
}

/**
 * A curved plate of varying thickness (the iliac wing, the sacrum): a grid of mid-surface control
 * points (rows × cols, each [x, y, z, halfThickness]) refined by Catmull-Rom, and the field is the
 * distance to that mid-surface minus the local half-thickness.
 */
export function thickSheet(
  grid: readonly (readonly (readonly [number, number, number, number])[])[],
  refine = 2,
): Sdf {
  const rows = grid.length;
  const cols = grid[0]!.length;
  const R = (rows - 1) * refine + 1;
  const C = (cols - 1) * refine + 1;
  const pts: number[][] = [];
  for (let i = 0; i < R; i++) {
    for (let j = 0; j < C; j++) {
      const u = i / refine;
      const w = j / refine;
      const p: number[] = [];
      for (let k = 0; k < 4; k++) {
        const colVals = grid.map((row) =>
          catmull(
            row.map((q) => q[k]!),
            w,
          ),
        );
        p.push(catmull(colVals, u));
      }
      pts.push(p);
    }
  }
  const tris: number[] = [];
  const thick: number[] = [];
  const push = (a: number[], b: number[], c: number[]) => {
    tris.push(a[0]!, a[1]!, a[2]!, b[0]!, b[1]!, b[2]!, c[0]!, c[1]!, c[2]!);
    thick.push(a[3]!, b[3]!, c[3]!);
  };
  for (let i = 0; i < R - 1; i++) {
    for (let j = 0; j < C - 1; j++) {
      const a = pts[i * C + j]!;
      const b = pts[i * C + j + 1]!;
      const c = pts[(i + 1) * C + j]!;
      const d = pts[(i + 1) * C + j + 1]!;
      push(a, b, d);
      push(a, d, c);
    }
  }
  const t = Float64Array.from(tris);
  const th = Float64Array.from(thick);
  const n = th.length / 3;
  // Bounding spheres per triangle let the search skip far triangles cheaply.
  const bc = new Float64Array(n * 4);
  for (let f = 0; f < n; f++) {
    const o = f * 9;
    const cx = (t[o]! + t[o + 3]! + t[o + 6]!) / 3;
    const cy = (t[o + 1]! + t[o + 4]! + t[o + 7]!) / 3;
    const cz = (t[o + 2]! + t[o + 5]! + t[o + 8]!) / 3;
    let r = 0;
    for (let k = 0; k < 3; k++)
      r = Math.max(r, Math.hypot(t[o + 3 * k]! - cx, t[o + 3 * k + 1]! - cy, t[o + 3 * k + 2]! - cz));
    bc[f * 4] = cx;
    bc[f * 4 + 1] = cy;
    bc[f * 4 + 2] = cz;
    bc[f * 4 + 3] = r + Math.max(th[f * 3]!, th[f * 3 + 1]!, th[f * 3 + 2]!);
  }
  const out = new Float64Array(6);
  // Queries arrive in spatially coherent order (grid sweeps), so the previous winner is usually
  // close to the answer; testing it first lets the bounding-sphere test skip almost everything.
  let last = 0;
  const distanceTo = (f: number, x: number, y: number, z: number) => {
    closestOnTriangle(x, y, z, t, f * 9, out);
    const h = out[3]! * th[f * 3]! + out[4]! * th[f * 3 + 1]! + out[5]! * th[f * 3 + 2]!;
    return Math.hypot(x - out[0]!, y - out[1]!, z - out[2]!) - h;
  };
  return (x, y, z) => {
    let best = distanceTo(last, x, y, z);
    for (let f = 0; f < n; f++) {
      if (f === last) continue;
      const reach = best + bc[f * 4 + 3]!;
      if (reach > 0) {
        const dx = x - bc[f * 4]!;
        const dy = y - bc[f * 4 + 1]!;
        const dz = z - bc[f * 4 + 2]!;
        if (dx * dx + dy * dy + dz * dz >= reach * reach) continue;
      }
      const d = distanceTo(f, x, y, z);
      if (d < best) {
        best = d;
        last = f;
      }
    }
    return best;
  };
}

/** 2D signed distance to a rounded rectangle of half-sizes (hu, hv) with corner radius r. */
export function roundedBox2(u: number, v: number, hu: number, hv: number, r: number): number {
  const qu = Math.abs(u) - hu + r;
  const qv = Math.abs(v) - hv + r;
  return Math.min(Math.max(qu, qv), 0) + Math.hypot(Math.max(qu, 0), Math.max(qv, 0)) - r;
}

/**
 * A bar along a polyline with a flattened, oriented cross-section (the pubic rami, bony crests):
 * unlike a rod its section can be a blade or a triangle with a sharp ridge. For each segment the
 * section's v axis is `ups` (averaged over the segment's ends, made perpendicular to it) and its
 * u axis is tangent × up; `section(u, v, params)` is the 2D signed distance of the section with
 * `params` interpolated along the segment. Segments are joined by a smooth minimum of width
 * `blend`; the two outer ends are flat (meant to be blended into neighbouring features).
 */
export function sweptBar(
  points: readonly Vec3[],
  ups: readonly Vec3[],
  params: readonly (readonly number[])[],
  section: (u: number, v: number, s: readonly number[]) => number,
  blend = 0.004,
  /** An upper bound of the section's radius (m), for the far-field shortcut. */
  extent = 0.02,
): Sdf {
  interface Segment {
    a: Vec3;
    t: Vec3;
    length: number;
    up: Vec3;
    side: Vec3;
    p0: readonly number[];
    p1: readonly number[];
  }
  // Refine the polyline by Catmull-Rom (ups and params linearly) so joints bend by small angles.
  const REFINE = 6;
  const pts: Vec3[] = [];
  const upList: Vec3[] = [];
  const parList: number[][] = [];
  for (let i = 0; i < points.length - 1; i++) {
    for (let k = 0; k < REFINE; k++) {
      const u = i + k / REFINE;
      const f = k / REFINE;
      pts.push(
        [0, 1, 2].map((c) =>
          catmull(
            points.map((q) => q[c]!),
            u,
          ),
        ) as unknown as Vec3,
      );
      upList.push([0, 1, 2].map((c) => ups[i]![c]! * (1 - f) + ups[i + 1]![c]! * f) as unknown as Vec3);
      parList.push(params[i]!.map((v, c) => v * (1 - f) + params[i + 1]![c]! * f));
    }
  }
  pts.push(points[points.length - 1]!);
  upList.push(ups[ups.length - 1]!);
  parList.push([...params[params.length - 1]!]);
  const segments: Segment[] = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const d: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const length = Math.hypot(...d);
    const t: Vec3 = [d[0] / length, d[1] / length, d[2] / length];
    const u0 = upList[i - 1]!;
    const u1 = upList[i]!;
    let up: Vec3 = [u0[0] + u1[0], u0[1] + u1[1], u0[2] + u1[2]];
    const k = up[0] * t[0] + up[1] * t[1] + up[2] * t[2];
    up = [up[0] - k * t[0], up[1] - k * t[1], up[2] - k * t[2]];
    const ul = Math.hypot(...up);
    up = [up[0] / ul, up[1] / ul, up[2] / ul];
    const side: Vec3 = [
      t[1] * up[2] - t[2] * up[1],
      t[2] * up[0] - t[0] * up[2],
      t[0] * up[1] - t[1] * up[0],
    ];
    segments.push({ a, t, length, up, side, p0: parList[i - 1]!, p1: parList[i]! });
  }
  const s: number[] = new Array<number>(params[0]!.length).fill(0);
  // Far from the bar only a lower bound is returned (the distance to its bounding box), which is
  // exact enough for meshing and leaves every blend within FAR untouched.
  const FAR = 0.03;
  const reach = extent;
  const lo = [0, 1, 2].map((k) => Math.min(...pts.map((q) => q[k]!)) - 2 * reach);
  const hi = [0, 1, 2].map((k) => Math.max(...pts.map((q) => q[k]!)) + 2 * reach);
  return (x, y, z) => {
    const out = Math.hypot(
      Math.max(lo[0]! - x, x - hi[0]!, 0),
      Math.max(lo[1]! - y, y - hi[1]!, 0),
      Math.max(lo[2]! - z, z - hi[2]!, 0),
    );
    if (out > FAR) return out;
    let best = Infinity;
    for (const g of segments) {
      const px = x - g.a[0];
      const py = y - g.a[1];
      const pz = z - g.a[2];
      const along = px * g.t[0] + py * g.t[1] + pz * g.t[2];
      const h = Math.min(Math.max(along, 0), g.length);
      const f = h / g.length;
      for (let k = 0; k < s.length; k++) s[k] = g.p0[k]! + (g.p1[k]! - g.p0[k]!) * f;
      const wx = px - g.t[0] * h;
      const wy = py - g.t[1] * h;
      const wz = pz - g.t[2] * h;
      const u = wx * g.side[0] + wy * g.side[1] + wz * g.side[2];
      const v = wx * g.up[0] + wy * g.up[1] + wz * g.up[2];
      const d2 = section(u, v, s);
      const over = Math.abs(along - h);
      const d = over <= 0 ? d2 : d2 <= 0 ? over : Math.hypot(d2, over);
      best = best === Infinity ? d : smin(best, d, blend);
    }
    return best;
  };
}
