/**
 * Per-vertex fibre direction and tendon weight for the final (simplified) muscle and tendon meshes:
 * the fibre is the guides' direction near the vertex (inverse-distance blend of the nearest
 * samples, so it turns smoothly; the material lays it into the surface); the tendon weight is the
 * guides' too (0 belly, 1 tendon). Tendon parts are tendon throughout.
 */
import { type V3, normalize } from '../loft/index.ts';
import type { MeshPart } from '../types.ts';
import type { FibreGuides, FibreSample } from './fibre-guides.ts';

const NEAREST = 4;

/** The blended guide direction and tendon weight at p. */
function blendAt(samples: readonly FibreSample[], p: V3): { along: V3; tendon: number } {
  const best: { d: number; s: FibreSample }[] = [];
  for (const s of samples) {
    const d = (s.point[0] - p[0]) ** 2 + (s.point[1] - p[1]) ** 2 + (s.point[2] - p[2]) ** 2;
    if (best.length < NEAREST || d < best[best.length - 1]!.d) {
      let k = best.length < NEAREST ? best.length : best.length - 1;
      if (best.length < NEAREST) best.push({ d, s });
      while (k > 0 && best[k - 1]!.d > d) {
        best[k] = best[k - 1]!;
        k--;
      }
      best[k] = { d, s };
    }
  }
  const along: V3 = [0, 0, 0];
  let tendon = 0;
  let total = 0;
  for (const { d, s } of best) {
    const w = 1 / (d + 1e-6);
    along[0] += s.along[0] * w;
    along[1] += s.along[1] * w;
    along[2] += s.along[2] * w;
    tendon += s.tendon * w;
    total += w;
  }
  return { along: normalize(along), tendon: total > 0 ? tendon / total : 0 };
}

/** The main axis of a point set (power iteration on its covariance), for tendons without guides. */
function mainAxis(positions: Float32Array): V3 {
  const n = positions.length / 3;
  const c = [0, 0, 0];
  for (let i = 0; i < n; i++) for (let k = 0; k < 3; k++) c[k]! += positions[i * 3 + k]! / n;
  const m = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const d = [0, 1, 2].map((k) => positions[i * 3 + k]! - c[k]!);
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) m[a * 3 + b]! += d[a]! * d[b]!;
  }
  let v: V3 = [0.1, 1, 0.1];
  for (let it = 0; it < 30; it++)
    v = normalize([0, 1, 2].map((a) => m[a * 3]! * v[0] + m[a * 3 + 1]! * v[1] + m[a * 3 + 2]! * v[2]));
  return v;
}

/** Fills `part.fibre` (xyz unit fibre direction, w tendon weight) for muscles and tendons. */
export function bakeFibres(part: MeshPart, guides: FibreGuides): void {
  const kind = part.extras.kind;
  if (kind !== 'muscle' && kind !== 'tendon') return;
  const own = part.name === part.extras.structure || part.name.startsWith(`${part.extras.structure}-`);
  const samples = own ? guides.get(part.extras.structure) : undefined;
  const n = part.positions.length / 3;
  const fibre = new Float32Array(n * 4);
  const axis = samples ? null : mainAxis(part.positions);
  for (let i = 0; i < n; i++) {
    const p: V3 = [part.positions[i * 3]!, part.positions[i * 3 + 1]!, part.positions[i * 3 + 2]!];
    const at = samples ? blendAt(samples, p) : { along: axis!, tendon: 1 };
    // Stored as the guides give it, not laid into the tangent plane: the field then changes
    // slowly from vertex to vertex and compresses to about a byte per vertex; the material takes
    // the tangential part itself.
    fibre.set([at.along[0], at.along[1], at.along[2], kind === 'tendon' ? 1 : at.tendon], i * 4);
  }
  part.fibre = fibre;
}
