/**
 * The self-tests the limb can act out (issue 14): the closed vocabulary of the URL word `pose`.
 * Kept apart from the pose table so the URL codec and the panel's "Show me" buttons can know
 * which tests have a pose without loading the kinematics (which loads only when a pose is asked for).
 */
export const poseIds = [
  'straight-leg-raise',
  'straight-leg-raise-toe-out',
  'heel-to-buttock',
  'knee-curl',
  'knee-bend-foot-flexed',
  'tiptoe-push-off',
  'toe-touch',
  'single-leg-squat',
  'straight-leg-hip-extension',
  'long-sitting-or-driving',
] as const;

export type PoseId = (typeof poseIds)[number];

export function isPoseId(value: string): value is PoseId {
  return (poseIds as readonly string[]).includes(value);
}
