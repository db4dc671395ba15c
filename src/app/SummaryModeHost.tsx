/**
 * Hands the summary page the ranking and the marked sites from the entry chunk (see
 * `PresentModeHost.tsx` for why a mode's chunk takes them as props).
 */
import { useCandidates } from '../state/candidates.ts';
import { useMarkedSites } from '../state/marked-sites.ts';
import { LazySummaryMode } from './LazyModes.tsx';

export function SummaryModeHost() {
  const candidates = useCandidates();
  const markedSites = useMarkedSites();
  return <LazySummaryMode candidates={candidates} markedSites={markedSites} />;
}
