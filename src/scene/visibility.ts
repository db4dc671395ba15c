/**
 * Which parts are drawn, and how, for a given explorer state. Pure: each mesh subscribes to the
 * boolean these functions return for it, so a change re-renders only the meshes it affects.
 */
import type { LayerId } from '../anatomy/ids.ts';
import type { PartInfo } from './part-info.ts';
import { layerOf } from './part-layer.ts';
import { isGroupMember } from '../anatomy/groups.ts';

/** The slice of explorer state visibility depends on. */
export interface VisibilityState {
  layers: readonly LayerId[];
  peel: number;
  isolate: boolean;
  selected: string | null;
  /** A muscle group selected as a whole: its members count as selected. */
  selectedGroup?: string | null;
  focusedCandidate: string | null;
  hidden: readonly string[];
}

/** Whether a part's structure is the selection or a member of the selected group. */
export function isOfSelection(
  structure: string,
  state: { selected: string | null; selectedGroup?: string | null },
): boolean {
  return (
    (state.selected !== null && structure === state.selected) || isGroupMember(state.selectedGroup, structure)
  );
}

/**
 * Whether a part is drawn. Attachments and trigger points are small extras: besides their own
 * layer switch they appear when their muscle is selected or focused, and trigger points also when
 * they are among the candidates' points for the chosen pain sites (`relevant`).
 */
export function isPartVisible(part: PartInfo, state: VisibilityState, relevant = false): boolean {
  if (part.kind === 'landmark') return false;
  if (state.hidden.includes(part.structure) || state.hidden.includes(part.name)) return false;
  const ofSelection = isOfSelection(part.structure, state);
  const ofFocus = state.focusedCandidate !== null && part.structure === state.focusedCandidate;
  // Isolating shows the selection alone, with its own attachments and trigger points, and the
  // bones (when their layer is on) so the footprints sit on something.
  if (state.isolate && (state.selected !== null || state.selectedGroup)) {
    if (part.kind === 'bone') return state.layers.includes('bones');
    return ofSelection;
  }
  const layer = layerOf(part.kind);
  const layerOn = layer !== undefined && state.layers.includes(layer);
  switch (part.kind) {
    case 'attachment':
      return layerOn || ofSelection || ofFocus;
    case 'trigger-point':
      if (layerOn || ofSelection || ofFocus) return true;
      // With a candidate in focus only its points stay lit; otherwise all relevant ones.
      return state.focusedCandidate === null && relevant;
    case 'muscle':
    case 'tendon':
      if (!layerOn) return ofSelection;
      // Peeling removes superficial layers first; the selection stays so it is never lost.
      return ofSelection || part.layer === undefined || part.layer > state.peel;
    default:
      return layerOn;
  }
}

/** Whether the x-ray mode turns this part translucent (everything but the selection). */
export function isPartGhosted(
  part: PartInfo,
  state: { xray: boolean; selected: string | null; selectedGroup?: string | null },
): boolean {
  return state.xray && !isOfSelection(part.structure, state);
}

/**
 * While the selection is isolated, its muscles are drawn see-through so their own origin and
 * insertion footprints, pressed onto the bone beneath them, show in their colours.
 */
export function isPartSeeThrough(
  part: PartInfo,
  state: { isolate: boolean; selected: string | null; selectedGroup?: string | null },
): boolean {
  return (
    state.isolate &&
    (part.kind === 'muscle' || part.kind === 'tendon') &&
    isOfSelection(part.structure, state)
  );
}
