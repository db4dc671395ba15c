/**
 * Which standard view shows a question's structure: a muscle from the side of its compartment, a
 * footprint from the side of the limb it faces (its points' mean angle round the limb axis, in the
 * body-surface coordinate of `anatomy/surface.ts`).
 */
import { muscleById } from '../anatomy/index.ts';
import type { View } from '../anatomy/ids.ts';
import { surfaceCoordinate } from '../anatomy/surface.ts';
import type { Compartment, Vec3 } from '../anatomy/types.ts';
import type { AttachmentEnd } from './quiz-round.ts';

const compartmentView: Readonly<Record<Compartment, View>> = {
  gluteal: 'posterior',
  'anterior-thigh': 'anterior',
  'medial-thigh': 'medial',
  'posterior-thigh': 'posterior',
  'anterior-leg': 'anterior',
  'lateral-leg': 'lateral',
  'posterior-leg': 'posterior',
};

/** The view facing a direction round the limb (0 front, 90 outer side, 180 back, 270 inner side). */
export function viewAtAngle(angle: number): View {
  const a = ((angle % 360) + 360) % 360;
  if (a >= 315 || a < 45) return 'anterior';
  if (a < 135) return 'lateral';
  if (a < 225) return 'posterior';
  return 'medial';
}

export function viewOfMuscle(id: string): View {
  const muscle = muscleById(id);
  return muscle ? compartmentView[muscle.compartment] : 'anterior';
}

/** The view facing a muscle's first footprint of one end. */
export function viewOfFootprint(id: string, end: AttachmentEnd): View {
  const muscle = muscleById(id);
  const attachment = muscle ? (end === 'origin' ? muscle.origins[0] : muscle.insertions[0]) : undefined;
  if (!attachment || attachment.points.length === 0) return viewOfMuscle(id);
  const sum = attachment.points.reduce<[number, number, number]>(
    (acc, p) => [acc[0] + p[0], acc[1] + p[1], acc[2] + p[2]],
    [0, 0, 0],
  );
  const n = attachment.points.length;
  const mean: Vec3 = [sum[0] / n, sum[1] / n, sum[2] / n];
  return viewAtAngle(surfaceCoordinate(mean).angle);
}
