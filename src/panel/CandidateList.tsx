/**
 * The ranked candidate sources, in rank order; tied candidates are said to be tied, with the reason
 * they cannot be told apart by the map alone.
 */
import type { Candidate } from '../diagnosis/index.ts';
import { useExplorer } from '../state/store.ts';
import { useFixedFocus } from '../state/focus.ts';
import { CandidateItem } from './CandidateItem.tsx';
import { nameOf } from './shown-names.ts';

export function CandidateList({
  candidates,
  withModel,
}: {
  candidates: readonly Candidate[];
  withModel: boolean;
}) {
  const focused = useFixedFocus();
  const compared = useExplorer((s) => s.compareCandidate);
  const focusCandidate = useExplorer((s) => s.focusCandidate);
  const previewCandidate = useExplorer((s) => s.previewCandidate);
  const setCompare = useExplorer((s) => s.setCompareCandidate);
  const names = useExplorer((s) => s.names);
  if (candidates.length === 0)
    return (
      <p className="hint">
        No muscle in this model is known to send pain to exactly these places. Try marking less.
      </p>
    );
  const tiedAtTop = candidates.filter((c) => c.rank === 1).length;
  return (
    <>
      {tiedAtTop > 1 && (
        <p className="hint tie-note">
          The first {tiedAtTop} are tied: their maps fit where it hurts equally well. The checks below tell
          them apart.
        </p>
      )}
      <ol className="candidates" aria-label="Muscles that may send pain here, most likely first">
        {candidates.map((c) => (
          <CandidateItem
            key={c.id}
            candidate={c}
            shown={nameOf(c.id, names)}
            focused={c.id === focused}
            compared={c.id === compared}
            canCompare={withModel && candidates.length > 1}
            onChoose={(id) => {
              focusCandidate(id);
              if (id === compared) setCompare(null);
              // The card follows the list: bring its top into view without moving focus.
              requestAnimationFrame(() =>
                document
                  .getElementById('structure-card')
                  ?.scrollIntoView({ block: 'start', behavior: 'smooth' }),
              );
            }}
            onPreview={withModel ? previewCandidate : () => undefined}
            onCompare={setCompare}
          />
        ))}
      </ol>
    </>
  );
}
