/**
 * A raster over the body-surface coordinate (see `surface.ts`): columns of angle (0–360°, wrapping)
 * and rows of height. Referral zones, pain sites and the person's pain drawing are all turned into
 * masks on this one grid, so "how much of where it hurts does this map explain" is a count of
 * shared cells, weighted by the real skin area of each cell.
 */
import type { SurfaceOutline, SurfacePatch } from './types.ts';
import { outlinePolygon } from './surface-outline.ts';

export interface SurfaceGrid {
  /** Columns round the limb; column i covers angles [i, i + 1) × 360 / cols. */
  cols: number;
  /** Rows from the bottom (`yMin`) up. */
  rows: number;
  yMin: number;
  yMax: number;
}

/**
 * The grid of the pain drawing and of ranking: 2° by 5 mm cells (about 3 × 5 mm on the thigh),
 * from below the heel to above the iliac crest. Fine enough to follow a finger's stroke, coarse
 * enough that a drawing of the whole back of the thigh fits a short URL.
 */
export const painGrid: SurfaceGrid = { cols: 180, rows: 244, yMin: -1.0, yMax: 0.22 };

export type SurfaceMask = Uint8Array;

export function emptyMask(grid: SurfaceGrid = painGrid): SurfaceMask {
  return new Uint8Array(grid.cols * grid.rows);
}

export function rowHeight(grid: SurfaceGrid): number {
  return (grid.yMax - grid.yMin) / grid.rows;
}

/** Height of the centre of a row. */
export function rowCentre(grid: SurfaceGrid, row: number): number {
  return grid.yMin + (row + 0.5) * rowHeight(grid);
}

/** The row and column holding a point of skin, or null above or below the grid. */
export function cellAt(
  grid: SurfaceGrid,
  coord: { y: number; angle: number },
): [row: number, col: number] | null {
  const row = Math.floor((coord.y - grid.yMin) / rowHeight(grid));
  if (row < 0 || row >= grid.rows) return null;
  const a = ((coord.angle % 360) + 360) % 360;
  return [row, Math.min(grid.cols - 1, Math.floor((a / 360) * grid.cols))];
}

/**
 * Rough radius of the limb (m) at a height, measured on the generated skin (median distance of its
 * vertices from the limb axis in 5 cm bands). Used to turn degrees of arc into millimetres, for
 * cell areas and a round brush; a few millimetres of error only skews areas slightly.
 */
const radiusTable: readonly [y: number, r: number][] = [
  [0.22, 0.075],
  [0.1, 0.08],
  [0.05, 0.095],
  [0.0, 0.1],
  [-0.1, 0.095],
  [-0.2, 0.087],
  [-0.3, 0.08],
  [-0.4, 0.07],
  [-0.5, 0.06],
  [-0.6, 0.057],
  [-0.7, 0.05],
  [-0.8, 0.042],
  [-0.9, 0.05],
  [-1.0, 0.05],
];

export function limbRadiusAt(y: number): number {
  if (y >= radiusTable[0]![0]) return radiusTable[0]![1];
  for (let i = 1; i < radiusTable.length; i++) {
    const [yLow, rLow] = radiusTable[i]!;
    const [yHigh, rHigh] = radiusTable[i - 1]!;
    if (y >= yLow) return rLow + ((rHigh - rLow) * (y - yLow)) / (yHigh - yLow);
  }
  return radiusTable[radiusTable.length - 1]![1];
}

/** Skin area (m²) of one cell in each row. */
export function cellAreas(grid: SurfaceGrid): Float64Array {
  const areas = new Float64Array(grid.rows);
  const arc = (2 * Math.PI) / grid.cols;
  for (let row = 0; row < grid.rows; row++)
    areas[row] = limbRadiusAt(rowCentre(grid, row)) * arc * rowHeight(grid);
  return areas;
}

