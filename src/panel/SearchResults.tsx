/**
 * The search's matches: groups, structures (in the chosen name style, with what the query matched
 * or, under a Latin name, the English beside it) and pain sites. Loaded with the first matches,
 * after the search index itself, so none of it counts against the start-up budget.
 */
import type { PainSiteId, StructureId } from '../anatomy/ids.ts';
import { groupById, type GroupId } from '../anatomy/groups.ts';
import { structureName, structures } from '../anatomy/index.ts';
import type { SearchResult } from '../anatomy/search.ts';
import { shownName, type NameStyle } from '../look/display-name.ts';

export interface SearchResultsProps {
  groups: readonly SearchResult<GroupId>[];
  results: readonly SearchResult<StructureId>[];
  sites: readonly SearchResult<PainSiteId>[];
  chosenSites: readonly PainSiteId[];
  names: NameStyle;
  onChoose(id: StructureId): void;
  onChooseGroup(id: GroupId): void;
  onToggleSite(id: PainSiteId): void;
}

// Looked up here rather than through `shown-names.ts`: from this lazy chunk, that import made the
// bundler split the knowledge base out of the entry (see `look/display-name.ts`).
function shownOf(id: string, names: NameStyle) {
  const known = structures.find((s) => s.id === id);
  return known ? shownName(known, names) : { main: structureName(id), other: null, lang: 'en' as const };
}

export default function SearchResults(props: SearchResultsProps) {
  const { groups, results, sites, chosenSites, names } = props;
  return (
    <>
      {groups.length > 0 && (
        <ul className="search-results" aria-label="Muscle groups">
          {groups.map((g) => (
            <li key={g.id}>
              <button type="button" data-search-group={g.id} onClick={() => props.onChooseGroup(g.id)}>
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
            const shown = shownOf(r.id, names);
            // Beside the name: what the query matched, else (under a Latin name) the English one.
            const aside =
              r.matched && r.matched.toLowerCase() !== shown.main.toLowerCase() ? r.matched : null;
            const extra = aside ?? (shown.lang === 'la' ? shown.other : null);
            return (
              <li key={r.id}>
                <button type="button" onClick={() => props.onChoose(r.id)}>
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
              <button type="button" onClick={() => props.onToggleSite(site.id)}>
                {chosenSites.includes(site.id) ? 'Remove pain site: ' : 'It hurts here: '}
                {site.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
