/** The ranked candidate sources for the chosen pain sites, in rank order. */
import type { Candidate } from '../diagnosis/index.ts';
import { useExplorer } from '../state/store.ts';
import { CandidateItem } from './CandidateItem.tsx';

export function CandidateList({ candidates }: { candidates: readonly Candidate[] }) {
  const focused = useExplorer((s) => s.focusedCandidate);
  const focusCandidate = useExplorer((s) => s.focusCandidate);
  if (candidates.length === 0)
    return (
      <p className="hint">
        No muscle in this model is known to send pain to exactly these places. Try fewer sites.
      </p>
    );
  return (
    <ol className="candidates" aria-label="Muscles that may send pain here, most likely first">
      {candidates.map((c) => (
        <CandidateItem
          key={c.id}
          candidate={c}
          focused={c.id === focused}
          onChoose={(id) => {
            focusCandidate(id === focused ? null : id);
            // The card opens below the list: bring it into view without moving focus.
            requestAnimationFrame(() =>
              document
                .getElementById('structure-card')
                ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }),
            );
          }}
        />
      ))}
    </ol>
  );
}
