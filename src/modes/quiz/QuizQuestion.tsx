/**
 * One question (`data-quiz-question`): its words, and for the choice forms four buttons
 * (`data-quiz-choice`), with the description for the keyboard/text form. Once answered, the
 * buttons stay on show, marking the right answer and a wrong choice.
 */
import { structureName } from '../../anatomy/index.ts';
import type { AnsweredQuestion, Question, QuizAnswer } from '../../quiz/quiz-round.ts';
import { questionHint, questionText } from './quiz-text.ts';
import { peelFor } from './quiz-scene.ts';
import { QuizDescription } from './QuizDescription.tsx';

export interface QuizQuestionProps {
  question: Question;
  number: number;
  of: number;
  answered: AnsweredQuestion | undefined;
  onAnswer(answer: QuizAnswer): void;
  /** Switches to the keyboard form (questions from descriptions). */
  onKeyboard(): void;
}

export function QuizQuestion({ question, number, of, answered, onAnswer, onKeyboard }: QuizQuestionProps) {
  const hint = questionHint(question, peelFor(question));
  const chosen = answered?.answer.type === 'choice' ? answered.answer.structure : null;
  const clickKind = question.kind === 'find' || question.kind === 'attach';
  return (
    <div className="quiz-question" data-quiz-question={question.kind} data-quiz-kind={question.kind}>
      <p className="quiz-count">
        Question {number} of {of}
        {question.again && <span className="quiz-again"> · asked again</span>}
      </p>
      <p className="quiz-ask">{questionText(question)}</p>
      {hint && <p className="quiz-hint">{hint}</p>}
      {question.kind === 'describe' && <QuizDescription muscle={question.target} />}
      {question.choices.length > 0 && (
        <ul className="quiz-choices" aria-label="Choices">
          {question.choices.map((c) => {
            const state = !answered
              ? ''
              : c === question.target
                ? 'is-right'
                : c === chosen
                  ? 'is-wrong'
                  : '';
            return (
              <li key={c}>
                <button
                  type="button"
                  className={`quiz-choice ${state}`}
                  data-quiz-choice={c}
                  disabled={answered !== undefined}
                  aria-describedby={state ? `quiz-mark-${c}` : undefined}
                  onClick={() => onAnswer({ type: 'choice', structure: c })}
                >
                  {structureName(c)}
                  {state && (
                    <span id={`quiz-mark-${c}`} className="quiz-mark">
                      {state === 'is-right' ? ' ✓ right answer' : ' ✗ your choice'}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {clickKind && !answered && (
        <div className="quiz-actions">
          <button type="button" className="quiz-give-up" onClick={() => onAnswer({ type: 'pass' })}>
            Show me the answer
          </button>
          <button type="button" onClick={onKeyboard}>
            No pointer? Name muscles from descriptions
          </button>
        </div>
      )}
    </div>
  );
}
