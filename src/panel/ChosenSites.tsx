/** The chosen pain sites as removable chips, with a way to clear them all. */
import { useExplorer } from '../state/store.ts';
import { painSiteLabel } from './pain-site-label.ts';

export function ChosenSites() {
  const chosen = useExplorer((s) => s.painSites);
  const toggle = useExplorer((s) => s.togglePainSite);
  const setPainSites = useExplorer((s) => s.setPainSites);
  if (chosen.length === 0)
    return <p className="hint">Tick where it hurts, or click the skin on the model.</p>;
  return (
    <div className="chosen-sites">
      <ul aria-label="Chosen pain sites" className="chips">
        {chosen.map((site) => (
          <li key={site} className="chip">
            <span>{painSiteLabel(site)}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${painSiteLabel(site)}`}
              onClick={() => toggle(site)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => setPainSites([])}>
        Clear all
      </button>
    </div>
  );
}
