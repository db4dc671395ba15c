/**
 * The ranked candidates, computed in one place for the scene and the panel alike. The selector is
 * memoised on the store's ranking inputs (by reference: the store replaces them on every change),
 * so any number of components reading it share one ranking per change and get the same array,
 * which also keeps zustand's equality check from re-rendering them for nothing.
 */
import { rankCandidates, type Candidate } from '../diagnosis/index.ts';
import { useExplorer, type ExplorerState } from './store.ts';

/** The part of the state the ranking reads. */
type RankingInputs = Pick<ExplorerState, 'painSites' | 'results' | 'drawing'>;

const none: readonly Candidate[] = [];
let lastInputs: RankingInputs | null = null;
let lastCandidates: readonly Candidate[] = none;

/**
 * Ranked candidates for the state's pain sites, drawing and results; none while nothing is chosen,
 * drawn or recorded. A test result alone lists the muscles it implicates.
 */
export function selectCandidates(state: RankingInputs): readonly Candidate[] {
  if (
    lastInputs &&
    lastInputs.painSites === state.painSites &&
    lastInputs.results === state.results &&
    lastInputs.drawing === state.drawing
  )
    return lastCandidates;
  lastInputs = { painSites: state.painSites, results: state.results, drawing: state.drawing };
  const nothing = state.painSites.length === 0 && !state.drawing && Object.keys(state.results).length === 0;
  lastCandidates = nothing
    ? none
    : rankCandidates({ painSites: state.painSites, results: state.results, drawing: state.drawing });
  return lastCandidates;
}

/** The ranked candidates, re-rendering only when the ranking changes. */
export function useCandidates(): readonly Candidate[] {
  return useExplorer(selectCandidates);
}
