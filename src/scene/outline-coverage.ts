/**
 * Anti-aliased rasterising of zone outlines for the map texture: each cell holds how much of it
 * lies inside (0–255), not just whether its centre does. The skin shader cuts the bilinearly
 * filtered value at one half, so a fractional edge puts the drawn border between texel centres
 * where the outline really runs; a yes/no mask steps a texel at a time, which shows as a staircase
 * once the camera comes close (a chosen muscle, presentation mode). Four sub-rows per row, and the
 * exact ends of each span within a row. Pure: no three, testable in Node.
 */
import { rowHeight, type SurfaceGrid } from '../anatomy/surface-grid.ts';
import { outlinePolygon } from '../anatomy/surface-outline.ts';
import type { SurfaceOutline } from '../anatomy/types.ts';

const SUB_ROWS = 4;

/**
 * Records one span of a row, between columns x0 and x1 (fractional), as differences: the coverage
 * of cell c by [x0, x1) is clamp(x1 − c) − clamp(x0 − c), each a run of ones, a fraction, then
 * zeros; a running sum along the row (in `outlineCoverage`) turns the differences back into
 * coverage. Constant work per span, however wide: this runs on every hover of a candidate.
 */
function addSpan(
  delta: Float32Array,
  base: number,
  cols: number,
  x0: number,
  x1: number,
  weight: number,
): void {
  if (x1 <= x0) return;
  if (x1 - x0 >= cols) {
    delta[base]! += weight;
    delta[base + cols]! -= weight;
    return;
  }
  const turns = Math.floor(x0 / cols) * cols;
  const start = x0 - turns;
  const end = x1 - turns;
  if (end > cols) {
    addSpan(delta, base, cols, start, cols, weight);
    addSpan(delta, base, cols, 0, end - cols, weight);
    return;
  }
  const edge = (x: number, sign: number) => {
    const c = Math.floor(x);
    const f = x - c;
    delta[base + c]! += sign * weight * (f - 1);
    delta[base + c + 1]! -= sign * weight * f;
  };
  edge(end, 1);
  edge(start, -1);
}

/**
 * Adds one polygon (angle, y), even–odd, wrapping round the limb. Each edge is filed under the
 * rows it spans, so a scanline looks only at the few edges that can cross it (a smoothed outline
 * has hundreds).
 */
function addPolygon(
  delta: Float32Array,
  grid: SurfaceGrid,
  polygon: readonly (readonly [number, number])[],
): void {
  const h = rowHeight(grid);
  const rowOf = (y: number) => Math.min(grid.rows - 1, Math.max(0, Math.floor((y - grid.yMin) / h)));
  const edgesByRow = new Map<number, number[]>();
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]![1];
    const b = polygon[(i + 1) % polygon.length]![1];
    for (let row = rowOf(Math.min(a, b)); row <= rowOf(Math.max(a, b)); row++) {
      const list = edgesByRow.get(row);
      if (list) list.push(i);
      else edgesByRow.set(row, [i]);
    }
  }
  const colsPerDegree = grid.cols / 360;
  const crossings: number[] = [];
  for (const [row, edges] of edgesByRow) {
    for (let s = 0; s < SUB_ROWS; s++) {
      const y = grid.yMin + (row + (s + 0.5) / SUB_ROWS) * h;
      crossings.length = 0;
      for (const i of edges) {
        const [ai, yi] = polygon[i]!;
        const [aj, yj] = polygon[(i + 1) % polygon.length]!;
        if (yi > y !== yj > y) crossings.push((ai + ((aj - ai) * (y - yi)) / (yj - yi)) * colsPerDegree);
      }
      crossings.sort((a, b) => a - b);
      // Cell c spans columns [c, c + 1); its centre is c + 0.5, as in the ranking's masks.
      for (let k = 0; k + 1 < crossings.length; k += 2)
        addSpan(delta, row * (grid.cols + 1), grid.cols, crossings[k]!, crossings[k + 1]!, 1 / SUB_ROWS);
    }
  }
}

/** Coverage (0–255) of each cell of a grid by a region's islands (overlaps count once). */
export function outlineCoverage(region: readonly SurfaceOutline[], grid: SurfaceGrid): Uint8Array {
  const stride = grid.cols + 1;
  const delta = new Float32Array(stride * grid.rows);
  for (const outline of region) addPolygon(delta, grid, outlinePolygon(outline));
  const out = new Uint8Array(grid.cols * grid.rows);
  for (let row = 0; row < grid.rows; row++) {
    let sum = 0;
    for (let col = 0; col < grid.cols; col++) {
      sum += delta[row * stride + col]!;
      if (sum > 1e-4) out[row * grid.cols + col] = Math.round(Math.min(1, sum) * 255);
    }
  }
  return out;
}
