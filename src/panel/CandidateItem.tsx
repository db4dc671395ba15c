/**
 * One ranked candidate: its rank (and whether it is tied), name, how well its map fits and the
 * reasons in words. Hovering or focusing it previews its map on the model; choosing it fixes the
 * focus and opens its card; "Compare" paints its map beside the focused one.
 */
import type { Candidate } from '../diagnosis/index.ts';
import { MapStrength } from './MapStrength.tsx';
import { RankBadge } from './RankBadge.tsx';
import type { ShownName } from '../look/display-name.ts';

const coverageWords: Record<Candidate['coverage'], string> = {
  essential: 'usually refers pain here',
  spillover: 'sometimes refers pain here',
  none: 'listed because of a self-test result, not where it hurts',
};

interface Props {
  candidate: Candidate;
  /** The candidate's name in the chosen style (English or Latin). */
  shown: ShownName;
  focused: boolean;
  compared: boolean;
  /** Whether a compare control makes sense (there is a focused map to compare with). */
  canCompare: boolean;
  onChoose(id: Candidate['id']): void;
  onPreview(id: Candidate['id'] | null): void;
  onCompare(id: Candidate['id'] | null): void;
}

export function CandidateItem({
  candidate,
  shown,
  focused,
  compared,
  canCompare,
  onChoose,
  onPreview,
  onCompare,
}: Props) {
  const preview = () => onPreview(candidate.id);
  const unpreview = () => onPreview(null);
  return (
    <li
      data-candidate-id={candidate.id}
      className={`candidate coverage-${candidate.coverage}${focused ? ' is-focused' : ''}${compared ? ' is-compared' : ''}`}
      onPointerEnter={preview}
      onPointerLeave={unpreview}
    >
      <button
        type="button"
        className="candidate-choose"
        aria-pressed={focused}
        aria-controls={focused ? 'structure-card' : undefined}
        onClick={() => onChoose(candidate.id)}
        onFocus={preview}
        onBlur={unpreview}
      >
        <RankBadge rank={candidate.rank} tied={candidate.tied} />
        <span className="candidate-name" lang={shown.lang}>
          {shown.main}
          {/* Under a Latin name the English stays, for patients. */}
          {shown.lang === 'la' && shown.other && <span className="candidate-other-name">{shown.other}</span>}
        </span>
        <MapStrength candidate={candidate} />
      </button>
      <p className="candidate-coverage">{coverageWords[candidate.coverage]}</p>
      {candidate.reasons.length > 0 && (
        <ul className="reasons">
          {candidate.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {canCompare && !focused && (
        <button
          type="button"
          className="candidate-compare"
          aria-pressed={compared}
          onClick={() => onCompare(compared ? null : candidate.id)}
        >
          {compared ? 'Stop comparing' : 'Compare maps'}
        </button>
      )}
    </li>
  );
}
