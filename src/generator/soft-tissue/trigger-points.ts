/**
 * Trigger-point positions on or in their muscle: the ring of the settled muscle mesh at the
 * point's fraction along the centreline, the vertex of that ring farthest toward the named side;
 * 'superficial' sits just under that surface, 'deep' a third of the way in from the centre.
 */
import type { Direction, TriggerPoint } from '../../anatomy/types.ts';
import { type V3, add, dot, lerp, scale, sub } from '../loft/index.ts';
import type { LoftedMuscle } from './muscle-loft.ts';

const directionVector: Record<Direction, V3> = {
  anterior: [0, 0, 1],
  posterior: [0, 0, -1],
  medial: [1, 0, 0],
  lateral: [-1, 0, 0],
};

export function triggerPointPosition(m: LoftedMuscle, placement: TriggerPoint['placement']): V3 {
  const rings = m.sections.length;
  const along = Math.min(0.97, Math.max(0.03, placement.along));
  const r = Math.round(along * (rings - 1));
  const dir = directionVector[placement.toward];
  const ring: V3[] = [];
  for (let k = 0; k < m.around; k++) {
    const o = (r * m.around + k) * 3;
    ring.push([m.positions[o]!, m.positions[o + 1]!, m.positions[o + 2]!]);
  }
  let centre: V3 = [0, 0, 0];
  for (const p of ring) centre = add(centre, p);
  centre = scale(centre, 1 / ring.length);
  // For a sheet with several lines, start from the chosen line's position across the width.
  const lines = m.paths.length;
  if (lines > 1 && placement.line !== undefined) {
    const li = Math.min(lines - 1, Math.max(0, placement.line - 1));
    const onLine = m.paths[li]![r]!;
    const w = m.sections[r]!.frame.normal;
    centre = add(centre, scale(w, dot(sub(onLine, centre), w)));
  }
  let best = ring[0]!;
  let bestScore = -Infinity;
  for (const p of ring) {
    const d = sub(p, centre);
    const score = dot(d, dir) - (lines > 1 ? 0.8 * Math.abs(dot(d, m.sections[r]!.frame.normal)) : 0);
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  if (placement.depth === 'deep') return lerp(centre, best, 0.35);
  return lerp(centre, best, 0.9);
}
