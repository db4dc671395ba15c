/**
 * The buttock's outline on the skin grid. The envelope of the muscles plus an even fat layer gives
 * only a gentle slope from the hip down the back of the thigh; a real buttock is a rounded mass of
 * muscle and fat whose lower surface curves in to meet the thigh at the gluteal fold, a skin crease
 * held by fascia and fat that runs roughly level (it does not follow the oblique lower border of
 * gluteus maximus) and fades out toward the side of the thigh.
 *
 * Per column of the back of the limb the skin is lifted, where it lies lower, onto an elliptical
 * arc: its fullest point at about hip-joint height, rounding down onto the thigh's own radius just
 * below the fold, which it meets steeply (so the fold reads as a crease, not a slope). A narrow
 * groove then marks the crease itself. Only radii change: every vertex stays on its (height,
 * angle) ray, so the body-surface coordinate and the pain sites drawn in it are untouched.
 */
import { smoothstep } from '../loft/index.ts';
import { smax } from '../mesh/sdf.ts';
import { radiusToPlaneX } from './radial-grid.ts';

/** Height of the gluteal fold at the back of the thigh (pain-sites.ts: ≈ -0.16). */
const FOLD_Y = -0.16;
/** Height where the buttock stands out furthest (about the hip joint and greater trochanter). */
const FULLEST_Y = -0.075;
/** Above the fullest point the arc falls back over this height toward the iliac crest. */
const UPPER_REACH = 0.13;
/** How far (m) the fullest point stands out beyond the thigh just below the fold. */
const PROJECTION = 0.036;
/** Depth and half-width of the crease itself (m). */
const CREASE_DEPTH = 0.004;
const CREASE_HALF_WIDTH = 0.006;
/** Width (m) over which the lifted outline blends into the skin it rises from. */
const SOFTNESS = 0.008;

/** 0..1: how much of the buttock a column at this angle (deg) carries (back of the limb only). */
function buttockWeight(angleDeg: number): number {
  const a = ((angleDeg % 360) + 360) % 360;
  // Full behind; fading slowly round toward the side of the hip, where the buttock merges into
  // the flank and the fold dies out, and toward the inner thigh.
  const lateral = smoothstep(118, 192, a);
  const medial = 1 - smoothstep(232, 262, a);
  return lateral * medial;
}

/** Fold height in a column: lowest beside the cleft, curving up as it fades out laterally. */
function foldAt(angleDeg: number): number {
  return FOLD_Y - 0.004 + 0.03 * (1 - smoothstep(140, 225, angleDeg));
}

/** 0..1: how deep the crease itself is in a column (it dies out sooner than the fullness). */
function creaseWeight(angleDeg: number): number {
  return smoothstep(165, 205, angleDeg) * (1 - smoothstep(236, 256, angleDeg));
}

/**
 * The buttock's outline 0..1 at height y over a fold at foldY. `sharpness` 1 gives an elliptical
 * arc that meets the thigh steeply (a fold); 0 a bell that runs out flat onto it (where the fold
 * has died out toward the side).
 */
function buttockArc(y: number, foldY: number, sharpness = 1): number {
  if (y <= foldY) return 0;
  if (y <= FULLEST_Y) {
    const t = (FULLEST_Y - y) / (FULLEST_Y - foldY);
    return Math.max(0, 1 - t * t) ** (2 - 1.5 * sharpness);
  }
  const t = Math.min(1, (y - FULLEST_Y) / UPPER_REACH);
  return (1 - t * t) ** 1.5;
}

/** 1 up to the fullest point, easing to 0 at the top of the buttock's reach (toward the crest). */
function upperFade(y: number): number {
  return 1 - smoothstep(FULLEST_Y, FULLEST_Y + UPPER_REACH, y);
}

/** The skin's radial grid: radii per (row, column), row heights `ys`, column angles `angles`. */
export interface SkinGrid {
  skin: Float64Array;
  /** Fat under the skin, grown or shrunk with it so the fascia beneath stays on the muscles. */
  fat: Float64Array;
  /** The skin never goes below this. */
  floor: Float64Array;
  ys: Float64Array;
  angles: Float64Array;
  cols: number;
}

