/**
 * The structure list's buttons, by region: Enter (or Space) selects one and opens its card. Loaded
 * when the list is first opened (StructureList), so its bytes stay out of the start-up budget.
 */
import { useExplorer } from '../state/store.ts';
import { structureGroups } from './structure-groups.ts';
import { selectAndShow } from './select-and-show.ts';
// Not `shown-names.ts`: imported from this lazy chunk, it made the bundler split the knowledge base
// out of the entry (see `look/display-name.ts`).
import { shownName } from '../look/display-name.ts';

const groups = structureGroups();

export function StructureListItems() {
  const selected = useExplorer((s) => s.selected);
  const names = useExplorer((s) => s.names);
  return groups.map((group) => (
    <section key={group.label} aria-label={group.label}>
      <h4>{group.label}</h4>
      <ul>
        {group.items.map((item) => {
          const shown = shownName(item, names);
          return (
            <li key={item.id}>
              <button
                type="button"
                className="structure-button"
                aria-current={item.id === selected ? 'true' : undefined}
                lang={shown.lang}
                // Under a Latin name the English is kept as the button's description.
                title={shown.lang === 'la' ? (shown.other ?? undefined) : undefined}
                onClick={() => selectAndShow(item.id)}
              >
                {shown.main}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  ));
}
