/**
 * How each batched item looks for a given explorer state: attachment footprints (one merged mesh)
 * and trigger points (one instanced mesh) keep the rules of a part drawn on its own (see
 * visibility.ts), decided per item here so the batches only copy the answers to the GPU.
 */
import { isOfSelection, isPartGhosted, isPartVisible, type VisibilityState } from './visibility.ts';
import type { PartInfo } from './part-info.ts';
import { partColours } from './part-colours.ts';
import type { ExplorerState } from '../state/store.ts';

export interface BatchState extends VisibilityState {
  xray: boolean;
  hovered: string | null;
  shownTriggerPoint: string | null;
}

/** The part of the store the batches' looks depend on (a selector for `useShallow`). */
export function batchStateOf(s: ExplorerState): BatchState {
  return {
    layers: s.layers,
    peel: s.peel,
    isolate: s.isolate,
    selected: s.selected,
    selectedGroup: s.selectedGroup,
    focusedCandidate: s.focusedCandidate,
    hidden: s.hidden,
    xray: s.xray,
    hovered: s.hovered,
    shownTriggerPoint: s.shownTriggerPoint,
  };
}

/**
 * Extra light on an attachment: its muscle selected (own colour, strongly: origin and insertion
 * must stay two clear colours, matching the panel's legend), hovered (white) or its muscle in
 * focus (own colour, softer).
 */
export type Glow = 'none' | 'own' | 'hover' | 'focus';

export interface AttachmentLook {
  visible: boolean;
  ghosted: boolean;
  glow: Glow;
}

export function attachmentLook(info: PartInfo, state: BatchState): AttachmentLook {
  const { structure } = info;
  const glow: Glow = isOfSelection(structure, state)
    ? 'own'
    : state.hovered === structure
      ? 'hover'
      : state.focusedCandidate === structure
        ? 'focus'
        : 'none';
  return { visible: isPartVisible(info, state), ghosted: isPartGhosted(info, state), glow };
}

export interface PointLook {
  visible: boolean;
  /** The point asked for with "Show on model": drawn larger, with a ring. */
  shown: boolean;
  colour: string;
  /** Size relative to the plain bead (0 while hidden). */
  scale: number;
}

/** Size of the shown trigger point relative to the others. */
export const shownPointScale = 1.9;

/**
 * A trigger point: visible as `isPartVisible` says (or always, when it is the shown one), in its
 * muscle's rank colour while that muscle is a lit candidate (and in focus, if one is focused).
 * While one point is shown, only its muscle's points stay (the store turns the whole layer on,
 * and 48 beads around the one asked for would bury it).
 */
export function pointLook(
  info: PartInfo,
  state: BatchState,
  relevant: boolean,
  rankTints: ReadonlyMap<string, string>,
): PointLook {
  const shown = state.shownTriggerPoint === info.name;
  const others = state.shownTriggerPoint !== null && info.structure !== state.focusedCandidate;
  const visible = shown || (!others && isPartVisible(info, state, relevant));
  const focusedElsewhere = state.focusedCandidate !== null && state.focusedCandidate !== info.structure;
  const tint = focusedElsewhere ? undefined : rankTints.get(info.structure);
  return {
    visible,
    shown,
    colour: tint ?? partColours.triggerPoint,
    scale: visible ? (shown ? shownPointScale : 1) : 0,
  };
}
