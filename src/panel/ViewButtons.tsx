/**
 * Turn the model to a standard view; "Whole limb" widens those views from the thigh to the whole
 * limb. Pressing the active view again puts the camera back on it.
 */
import { views, type View } from '../anatomy/ids.ts';
import { useExplorer } from '../state/store.ts';

const viewWords: Record<View, string> = {
  anterior: 'Front',
  posterior: 'Back',
  lateral: 'Outside',
  medial: 'Inside',
};

export function ViewButtons() {
  const view = useExplorer((s) => s.view);
  const setView = useExplorer((s) => s.setView);
  const wholeLimb = useExplorer((s) => s.wholeLimb);
  const setWholeLimb = useExplorer((s) => s.setWholeLimb);
  const resetView = useExplorer((s) => s.resetView);
  return (
    <div className="view-buttons segmented" role="group" aria-label="View the leg from">
      {views.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={v === view}
          onClick={() => (v === view ? resetView() : setView(v))}
          title={
            v === view
              ? `Put the camera back: view from the ${viewWords[v].toLowerCase()}`
              : `View from the ${viewWords[v].toLowerCase()}`
          }
        >
          {viewWords[v]}
        </button>
      ))}
      <button
        type="button"
        data-action="whole-limb"
        aria-pressed={wholeLimb}
        onClick={() => setWholeLimb(!wholeLimb)}
        title="Frame the whole limb, hip to foot (again: back to the thigh)"
      >
        Whole limb
      </button>
    </div>
  );
}
