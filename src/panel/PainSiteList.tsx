/** "Where does it hurt?": every pain site as a checkbox, by region; works with keyboard and screen reader. */
import { useExplorer } from '../state/store.ts';
import { painSiteGroups } from './pain-site-groups.ts';
import { painSiteLabel } from './pain-site-label.ts';
import { painSiteById } from '../anatomy/index.ts';

const groups = painSiteGroups();

export function PainSiteList() {
  const chosen = useExplorer((s) => s.painSites);
  const toggle = useExplorer((s) => s.togglePainSite);
  return (
    <div className="pain-site-groups">
      {groups.map((group) => (
        <fieldset key={group.label} className="pain-site-group">
          <legend>{group.label}</legend>
          <ul className="checkbox-list">
            {group.sites.map((site) => (
              <li key={site}>
                <label title={painSiteById(site)?.description}>
                  <input
                    type="checkbox"
                    name="pain-site"
                    value={site}
                    checked={chosen.includes(site)}
                    onChange={() => toggle(site)}
                  />
                  {painSiteLabel(site)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
