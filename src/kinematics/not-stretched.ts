/**
 * Muscles a self-test implicates (src/anatomy/self-tests.ts `positive`) that its pose neither
 * stretches nor loads, each with the reason the data still names it. The consistency test holds
 * every other implicated muscle to "stretched or loaded" (tests/unit/kinematics.test.ts).
 */
import type { MuscleId } from '../anatomy/ids.ts';
import type { PoseId } from './pose-ids.ts';

export interface NotStretched {
  pose: PoseId;
  muscle: MuscleId;
  reason: string;
}

const shortHeadStraightKnee =
  "The short head crosses only the knee, which this test keeps straight: the test cannot stretch it. The test names it less strongly because its pain behind the knee overlaps the long head's on the referral charts.";
const noPath = 'Neither gait2392 nor the Rajagopal model includes it, so no length is measured.';
const referral =
  'Named as a source of referred pain (a neuromuscular therapist describes the "seizing hamstring" as gluteus minimus referring into the back of the thigh), not because the position stretches it.';

export const notStretched: readonly NotStretched[] = [
  { pose: 'straight-leg-raise', muscle: 'biceps-femoris-short-head', reason: shortHeadStraightKnee },
  { pose: 'straight-leg-raise-toe-out', muscle: 'biceps-femoris-short-head', reason: shortHeadStraightKnee },
  { pose: 'toe-touch', muscle: 'biceps-femoris-short-head', reason: shortHeadStraightKnee },
  { pose: 'straight-leg-raise-toe-out', muscle: 'plantaris', reason: noPath },
  { pose: 'knee-bend-foot-flexed', muscle: 'plantaris', reason: noPath },
  { pose: 'knee-bend-foot-flexed', muscle: 'popliteus', reason: noPath },
  { pose: 'tiptoe-push-off', muscle: 'plantaris', reason: noPath },
  { pose: 'heel-to-buttock', muscle: 'gluteus-minimus', reason: referral },
  { pose: 'long-sitting-or-driving', muscle: 'gluteus-minimus', reason: referral },
  {
    pose: 'long-sitting-or-driving',
    muscle: 'biceps-femoris-short-head',
    reason:
      'Named because the seat edge presses the back of the thigh and rising from the chair loads the hamstrings, not for a stretch: with the knee bent the short head is shorter.',
  },
  ...(
    [
      'vastus-lateralis',
      'vastus-intermedius',
      'vastus-medialis',
      'rectus-femoris',
      'adductor-longus',
    ] as const
  ).map((muscle) => ({
    pose: 'toe-touch' as const,
    muscle,
    reason:
      'One physiotherapist blames tight front and inner thigh muscles for a poor toe touch through their fascia squeezing the hamstrings (the septa), not through being stretched: a forward bend with straight knees leaves the vasti unchanged and shortens rectus femoris and adductor longus.',
  })),
];
