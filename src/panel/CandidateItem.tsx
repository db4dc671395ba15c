/** One ranked candidate: its rank, name, score and the reasons in words; choosing it opens its card. */
import type { Candidate } from '../diagnosis/index.ts';
import { RankBadge } from './RankBadge.tsx';

const coverageWords: Record<Candidate['coverage'], string> = {
  essential: 'usually refers pain here',
  spillover: 'sometimes refers pain here',
  none: 'listed because of a self-test result, not where it hurts',
};

export function formatScore(score: number): string {
  return Number.isFinite(score) ? (Math.round(score * 100) / 100).toString() : '–';
}

interface Props {
  candidate: Candidate;
  focused: boolean;
  onChoose(id: Candidate['id']): void;
}

export function CandidateItem({ candidate, focused, onChoose }: Props) {
  return (
    <li
      data-candidate-id={candidate.id}
      className={`candidate coverage-${candidate.coverage}${focused ? ' is-focused' : ''}`}
    >
      <button
        type="button"
        className="candidate-choose"
        aria-pressed={focused}
        aria-controls={focused ? 'structure-card' : undefined}
        onClick={() => onChoose(candidate.id)}
      >
        <RankBadge rank={candidate.rank} />
        <span className="candidate-name">{candidate.name}</span>
        <span className="candidate-score">score {formatScore(candidate.score)}</span>
      </button>
      <p className="candidate-coverage">{coverageWords[candidate.coverage]}</p>
      {candidate.reasons.length > 0 && (
        <ul className="reasons">
          {candidate.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
