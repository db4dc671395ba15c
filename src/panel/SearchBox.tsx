/** Find a structure by its name, Latin name or lay name ("sit bone", "glute max", "hammy"). */
import { useId, useState } from 'react';
import { searchPainSites, searchStructures } from '../anatomy/search.ts';
import type { PainSiteId, StructureId } from '../anatomy/ids.ts';
import { useExplorer } from '../state/store.ts';

export function SearchBox() {
  const [query, setQuery] = useState('');
  const select = useExplorer((s) => s.select);
  const chosenSites = useExplorer((s) => s.painSites);
  const togglePainSite = useExplorer((s) => s.togglePainSite);
  const inputId = useId();
  const resultsId = useId();
  const trimmed = query.trim();
  const results = trimmed ? searchStructures(trimmed, 8) : [];
  const sites = trimmed ? searchPainSites(trimmed, 3) : [];
  const choose = (id: StructureId) => {
    select(id);
    setQuery('');
    // Bring the card into view for keyboard and screen-reader users.
    requestAnimationFrame(() => document.getElementById('structure-card')?.focus());
  };
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
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = results[0];
          if (e.key === 'Enter' && first) choose(first.id);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <div id={resultsId} aria-live="polite" className="visually-hidden">
        {trimmed
          ? `${results.length + sites.length} ${results.length + sites.length === 1 ? 'match' : 'matches'}`
          : ''}
      </div>
      {results.length > 0 && (
        <ul className="search-results" aria-label="Matches">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => choose(r.id)}>
                {r.name}
                {r.matched && r.matched.toLowerCase() !== r.name.toLowerCase() && (
                  <span className="muted"> ({r.matched})</span>
                )}
              </button>
            </li>
          ))}
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
      {trimmed && results.length === 0 && sites.length === 0 && (
        <p className="hint">Nothing matches “{trimmed}”.</p>
      )}
    </div>
  );
}
