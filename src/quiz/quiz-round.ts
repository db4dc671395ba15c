/**
 * A quiz round as plain data, advanced by pure functions: the questions (drawn with a seeded RNG
 * from the filtered pool), the answers so far, the score and the streak. A missed structure comes
 * back later in the round (a few questions on, with fresh choices) in place of a question not yet
 * asked, so the round keeps its length. Pure: no React, three or store.
 */
import { muscleById } from '../anatomy/index.ts';
import { attachmentNodeName, type MuscleId } from '../anatomy/ids.ts';
import { nextInt, shuffled, type RngState } from './rng.ts';
import { quizPool, type QuizLayer, type QuizRegion } from './quiz-pool.ts';

/**
 * name: name the highlighted structure from four choices; find: click the named structure on the
 * model; attach: click the named end's footprint; describe: name the structure from its
 * description (the form for the keyboard and the text view).
 */
export const questionKinds = ['name', 'find', 'attach', 'describe'] as const;
export type QuestionKind = (typeof questionKinds)[number];
/** Kinds that need the model (a pointer on the 3D view); `describe` works from text alone. */
export const modelKinds: readonly QuestionKind[] = ['name', 'find', 'attach'];
export type AttachmentEnd = 'origin' | 'insertion';

export interface QuizSettings {
  region: QuizRegion;
  layer: QuizLayer;
  kinds: readonly QuestionKind[];
  /** Questions in the round. */
  length: number;
}

export const defaultQuizSettings: QuizSettings = {
  region: 'thigh',
  layer: 'all',
  kinds: modelKinds,
  length: 10,
};

export interface Question {
  kind: QuestionKind;
  target: MuscleId;
  /** Four structures in shown order, the target among them (name and describe questions). */
  choices: readonly MuscleId[];
  /** Which footprint an attach question asks for. */
  end?: AttachmentEnd;
  /** Asked again after a miss earlier in the round. */
  again: boolean;
}

/**
 * What a person answered: a choice, a part of the model clicked (node name and its structure), or
 * a pass (asked to be shown the answer).
 */
export type QuizAnswer =
  | { type: 'choice'; structure: string }
  | { type: 'pick'; node: string; structure: string }
  | { type: 'pass' };

export interface AnsweredQuestion {
  question: Question;
  answer: QuizAnswer;
  correct: boolean;
}

export interface QuizRound {
  settings: QuizSettings;
  /** The RNG state after everything drawn so far. */
  rng: RngState;
  questions: readonly Question[];
  answered: readonly AnsweredQuestion[];
  correct: number;
  streak: number;
  bestStreak: number;
}

/** How many questions later a missed structure is asked again. */
export const askAgainAfter = 3;
const choiceCount = 4;

/** The pool for a round; an empty filter result falls back to the region, then to every muscle. */
function poolFor(settings: QuizSettings): MuscleId[] {
  const pool = quizPool(settings.region, settings.layer);
  if (pool.length > 0) return pool;
  const region = quizPool(settings.region, 'all');
  return region.length > 0 ? region : quizPool('all', 'all');
}

/**
 * Four choices: the target and three others, from the round's pool where it has enough (so the
 * others are neighbours worth telling apart), else from every muscle; shuffled.
 */
function drawChoices(target: MuscleId, pool: readonly MuscleId[], rng: RngState): [MuscleId[], RngState] {
  const [near, afterNear] = shuffled(
    pool.filter((m) => m !== target),
    rng,
  );
  let s = afterNear;
  const picked = near.slice(0, choiceCount - 1);
  if (picked.length < choiceCount - 1) {
    let far: MuscleId[];
    [far, s] = shuffled(
      quizPool('all', 'all').filter((m) => m !== target && !picked.includes(m)),
      s,
    );
    picked.push(...far.slice(0, choiceCount - 1 - picked.length));
  }
  return shuffled([target, ...picked], s);
}

