/**
 * Which muscles a quiz round asks about: the round can be limited to a region (hip, thigh, leg)
 * and a layer (superficial, deep). Regions follow each muscle's compartment and layers its depth
 * order in `src/anatomy` (layer 1 is the most superficial of its region).
 */
import { kb } from '../anatomy/index.ts';
import type { Compartment, Muscle } from '../anatomy/types.ts';
import type { MuscleId } from '../anatomy/ids.ts';

export const quizRegions = ['all', 'hip', 'thigh', 'leg'] as const;
export type QuizRegion = (typeof quizRegions)[number];
export const quizLayers = ['all', 'superficial', 'deep'] as const;
export type QuizLayer = (typeof quizLayers)[number];

const regionOfCompartment: Readonly<Record<Compartment, Exclude<QuizRegion, 'all'>>> = {
  gluteal: 'hip',
  'anterior-thigh': 'thigh',
  'medial-thigh': 'thigh',
  'posterior-thigh': 'thigh',
  'anterior-leg': 'leg',
  'lateral-leg': 'leg',
  'posterior-leg': 'leg',
};

export function regionOf(muscle: Muscle): Exclude<QuizRegion, 'all'> {
  return regionOfCompartment[muscle.compartment];
}

/** Superficial means the outermost layer of its region; everything under it counts as deep. */
export function isDeep(muscle: Muscle): boolean {
  return muscle.layer > 1;
}

export function inFilter(muscle: Muscle, region: QuizRegion, layer: QuizLayer): boolean {
  if (region !== 'all' && regionOf(muscle) !== region) return false;
  if (layer === 'superficial') return !isDeep(muscle);
  if (layer === 'deep') return isDeep(muscle);
  return true;
}

/** The muscles a round with these filters asks about, in the knowledge base's order. */
export function quizPool(region: QuizRegion, layer: QuizLayer): MuscleId[] {
  return kb.muscles.filter((m) => inFilter(m, region, layer)).map((m) => m.id);
}
