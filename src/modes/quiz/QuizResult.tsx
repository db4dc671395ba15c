/** The end of a round: the score, the best streak, the muscles to look at again, and a new round. */
import { structureName } from '../../anatomy/index.ts';
import type { QuizRound } from '../../quiz/quiz-round.ts';

export function QuizResult({ round, onAgain }: { round: QuizRound; onAgain(): void }) {
  const missed = [...new Set(round.answered.filter((a) => !a.correct).map((a) => a.question.target))];
  return (
    <div className="quiz-result">
      <p>
        You answered {round.correct} of {round.questions.length} right; your best streak was{' '}
        {round.bestStreak}.
      </p>
      {missed.length > 0 && (
        <>
          <p>Worth another look:</p>
          <ul>
            {missed.map((m) => (
              <li key={m}>{structureName(m)}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="quiz-next" onClick={onAgain}>
        New round
      </button>
    </div>
  );
}
