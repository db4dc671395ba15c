/**
 * Which muscle's referral map is in focus: the one the pointer previews in the panel, else the one
 * the person chose (a focused candidate or a selected muscle, which is what `?select=` reopens),
 * else the top-ranked candidate. One rule for the scene, the panel and `data-focused-candidate`,
 * so what the screen shows and what its link reopens are the same.
 */
import { muscleIds, type MuscleId } from '../anatomy/ids.ts';
import type { Candidate } from '../diagnosis/index.ts';
import { selectCandidates } from './candidates.ts';
import { useExplorer, type ExplorerState } from './store.ts';

const muscleSet: ReadonlySet<string> = new Set(muscleIds);
const isMuscle = (id: string | null): id is MuscleId => id !== null && muscleSet.has(id);

export function focusedMuscleOf(
  state: Pick<ExplorerState, 'previewedCandidate' | 'focusedCandidate' | 'selected'>,
  candidates: readonly Candidate[],
): MuscleId | null {
  if (state.previewedCandidate) return state.previewedCandidate;
  if (isMuscle(state.focusedCandidate)) return state.focusedCandidate;
  if (isMuscle(state.selected)) return state.selected;
  return candidates[0]?.id ?? null;
}

/** The focused muscle without the pointer's preview: what a click fixed or the ranking chose. */
export function fixedFocusOf(
  state: Pick<ExplorerState, 'focusedCandidate' | 'selected'>,
  candidates: readonly Candidate[],
): MuscleId | null {
  return focusedMuscleOf({ ...state, previewedCandidate: null }, candidates);
}

export function useFocusedMuscle(): MuscleId | null {
  return useExplorer((s) => focusedMuscleOf(s, selectCandidates(s)));
}

export function useFixedFocus(): MuscleId | null {
  return useExplorer((s) => fixedFocusOf(s, selectCandidates(s)));
}

/** The compared muscle, unless it is the focused one. */
export function useComparedMuscle(): MuscleId | null {
  return useExplorer((s) => {
    const compare = s.compareCandidate;
    return compare && compare !== focusedMuscleOf(s, selectCandidates(s)) ? compare : null;
  });
}
