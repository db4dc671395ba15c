/**
 * The ranked candidates, computed in one place for the scene and the panel alike. The selector is
 * memoised on the store's ranking inputs (by reference: the store replaces them on every change),
 * so any number of components reading it share one ranking per change and get the same array,
 * which also keeps zustand's equality check from re-rendering them for nothing.
 */
import { rankCandidates, type Candidate } from '../diagnosis/index.ts';
import { useExplorer, type ExplorerState } from './store.ts';

/** The part of the state the ranking reads. */
type RankingInputs = Pick<ExplorerState, 'painSites' | 'results'>;

const none: readonly Candidate[] = [];
let lastInputs: RankingInputs | null = null;
let lastCandidates: readonly Candidate[] = none;

/** Ranked candidates for the state's pain sites and results; none while no site is chosen. */
export function selectCandidates(state: RankingInputs): readonly Candidate[] {
  if (lastInputs && lastInputs.painSites === state.painSites && lastInputs.results === state.results)
    return lastCandidates;
  lastInputs = { painSites: state.painSites, results: state.results };
  lastCandidates =
    state.painSites.length === 0
      ? none
      : rankCandidates({ painSites: state.painSites, results: state.results });
  return lastCandidates;
}

/** The ranked candidates, re-rendering only when the ranking changes. */
export function useCandidates(): readonly Candidate[] {
  return useExplorer(selectCandidates);
}
