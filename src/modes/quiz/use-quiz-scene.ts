/**
 * Keeps the 3D view in step with the quiz: on entering, the explorer's display state is kept; each
 * question then sets what the scene shows (`quiz-scene.ts`); leaving through the mode switch puts
 * the kept state back, so the quiz leaves the explorer as it found it.
 */
import { useEffect } from 'react';
import { useExplorer } from '../../state/store.ts';
import type { Question } from '../../quiz/quiz-round.ts';
import { sceneForQuestion, sceneStateOf } from './quiz-scene.ts';

export function useQuizScene(question: Question | undefined, answered: boolean): void {
  useEffect(() => {
    // Put back by the store's setMode in the same update as the mode change (see the store); the
    // browser's back button instead applies its URL entry, which wins (hydrate clears it). Kept
    // once per visit: a remount mid-quiz must not keep the quiz's own display.
    if (!useExplorer.getState().restoreOnModeExit)
      useExplorer.setState({ restoreOnModeExit: sceneStateOf(useExplorer.getState()) });
  }, []);

  useEffect(() => {
    if (question) useExplorer.setState(sceneForQuestion(question, answered));
    // The round's end leaves the last answer on show.
  }, [question, answered]);
}
