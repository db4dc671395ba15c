/** The presentation's large caption: the focused muscle, one sentence on its referral pattern, and where it is in the list. */
import type { MuscleId } from '../../anatomy/ids.ts';
import { muscleById } from '../../anatomy/index.ts';
import { patternSentence } from './present-steps.ts';

export function PresentCaption({
  muscle,
  position,
  count,
  ranked,
}: {
  muscle: MuscleId | null;
  position: number;
  count: number;
  ranked: boolean;
}) {
  if (!muscle) {
    return (
      <div className="present-caption" aria-live="polite">
        <p className="present-caption-text">Press → to show a muscle's referral map.</p>
      </div>
    );
  }
  const where = ranked ? `Candidate ${position} of ${count}` : `Muscle ${position} of ${count}`;
  return (
    <div className="present-caption" aria-live="polite" data-present-caption={muscle}>
      <p className="present-caption-count">
        {position > 0 ? where : ranked ? 'Not among the candidates' : ''}
      </p>
      <h2 className="present-caption-name">{muscleById(muscle)?.name ?? muscle}</h2>
      <p className="present-caption-text">{patternSentence(muscle)}</p>
      <p className="present-caption-legend">
        <span className="present-swatch is-solid" aria-hidden="true" /> usually
        <span className="present-swatch is-dotted" aria-hidden="true" /> sometimes
        <span className="present-x" aria-hidden="true">
          ×
        </span>{' '}
        trigger point
      </p>
    </div>
  );
}
