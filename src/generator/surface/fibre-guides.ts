/**
 * Fibre guides: for each muscle, points along its fibres with the fibre direction there and how
 * much of it is tendon, taken from the loft (centrelines, or the draped sheet's mid-surface) before
 * the meshes are simplified. The surface pass (fibres.ts) reads them for every final vertex.
 */
import { type V3, length, normalize, sub } from '../loft/index.ts';
import type { LoftedMuscle } from '../soft-tissue/muscle-loft.ts';

export interface FibreSample {
  point: V3;
  /** Unit fibre direction, origin → insertion. */
  along: V3;
  /** 0 in the fleshy belly, 1 in tendon or aponeurosis. */
  tendon: number;
}

/** All samples of one structure (its bellies together), keyed by structure id. */
export type FibreGuides = Map<string, FibreSample[]>;

/**
 * Width of the myotendinous junction (m): the colour and gloss blend from belly to tendon over
 * about this length instead of changing at a seam (a few centimetres in the large thigh muscles).
 */
export const JUNCTION = 0.03;

function smoothstep(a: number, b: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/**
 * Tendon weight at arc length s along a line of length L whose first `near` and last `far`
 * fractions are tendon: 1 in the tendon, falling to 0 over the junction on the belly's side (so a
 * separate tendon part meets a belly that is already tendon-coloured where they join). A fraction
 * under 2 % is a fleshy attachment: no tendon there.
 */
export function tendonWeight(s: number, L: number, near: number, far: number): number {
  const blend = Math.min(JUNCTION, 0.25 * L);
  let w = 0;
  if (near >= 0.02) w = Math.max(w, 1 - smoothstep(near * L, near * L + blend, s));
  if (far >= 0.02) w = Math.max(w, smoothstep((1 - far) * L - blend, (1 - far) * L, s));
  return w;
}

/** Samples along one line of points (with the tendon fractions of its muscle). */
function lineSamples(
  line: readonly V3[],
  along: readonly V3[] | null,
  near: number,
  far: number,
): FibreSample[] {
  const arc = [0];
  for (let i = 1; i < line.length; i++) arc.push(arc[i - 1]! + length(sub(line[i]!, line[i - 1]!)));
  const L = arc[arc.length - 1]! || 1;
  return line.map((p, i) => {
    const a = line[Math.min(i + 1, line.length - 1)]!;
    const b = line[Math.max(i - 1, 0)]!;
    return {
      point: p,
      along: along ? normalize(along[i]!) : normalize(sub(a, b)),
      tendon: tendonWeight(arc[i]!, L, near, far),
    };
  });
}

export function fibreGuides(muscles: readonly LoftedMuscle[]): FibreGuides {
  const guides: FibreGuides = new Map();
  for (const m of muscles) {
    const g = m.geometry;
    const [near, far] = g.tendon;
    const samples: FibreSample[] = [];
    if (m.sheet) {
      // A draped sheet: its mid-surface, ring by ring; lines run along the fibres (per across index).
      const rows = m.sheet.mid.length;
      const cols = m.sheet.mid[0]?.length ?? 0;
      for (let j = 0; j < cols; j++) {
        const line = Array.from({ length: rows }, (_, i) => m.sheet!.mid[i]![j]!);
        const along = Array.from({ length: rows }, (_, i) => m.sheet!.along[i]![j]!);
        samples.push(...lineSamples(line, along, near, far));
      }
    } else {
      for (const path of m.paths) samples.push(...lineSamples(path, null, near, far));
      // The sections' centres too (lifted off the drawn paths toward the superficial side).
      samples.push(
        ...lineSamples(
          m.sections.map((s) => s.centre),
          null,
          near,
          far,
        ),
      );
    }
    const list = guides.get(g.id) ?? [];
    list.push(...samples);
    guides.set(g.id, list);
  }
  return guides;
}
