/**
 * Distance fields swept along a curve with a varying 2D cross-section: a near-vertical shaft
 * (`verticalSweep`) and an oriented bar along a polyline (`sweptBar`).
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { catmull } from './catmull-rom.ts';
import type { DistanceField as Sdf } from '../types.ts';
import { smin } from './smooth-min.ts';

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
