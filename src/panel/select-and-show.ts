/** Choosing something from the panel: select it, then bring its card's top into view and focus it. */
import type { StructureId } from '../anatomy/ids.ts';
import type { GroupId } from '../anatomy/groups.ts';
import { useExplorer } from '../state/store.ts';

/** Scrolls the (new) card to its top once React has drawn it, and focuses it for keyboard users. */
export function showCard(): void {
  requestAnimationFrame(() => {
    const card = document.getElementById('structure-card');
    if (!card) return;
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'start' });
  });
}

export function selectAndShow(id: StructureId): void {
  useExplorer.getState().select(id);
  showCard();
}

export function selectGroupAndShow(id: GroupId): void {
  useExplorer.getState().selectGroup(id);
  showCard();
}
