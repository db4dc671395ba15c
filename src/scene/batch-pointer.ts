/**
 * Hover, leave and click on a batch (one mesh drawing many items): the item under the pointer
 * stands for its structure exactly as a separate mesh of its own would (PartMesh).
 */
// Types only: a runtime import of R3F here would make the bundler split three into more start-up chunks.
import type { ThreeEvent } from '@react-three/fiber';
import type { StructureId } from '../anatomy/ids.ts';
import { useExplorer } from '../state/store.ts';
import { requestCardScroll } from '../state/card-scroll.ts';
import { hideHoverLabel, showHoverLabel } from './hover-label-anchor.ts';

type BatchEvent = ThreeEvent<MouseEvent | PointerEvent>;

export interface BatchPointerHandlers {
  hover(e: ThreeEvent<PointerEvent>): void;
  onOut(): void;
  onClick(e: ThreeEvent<MouseEvent>): void;
}

/**
 * `itemAt` maps an event to its item's index (-1 for none); `structures[i]`, `labels[i]` and
 * `names[i]` are that item's structure, hover label and node name.
 */
export function batchPointerHandlers(
  itemAt: (e: BatchEvent) => number,
  structures: readonly string[],
  labels: readonly string[],
  names: readonly string[] = structures,
): BatchPointerHandlers {
  return {
    hover(e) {
      e.stopPropagation();
      const i = itemAt(e);
      const structure = structures[i];
      if (structure === undefined) return;
      if (useExplorer.getState().hovered !== structure)
        useExplorer.getState().setHovered(structure as StructureId);
      showHoverLabel(labels[i]!, e.point);
    },
    onOut() {
      const hovered = useExplorer.getState().hovered;
      if (hovered !== null && structures.includes(hovered)) useExplorer.getState().setHovered(null);
      hideHoverLabel();
    },
    onClick(e) {
      e.stopPropagation();
      const i = itemAt(e);
      const structure = structures[i];
      if (e.delta > 2 || structure === undefined) return; // the end of a drag (orbiting), not a click
      const state = useExplorer.getState();
      // In the quiz a click answers the question (which footprint was hit matters there).
      if (state.mode === 'quiz') state.pickInQuiz(names[i] ?? structure, structure);
      else {
        requestCardScroll();
        state.select(structure as StructureId);
      }
    },
  };
}
