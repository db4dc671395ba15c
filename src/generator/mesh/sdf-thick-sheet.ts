/** Distance field of a curved plate of varying thickness (the iliac wing, the sacrum). */
import { catmull } from './catmull-rom.ts';
import { closestOnTriangle } from './closest-on-triangle.ts';
import type { DistanceField as Sdf } from '../types.ts';

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
