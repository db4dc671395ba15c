/** A structure named in a card, as a button that selects it (and shows its card). */
import type { StructureId } from '../anatomy/ids.ts';
import { structureName } from '../anatomy/index.ts';
import { selectAndShow } from './select-and-show.ts';

export function StructureLink({ id, label }: { id: StructureId; label?: string }) {
  return (
    <button type="button" className="link-button" data-structure-link={id} onClick={() => selectAndShow(id)}>
      {label ?? structureName(id)}
    </button>
  );
}
