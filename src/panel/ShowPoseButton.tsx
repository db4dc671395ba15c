/** "Show me" on a self-test card that has a pose: moves the limb into the test's pose, and back. */
import type { PoseId } from '../kinematics/pose-ids.ts';
import { useExplorer } from '../state/store.ts';

export function ShowPoseButton({ pose }: { pose: PoseId }) {
  const shown = useExplorer((s) => s.pose === pose);
  const setPose = useExplorer((s) => s.setPose);
  return (
    <button
      type="button"
      className="show-pose"
      data-action="show-pose"
      aria-pressed={shown}
      onClick={() => setPose(shown ? null : pose)}
    >
      {shown ? 'Back to standing' : 'Show me'}
    </button>
  );
}
