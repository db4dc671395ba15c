/** Find a structure by its name, Latin name or lay name ("sit bone", "glute max", "hammy"). */
import { useId, useState } from 'react';
import type { PainSiteId, StructureId } from '../anatomy/ids.ts';
import { groupById, type GroupId } from '../anatomy/groups.ts';
import { loadSearch, useSearchModule } from './use-search-module.ts';
import { useExplorer } from '../state/store.ts';
import { selectAndShow, selectGroupAndShow } from './select-and-show.ts';
import { shownName } from '../look/display-name.ts';
import { nameOf } from './shown-names.ts';

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const chosenSites = useExplorer((s) => s.painSites);
  const togglePainSite = useExplorer((s) => s.togglePainSite);
  const names = useExplorer((s) => s.names);
  const inputId = useId();
  const resultsId = useId();
  const trimmed = query.trim();
  const search = useSearchModule(wanted || trimmed.length > 0);
  const groups = trimmed && search ? search.searchGroups(trimmed, 2) : [];
  const results = trimmed && search ? search.searchStructures(trimmed, 8) : [];
  const sites = trimmed && search ? search.searchPainSites(trimmed, 3) : [];
  const choose = (id: StructureId) => {
    selectAndShow(id);
    setQuery('');
  };
  const chooseGroup = (id: GroupId) => {
    selectGroupAndShow(id);
    setQuery('');
  };
  const total = groups.length + results.length + sites.length;
  const toggleSite = (id: PainSiteId) => {
    togglePainSite(id);
    setQuery('');
  };
  return (
    <div className="search" role="search">
      <label htmlFor={inputId}>Find a muscle, bone or nerve</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="e.g. hammy, sit bone, glute max"
        autoComplete="off"
        aria-describedby={resultsId}
        onFocus={() => setWanted(true)}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // A group named outright ("hamstrings") is what Enter means; else the best structure.
            // Enter pressed before the index has loaded waits for it.
            const text = trimmed;
            void loadSearch().then((m) => {
              const group = m.searchGroups(text, 1)[0];
              const first = m.searchStructures(text, 1)[0];
              if (group) chooseGroup(group.id);
              else if (first) choose(first.id);
            });
          }
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <div id={resultsId} aria-live="polite" className="visually-hidden">
        {trimmed ? `${total} ${total === 1 ? 'match' : 'matches'}` : ''}
      </div>
      {groups.length > 0 && (
        <ul className="search-results" aria-label="Muscle groups">
          {groups.map((g) => (
            <li key={g.id}>
              <button type="button" data-search-group={g.id} onClick={() => chooseGroup(g.id)}>
                Group: {shownName(groupById(g.id) ?? { ...g, latin: '' }, names).main}{' '}
                <span className="muted">({groupById(g.id)?.members.length} muscles)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {results.length > 0 && (
        <ul className="search-results" aria-label="Matches">
          {results.map((r) => {
            const shown = nameOf(r.id, names);
            // Beside the name: what the query matched, else (under a Latin name) the English one.
            const aside =
              r.matched && r.matched.toLowerCase() !== shown.main.toLowerCase() ? r.matched : null;
            const extra = aside ?? (shown.lang === 'la' ? shown.other : null);
            return (
              <li key={r.id}>
                <button type="button" onClick={() => choose(r.id)}>
                  <span lang={shown.lang}>{shown.main}</span>
                  {extra && <span className="muted"> ({extra})</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {sites.length > 0 && (
        <ul className="search-results" aria-label="Pain sites">
          {sites.map((site) => (
            <li key={site.id}>
              <button type="button" onClick={() => toggleSite(site.id)}>
                {chosenSites.includes(site.id) ? 'Remove pain site: ' : 'It hurts here: '}
                {site.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {trimmed && total === 0 && <p className="hint">Nothing matches “{trimmed}”.</p>}
    </div>
  );
}
