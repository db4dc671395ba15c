/** The ranked candidates for the chosen pain sites and recorded results, recomputed only when those change. */
import { useMemo } from 'react';
import { rankCandidates, type Candidate } from '../diagnosis/index.ts';
import { useExplorer } from '../state/store.ts';

export function useCandidates(): readonly Candidate[] {
  const painSites = useExplorer((s) => s.painSites);
  const results = useExplorer((s) => s.results);
  return useMemo(
    () => (painSites.length === 0 ? [] : rankCandidates({ painSites, results })),
    [painSites, results],
  );
}
