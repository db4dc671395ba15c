/** All structures by region as a plain list of buttons: Enter (or Space) selects one and opens its card. */
import { useExplorer } from '../state/store.ts';
import { structureGroups } from './structure-groups.ts';
import { selectAndShow } from './select-and-show.ts';

const groups = structureGroups();

export function StructureList({ open = false }: { open?: boolean }) {
  const selected = useExplorer((s) => s.selected);
  return (
    <details className="structure-list" open={open}>
      <summary>All structures, by region</summary>
      {groups.map((group) => (
        <section key={group.label} aria-label={group.label}>
          <h4>{group.label}</h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="structure-button"
                  aria-current={item.id === selected ? 'true' : undefined}
                  onClick={() => selectAndShow(item.id)}
                >
                  {item.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
