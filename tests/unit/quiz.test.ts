/** The quiz's pure logic: pools and filters, descriptions, rounds, scoring, streaks and re-asks. */
import { afterEach, describe, expect, it } from 'vitest';
import { kb, muscleById } from '../../src/anatomy/index.ts';
import { sources } from '../../src/anatomy/sources.ts';
import { nextRandom, shuffled } from '../../src/quiz/rng.ts';
import { isDeep, quizPool, regionOf } from '../../src/quiz/quiz-pool.ts';
import { describeMuscle } from '../../src/quiz/quiz-description.ts';
import {
  answerCurrent,
  askAgainAfter,
  currentQuestion,
  defaultQuizSettings,
  footprintsOf,
  isCorrect,
  isFinished,
  startRound,
  type Question,
  type QuizAnswer,
  type QuizRound,
  type QuizSettings,
} from '../../src/quiz/quiz-round.ts';
import {
  needsWholeLimb,
  thighFrameBottomY,
  viewAtAngle,
  viewOfFootprint,
  viewOfMuscle,
} from '../../src/quiz/quiz-views.ts';
import { sceneForQuestion, sceneStateOf } from '../../src/modes/quiz/quiz-scene.ts';
import { initialState, useExplorer } from '../../src/state/store.ts';
import { THIGH_BOTTOM_Y } from '../../src/scene/camera-framing.ts';
import { urlStateOf } from '../../src/state/url-sync.ts';
import { serialiseUrlState } from '../../src/state/url-codec.ts';

const right = (round: QuizRound): QuizAnswer => {
  const q = currentQuestion(round)!;
  if (q.kind === 'attach')
    return { type: 'pick', node: footprintsOf(q.target, q.end!)[0]!, structure: q.target };
  if (q.kind === 'find') return { type: 'pick', node: q.target, structure: q.target };
  return { type: 'choice', structure: q.target };
};
const wrong = (round: QuizRound): QuizAnswer => {
  const q = currentQuestion(round)!;
  const other = kb.muscles.find((m) => m.id !== q.target)!.id;
  return q.kind === 'name' || q.kind === 'describe'
    ? { type: 'choice', structure: q.choices.find((c) => c !== q.target)! }
    : { type: 'pick', node: other, structure: other };
};

describe('seeded RNG', () => {
  it('replays from its seed and spreads over [0, 1)', () => {
    const run = (seed: number) => {
      let s = seed;
      const out: number[] = [];
      for (let i = 0; i < 200; i++) {
        let v: number;
        [v, s] = nextRandom(s);
        out.push(v);
      }
      return out;
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
    const values = run(7);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(70);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(130);
  });

  it('shuffles to a permutation', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const [out] = shuffled(items, 5);
    expect([...out].sort((a, b) => a - b)).toEqual(items);
    expect(out).not.toEqual(items);
  });
});

describe('quiz pool', () => {
  it('splits the muscles into hip, thigh and leg, each superficial or deep', () => {
    const all = quizPool('all', 'all');
    expect(all).toHaveLength(kb.muscles.length);
    const byRegion = ['hip', 'thigh', 'leg'].map((r) => quizPool(r as 'hip', 'all'));
    expect(byRegion.flat().sort()).toEqual([...all].sort());
    expect(quizPool('thigh', 'all')).toContain('semitendinosus');
    expect(quizPool('thigh', 'all')).not.toContain('gluteus-maximus');
    expect(quizPool('hip', 'all')).toContain('piriformis');
    expect(quizPool('leg', 'all')).toContain('soleus');
    for (const id of quizPool('thigh', 'deep')) expect(isDeep(muscleById(id)!)).toBe(true);
    for (const id of quizPool('thigh', 'superficial')) {
      expect(muscleById(id)!.layer).toBe(1);
      expect(regionOf(muscleById(id)!)).toBe('thigh');
    }
    expect(quizPool('thigh', 'superficial')).toContain('sartorius');
    expect(quizPool('thigh', 'deep')).toContain('vastus-intermedius');
  });
});

