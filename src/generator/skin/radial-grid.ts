/**
 * The skin's parameter grid: rows of constant height y, columns of constant angle around
 * `limbAxisAt(y)` (anatomy/surface.ts). A point of the grid is the point at radius r on the ray
 * of that angle, so every skin vertex's body-surface coordinate is (row y, column angle) exactly.
 */
import { limbAxisAt } from '../../anatomy/surface.ts';
import type { MeshPart } from '../types.ts';

export interface RadialGrid {
  ys: Float64Array;
  /** Angles in degrees, 0 … 360 inclusive (the seam column is duplicated). */
  angles: Float64Array;
  /** radii[row * cols + col], cols = angles.length. */
  radii: Float64Array;
}

/** Unit direction (x, z) of an angle: 0 anterior (+z), 90 lateral (−x), 180 posterior, 270 medial. */
export function direction(angleDeg: number): [number, number] {
  const a = (angleDeg * Math.PI) / 180;
  return [-Math.sin(a), Math.cos(a)];
}

/** Radius at which the ray (y, angle) from the limb axis meets the plane x = `x` (Infinity: never). */
export function radiusToPlaneX(y: number, angleDeg: number, x: number): number {
  const c = limbAxisAt(y);
  const [dx] = direction(angleDeg);
  return dx > 1e-6 ? (x - c.x) / dx : Infinity;
}

export function gridPoint(y: number, angleDeg: number, r: number): [number, number, number] {
  const c = limbAxisAt(y);
  const [dx, dz] = direction(angleDeg);
  return [c.x + dx * r, y, c.z + dz * r];
}

/**
 * Largest radial extent of the parts' vertices per (row, column) cell, splatted over ±`spread`
 * columns so sparse meshes leave no holes; -Infinity where nothing is found.
 * Vertices with x > maxX (the left half of the sacrum) are ignored.
 */
export function radialExtent(
  parts: readonly MeshPart[],
  ys: Float64Array,
  columns: number,
  maxX = 0.002,
  spread = 1,
): Float64Array {
  const rows = ys.length;
  const out = new Float64Array(rows * columns).fill(-Infinity);
  const top = ys[0]!;
  const dy = (ys[0]! - ys[rows - 1]!) / (rows - 1);
  for (const part of parts) {
    const p = part.positions;
    for (let v = 0; v < p.length; v += 3) {
      const x = p[v]!;
      const y = p[v + 1]!;
      const z = p[v + 2]!;
      if (x > maxX) continue;
      const row = Math.round((top - y) / dy);
      if (row < 0 || row >= rows) continue;
      const c = limbAxisAt(y);
      const ex = x - c.x;
      const ez = z - c.z;
      const r = Math.hypot(ex, ez);
      let a = (Math.atan2(-ex, ez) * 180) / Math.PI;
      if (a < 0) a += 360;
      const col = Math.round((a / 360) * columns);
      for (let s = -spread; s <= spread; s++) {
        const cc = (((col + s) % columns) + columns) % columns;
        const i = row * columns + cc;
        if (r > out[i]!) out[i] = r;
      }
    }
  }
  return out;
}

/** Box blur of a rows × cols field, periodic in columns, clamped in rows. */
export function blurRadii(
  values: Float64Array,
  rows: number,
  cols: number,
  passes: number,
  rowReach = 1,
  colReach = 1,
): void {
  const tmp = new Float64Array(values.length);
  for (let p = 0; p < passes; p++) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let s = 0;
        let n = 0;
        for (let dr = -rowReach; dr <= rowReach; dr++) {
          const rr = Math.min(Math.max(r + dr, 0), rows - 1);
          for (let dc = -colReach; dc <= colReach; dc++) {
            const cc = (((c + dc) % cols) + cols) % cols;
            s += values[rr * cols + cc]!;
            n++;
          }
        }
        tmp[r * cols + c] = s / n;
      }
    }
    values.set(tmp);
  }
}
