/**
 * Hands clicks on the model to the quiz: in quiz mode the scene records each click on a part as
 * `quizPick` instead of selecting it, and this hook answers with it while a click question waits.
 */
import { useEffect, useRef } from 'react';
import { useExplorer } from '../../state/store.ts';
import type { QuizAnswer } from '../../quiz/quiz-round.ts';

export function useQuizPicks(onPick: ((answer: QuizAnswer) => void) | null): void {
  const latest = useRef(onPick);
  useEffect(() => {
    latest.current = onPick;
  });
  useEffect(
    () =>
      useExplorer.subscribe((s, prev) => {
        const pick = s.quizPick;
        if (!pick || pick === prev.quizPick) return;
        latest.current?.({ type: 'pick', node: pick.node, structure: pick.structure });
      }),
    [],
  );
}
