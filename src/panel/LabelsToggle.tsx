/**
 * Turns the model's labels on or off: each structure the view shows named beside the model, with a
 * leader line to it (drawn by the scene). Not offered in the quiz, which hides every label.
 */
import { useExplorer } from '../state/store.ts';

export function LabelsToggle() {
  const labels = useExplorer((s) => s.labels);
  const setLabels = useExplorer((s) => s.setLabels);
  const skinOn = useExplorer((s) => s.layers.includes('skin') && !s.xray);
  return (
    <div className="labels-toggle">
      <label>
        <input
          type="checkbox"
          data-action="labels"
          checked={labels}
          onChange={(e) => setLabels(e.target.checked)}
        />
        Labels on the model (names what this view shows)
      </label>
      {labels && skinOn && (
        <p className="hint">The skin covers the muscles: turn the Skin layer off to label them.</p>
      )}
    </div>
  );
}
