/**
 * A body chart drawn without three.js: the limb's skin seen from the front and from the back, as
 * the body-surface coordinate (`anatomy/surface.ts`) projected onto a plane. A cell at angle a on
 * the limb of radius r(y) lands at x = ±r·sin(a), so the front half (angles 270–90 through 0) and
 * the back half (90–270 through 180) each fill a silhouette as wide as the limb at that height,
 * the way a clinician's pain-drawing chart shows it. Pure: masks in, SVG path strings out.
 *
 * Widths are drawn a little wider than true (`widthScale`) so that a patch on the side of the knee
 * stays visible on a printed page; heights are true to the model (gait2392 size).
 */
import {
  limbRadiusAt,
  painGrid,
  rowCentre,
  rowHeight,
  type SurfaceMask,
} from '../../anatomy/surface-grid.ts';

/** Chart units per metre of height (1 unit = 1 cm). */
export const unitsPerMetre = 100;
/** How much wider than true the limb is drawn. */
export const widthScale = 1.6;
/** The widest half-width of the silhouette, in chart units. */
export const maxHalfWidth = 0.1 * unitsPerMetre * widthScale;

export type ChartHalf = 'front' | 'back';

/** Chart y (downward) of a model height. */
export function chartY(y: number): number {
  return (painGrid.yMax - y) * unitsPerMetre;
}

/** The chart's full height in units. */
export const chartHeight = (painGrid.yMax - painGrid.yMin) * unitsPerMetre;

/**
 * Horizontal offset (from the figure's centre line) of a point at `angle` degrees on a limb of
 * half-width `halfWidth`, for a right limb seen from the front or back. From the front the outer
 * side (90°) is on the viewer's left; from behind it is on the viewer's right. A left limb is the
 * mirror image.
 */
export function projectX(angle: number, halfWidth: number, half: ChartHalf, mirrored: boolean): number {
  const s = Math.sin((angle * Math.PI) / 180) * halfWidth;
  const x = half === 'front' ? -s : s;
  return mirrored ? -x : x;
}

/** The columns of one half in order of increasing angle (the front wraps through 0°). */
function halfColumns(half: ChartHalf): number[] {
  const quarter = painGrid.cols / 4;
  const out: number[] = [];
  if (half === 'back') for (let c = quarter; c < 3 * quarter; c++) out.push(c);
  else for (let k = 0; k < 2 * quarter; k++) out.push((3 * quarter + k) % painGrid.cols);
  return out;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * An SVG path (in chart units, x about the figure's centre line) filling the mask's cells that face
 * the given way: one rectangle per run of marked cells in a row.
 */
export function maskPath(mask: SurfaceMask, half: ChartHalf, mirrored = false): string {
  const cols = halfColumns(half);
  const degreesPerCol = 360 / painGrid.cols;
  const h = rowHeight(painGrid) * unitsPerMetre;
  const parts: string[] = [];
  for (let row = 0; row < painGrid.rows; row++) {
    const base = row * painGrid.cols;
    const halfWidth = limbRadiusAt(rowCentre(painGrid, row)) * unitsPerMetre * widthScale;
    const top = chartY(painGrid.yMin + (row + 1) * rowHeight(painGrid));
    let start = -1;
    for (let k = 0; k <= cols.length; k++) {
      const on = k < cols.length && mask[base + cols[k]!] === 1;
      if (on && start < 0) start = k;
      if (!on && start >= 0) {
        // Angles of the run's outer edges, continuous across 0° for the front half.
        const first = cols[start]!;
        const firstAngle =
          (half === 'front' && first < painGrid.cols / 2 ? first + painGrid.cols : first) * degreesPerCol;
        const lastAngle = firstAngle + (k - start) * degreesPerCol;
        const xa = projectX(firstAngle, halfWidth, half, mirrored);
        const xb = projectX(lastAngle, halfWidth, half, mirrored);
        const left = Math.min(xa, xb);
        const width = Math.max(Math.abs(xb - xa), 0.25);
        parts.push(`M${round(left)} ${round(top)}h${round(width)}v${round(h)}h${round(-width)}z`);
        start = -1;
      }
    }
  }
  return parts.join('');
}

/** The outline of the limb (the same seen from the front or back): a closed path about x = 0. */
export function silhouettePath(): string {
  const points: [number, number][] = [];
  const steps = 122;
  for (let i = 0; i <= steps; i++) {
    const y = painGrid.yMax - ((painGrid.yMax - painGrid.yMin) * i) / steps;
    points.push([limbRadiusAt(y) * unitsPerMetre * widthScale, chartY(y)]);
  }
  const right = points.map(([x, y]) => `${round(x)} ${round(y)}`);
  const left = [...points].reverse().map(([x, y]) => `${round(-x)} ${round(y)}`);
  return `M${right.join('L')}L${left.join('L')}z`;
}

/**
 * Landmarks a patient knows, at their heights on the model (see `anatomy/pain-sites.ts` for the
 * numbers): drawn as faint lines across both figures, named at the side.
 */
export const chartLandmarks: readonly { label: string; y: number }[] = [
  { label: 'Top of the hip bone', y: 0.07 },
  { label: 'Buttock crease', y: -0.16 },
  { label: 'Knee', y: -0.45 },
  { label: 'Ankle', y: -0.89 },
];
