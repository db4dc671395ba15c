/** Turn the model to a standard view. */
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
  return (
    <div className="view-buttons segmented" role="group" aria-label="View the leg from">
      {views.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={v === view}
          onClick={() => setView(v)}
          title={`View from the ${viewWords[v].toLowerCase()}`}
        >
          {viewWords[v]}
        </button>
      ))}
    </div>
  );
}
