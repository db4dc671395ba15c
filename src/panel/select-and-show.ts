/** Choosing something from the panel: select it and ask for its card to be brought into view. */
import type { StructureId } from '../anatomy/ids.ts';
import type { GroupId } from '../anatomy/groups.ts';
import { useExplorer } from '../state/store.ts';
import { requestCardScroll } from '../state/card-scroll.ts';

export function selectAndShow(id: StructureId): void {
  requestCardScroll();
  useExplorer.getState().select(id);
}

export function selectGroupAndShow(id: GroupId): void {
  requestCardScroll();
  useExplorer.getState().selectGroup(id);
}
