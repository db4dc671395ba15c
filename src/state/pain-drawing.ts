/**
 * Painting on the pain grid: a round brush of a given radius in millimetres of skin, stamped along
 * a stroke. Pure: the scene turns a pointer on the skin into body-surface coordinates and calls
 * these; the panel and the URL only ever see the resulting mask.
 */
import { limbRadiusAt, painGrid, rowCentre, rowHeight, type SurfaceMask } from '../anatomy/surface-grid.ts';

/** Brush sizes offered to the person (radius in metres): fingertip, palm, hand. */
export const brushRadii = { small: 0.012, medium: 0.025, large: 0.045 } as const;
export type BrushSize = keyof typeof brushRadii;

/**
 * Sets (or, with `value` 0, clears) the cells within `radius` metres of skin of a point. Distances
 * round the limb use the limb's radius at each row, so the brush is round on the skin, not in degrees.
 * Returns whether any cell changed.
 */
export function stampBrush(
  mask: SurfaceMask,
  coord: { y: number; angle: number },
  radius: number,
  value: 0 | 1 = 1,
): boolean {
  const grid = painGrid;
  const h = rowHeight(grid);
  const firstRow = Math.max(0, Math.floor((coord.y - radius - grid.yMin) / h));
  const lastRow = Math.min(grid.rows - 1, Math.floor((coord.y + radius - grid.yMin) / h));
  const degreesPerCol = 360 / grid.cols;
  let changed = false;
  for (let row = firstRow; row <= lastRow; row++) {
    const dy = rowCentre(grid, row) - coord.y;
    const half = radius * radius - dy * dy;
    if (half < 0) continue;
    const metresPerDegree = (limbRadiusAt(rowCentre(grid, row)) * Math.PI) / 180;
    const spanDegrees = Math.min(180, Math.sqrt(half) / metresPerDegree);
    const first = Math.ceil((coord.angle - spanDegrees) / degreesPerCol - 0.5);
    const last = Math.floor((coord.angle + spanDegrees) / degreesPerCol - 0.5);
    for (let c = first; c <= last; c++) {
      const i = row * grid.cols + (((c % grid.cols) + grid.cols) % grid.cols);
      if (mask[i] !== value) {
        mask[i] = value;
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * Stamps the brush along a segment, at steps of a third of its radius, so a fast stroke leaves a
 * continuous line. The angle takes the short way round the limb.
 */
export function strokeBrush(
  mask: SurfaceMask,
  from: { y: number; angle: number },
  to: { y: number; angle: number },
  radius: number,
  value: 0 | 1 = 1,
): boolean {
  let dAngle = to.angle - from.angle;
  if (dAngle > 180) dAngle -= 360;
  if (dAngle < -180) dAngle += 360;
  const metresPerDegree = (limbRadiusAt((from.y + to.y) / 2) * Math.PI) / 180;
  const length = Math.hypot(dAngle * metresPerDegree, to.y - from.y);
  const steps = Math.max(1, Math.ceil(length / (radius / 3)));
  let changed = false;
  for (let s = 1; s <= steps; s++) {
    const t = s / steps;
    changed =
      stampBrush(mask, { y: from.y + (to.y - from.y) * t, angle: from.angle + dAngle * t }, radius, value) ||
      changed;
  }
  return changed;
}
