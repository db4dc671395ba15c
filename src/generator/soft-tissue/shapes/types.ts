/**
 * What every muscle shape is made of, and the helpers the regional shape files share.
 * Paths start from the gait2392 points (see ../gait2392.ts) with added via points so each muscle
 * runs where the atlases draw it. Sizes are tuned to the mid-thigh shares of
 * reference/anatomy-figures.md §3 (quadriceps ≈ 50 %, adductors ≈ 28 %, hamstrings ≈ 19 %).
 */
import type { MuscleId } from '../../../anatomy/ids.ts';
import type { Vec3 } from '../../../anatomy/types.ts';
import { type ShaftSample, around, axisAtY } from '../bone-axes.ts';
import type { Cushion } from '../drape.ts';

export interface MuscleGeometry {
  id: MuscleId;
  /** Control paths origin → insertion. One for a single belly; several for a fanned sheet (first and last are its edges). */
  paths: readonly (readonly Vec3[])[];
  /** Belly half-width and half-depth at its fullest (m). */
  halfWidth: number;
  halfDepth: number;
  /** Fractions of the length that are tendon at the origin and at the insertion. */
  tendon: readonly [number, number];
  /** Tendon half-width and half-depth at the origin and insertion ends (m). */
  ends: readonly [readonly [number, number], readonly [number, number]];
  /** Where in the belly it is fullest (0 origin end .. 1 insertion end). */
  peak: number;
  /** Bell exponent: small = full, even belly (straps, sheets); ~0.8 = fusiform. */
  fullness: number;
  /**
   * Bell exponent beyond the peak, where it differs: a belly full from its origin that tapers
   * into its insertion tendon (vastus lateralis) instead of stopping in a blunt edge.
   */
  insertionFullness?: number;
  exponent: number;
  /** Wrap curvature (1/m) around the deep side (vasti around the femur); 0 = flat. */
  curl: number;
  /** Centre shift toward the superficial side in half-depths (paths drawn along the deep surface). */
  lift: number;
  /** Which axis defines "superficial": outward from the limb or from the femoral shaft. */
  about: 'limb' | 'femur';
  /**
   * A fixed superficial direction, for muscles the limb axis gets wrong: the deep calf muscles lie
   * in front of the leg's axis (which runs behind the bones), so "away from the axis" would point
   * them forward into the bones and turn their flat sections edge-on.
   */
  outward?: Vec3;
  /**
   * Mesh resolution where the defaults (a ring every 6 mm, at least 36; 28–32 vertices round)
   * spend too many triangles: the short hip rotators and the long slender leg muscles.
   */
  rings?: number;
  around?: number;
  /**
   * Named bellies of one muscle listed one after another under the same id (iliopsoas: psoas,
   * then iliacus): each lofted on its own, then joined in one mesh; the first carries the tendons.
   */
  belly?: string;
  /** Build order: deeper muscles first (later ones are pushed out of earlier ones). */
  order: number;
  /** Separate white tendon parts for tendons longer than this fraction (1 = none). */
  tendonPartMin: number;
  /**
   * Broad sheets laid on what lies beneath them (drape.ts) instead of lofted flat: the paths span
   * the sheet from one border to the other; `relax` = how far it bridges hollows; `around` ring
   * vertices; `across` bed samples per ring; `fill` how deep it may thicken into hollows it bridges;
   * `cushion` (optional) rests the deep face on the bed and domes the outer face (see drape.ts);
   * `plateau` flattens its top and `firstTaper` sets its fall-off toward the first border alone;
   * `onGuide` takes that deep face from the bed along the guide's normals (thick sheets wrapped
   * round a bone, whose borders would otherwise swing sideways).
   */
  drape?: {
    relax: number;
    around: number;
    across: number;
    fill: number;
    cushion?: Cushion;
  };
}

export const base = {
  exponent: 2.2,
  curl: 0,
  lift: 0,
  about: 'limb' as const,
  peak: 0.5,
  fullness: 0.7,
  tendonPartMin: 0.12,
};

/** Points around the femoral shaft at the given heights and angles (deg), offset from its surface. */
export function wrapPath(
  femur: readonly ShaftSample[],
  stations: readonly (readonly [y: number, angle: number, offset: number])[],
): Vec3[] {
  return stations.map(([y, angle, offset]) => {
    const s = axisAtY(femur, y);
    const d = around(angle);
    const r = s.radius + offset;
    return [s.centre[0] + d[0] * r, y, s.centre[2] + d[2] * r] as Vec3;
  });
}

export interface GeometryContext {
  femur: readonly ShaftSample[];
}