describe('descriptions', () => {
  it('describe every muscle from its data without naming it, with its sources', () => {
    for (const muscle of kb.muscles) {
      const d = describeMuscle(muscle.id)!;
      const text = d.lines
        .map((l) => l.text)
        .join(' ')
        .toLowerCase();
      expect(text, muscle.id).not.toContain(muscle.name.toLowerCase());
      expect(text, muscle.id).not.toContain(muscle.id.replace(/-/g, ' '));
      expect(text).toContain(muscle.action.slice(0, 12).toLowerCase());
      expect(d.sources.length).toBeGreaterThan(0);
      for (const s of d.sources) expect(sources[s]).toBeDefined();
    }
    expect(describeMuscle('not-a-muscle')).toBeUndefined();
  });

  it('blanks a name inside its own attachment text', () => {
    const d = describeMuscle('vastus-intermedius')!;
    expect(d.lines.find((l) => l.label === 'Ends')!.text).toContain('the pull of this muscle');
  });
});

describe('a round', () => {
  const thigh: QuizSettings = { ...defaultQuizSettings, region: 'thigh' };

  it('is ten questions on the thigh, replayed exactly from its seed', () => {
    const round = startRound(thigh, 1234);
    expect(round.questions).toHaveLength(10);
    const pool = quizPool('thigh', 'all');
    for (const q of round.questions) {
      expect(pool).toContain(q.target);
      expect(['name', 'find', 'attach']).toContain(q.kind);
    }
    // Fifteen thigh muscles: ten different ones in the round.
    expect(new Set(round.questions.map((q) => q.target)).size).toBe(10);
    expect(startRound(thigh, 1234)).toEqual(round);
    expect(startRound(thigh, 99).questions).not.toEqual(round.questions);
  });

  it('offers four different choices with the target among them', () => {
    const round = startRound({ ...thigh, kinds: ['name'] }, 3);
    for (const q of round.questions) {
      expect(q.choices).toHaveLength(4);
      expect(new Set(q.choices).size).toBe(4);
      expect(q.choices).toContain(q.target);
    }
    // Where the pool is all the choice there is, the target is not always first.
    expect(new Set(round.questions.map((q) => q.choices.indexOf(q.target))).size).toBeGreaterThan(1);
  });

  it('fills the choices from beyond a small pool', () => {
    const small = quizPool('leg', 'superficial');
    const round = startRound({ ...thigh, region: 'leg', layer: 'superficial', kinds: ['describe'] }, 8);
    for (const q of round.questions) {
      expect(small).toContain(q.target);
      expect(new Set(q.choices).size).toBe(4);
    }
  });

  it('keeps score and streak, and ends after the last question', () => {
    let round = startRound(thigh, 77);
    round = answerCurrent(round, right(round));
    round = answerCurrent(round, right(round));
    expect(round.correct).toBe(2);
    expect(round.streak).toBe(2);
    round = answerCurrent(round, wrong(round));
    expect(round.correct).toBe(2);
    expect(round.streak).toBe(0);
    expect(round.bestStreak).toBe(2);
    while (!isFinished(round)) round = answerCurrent(round, right(round));
    expect(round.answered).toHaveLength(10);
    expect(round.correct).toBe(9);
    expect(round.bestStreak).toBe(7);
    expect(currentQuestion(round)).toBeUndefined();
    expect(answerCurrent(round, { type: 'choice', structure: 'gracilis' })).toBe(round);
  });

  it('asks a missed structure again later in the round, keeping its length', () => {
    let round = startRound(thigh, 5);
    const missed = currentQuestion(round)!.target;
    round = answerCurrent(round, wrong(round));
    expect(round.questions).toHaveLength(10);
    const again = round.questions[askAgainAfter]!;
    expect(again.target).toBe(missed);
    expect(again.again).toBe(true);
    expect(round.questions.slice(1, askAgainAfter).every((q) => !q.again)).toBe(true);
    // Answering it right this time leaves it answered.
    while (round.answered.length < askAgainAfter) round = answerCurrent(round, right(round));
    round = answerCurrent(round, right(round));
    expect(round.answered.at(-1)!.question.target).toBe(missed);
    expect(round.answered.at(-1)!.correct).toBe(true);
  });

  it('brings a miss near the end back at the last question, and none after the last', () => {
    let round = startRound(thigh, 11);
    while (round.answered.length < 8) round = answerCurrent(round, right(round));
    const missed = currentQuestion(round)!.target;
    round = answerCurrent(round, wrong(round));
    expect(round.questions[9]!.target).toBe(missed);
    round = answerCurrent(round, wrong(round));
    expect(isFinished(round)).toBe(true);
    expect(round.questions).toHaveLength(10);
  });

  it('judges clicks: any part of the muscle finds it, only the asked end answers where it attaches', () => {
    const find = { kind: 'find', target: 'gracilis', choices: [], again: false } as const;
    expect(isCorrect(find, { type: 'pick', node: 'gracilis', structure: 'gracilis' })).toBe(true);
    expect(isCorrect(find, { type: 'pick', node: 'sartorius', structure: 'sartorius' })).toBe(false);
    expect(isCorrect(find, { type: 'choice', structure: 'gracilis' })).toBe(false);
    const attach = {
      kind: 'attach',
      target: 'gluteus-maximus',
      end: 'origin',
      choices: [],
      again: false,
    } as const;
    expect(footprintsOf('gluteus-maximus', 'origin')).toEqual([
      'gluteus-maximus-origin',
      'gluteus-maximus-origin-2',
    ]);
    const pick = (node: string) => ({ type: 'pick', node, structure: 'gluteus-maximus' }) as const;
    expect(isCorrect(attach, pick('gluteus-maximus-origin-2'))).toBe(true);
    expect(isCorrect(attach, pick('gluteus-maximus-insertion'))).toBe(false);
    expect(isCorrect(attach, pick('gluteus-maximus'))).toBe(false);
  });
});

