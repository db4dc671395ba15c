/** A structure named in a card, as a button that selects it (and shows its card). */
import type { StructureId } from '../anatomy/ids.ts';
import { nameOf } from './shown-names.ts';
import { useExplorer } from '../state/store.ts';
import { selectAndShow } from './select-and-show.ts';

export function StructureLink({ id, label }: { id: StructureId; label?: string }) {
  const shown = nameOf(
    id,
    useExplorer((s) => s.names),
  );
  return (
    <button
      type="button"
      className="link-button"
      data-structure-link={id}
      lang={label ? undefined : shown.lang}
      onClick={() => selectAndShow(id)}
    >
      {label ?? shown.main}
    </button>
  );
}
