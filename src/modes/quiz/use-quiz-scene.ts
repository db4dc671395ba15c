/**
 * Keeps the 3D view in step with the quiz: on entering, the explorer's display state is kept; each
 * question then sets what the scene shows (`quiz-scene.ts`); on leaving, the kept state comes back,
 * so the quiz leaves the explorer as it found it.
 */
import { useEffect } from 'react';
import { useExplorer } from '../../state/store.ts';
import type { Question } from '../../quiz/quiz-round.ts';
import { sceneForQuestion, sceneStateOf } from './quiz-scene.ts';

export function useQuizScene(question: Question | undefined, answered: boolean): void {
  useEffect(() => {
    const kept = sceneStateOf(useExplorer.getState());
    return () => useExplorer.setState(kept);
  }, []);

  useEffect(() => {
    if (question) useExplorer.setState(sceneForQuestion(question, answered));
    // The round's end leaves the last answer on show.
  }, [question, answered]);
}
