/** A muscle described without its name (the keyboard and text-view question), with its sources. */
import { describeMuscle } from '../../quiz/quiz-description.ts';
import { SourceList } from '../../panel/SourceList.tsx';

export function QuizDescription({ muscle }: { muscle: string }) {
  const description = describeMuscle(muscle);
  if (!description) return null;
  return (
    <>
      <dl className="quiz-description">
        {description.lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.text}</dd>
          </div>
        ))}
      </dl>
      <SourceList sources={description.sources} />
    </>
  );
}
