/** One self-test: how to do it, what a positive feels like, and Positive / Negative buttons that re-rank at once. */
import { useId } from 'react';
import type { SelfTest } from '../anatomy/types.ts';
import { useExplorer, type TestResult } from '../state/store.ts';
import { SourceList } from './SourceList.tsx';
import { isPoseId } from '../kinematics/pose-ids.ts';
import { ShowPoseButton } from './ShowPoseButton.tsx';
import { revealModelAbove } from './reveal-model.ts';

export function SelfTestCard({ test, headingLevel = 4 }: { test: SelfTest; headingLevel?: 3 | 4 | 5 }) {
  const result = useExplorer((s) => s.results[test.id]);
  const recordResult = useExplorer((s) => s.recordResult);
  const Heading = `h${headingLevel}` as const;
  const choose = (r: TestResult) => {
    recordResult(test.id, result === r ? null : r);
    // The ranking (and the map on the model) changes at once: on a phone, show both.
    revealModelAbove(document.querySelector('.panel-answer'));
  };
  const headingId = useId();
  return (
    <article data-self-test-id={test.id} className={`self-test${result ? ` result-${result}` : ''}`}>
      <Heading id={headingId}>{test.name}</Heading>
      <ol className="steps">
        {test.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {isPoseId(test.id) && <ShowPoseButton pose={test.id} />}
      <p>
        <strong>Positive if:</strong> {test.positiveFeels}
      </p>
      {test.cautions.length > 0 && (
        <ul className="cautions">
          {test.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <div className="result-buttons" role="group" aria-labelledby={headingId}>
        <button
          type="button"
          className="result-positive"
          aria-pressed={result === 'positive'}
          onClick={() => choose('positive')}
        >
          Positive
        </button>
        <button
          type="button"
          className="result-negative"
          aria-pressed={result === 'negative'}
          onClick={() => choose('negative')}
        >
          Negative
        </button>
        {result && <span className="result-state">Recorded: {result}</span>}
      </div>
      <SourceList sources={test.sources} />
    </article>
  );
}
