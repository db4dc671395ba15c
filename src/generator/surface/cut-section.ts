/**
 * The cut end of psoas: the model stops where the trunk is cut (there is no lumbar spine), so
 * psoas ends in a flat cap there. Its triangles get vertices of their own with the cap's flat
 * normal (a crisp edge instead of a rounded-off pipe end) and a fibre direction along that normal:
 * the fibres end at the cut, which the muscle material draws as a cut section (see
 * src/scene/tissue-material.ts), a darker, stippled face.
 */
import { type V3, dot, normalize } from '../loft/index.ts';
import type { LoftedMuscle } from '../soft-tissue/muscle-loft.ts';
import type { MeshPart } from '../types.ts';

export interface TrunkCut {
  structure: string;
  centre: V3;
  /** Unit normal of the cut face, pointing out of the muscle. */
  outward: V3;
  radius: number;
}

/** Bellies whose origin lies outside the model (cut with the trunk), by name. */
const CUT_AT_TRUNK = new Set(['psoas']);

export function trunkCuts(muscles: readonly LoftedMuscle[]): TrunkCut[] {
  return muscles
    .filter((m) => CUT_AT_TRUNK.has(m.geometry.belly ?? ''))
    .map((m) => {
      const s = m.sections[0]!;
      const t = s.frame.tangent;
      return {
        structure: m.geometry.id,
        centre: s.centre,
        outward: normalize([-t[0], -t[1], -t[2]]),
        radius: 1.6 * Math.max(s.halfWidth, s.halfDepth) + 0.004,
      };
    });
}

/**
 * Splits the cap's triangles off with their own vertices (flat normal, fibre along it). Runs after
 * the fibres are baked and before occlusion. Returns how many triangles form the cut face.
 */
export function openCutSection(part: MeshPart, cut: TrunkCut): number {
  if (!part.fibre) return 0;
  const P = part.positions;
  const I = part.indices;
  const near = (v: number) =>
    Math.hypot(P[v * 3]! - cut.centre[0], P[v * 3 + 1]! - cut.centre[1], P[v * 3 + 2]! - cut.centre[2]) <
    cut.radius;
  const capTriangles: number[] = [];
  for (let t = 0; t < I.length; t += 3) {
    const [a, b, c] = [I[t]!, I[t + 1]!, I[t + 2]!];
    if (!near(a) || !near(b) || !near(c)) continue;
    const e1: V3 = [P[b * 3]! - P[a * 3]!, P[b * 3 + 1]! - P[a * 3 + 1]!, P[b * 3 + 2]! - P[a * 3 + 2]!];
    const e2: V3 = [P[c * 3]! - P[a * 3]!, P[c * 3 + 1]! - P[a * 3 + 1]!, P[c * 3 + 2]! - P[a * 3 + 2]!];
    const n: V3 = [
      e1[1] * e2[2] - e1[2] * e2[1],
      e1[2] * e2[0] - e1[0] * e2[2],
      e1[0] * e2[1] - e1[1] * e2[0],
    ];
    if (Math.hypot(...n) < 1e-12) continue;
    if (dot(normalize(n), cut.outward) > 0.8) capTriangles.push(t);
  }
  if (capTriangles.length === 0) return 0;
  const oldCount = P.length / 3;
  const remap = new Map<number, number>();
  for (const t of capTriangles)
    for (let e = 0; e < 3; e++) {
      const v = I[t + e]!;
      if (!remap.has(v)) remap.set(v, oldCount + remap.size);
    }
  const count = oldCount + remap.size;
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const fibre = new Float32Array(count * 4);
  positions.set(P);
  normals.set(part.normals);
  fibre.set(part.fibre);
  for (const [v, w] of remap) {
    positions.set(P.subarray(v * 3, v * 3 + 3), w * 3);
    normals.set(cut.outward, w * 3);
    fibre.set([...cut.outward, 0], w * 4);
  }
  const indices = Uint32Array.from(I);
  for (const t of capTriangles) for (let e = 0; e < 3; e++) indices[t + e] = remap.get(I[t + e]!)!;
  part.positions = positions;
  part.normals = normals;
  part.fibre = fibre;
  part.indices = indices;
  return capTriangles.length;
}
