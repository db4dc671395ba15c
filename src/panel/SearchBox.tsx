/** Find a structure by its name, Latin name or lay name ("sit bone", "glute max", "hammy"). */
import { lazy, Suspense, useId, useState } from 'react';
import type { PainSiteId, StructureId } from '../anatomy/ids.ts';
import type { GroupId } from '../anatomy/groups.ts';
import { loadSearch, useSearchModule } from './use-search-module.ts';
import { useExplorer } from '../state/store.ts';
import { selectAndShow, selectGroupAndShow } from './select-and-show.ts';

// The matches' markup loads with the first matches (see the file).
const SearchResults = lazy(() => import('./SearchResults.tsx'));

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
      {total > 0 && (
        <Suspense fallback={null}>
          <SearchResults
            groups={groups}
            results={results}
            sites={sites}
            chosenSites={chosenSites}
            names={names}
            onChoose={choose}
            onChooseGroup={chooseGroup}
            onToggleSite={toggleSite}
          />
        </Suspense>
      )}
      {trimmed && total === 0 && <p className="hint">Nothing matches “{trimmed}”.</p>}
    </div>
  );
}
