/**
 * The top candidates on the printed page: each with how well its map fits, where its trigger
 * points lie in words a person can find with a hand, and the self-care the sources give for it.
 */
import type { SummaryCandidate } from './summary-data.ts';
import { firstSentence } from './summary-data.ts';

const coverageWords = {
  essential: 'usually sends pain where you marked',
  spillover: 'sometimes sends pain where you marked',
  none: 'listed for a check result, not where it hurts',
} as const;

const careWords = {
  strength: 'Strengthen',
  stretch: 'Stretch',
  'self-massage': 'Self-massage',
  drill: 'Drill',
} as const;

export function SummaryCandidates({
  top,
  moreCount,
}: {
  top: readonly SummaryCandidate[];
  moreCount: number;
}) {
  if (top.length === 0)
    return (
      <p className="summary-empty">
        Nothing is marked yet, so no muscle is listed. Go back to the explorer and mark where it hurts.
      </p>
    );
  return (
    <>
      <ol className="summary-candidates">
        {top.map(({ candidate, points, care }) => (
          <li key={candidate.id} className="summary-candidate" data-summary-candidate={candidate.id}>
            <h4>
              <span className="summary-rank">
                {candidate.rank}
                {candidate.tied ? '=' : ''}
              </span>{' '}
              {candidate.name} <span className="summary-fit">{coverageWords[candidate.coverage]}</span>
            </h4>
            {points.length > 0 && (
              <p>
                <strong>Where to press:</strong>{' '}
                {points.map((tp) => firstSentence(tp.location)).join(' Or: ')}
              </p>
            )}
            <p>
              <strong>Self-care:</strong>{' '}
              {care.length > 0
                ? care.map((item) => `${careWords[item.kind]}: ${item.name}`).join('; ') + '.'
                : 'no exercise for this muscle in our sources: ask your clinician.'}
            </p>
          </li>
        ))}
      </ol>
      {moreCount > 0 && (
        <p className="summary-more">
          The explorer lists {moreCount} more {moreCount === 1 ? 'muscle' : 'muscles'}; open the link below to
          see them all.
        </p>
      )}
    </>
  );
}
