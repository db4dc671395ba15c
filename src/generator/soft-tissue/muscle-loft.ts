/**
 * Turns a MuscleGeometry into sections (centre, frame, size) and a ring-structured closed mesh;
 * also answers "is this point inside the muscle?" approximately from its sections, which is how
 * later (more superficial) muscles are pushed out of earlier (deeper) ones.
 */
import {
  type Section,
  type V3,
  add,
  cross,
  dot,
  guidedFrames,
  length,
  loftSections,
  normalize,
  scale,
  sectionLocal,
  smoothCentreline,
  smoothstep,
  sub,
  tangents,
} from '../loft/index.ts';
import { limbAxisAt } from '../../anatomy/surface.ts';
import { type ShaftSample, axisAtY } from './bone-axes.ts';
import type { SheetShape } from './drape.ts';
import { pushOutOfSheet, sheetDepth } from './sheet-depth.ts';
import type { MuscleGeometry } from './shapes/index.ts';

export interface LoftedMuscle {
  geometry: MuscleGeometry;
  sections: Section[];
  /** Resampled paths (same count as sections), for sheet trigger points. */
  paths: V3[][];
  /** 0 in tendon, rising to 1 at the fullest belly. */
  bell: number[];
  around: number;
  positions: Float32Array;
  indices: Uint32Array;
  /** Mean spacing between sections (m). */
  spacing: number;
  /** Set when the muscle was draped (drape.ts): its depth is measured on the sheet instead. */
  sheet?: SheetShape;
}

/** Belly weight 0..1 along t for a geometry's tendons, peak and fullness. */
export function bellAt(g: MuscleGeometry, t: number): number {
  const [tp, td] = g.tendon;
  const u = (t - tp) / Math.max(1e-6, 1 - tp - td);
  if (u <= 0 || u >= 1) return 0;
  const w = u < g.peak ? (0.5 * u) / g.peak : 0.5 + (0.5 * (u - g.peak)) / (1 - g.peak);
  const fullness = u > g.peak ? (g.insertionFullness ?? g.fullness) : g.fullness;
  return Math.sin(Math.PI * w) ** fullness;
}

/**
 * The limb axis of the body-surface coordinate (anatomy/surface.ts, the one definition) at
 * height y as a point, for "which way is superficial".
 */
export function limbAxisPoint(y: number): V3 {
  const c = limbAxisAt(y);
  return [c.x, y, c.z];
}

export function loftMuscle(g: MuscleGeometry, femur: readonly ShaftSample[]): LoftedMuscle {
  const roughLength = length(sub(g.paths[0]![g.paths[0]!.length - 1]!, g.paths[0]![0]!));
  const n = g.rings ?? Math.max(36, Math.min(80, Math.round(roughLength / 0.006)));
  const sheet = g.paths.length > 1;
  const around = g.around ?? (sheet ? 40 : roughLength > 0.3 ? 32 : 28);
  const paths = g.paths.map((p) => smoothCentreline(p, n));
  const centres0 = paths[0]!.map((_, i) => {
    let c: V3 = [0, 0, 0];
    for (const p of paths) c = add(c, p[i]!);
    return scale(c, 1 / paths.length);
  });
  const radial = (p: V3): V3 => {
    if (g.outward) return normalize(g.outward as V3);
    const axis = g.about === 'femur' ? axisAtY(femur, p[1]).centre : limbAxisPoint(p[1]);
    const r: V3 = [p[0] - axis[0], 0, p[2] - axis[2]];
    return length(r) > 1e-6 ? normalize(r) : [0, 0, -1];
  };
  const ts = tangents(centres0);
  const frames = guidedFrames(
    centres0,
    (i, t) => {
      if (sheet) return sub(paths[paths.length - 1]![i]!, paths[0]![i]!);
      return cross(t, radial(centres0[i]!));
    },
    sheet ? 6 : 4,
  );
  // Binormal = superficial side: flip the whole muscle's frames if most point inward.
  let votes = 0;
  frames.forEach((f, i) => (votes += Math.sign(dot(f.binormal, radial(centres0[i]!)))));
  if (votes < 0) {
    for (const f of frames) {
      f.normal = scale(f.normal, -1);
      f.binormal = scale(f.binormal, -1);
    }
  }
  const bell = centres0.map((_, i) => bellAt(g, i / (n - 1)));
  const sections: Section[] = centres0.map((c0, i) => {
    const t = i / (n - 1);
    const b = bell[i]!;
    const end = t < 0.5 ? g.ends[0] : g.ends[1];
    const margin = end[0] + (g.halfWidth - end[0]) * b;
    const halfDepth = end[1] + (g.halfDepth - end[1]) * b;
    const f = frames[i]!;
    // Sheets narrow a little toward their ends so the corners are rounded, not square.
    const round = 0.8 + 0.2 * Math.sin(Math.PI * Math.min(1, Math.max(0, t * 0.9 + 0.05))) ** 0.5;
    const span = sheet
      ? (round * Math.abs(dot(sub(paths[paths.length - 1]![i]!, paths[0]![i]!), f.normal))) / 2
      : 0;
    const centre = add(c0, scale(f.binormal, g.lift * halfDepth));
    return {
      centre,
      frame: { tangent: ts[i]!, normal: f.normal, binormal: f.binormal },
      halfWidth: span + margin,
      halfDepth,
      exponent: g.exponent,
      curl: g.curl * smoothstep(0, 0.5, b),
    };
  });
  const { positions, indices } = loftSections(sections, around);
  let total = 0;
  for (let i = 1; i < n; i++) total += length(sub(centres0[i]!, centres0[i - 1]!));
  return { geometry: g, sections, paths, bell, around, positions, indices, spacing: total / (n - 1) };
}