describe('what the scene shows per question', () => {
  const q = (patch: Partial<Question>): Question => ({
    kind: 'name',
    target: 'vastus-intermedius',
    choices: [],
    again: false,
    ...patch,
  });

  it('highlights the name question at once, the others only once answered', () => {
    const name = sceneForQuestion(q({ kind: 'name' }), false);
    expect(name.selected).toBe('vastus-intermedius');
    expect(name.xray).toBe(true);
    const find = sceneForQuestion(q({ kind: 'find' }), false);
    expect(find.selected).toBeNull();
    expect(find.xray).toBe(false);
    expect(sceneForQuestion(q({ kind: 'find' }), true).selected).toBe('vastus-intermedius');
  });

  it('peels the layers above a muscle to find, and shows footprints on bone for attachments', () => {
    // Vastus intermedius lies under the superficial thigh layer.
    expect(sceneForQuestion(q({ kind: 'find' }), false).peel).toBe(1);
    expect(sceneForQuestion(q({ kind: 'find', target: 'sartorius' }), false).peel).toBe(0);
    const attach = sceneForQuestion(q({ kind: 'attach', end: 'origin' }), false);
    expect(attach.layers).toEqual(['bones', 'attachments']);
    expect(attach.isolate).toBe(false);
    expect(attach.pose).toBeNull();
  });

  it('frames the whole limb for what lies below the thigh, so every footprint can be clicked', () => {
    // Tibialis anterior ends on the first cuneiform and metatarsal, in the foot.
    expect(
      sceneForQuestion(q({ kind: 'attach', target: 'tibialis-anterior', end: 'insertion' }), false).wholeLimb,
    ).toBe(true);
    expect(needsWholeLimb('soleus', 'other')).toBe(true);
    // Thigh muscles, at either end, stay in the thigh's frame (pes anserinus is just below the knee).
    expect(
      sceneForQuestion(q({ kind: 'attach', target: 'gracilis', end: 'insertion' }), false).wholeLimb,
    ).toBe(false);
    expect(sceneForQuestion(q({ kind: 'find', target: 'semitendinosus' }), false).wholeLimb).toBe(false);
    // Every footprint of a thigh or hip muscle lies within the thigh's frame, every one in the foot outside it.
    for (const m of kb.muscles) {
      if (regionOf(m) === 'leg') continue;
      for (const end of ['origin', 'insertion'] as const)
        expect(needsWholeLimb(m.id, 'attach', end), `${m.id} ${end}`).toBe(false);
    }
    // The same height the scene's camera frames down to (the quiz cannot import the scene).
    expect(thighFrameBottomY).toBeCloseTo(THIGH_BOTTOM_Y, 6);
  });

  it('turns to the side the structure is on', () => {
    expect(viewOfMuscle('semitendinosus')).toBe('posterior');
    expect(viewOfMuscle('gracilis')).toBe('medial');
    expect(viewOfMuscle('rectus-femoris')).toBe('anterior');
    // Hamstrings start on the sit bone, at the back; gracilis ends on the inner tibia.
    expect(viewOfFootprint('semitendinosus', 'origin')).toBe('posterior');
    expect(viewOfFootprint('gracilis', 'insertion')).toBe('medial');
    expect(viewOfFootprint('rectus-femoris', 'origin')).toBe('anterior');
    // Footprints that face away from their side round the limb: the iliac fossa inside the pelvis,
    // a plantar insertion under the foot.
    expect(viewOfFootprint('iliopsoas', 'origin')).toBe('medial');
    expect(viewOfFootprint('tibialis-posterior', 'insertion')).toBe('medial');
    expect(viewOfFootprint('fibularis-brevis', 'insertion')).toBe('lateral');
    expect(viewAtAngle(350)).toBe('anterior');
    expect(viewAtAngle(90)).toBe('lateral');
    expect(viewAtAngle(270)).toBe('medial');
  });
});

