/**
 * Draped sheets: broad muscles (gluteus maximus, gluteus medius, vastus lateralis) laid on what is
 * beneath them instead of lofted as flat slabs. The muscle's control paths span a guide surface
 * (fibres along u, origin → insertion; across the sheet along v, first path → last). From every
 * guide point a probe walks inward along the guide's normal to the first bone or deeper muscle; the
 * probe depths are then relaxed as a stretched membrane that may bridge hollows but never sinks
 * into what it lies on (so the sheet hugs the pelvis or femur without following every dent). The
 * muscle is that deep surface thickened outward by a lens-shaped section: full in the middle,
 * rounding off at both borders, its thickness following the belly profile along the fibres.
 */
import { type V3, add, cross, dot, length, normalize, scale, smoothCentreline, sub } from '../loft/index.ts';
import type { DistanceField } from '../types.ts';
import { boundsOf, inBounds } from '../mesh/bounds.ts';
import type { LoftedMuscle } from './muscle-loft.ts';

/** What a draped muscle keeps to answer "how deep is p in me?" (rings × across samples). */
export interface SheetShape {
  /** Mid-surface points (centre of the lens), per ring and across sample. */
  mid: V3[][];
  /** Unit outward normal, per ring and across sample. */
  normal: V3[][];
  /** Half-thickness at each sample (the lens's own, thinning to the borders). */
  half: number[][];
  /** Unit direction across the sheet (increasing v) and along the fibres (increasing u). */
  across: V3[][];
  along: V3[][];
  spacing: number;
}

const PROBE_OUT = 0.045;
const PROBE_IN = 0.07;
const PROBE_STEP = 0.0015;
const GAP = 0.0006;

type Inside = (p: V3) => boolean;

/** Signed offset along n from g to the outer surface of what `inside` describes (NaN: nothing hit). */
function probe(g: V3, n: V3, inside: Inside): number {
  let prev = PROBE_OUT;
  for (let s = PROBE_OUT; s >= -PROBE_IN; s -= PROBE_STEP) {
    if (inside(add(g, scale(n, s)))) {
      if (s === PROBE_OUT) return s;
      let lo = s;
      let hi = prev;
      for (let k = 0; k < 6; k++) {
        const m = (lo + hi) / 2;
        if (inside(add(g, scale(n, m)))) lo = m;
        else hi = m;
      }
      return hi;
    }
    prev = s;
  }
  return NaN;
}

/** Grid normals from central differences, oriented by `outward`. */
function gridNormals(grid: V3[][], outward: (p: V3) => V3): V3[][] {
  const n = grid.length;
  const m = grid[0]!.length;
  const out: V3[][] = grid.map((row, i) =>
    row.map((_, j) => {
      const du = sub(grid[Math.min(n - 1, i + 1)]![j]!, grid[Math.max(0, i - 1)]![j]!);
      const dv = sub(grid[i]![Math.min(m - 1, j + 1)]!, grid[i]![Math.max(0, j - 1)]!);
      return normalize(cross(du, dv));
    }),
  );
  let votes = 0;
  grid.forEach((row, i) => row.forEach((p, j) => (votes += Math.sign(dot(out[i]![j]!, outward(p))))));
  if (votes < 0) for (const row of out) for (let j = 0; j < row.length; j++) row[j] = scale(row[j]!, -1);
  return out;
}