/**
 * Fills the cells whose centres lie inside a polygon in (angle, y), even–odd, by scanlines: for each
 * row, the crossings of the polygon's edges give spans of angle, filled modulo 360 so a polygon that
 * runs past 0° or 360° wraps round the limb.
 */
function fillPolygon(
  mask: SurfaceMask,
  grid: SurfaceGrid,
  polygon: readonly (readonly [number, number])[],
): void {
  let yLow = Infinity;
  let yHigh = -Infinity;
  for (const [, y] of polygon) {
    yLow = Math.min(yLow, y);
    yHigh = Math.max(yHigh, y);
  }
  const h = rowHeight(grid);
  const firstRow = Math.max(0, Math.floor((yLow - grid.yMin) / h - 0.5));
  const lastRow = Math.min(grid.rows - 1, Math.ceil((yHigh - grid.yMin) / h - 0.5));
  const degreesPerCol = 360 / grid.cols;
  const crossings: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const y = rowCentre(grid, row);
    crossings.length = 0;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const [ai, yi] = polygon[i]!;
      const [aj, yj] = polygon[j]!;
      if (yi > y !== yj > y) crossings.push(ai + ((aj - ai) * (y - yi)) / (yj - yi));
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      // Columns whose centre angle lies in [start, end).
      const first = Math.ceil(crossings[k]! / degreesPerCol - 0.5);
      const last = Math.ceil(crossings[k + 1]! / degreesPerCol - 0.5) - 1;
      for (let c = first; c <= last && c < first + grid.cols; c++) {
        const col = ((c % grid.cols) + grid.cols) % grid.cols;
        mask[row * grid.cols + col] = 1;
      }
    }
  }
}

/** The cells a region's islands cover. */
export function rasteriseOutlines(
  region: readonly SurfaceOutline[],
  grid: SurfaceGrid = painGrid,
  into: SurfaceMask = emptyMask(grid),
): SurfaceMask {
  for (const outline of region) fillPolygon(into, grid, outlinePolygon(outline));
  return into;
}

/** The cells a list of patches (pain sites' regions) covers. */
export function rasterisePatches(
  patches: readonly SurfacePatch[],
  grid: SurfaceGrid = painGrid,
  into: SurfaceMask = emptyMask(grid),
): SurfaceMask {
  for (const p of patches) {
    const to = p.angle[1] < p.angle[0] ? p.angle[1] + 360 : p.angle[1];
    fillPolygon(into, grid, [
      [p.angle[0], p.y[0]],
      [to, p.y[0]],
      [to, p.y[1]],
      [p.angle[0], p.y[1]],
    ]);
  }
  return into;
}

const painGridAreas = cellAreas(painGrid);

/** Skin area (m²) of the cells set in a mask (or in both masks). */
export function maskArea(mask: SurfaceMask, and?: SurfaceMask, grid: SurfaceGrid = painGrid): number {
  const areas = grid === painGrid ? painGridAreas : cellAreas(grid);
  let area = 0;
  for (let row = 0; row < grid.rows; row++) {
    let count = 0;
    const base = row * grid.cols;
    for (let col = 0; col < grid.cols; col++) {
      const i = base + col;
      if (mask[i] && (!and || and[i])) count++;
    }
    area += count * areas[row]!;
  }
  return area;
}

/** Cells set in either mask. */
export function unionMasks(masks: readonly SurfaceMask[], grid: SurfaceGrid = painGrid): SurfaceMask {
  const out = emptyMask(grid);
  for (const mask of masks) for (let i = 0; i < out.length; i++) if (mask[i]) out[i] = 1;
  return out;
}

/** Cells set in `a` and not in `b`. */
export function subtractMask(a: SurfaceMask, b: SurfaceMask): SurfaceMask {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] && !b[i] ? 1 : 0;
  return out;
}

export function isEmptyMask(mask: SurfaceMask): boolean {
  return !mask.some((v) => v !== 0);
}
