/**
 * A pose for each self-test that is a movement or a position (issue 14): joint angles of the right
 * limb, pelvis held still (a standing toe touch or a squat tilts the pelvis too; here only the
 * hip angle between pelvis and thigh is shown). Where the seeds describe the position, the angle
 * follows them; the numbers themselves are ours, chosen inside the usual adult ranges of motion
 * (hip flexion to about 120 deg, extension to about 20, knee flexion to about 135-140, ankle
 * dorsiflexion to about 20 and plantarflexion to about 50: the widely used AAOS averages, see
 * `basis`), and each says why.
 */
import type { MuscleId } from '../anatomy/ids.ts';
import type { SourceId } from '../anatomy/sources.ts';
import type { JointAngles } from './joints.ts';
import type { PoseId } from './pose-ids.ts';

/**
 * How the muscles work in the pose: `passive` (a stretch or a posture: only what lengthens is
 * loaded), `active` (the person moves the joint: the muscles that shorten do the work),
 * `weight-bearing` (body weight on the leg: muscles that shorten or lengthen across the moved
 * joints all hold the load).
 */
export type Effort = 'passive' | 'active' | 'weight-bearing';

export interface Pose {
  id: PoseId;
  angles: JointAngles;
  effort: Effort;
  /** Muscles loaded in the pose although their length barely changes, each with its reason. */
  holds?: readonly { muscle: MuscleId; reason: string }[];
  /** Where the angles come from, in words. */
  basis: string;
  sources: readonly SourceId[];
}

const angles = (a: Partial<JointAngles>): JointAngles => ({
  hipFlexion: 0,
  hipAdduction: 0,
  hipRotation: 0,
  kneeFlexion: 0,
  ankleDorsiflexion: 0,
  ...a,
});

const aaos =
  'Angles are ours, inside the usual adult ranges (AAOS averages: hip flexion 120, extension 20, knee flexion 135, ankle dorsiflexion 20, plantarflexion 50 deg).';

export const poses: Readonly<Record<PoseId, Pose>> = {
  'straight-leg-raise': {
    id: 'straight-leg-raise',
    angles: angles({ hipFlexion: 70 }),
    effort: 'passive',
    basis: `Lying on the back, knee straight, leg raised to the first firm pull: about 70 deg of hip flexion (the usual end of a straight-leg raise). ${aaos}`,
    sources: ['seed:001'],
  },
  'straight-leg-raise-toe-out': {
    id: 'straight-leg-raise-toe-out',
    angles: angles({ hipFlexion: 70, hipAdduction: 15, hipRotation: -30, ankleDorsiflexion: 10 }),
    effort: 'passive',
    basis: `As the straight-leg raise, with the toes turned out by a strap (30 deg hip external rotation), the foot drawn toward the opposite shoulder (15 deg adduction) and the strap pulling the foot up (10 deg dorsiflexion), as a neuromuscular therapist describes it. ${aaos}`,
    sources: ['seed:001'],
  },
  'heel-to-buttock': {
    id: 'heel-to-buttock',
    angles: angles({ kneeFlexion: 135, ankleDorsiflexion: -20 }),
    effort: 'active',
    basis: `Standing, thighs side by side, heel drawn up to the buttock: the knee near the end of its range (135 deg), the ankle held in the hand and pointed (20 deg plantarflexion). ${aaos}`,
    sources: ['seed:001'],
  },
  'knee-curl': {
    id: 'knee-curl',
    angles: angles({ kneeFlexion: 70 }),
    effort: 'active',
    basis: `Standing, thigh still, the knee bent through the middle of its range: 70 deg, about half of 135. ${aaos}`,
    sources: ['seed:000'],
  },
  'knee-bend-foot-flexed': {
    id: 'knee-bend-foot-flexed',
    angles: angles({ kneeFlexion: 15, ankleDorsiflexion: 15 }),
    effort: 'active',
    basis: `Standing, foot pulled up toward the shin (15 deg dorsiflexion, most of the usual 20) and only the first few degrees of knee bending (15 deg). ${aaos}`,
    sources: ['seed:000'],
  },
  'tiptoe-push-off': {
    id: 'tiptoe-push-off',
    angles: angles({ ankleDorsiflexion: -35 }),
    effort: 'weight-bearing',
    basis: `Standing on the painful leg, knee straight, risen onto the toes: about 35 deg of plantarflexion (the first, straight-knee half of the test). ${aaos}`,
    sources: ['seed:000'],
  },
  'toe-touch': {
    id: 'toe-touch',
    angles: angles({ hipFlexion: 85 }),
    effort: 'passive',
    basis: `Standing, knees straight, bent forward toward the toes: the hip angle between pelvis and thigh near 85 deg (the rest of the reach comes from the spine, not shown). ${aaos}`,
    sources: ['seed:003'],
  },
  'single-leg-squat': {
    id: 'single-leg-squat',
    angles: angles({ hipFlexion: 45, kneeFlexion: 60, ankleDorsiflexion: 15 }),
    effort: 'weight-bearing',
    holds: [
      {
        muscle: 'gluteus-medius',
        reason:
          'On one leg the hip abductors hold the pelvis level against body weight (the pelvis-drop the test watches for)',
      },
      {
        muscle: 'gluteus-minimus',
        reason: 'With gluteus medius it holds the pelvis level in single-leg stance',
      },
      ...(['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'] as const).map((muscle) => ({
        muscle,
        reason:
          'Crossing both hip and knee, the two-joint hamstrings barely change length in a squat but steady the knee as the leg takes the load',
      })),
    ],
    basis: `Standing on the painful leg, squatting a quarter to half of the way down: hip 45 deg, knee 60 deg, the shin tipped forward over the planted foot (15 deg dorsiflexion). ${aaos}`,
    sources: ['seed:004'],
  },
  'straight-leg-hip-extension': {
    id: 'straight-leg-hip-extension',
    angles: angles({ hipFlexion: -15 }),
    effort: 'active',
    basis: `Standing, knee straight, the leg moved back without arching the back: a small movement, 15 deg of hip extension (the usual range is about 20). ${aaos}`,
    sources: ['seed:000'],
  },
  'long-sitting-or-driving': {
    id: 'long-sitting-or-driving',
    angles: angles({ hipFlexion: 80, kneeFlexion: 30, ankleDorsiflexion: -10 }),
    effort: 'passive',
    basis: `Sitting with the hips slid forward and the legs stretched out in front, as when driving: hip 80 deg, knee 30 deg, the foot resting pointed on a pedal (10 deg plantarflexion). ${aaos}`,
    sources: ['seed:001'],
  },
};