/** Lifts the posterior columns of the skin onto the buttock's arc and grooves the fold. */
export function shapeButtock(grid: SkinGrid): void {
  const { skin, fat, floor, ys, angles, cols } = grid;
  const rows = ys.length;
  const rowOf = (y: number): number => {
    const r = Math.round((ys[0]! - y) / (ys[0]! - ys[1]!));
    return Math.min(Math.max(r, 0), rows - 1);
  };
  for (let c = 0; c < cols; c++) {
    const a = angles[c]!;
    const w = buttockWeight(a);
    if (w <= 0) continue;
    const foldY = foldAt(a);
    const cw = creaseWeight(a);
    // The thigh's own radius a little below the fold is the base the buttock stands out from.
    const base = skin[rowOf(foldY - 0.012) * cols + c]!;
    for (let r = 0; r < rows; r++) {
      const y = ys[r]!;
      if (y < foldY - 3 * CREASE_HALF_WIDTH || y > FULLEST_Y + UPPER_REACH) continue;
      const i = r * cols + c;
      const before = skin[i]!;
      // The two buttocks meet at the natal cleft: the lift stops at the midline plane, also below
      // the crotch line where the skin grid itself is no longer cut there.
      const lift = Math.min(base + w * PROJECTION * buttockArc(y, foldY, cw), radiusToPlaneX(y, a, -0.001));
      // A smooth maximum, so no crease where the lift meets the skin it rises from. The lift never
      // drops below `base`, the thigh's radius under the fold, which is wider than the hip above
      // the buttock at the side (by up to 18 mm at 120-160 deg, y 0-0.05): applied in full it
      // stood there as a box with a vertical edge where the column weight starts (118 deg) and a
      // level one at the top of the reach. So the raise fades out toward both.
      const raise = smax(before, lift, SOFTNESS) - before;
      let target = before + smoothstep(0, 0.2, w) * upperFade(y) * raise;
      const g = (y - foldY) / CREASE_HALF_WIDTH;
      target -= cw * CREASE_DEPTH * Math.exp(-g * g);
      skin[i] = Math.max(target, floor[i]!);
      fat[i] = Math.max(0.002, fat[i]! + skin[i]! - before);
    }
  }
  smoothFlank(grid);
}

/**
 * Toward the side, where the fold has died out, the lower buttock runs onto the thigh through the
 * ends of several gentle slopes (the muscle thinning, the buttock fat and body template ending)
 * that together read as a faint horizontal line. There each column is smoothed vertically
 * (Gaussian, σ ≈ 1.5 cm); behind, where the fold is a real crease, it is left sharp.
 */
function smoothFlank(grid: SkinGrid): void {
  const { skin, fat, floor, ys, angles, cols } = grid;
  const rows = ys.length;
  const step = ys[0]! - ys[1]!;
  const sigma = 0.015 / step;
  const reach = Math.ceil(2.5 * sigma);
  for (let c = 0; c < cols; c++) {
    const a = angles[c]!;
    const k = smoothstep(80, 110, a) * (1 - smoothstep(170, 200, a)) * (1 - creaseWeight(a));
    if (k <= 0) continue;
    const column = Array.from({ length: rows }, (_, r) => skin[r * cols + c]!);
    for (let r = 0; r < rows; r++) {
      const y = ys[r]!;
      const band = smoothstep(-0.26, -0.21, y) * (1 - smoothstep(-0.1, -0.06, y));
      if (band <= 0) continue;
      let sum = 0;
      let weight = 0;
      for (let d = -reach; d <= reach; d++) {
        const rr = Math.min(Math.max(r + d, 0), rows - 1);
        const g = Math.exp(-0.5 * (d / sigma) ** 2);
        sum += g * column[rr]!;
        weight += g;
      }
      const i = r * cols + c;
      const before = skin[i]!;
      skin[i] = Math.max(floor[i]!, before + k * band * (sum / weight - before));
      fat[i] = Math.max(0.002, fat[i]! + skin[i]! - before);
    }
  }
}