function makeQuestion(
  kind: QuestionKind,
  target: MuscleId,
  pool: readonly MuscleId[],
  rng: RngState,
  again: boolean,
): [Question, RngState] {
  let s = rng;
  if (kind === 'name' || kind === 'describe') {
    let choices: MuscleId[];
    [choices, s] = drawChoices(target, pool, s);
    return [{ kind, target, choices, again }, s];
  }
  if (kind === 'attach') {
    let coin: number;
    [coin, s] = nextInt(s, 2);
    return [{ kind, target, choices: [], end: coin === 0 ? 'origin' : 'insertion', again }, s];
  }
  return [{ kind, target, choices: [], again }, s];
}

/** A new round: each structure of the pool once before any repeats, kinds drawn at random. */
export function startRound(settings: QuizSettings, seed: number): QuizRound {
  const kinds = settings.kinds.length > 0 ? settings.kinds : (['describe'] as const);
  const pool = poolFor(settings);
  let s: RngState = seed | 0;
  const targets: MuscleId[] = [];
  while (targets.length < settings.length) {
    let batch: MuscleId[];
    [batch, s] = shuffled(pool, s);
    // No structure twice in a row across a reshuffle.
    if (batch.length > 1 && batch[0] === targets.at(-1)) batch.push(batch.shift()!);
    targets.push(...batch);
  }
  const questions: Question[] = [];
  for (const target of targets.slice(0, settings.length)) {
    let k: number;
    let q: Question;
    [k, s] = nextInt(s, kinds.length);
    [q, s] = makeQuestion(kinds[k]!, target, pool, s, false);
    questions.push(q);
  }
  return { settings, rng: s, questions, answered: [], correct: 0, streak: 0, bestStreak: 0 };
}

export function currentQuestion(round: QuizRound): Question | undefined {
  return round.questions[round.answered.length];
}

export function isFinished(round: QuizRound): boolean {
  return round.answered.length >= round.questions.length;
}

/** The node names that answer an attach question: every footprint of that end of the muscle. */
export function footprintsOf(target: MuscleId, end: AttachmentEnd): string[] {
  const muscle = muscleById(target);
  const count = muscle ? (end === 'origin' ? muscle.origins.length : muscle.insertions.length) : 0;
  return Array.from({ length: count }, (_, i) => attachmentNodeName(target, end, i));
}

/** Whether an answer is right for a question. */
export function isCorrect(question: Question, answer: QuizAnswer): boolean {
  switch (question.kind) {
    case 'name':
    case 'describe':
      return answer.type === 'choice' && answer.structure === question.target;
    case 'find':
      // Any part of the muscle counts (its belly, tendon or one of its footprints).
      return answer.type === 'pick' && answer.structure === question.target;
    case 'attach':
      return (
        answer.type === 'pick' &&
        footprintsOf(question.target, question.end ?? 'origin').includes(answer.node)
      );
  }
}

/**
 * Records the answer to the current question. A miss schedules the structure again
 * `askAgainAfter` questions on (or at the last question, if fewer are left), replacing a first
 * asking there, unless it is already coming back.
 */
export function answerCurrent(round: QuizRound, answer: QuizAnswer): QuizRound {
  const question = currentQuestion(round);
  if (!question) return round;
  const correct = isCorrect(question, answer);
  const answered = [...round.answered, { question, answer, correct }];
  const streak = correct ? round.streak + 1 : 0;
  let questions = round.questions;
  let rng = round.rng;
  const here = round.answered.length;
  const last = questions.length - 1;
  const comingBack = questions.slice(here + 1).some((q) => q.again && q.target === question.target);
  if (!correct && here < last && !comingBack) {
    // The first question at or after the chosen slot that is not itself a re-ask.
    const from = Math.min(here + askAgainAfter, last);
    const slot = questions.findIndex((q, i) => i >= from && !q.again);
    const free = slot >= 0 ? slot : questions.findLastIndex((q, i) => i > here && !q.again);
    if (free > here) {
      let again: Question;
      [again, rng] = makeQuestion(question.kind, question.target, poolFor(round.settings), rng, true);
      questions = questions.map((q, i) => (i === free ? again : q));
    }
  }
  return {
    ...round,
    rng,
    questions,
    answered,
    correct: round.correct + (correct ? 1 : 0),
    streak,
    bestStreak: Math.max(round.bestStreak, streak),
  };
}
