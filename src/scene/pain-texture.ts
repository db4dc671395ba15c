/**
 * Where the person marked their pain, as texture data for the skin shader on the pain grid: red is
 * their drawing, green the chosen sites' regions. Both are softened with a small blur round the
 * limb and along it, so the shader's 0.5 cut draws rounded outlines rather than the grid's steps or
 * the sites' box corners. Pure data plus an in-place update, so a stroke repaints only the texture
 * while the pointer moves (the store and the ranking see it when the stroke ends).
 */
import { painGrid, rowHeight, type SurfaceMask } from '../anatomy/surface-grid.ts';

/** Blur radius in cells for the sites' outline (rounds box corners) and for the drawing. */
const SITE_BLUR = 3;
const DRAWING_BLUR = 1;

export function painTextureData(drawing: SurfaceMask | null, sites: SurfaceMask | null): Uint8Array {
  const data = new Uint8Array(painGrid.cols * painGrid.rows * 4);
  writeDrawing(data, drawing);
  if (sites) writeChannel(data, 1, softened(sites, SITE_BLUR));
  return data;
}

/** Copies a drawing, softened, into the red channel (in place). */
export function writeDrawing(data: Uint8Array, drawing: SurfaceMask | null): void {
  if (!drawing) {
    for (let i = 0; i < painGrid.cols * painGrid.rows; i++) data[i * 4] = 0;
    return;
  }
  writeChannel(data, 0, softened(drawing, DRAWING_BLUR));
}

/**
 * Rewrites the red channel only for the rows a brush may have changed, between heights `yLow` and
 * `yHigh` (metres), plus the blur's reach. A stroke touches a few dozen of the grid's 244 rows, so
 * each pointer move re-blurs those rows alone (the bench's pointer-move figure); the values are
 * the same as a full `writeDrawing`.
 */
export function writeDrawingBetween(
  data: Uint8Array,
  drawing: SurfaceMask,
  yLow: number,
  yHigh: number,
): void {
  const { rows, cols } = painGrid;
  const h = rowHeight(painGrid);
  const first = Math.max(0, Math.floor((yLow - painGrid.yMin) / h) - DRAWING_BLUR);
  const last = Math.min(rows - 1, Math.floor((yHigh - painGrid.yMin) / h) + DRAWING_BLUR);
  if (last < first) return;
  const values = softenedRows(drawing, DRAWING_BLUR, first, last);
  for (let i = first * cols; i < (last + 1) * cols; i++) data[i * 4] = Math.round(values[i]! * 255);
}

function writeChannel(data: Uint8Array, channel: number, values: Float32Array): void {
  for (let i = 0; i < values.length; i++) data[i * 4 + channel] = Math.round(values[i]! * 255);
}

/** A box blur of a 0/1 mask, wrapping round the limb and clamped at the top and bottom. */
export function softened(mask: SurfaceMask, radius: number): Float32Array {
  return softenedRows(mask, radius, 0, painGrid.rows - 1).slice();
}

/** Reused by every pointer move, so a stroke allocates nothing per move. */
let scratch: { across: Float32Array; out: Float32Array } | null = null;

/**
 * The blur of `softened`, computed only for rows `first`..`last` (read from the returned array at
 * those rows; other rows hold stale values). Same arithmetic, so the same values.
 */
function softenedRows(mask: SurfaceMask, radius: number, first: number, last: number): Float32Array {
  const { cols, rows } = painGrid;
  scratch ??= { across: new Float32Array(cols * rows), out: new Float32Array(cols * rows) };
  const { across, out } = scratch;
  const width = 2 * radius + 1;
  const acrossFirst = Math.max(0, first - radius);
  const acrossLast = Math.min(rows - 1, last + radius);
  for (let r = acrossFirst; r <= acrossLast; r++) {
    const base = r * cols;
    let sum = 0;
    for (let k = -radius; k <= radius; k++) sum += mask[base + ((k + cols) % cols)]!;
    for (let c = 0; c < cols; c++) {
      across[base + c] = sum / width;
      sum += mask[base + ((c + radius + 1) % cols)]! - mask[base + ((c - radius + cols) % cols)]!;
    }
  }
  for (let r = first; r <= last; r++) {
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++)
        sum += across[Math.min(rows - 1, Math.max(0, r + k)) * cols + c]!;
      out[r * cols + c] = sum / width;
    }
  }
  return out;
}
