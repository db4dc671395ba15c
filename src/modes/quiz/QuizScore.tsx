/** Score and streak, kept in view above the question (`data-quiz-score`). */
import type { QuizRound } from '../../quiz/quiz-round.ts';

export function QuizScore({ round, done }: { round: QuizRound; done: boolean }) {
  const asked = round.answered.length;
  return (
    <p className="quiz-score" data-quiz-score={`${round.correct}/${asked}`} aria-live="polite">
      {done ? (
        <span>
          Final score: <strong>{round.correct}</strong> of {round.questions.length}
        </span>
      ) : (
        <>
          <span>
            Score <strong>{round.correct}</strong> of {asked}
          </span>
          <span className="quiz-streak">
            Streak {round.streak}
            {round.bestStreak > 0 && ` (best ${round.bestStreak})`}
          </span>
        </>
      )}
    </p>
  );
}
