/**
 * Show or hide the model's layers, peel muscles one layer at a time, x-ray, isolate, hide the
 * selection and label the view. Loaded once the model is drawn (Panel): before, there is nothing
 * for these controls to act on, and their bytes would count against the start-up budget.
 */
import { layerIds, type LayerId } from '../anatomy/ids.ts';
import { kb, structureName } from '../anatomy/index.ts';
import { useExplorer } from '../state/store.ts';
import { LabelsToggle } from './LabelsToggle.tsx';

const layerWords: Record<LayerId, string> = {
  skin: 'Skin',
  fascia: 'Fascia',
  muscles: 'Muscles',
  bones: 'Bones',
  nerves: 'Nerves',
  attachments: 'Attachments (where muscles start and end)',
  'trigger-points': 'Trigger points',
};

// As url-codec's `deepestMuscleLayer`; not imported from there: from this lazy chunk, that import
// made the bundler split the knowledge base out of the entry (see `look/display-name.ts`).
const deepestLayer = Math.max(1, ...kb.muscles.map((m) => m.layer));

export function LayerControls() {
  const layers = useExplorer((s) => s.layers);
  const toggleLayer = useExplorer((s) => s.toggleLayer);
  const peel = useExplorer((s) => s.peel);
  const setPeel = useExplorer((s) => s.setPeel);
  const xray = useExplorer((s) => s.xray);
  const setXray = useExplorer((s) => s.setXray);
  const isolate = useExplorer((s) => s.isolate);
  const setIsolate = useExplorer((s) => s.setIsolate);
  const selected = useExplorer((s) => s.selected);
  const hasGroup = useExplorer((s) => s.selectedGroup !== null);
  const hidden = useExplorer((s) => s.hidden);
  const toggleHidden = useExplorer((s) => s.toggleHidden);
  const clearHidden = useExplorer((s) => s.clearHidden);
  const musclesOn = layers.includes('muscles');
  return (
    <fieldset className="layer-controls">
      <legend>Layers</legend>
      <ul className="checkbox-list columns">
        {layerIds.map((layer) => (
          <li key={layer}>
            <label>
              <input type="checkbox" checked={layers.includes(layer)} onChange={() => toggleLayer(layer)} />
              {layerWords[layer]}
            </label>
          </li>
        ))}
      </ul>
      <div className="peel" role="group" aria-label="Peel muscles">
        <button type="button" disabled={!musclesOn || peel >= deepestLayer} onClick={() => setPeel(peel + 1)}>
          Peel one layer
        </button>
        <button type="button" disabled={peel === 0} onClick={() => setPeel(peel - 1)}>
          Put one back
        </button>
        <span className="muted" aria-live="polite">
          {peel === 0 ? 'All muscle layers shown' : `${peel} of ${deepestLayer} muscle layers peeled`}
        </span>
      </div>
      <ul className="checkbox-list">
        <li>
          <label>
            <input type="checkbox" checked={xray} onChange={(e) => setXray(e.target.checked)} />
            X-ray (see through to the bones)
          </label>
        </li>
        <li>
          <label>
            <input
              type="checkbox"
              checked={isolate}
              disabled={!selected && !hasGroup && !isolate}
              onChange={(e) => setIsolate(e.target.checked)}
            />
            Isolate the selection
          </label>
        </li>
      </ul>
      <LabelsToggle />
      <div className="hide-controls">
        <button type="button" disabled={!selected} onClick={() => selected && toggleHidden(selected)}>
          {selected && hidden.includes(selected) ? 'Show' : 'Hide'}{' '}
          {selected ? structureName(selected) : 'selection'}
        </button>
        {hidden.length > 0 && (
          <button type="button" onClick={clearHidden}>
            Show {hidden.length} hidden
          </button>
        )}
      </div>
    </fieldset>
  );
}