describe('quiz mode and the store', () => {
  afterEach(() => useExplorer.setState(initialState));

  it('keeps the answer out of the URL while the quiz runs', () => {
    const state = {
      ...initialState,
      mode: 'quiz' as const,
      selected: 'gracilis' as const,
      xray: true,
      layers: ['bones', 'attachments'] as const,
      side: 'left' as const,
    };
    expect(serialiseUrlState(urlStateOf(state))).toBe('?side=left&mode=quiz');
    expect(serialiseUrlState(urlStateOf({ ...state, mode: 'explore' }))).toContain('select=gracilis');
  });

  it('records each click as a new pick, even on the same part', () => {
    const { pickInQuiz } = useExplorer.getState();
    pickInQuiz('gracilis-insertion', 'gracilis');
    const first = useExplorer.getState().quizPick;
    pickInQuiz('gracilis-insertion', 'gracilis');
    const second = useExplorer.getState().quizPick;
    expect(first).toMatchObject({ node: 'gracilis-insertion', structure: 'gracilis' });
    expect(second).not.toBe(first);
    expect(second!.serial).toBe(first!.serial + 1);
    expect(useExplorer.getState().selected).toBeNull();
  });
});

describe('passing', () => {
  it('counts a pass as a miss that comes back', () => {
    let round = startRound({ ...defaultQuizSettings, kinds: ['find'] }, 21);
    const target = currentQuestion(round)!.target;
    round = answerCurrent(round, { type: 'pass' });
    expect(round.answered[0]!.correct).toBe(false);
    expect(round.streak).toBe(0);
    expect(round.questions[askAgainAfter]!.target).toBe(target);
  });
});

describe('leaving the quiz', () => {
  afterEach(() => useExplorer.setState(initialState));

  it('puts the explorer back in the same update as the mode change', () => {
    useExplorer.setState({ selected: 'gracilis', layers: ['skin', 'muscles'], view: 'medial' });
    useExplorer.getState().setMode('quiz');
    const kept = sceneStateOf(useExplorer.getState());
    useExplorer.setState({ restoreOnModeExit: kept });
    useExplorer.setState(
      sceneForQuestion({ kind: 'name', target: 'sartorius', choices: [], again: false }, false),
    );
    expect(useExplorer.getState().selected).toBe('sartorius');
    const seen: string[] = [];
    const unsubscribe = useExplorer.subscribe((s) => seen.push(`${s.mode}:${s.selected}:${s.view}`));
    useExplorer.getState().setMode('explore');
    unsubscribe();
    // One update, already restored: the URL never records the quiz's last answer.
    expect(seen).toEqual(['explore:gracilis:medial']);
    expect(useExplorer.getState().layers).toEqual(['skin', 'muscles']);
    expect(useExplorer.getState().restoreOnModeExit).toBeNull();
  });

  it('lets the URL win on back/forward', () => {
    useExplorer.setState({ mode: 'quiz', restoreOnModeExit: { selected: 'gracilis' } });
    useExplorer.getState().hydrate({ mode: 'explore', selected: 'soleus' });
    expect(useExplorer.getState().selected).toBe('soleus');
    expect(useExplorer.getState().restoreOnModeExit).toBeNull();
  });
});