export interface DrapeInput {
  /** Resampled control paths (each one point per ring). */
  paths: readonly (readonly V3[])[];
  /** Half-thickness at the middle of each ring (m). */
  halfDepth: readonly number[];
  /** Lens exponent (2 = ellipse, larger = fuller to the borders). */
  exponent: number;
  /** Across samples for the bed. */
  across: number;
  /** Ring vertex count (even). */
  around: number;
  bone: DistanceField;
  deeper: readonly LoftedMuscle[];
  /** Depth in a deeper muscle (below 1 = inside). */
  depthIn: (m: LoftedMuscle, p: V3) => number;
  /** Roughly outward from the limb at a point (orients the normals). */
  outward: (p: V3) => V3;
  /** Membrane relaxation passes (more = bridges wider hollows). */
  relax: number;
  /** How deep (m) the sheet may thicken to fill a hollow its outer face bridges. */
  fill: number;
  /** Anything else it must lie on, not enclose (the nerves). */
  obstacle?: (p: V3) => boolean;
  /** Where filling must stay away from (near the nerves). */
  keepClear?: (p: V3) => boolean;
  /**
   * A cushion instead of the default lens: the deep face rests on the bed and only the outer face
   * domes, thickest at across fraction `peak` and thinning smoothly to both borders (the outer
   * face meets the bed at a shallow angle, so no wall stands at the border). `taper` shapes the
   * fall-off: thickness ∝ (1 − w^plateau)^taper, w = 0 at the peak and 1 at either border;
   * `plateau` (default 2) above 2 flattens the top (full across more of the sheet, so a wide sheet
   * carries its bulk without a thicker middle), and `firstTaper` (default `taper`) sets the fall-off
   * toward the first border alone.
   */
  cushion?: Cushion;
}

export interface Cushion {
  peak: number;
  taper: number;
  plateau?: number;
  firstTaper?: number;
  onGuide?: boolean;
}

/** Relative thickness (0..1) of a cushion at across fraction v. */
function cushionProfile(cushion: Cushion, v: number): number {
  if (!(cushion.peak > 0 && cushion.peak < 1))
    throw new Error(`cushion peak ${cushion.peak} must lie strictly between 0 and 1`);
  const first = v < cushion.peak;
  const w = first ? (cushion.peak - v) / cushion.peak : (v - cushion.peak) / (1 - cushion.peak);
  const taper = first ? (cushion.firstTaper ?? cushion.taper) : cushion.taper;
  return Math.max(0, 1 - Math.min(1, w) ** (cushion.plateau ?? 2)) ** taper;
}

/** Mean of the up-to-four grid neighbours of (i, j); `fallback` where it has none. */
function neighbourAverage(
  grid: readonly (readonly number[])[],
  i: number,
  j: number,
  fallback: number,
): number {
  let sum = 0;
  let k = 0;
  for (const [a, b] of [
    [i - 1, j],
    [i + 1, j],
    [i, j - 1],
    [i, j + 1],
  ] as const) {
    const r = grid[a]?.[b];
    if (r === undefined) continue;
    sum += r;
    k++;
  }
  return k > 0 ? sum / k : fallback;
}

