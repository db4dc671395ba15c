/**
 * "Show me" on a self-test card that has a pose: moves the limb into the test's pose, and back.
 * Showing also turns the skin layer off and looks from the outside, so the muscles and their
 * stretch colours can be seen along the whole movement (both are ordinary view choices the person
 * can change back).
 */
import type { PoseId } from '../kinematics/pose-ids.ts';
import { useExplorer } from '../state/store.ts';
import { revealModelAbove } from './reveal-model.ts';

export function ShowPoseButton({ pose }: { pose: PoseId }) {
  const shown = useExplorer((s) => s.pose === pose);
  const show = () => {
    const s = useExplorer.getState();
    s.setPose(pose);
    if (s.layers.includes('skin')) s.toggleLayer('skin');
    s.setView('lateral');
  };
  return (
    <button
      type="button"
      className="show-pose"
      aria-pressed={shown}
      onClick={(e) => {
        if (shown) useExplorer.getState().setPose(null);
        else show();
        revealModelAbove(e.currentTarget.closest('.self-test'));
      }}
    >
      {shown ? 'Back to standing' : 'Show me'}
    </button>
  );
}
