/**
 * Which standard view shows a question's structure: a muscle from the side of its compartment, a
 * footprint from the side of the limb it faces (its points' mean angle round the limb axis, in the
 * body-surface coordinate of `anatomy/surface.ts`).
 */
import { kb, muscleById } from '../anatomy/index.ts';
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

function meanOf(points: readonly Vec3[]): Vec3 {
  const sum = points.reduce<[number, number, number]>(
    (acc, p) => [acc[0] + p[0], acc[1] + p[1], acc[2] + p[2]],
    [0, 0, 0],
  );
  return [sum[0] / points.length, sum[1] / points.length, sum[2] / points.length];
}

function footprintPoints(id: string, end: AttachmentEnd): readonly Vec3[] {
  const muscle = muscleById(id);
  const attachment = muscle ? (end === 'origin' ? muscle.origins[0] : muscle.insertions[0]) : undefined;
  return attachment?.points ?? [];
}

/**
 * Footprints whose side round the limb axis is not the side they face, so the angle would turn the
 * camera to look at them through bone: inside the pelvis and on the foot.
 */
const facingView: Readonly<Record<string, View>> = {
  // The iliac fossa is the inner face of the iliac wing: from the side, the wing hides it.
  'iliopsoas origin': 'medial',
  // The outer face of the obturator membrane faces forward and down, below the pubic ramus.
  'obturator-externus origin': 'anterior',
  // The foot points forward, so all of it lies at the front by angle. Plantar insertions, on the
  // sole's inner half, are hidden from the front by the foot's top; the side ones face sideways.
  'tibialis-anterior insertion': 'medial',
  'tibialis-posterior insertion': 'medial',
  'flexor-digitorum-longus insertion': 'medial',
  'flexor-hallucis-longus insertion': 'medial',
  'fibularis-longus insertion': 'medial',
  // The tuberosity of the fifth metatarsal, on the foot's outer edge.
  'fibularis-brevis insertion': 'lateral',
};

/** The view facing a muscle's first footprint of one end. */
export function viewOfFootprint(id: string, end: AttachmentEnd): View {
  const facing = facingView[`${id} ${end}`];
  if (facing) return facing;
  const points = footprintPoints(id, end);
  if (points.length === 0) return viewOfMuscle(id);
  return viewAtAngle(surfaceCoordinate(meanOf(points)).angle);
}

/**
 * The lowest height the standard views frame: 4 cm below the tibial tuberosity, as the scene's
 * camera does (`THIGH_BOTTOM_Y` in scene/camera-framing.ts; the quiz does not import the scene).
 */
const tuberosity = kb.landmarks.find((l) => l.id === 'tibial-tuberosity');
export const thighFrameBottomY = (tuberosity?.position[1] ?? -0.522) - 0.04;

/**
 * Whether a question's structure lies below what the standard views frame (the thigh), so the quiz
 * turns to the whole limb: a footprint in the leg or foot for "where does it attach?", a leg
 * muscle (the middle of its attachments) to find or name. Without it the foot's footprints were
 * off the screen, and a click could not answer.
 */
export function needsWholeLimb(id: string, kind: 'attach' | 'other', end: AttachmentEnd = 'origin'): boolean {
  const muscle = muscleById(id);
  const points =
    kind === 'attach'
      ? footprintPoints(id, end)
      : [...(muscle?.origins ?? []), ...(muscle?.insertions ?? [])].flatMap((a) => a.points);
  return points.length > 0 && meanOf(points)[1] < thighFrameBottomY;
}