export function drapeSheet(input: DrapeInput): {
  positions: Float32Array;
  indices: Uint32Array;
  sheet: SheetShape;
} {
  const rings = input.paths[0]!.length;
  const J = input.across;
  const guide: V3[][] = [];
  for (let i = 0; i < rings; i++)
    guide.push(
      smoothCentreline(
        input.paths.map((p) => p[i]!),
        J,
      ),
    );
  const gn = gridNormals(guide, input.outward);
  const boxes = input.deeper.map((m) => ({ m, b: boundsOf(m.positions) }));
  const inside: Inside = (p) => {
    if (input.bone(p[0], p[1], p[2]) < 0.0012) return true;
    if (input.obstacle?.(p)) return true;
    for (const { m, b } of boxes) {
      if (inBounds(b, p) && input.depthIn(m, p) < 1) return true;
    }
    return false;
  };
  // Probe depths; the floor is where the sheet may not go below.
  const floor: number[][] = guide.map((row, i) => row.map((g, j) => probe(g, gn[i]![j]!, inside)));
  let s: number[][] = floor.map((row) => row.map((v) => (Number.isNaN(v) ? 0 : v)));
  const lim = (i: number, j: number): number => {
    const f = floor[i]![j]!;
    return Number.isNaN(f) ? -Infinity : f;
  };
  for (let pass = 0; pass < input.relax; pass++) {
    s = s.map((row, i) =>
      row.map((v, j) => {
        const avg = neighbourAverage(s, i, j, v);
        return Math.max(lim(i, j), 0.5 * v + 0.5 * avg);
      }),
    );
  }
  // The deep face follows the bed more closely than the outer membrane does (a spring toward the
  // floor), so hollows the outer face bridges are filled with muscle, up to `fill` deep, instead of
  // leaving an air gap under the sheet. The outer face stays where the membrane put it.
  let inner = s.map((row) => [...row]);
  for (let pass = 0; pass < 30; pass++) {
    inner = inner.map((row, i) =>
      row.map((v, j) => {
        const avg = neighbourAverage(inner, i, j, v);
        const f = floor[i]![j]!;
        const target = Number.isNaN(f) ? s[i]![j]! - input.fill : f;
        return Math.max(lim(i, j), 0.5 * v + 0.5 * (0.8 * avg + 0.2 * target));
      }),
    );
  }
  // Filling fades out toward the borders and ends, which stay thin lens edges.
  const taper = (i: number, j: number): number =>
    Math.max(0, Math.sin((Math.PI * j) / (J - 1)) * Math.sin((Math.PI * i) / (rings - 1))) ** 0.7;
  // No filling where the thickened sheet would come near a nerve running in the hollow.
  let extra = s.map((row, i) =>
    row.map((v, j) => {
      const x = taper(i, j) * Math.min(input.fill, Math.max(0, v - inner[i]![j]!));
      const g = guide[i]![j]!;
      const n = gn[i]![j]!;
      const clear = !input.keepClear || [0.5, 1].every((f) => !input.keepClear!(add(g, scale(n, v - f * x))));
      return clear ? x : 0;
    }),
  );
  for (let pass = 0; pass < 6; pass++) {
    extra = extra.map((row, i) =>
      row.map((v, j) => {
        let sum = v;
        let k = 1;
        for (const r of [extra[i - 1]?.[j], extra[i + 1]?.[j], row[j - 1], row[j + 1]]) {
          if (r === undefined) continue;
          sum += r;
          k++;
        }
        return sum / k;
      }),
    );
  }
  // The outer face is the smooth membrane; the lens hangs inward from it along its normals.
  const outer: V3[][] = guide.map((row, i) =>
    row.map((g, j) => add(g, scale(gn[i]![j]!, s[i]![j]! + GAP + 2 * input.halfDepth[i]!))),
  );
  // A thick cushion wrapped round a bone (`onGuide`) takes its deep face straight from the bed
  // along the guide's normals: hung from the outer face along that face's own normals, its
  // borders would swing several millimetres sideways per degree the two disagree.
  const onGuide = input.cushion?.onGuide === true;
  const normal = onGuide ? gn : gridNormals(outer, input.outward);
  const e = input.exponent;
  // Half-thickness of the lens at the middle of each sample's ring, thickened where it fills.
  const thick: number[][] = extra.map((row, i) => row.map((x) => input.halfDepth[i]! + x / 2));
  const deep: V3[][] = onGuide
    ? guide.map((row, i) => row.map((g, j) => add(g, scale(gn[i]![j]!, s[i]![j]! + GAP - extra[i]![j]!))))
    : outer.map((row, i) => row.map((q, j) => add(q, scale(normal[i]![j]!, -2 * thick[i]![j]!))));
  // The section's half-thickness at across fraction v (0..1) of a section whose middle is t: a
  // superellipse lens, or the cushion's smooth dome.
  const cushion = input.cushion;
  const shape = (v: number): number => {
    if (cushion) return cushionProfile(cushion, v);
    const w = Math.abs(2 * v - 1);
    return Math.max(0, 1 - w ** e) ** (1 / e);
  };
  const half: number[][] = thick.map((row) => row.map((t, j) => t * shape(j / (J - 1))));
  // The lens is centred a full `thick` above the deep surface (both faces curve); the cushion's
  // deep face stays on the deep surface, so its middle rises only by its own half-thickness.
  const lift = (i: number, j: number): number => (cushion ? half[i]![j]! : thick[i]![j]!);
  const mid: V3[][] = deep.map((row, i) => row.map((d, j) => add(d, scale(normal[i]![j]!, lift(i, j)))));
  const across: V3[][] = deep.map((row) =>
    row.map((_, j) => normalize(sub(row[Math.min(J - 1, j + 1)]!, row[Math.max(0, j - 1)]!))),
  );
  const along: V3[][] = deep.map((row, i) =>
    row.map((_, j) => normalize(sub(deep[Math.min(rings - 1, i + 1)]![j]!, deep[Math.max(0, i - 1)]![j]!))),
  );
  // Ring vertices: theta around a superellipse in (across, thickness) about the mid-surface.
  const A = input.around;
  const at = (row: readonly V3[], v: number): V3 => {
    const x = v * (J - 1);
    const j0 = Math.min(J - 2, Math.floor(x));
    const f = x - j0;
    const a = row[j0]!;
    const b = row[j0 + 1]!;
    return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
  };
  const positions = new Float32Array(rings * A * 3);
  let o = 0;
  const atNum = (row: readonly number[], v: number): number => {
    const x = v * (J - 1);
    const j0 = Math.min(J - 2, Math.floor(x));
    const f = x - j0;
    return row[j0]! + (row[j0 + 1]! - row[j0]!) * f;
  };
  for (let i = 0; i < rings; i++) {
    for (let k = 0; k < A; k++) {
      const th = (2 * Math.PI * k) / A;
      const c = Math.cos(th);
      const sn = Math.sin(th);
      const a = Math.sign(c) * Math.abs(c) ** (2 / e);
      const b = Math.sign(sn) * Math.abs(sn) ** (2 / e);
      const v = (1 + a) / 2;
      const base = at(deep[i]!, v);
      const n = normalize(at(normal[i]!, v));
      // Lens: b runs over both faces about the middle. Cushion: the deep half of the ring lies on
      // the deep surface and the outer half rises by the dome's full thickness.
      const rise = cushion
        ? sn > 0
          ? 2 * atNum(thick[i]!, v) * cushionProfile(cushion, v)
          : 0
        : atNum(thick[i]!, v) * (1 + b);
      const p = add(base, scale(n, rise));
      positions[o++] = p[0];
      positions[o++] = p[1];
      positions[o++] = p[2];
    }
  }
  const idx: number[] = [];
  for (let i = 0; i < rings - 1; i++) {
    for (let k = 0; k < A; k++) {
      const a = i * A + k;
      const b = i * A + ((k + 1) % A);
      idx.push(a, a + A, b, b, a + A, b + A);
    }
  }
  // Orientation: a superficial vertex's face normal must point along the outward normal.
  const P = (v: number): V3 => [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!];
  const iMid = Math.floor(rings / 2);
  const kTop = Math.floor(A / 4);
  {
    const a = iMid * A + kTop;
    const fn = cross(sub(P(a + A), P(a)), sub(P(iMid * A + kTop + 1), P(a)));
    if (dot(fn, normal[iMid]![Math.floor(J / 2)]!) < 0) {
      for (let q = 0; q < idx.length; q += 3) {
        const tmp = idx[q + 1]!;
        idx[q + 1] = idx[q + 2]!;
        idx[q + 2] = tmp;
      }
    }
  }
  // End caps: a strip joining each superficial vertex to the deep one across from it.
  const cap = (i: number, outwardAlong: V3): void => {
    for (let k = 0; k < A / 2; k++) {
      const quad = [k, k + 1, (A - k - 1) % A, (A - k) % A].map((x) => i * A + x);
      const tris = [
        [quad[0]!, quad[1]!, quad[2]!],
        [quad[0]!, quad[2]!, quad[3]!],
      ];
      for (const tri of tris) {
        if (new Set(tri).size < 3) continue;
        const fn = cross(sub(P(tri[1]!), P(tri[0]!)), sub(P(tri[2]!), P(tri[0]!)));
        if (length(fn) < 1e-14) continue;
        if (dot(fn, outwardAlong) < 0) idx.push(tri[0]!, tri[2]!, tri[1]!);
        else idx.push(tri[0]!, tri[1]!, tri[2]!);
      }
    }
  };
  const j0 = Math.floor(J / 2);
  cap(0, scale(along[0]![j0]!, -1));
  cap(rings - 1, along[rings - 1]![j0]!);
  let total = 0;
  for (let i = 1; i < rings; i++) total += length(sub(mid[i]![j0]!, mid[i - 1]![j0]!));
  return {
    positions,
    indices: Uint32Array.from(idx),
    sheet: { mid, normal, half, across, along, spacing: total / (rings - 1) },
  };
}
