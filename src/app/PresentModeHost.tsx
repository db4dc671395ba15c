/**
 * Hands presentation mode the ranking and the focused muscle from the entry chunk. The mode's
 * chunk reads them as props rather than importing `state/candidates.ts` and `state/focus.ts`
 * itself: that import made the bundler split those modules (and React) out of the entry into
 * shared chunks, which cost explore mode about 2 KB gzip of chunk overhead before it is ready.
 */
import { useCandidates } from '../state/candidates.ts';
import { useFixedFocus } from '../state/focus.ts';
import { LazyPresentMode } from './LazyModes.tsx';

export function PresentModeHost() {
  const candidates = useCandidates();
  const focus = useFixedFocus();
  return <LazyPresentMode candidates={candidates} focus={focus} />;
}
