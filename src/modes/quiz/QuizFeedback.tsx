/**
 * Feedback on the answer just given (`data-quiz-feedback="correct|wrong"`), with the right answer
 * (and, for "where does it attach?", that footprint in words), then the way on.
 */
import { useEffect, useRef } from 'react';
import { muscleById } from '../../anatomy/index.ts';
import type { AnsweredQuestion } from '../../quiz/quiz-round.ts';
import { feedbackText } from './quiz-text.ts';

export interface QuizFeedbackProps {
  answered: AnsweredQuestion;
  comingBack: boolean;
  /** The round's last question: the button shows the score. */
  last: boolean;
  onNext(): void;
}

export function QuizFeedback({ answered, comingBack, last, onNext }: QuizFeedbackProps) {
  const nextRef = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the way on; the feedback itself is announced (role="status").
  useEffect(() => {
    nextRef.current?.focus({ preventScroll: true });
    // On a phone the feedback can fall below the fold: bring its button just into view.
    nextRef.current?.scrollIntoView({ block: 'nearest' });
  }, [answered]);
  const { question, correct } = answered;
  const muscle = muscleById(question.target);
  const footprints =
    question.kind === 'attach' && muscle
      ? question.end === 'insertion'
        ? muscle.insertions
        : muscle.origins
      : [];
  return (
    <div
      className={`quiz-feedback ${correct ? 'is-correct' : 'is-wrong'}`}
      data-quiz-feedback={correct ? 'correct' : 'wrong'}
    >
      <p role="status">{feedbackText(answered, comingBack)}</p>
      {footprints.length > 0 && (
        <ul className="quiz-footprints">
          {footprints.map((f) => (
            <li key={f.description}>{f.description}</li>
          ))}
        </ul>
      )}
      <button type="button" ref={nextRef} className="quiz-next" onClick={onNext}>
        {last ? 'See the score' : 'Next question'}
      </button>
    </div>
  );
}
