/** Nerve paths fitted to the bones, and the test draped sheets use to lie on the nerves. */
import type { NerveId } from '../../anatomy/ids.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import type { BoneSet } from '../types.ts';
import { add, dot, scale, sub, type V3 } from '../loft/index.ts';
import { gradient } from './collide.ts';
import { nerveRadius } from './nerves.ts';

/**
 * The common fibular nerve winds round the neck of the fibula on the bone itself (that is where
 * it can be felt, and injured): each of its path points within 12 mm of the fibula is laid on
 * the bone's surface (from outside or from inside). Left where the data puts it, the nerve stands
 * off the bone and lifts the skin into a ridge.
 */
export function nervePath(id: NerveId, path: readonly Vec3[], bones: BoneSet): Vec3[] {
  if (id !== 'common-fibular-nerve') return [...path];
  const f = bones.fieldOf('fibula');
  const want = nerveRadius[id] + 0.001;
  return path.map((p) => {
    const d = f(...p);
    if (d > 0.012) return p;
    const n = gradient(f, p[0], p[1], p[2]);
    const s = want - d;
    return [p[0] + n[0] * s, p[1] + n[1] * s, p[2] + n[2] * s];
  });
}

export interface NerveLine {
  line: V3[];
  r: number;
}

export function nearNerve(nerveLines: readonly NerveLine[], p: V3, margin: number): boolean {
  for (const { line, r: radius } of nerveLines) {
    const r = radius + margin;
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const ab = sub(line[i]!, a);
      const t = Math.max(0, Math.min(1, dot(sub(p, a), ab) / Math.max(1e-12, dot(ab, ab))));
      const q = add(a, scale(ab, t));
      if ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2 < r * r) return true;
    }
  }
  return false;
}