/**
 * p in the frame of the muscle's nearest section: `d` from the section centre, and (u, v) across
 * the section (unrolled around the curl for sections that curl round a bone). Undefined beyond
 * the ends (further along the tangent than the section spacing covers).
 */
function nearestSectionCoords(m: LoftedMuscle, p: V3) {
  let best = 0;
  let bestD = Infinity;
  m.sections.forEach((s, i) => {
    const d = (p[0] - s.centre[0]) ** 2 + (p[1] - s.centre[1]) ** 2 + (p[2] - s.centre[2]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  const sec = m.sections[best]!;
  const d = sub(p, sec.centre);
  if (Math.abs(dot(d, sec.frame.tangent)) > m.spacing * 0.75) return undefined;
  let u = dot(d, sec.frame.normal);
  let v = dot(d, sec.frame.binormal);
  if (sec.curl > 1e-6) {
    const R = 1 / sec.curl;
    const r = Math.hypot(u, v + R);
    u = Math.atan2(u, v + R) * R;
    v = r - R;
  }
  return { sec, d, u, v };
}

/**
 * How deep p lies in the muscle by its nearest section: 0 on the centreline, 1 on the surface,
 * above 1 outside (Infinity beyond the ends).
 */
export function sectionDepth(m: LoftedMuscle, p: V3): number {
  if (m.sheet) return sheetDepth(m.sheet, p);
  const at = nearestSectionCoords(m, p);
  if (!at) return Infinity;
  const { sec, u, v } = at;
  const e = sec.exponent;
  return (Math.abs(u / sec.halfWidth) ** e + Math.abs(v / sec.halfDepth) ** e) ** (1 / e);
}

/**
 * If p lies inside the muscle (by its sections), the point on its surface to push p to (with a
 * small gap); otherwise undefined.
 */
export function pushOutOfSections(m: LoftedMuscle, p: V3, gap: number): V3 | undefined {
  if (m.sheet) return pushOutOfSheet(m.sheet, p, gap);
  const at = nearestSectionCoords(m, p);
  if (!at) return undefined;
  const { sec, d, u, v } = at;
  const a = sec.halfWidth + gap;
  const b = sec.halfDepth + gap;
  const e = sec.exponent;
  const f = Math.abs(u / a) ** e + Math.abs(v / b) ** e;
  if (f >= 1) return undefined;
  const k = f < 1e-9 ? 1 : f ** (-1 / e);
  // Leave along the tangent plane component kept (only the section-plane coordinates scale).
  const w = dot(d, sec.frame.tangent);
  const local = sectionLocal(sec, u * k, f < 1e-9 ? b : v * k);
  return add(local, scale(sec.frame.tangent, w));
}
