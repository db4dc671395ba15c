/**
 * All 38 muscles of SPEC, in the order of `muscleIds`, gathered from one file per region.
 *
 * Trigger-point `placement.line` names a line of a split muscle by gait2392's numbering from 1
 * (gluteus maximus/medius/minimus 1–3 from front/top to back/bottom, adductor magnus 1–3,
 * iliopsoas 1 = iliacus, 2 = psoas); without it the point sits on the muscle's middle line.
 */
import { muscleIds } from '../ids.ts';
import type { Muscle } from '../types.ts';
import { anteriorThighMuscles } from './anterior-thigh.ts';
import { deepHipMuscles } from './deep-hip.ts';
import { glutealMuscles } from './gluteal.ts';
import { legMuscles } from './leg.ts';
import { lowerLegMuscles } from './lower-leg.ts';
import { medialThighMuscles } from './medial-thigh.ts';
import { posteriorThighMuscles } from './posterior-thigh.ts';

const byId = new Map<string, Muscle>(
  [
    ...glutealMuscles,
    ...anteriorThighMuscles,
    ...medialThighMuscles,
    ...posteriorThighMuscles,
    ...legMuscles,
    ...deepHipMuscles,
    ...lowerLegMuscles,
  ].map((m) => [m.id, m]),
);

export const muscles: readonly Muscle[] = muscleIds.map((id) => {
  const muscle = byId.get(id);
  if (!muscle) throw new Error(`muscle data: no entry for "${id}"`);
  return muscle;
});
