/**
 * What the 3D view shows for each quiz question, as a store patch (the quiz talks to the scene only
 * through the store): the layers, peel and view that make the question answerable, and after the
 * answer the right structure selected (blue glow) with everything else in x-ray.
 */
import { muscleById } from '../../anatomy/index.ts';
import type { ExplorerState } from '../../state/store.ts';
import type { Question } from '../../quiz/quiz-round.ts';
import { needsWholeLimb, viewOfFootprint, viewOfMuscle } from '../../quiz/quiz-views.ts';

/** The display state the quiz changes, kept on entry and put back on leaving. */
export type QuizSceneState = Pick<
  ExplorerState,
  | 'layers'
  | 'peel'
  | 'xray'
  | 'isolate'
  | 'hidden'
  | 'selected'
  | 'focusedCandidate'
  | 'shownTriggerPoint'
  | 'compareCandidate'
  | 'previewedCandidate'
  | 'view'
  | 'wholeLimb'
  | 'pose'
  | 'drawTool'
>;

export function sceneStateOf(s: ExplorerState): QuizSceneState {
  const { layers, peel, xray, isolate, hidden, selected, focusedCandidate, shownTriggerPoint } = s;
  const { compareCandidate, previewedCandidate, view, wholeLimb, pose, drawTool } = s;
  return {
    layers,
    peel,
    xray,
    isolate,
    hidden,
    selected,
    focusedCandidate,
    shownTriggerPoint,
    compareCandidate,
    previewedCandidate,
    view,
    wholeLimb,
    pose,
    drawTool,
  };
}

/** Nothing else lit, posed, focused or hidden while a question is up. */
const neutral = {
  isolate: false,
  hidden: [],
  focusedCandidate: null,
  shownTriggerPoint: null,
  compareCandidate: null,
  previewedCandidate: null,
  pose: null,
  drawTool: 'none',
} as const;

/** The muscle layers peeled so that a `find` target lies on top (its region's layers above it). */
export function peelFor(question: Question): number {
  return question.kind === 'find' ? Math.max(0, (muscleById(question.target)?.layer ?? 1) - 1) : 0;
}

export function sceneForQuestion(question: Question, answered: boolean): Partial<QuizSceneState> {
  const view =
    question.kind === 'attach'
      ? viewOfFootprint(question.target, question.end ?? 'origin')
      : viewOfMuscle(question.target);
  // The name question shows its structure from the start; the others only once answered.
  const shown = answered || question.kind === 'name';
  return {
    ...neutral,
    // Footprints on the bones, muscles away, for "where does it attach?".
    layers: question.kind === 'attach' ? ['bones', 'attachments'] : ['muscles', 'bones'],
    peel: peelFor(question),
    view,
    wholeLimb: needsWholeLimb(
      question.target,
      question.kind === 'attach' ? 'attach' : 'other',
      question.end ?? 'origin',
    ),
    selected: shown ? question.target : null,
    xray: shown,
  };
}
