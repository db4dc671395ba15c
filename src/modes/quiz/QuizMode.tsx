/**
 * Quiz mode (`?mode=quiz`, issue 13): a round of ten questions with the labels hidden. With the
 * model: name the highlighted muscle, click a named muscle, click where a muscle attaches. With the
 * keyboard or in the text view: name the muscle from its description. Each answer gets feedback at
 * once; score and streak are kept; a missed muscle comes back later in the round.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useExplorer } from '../../state/store.ts';
import {
  answerCurrent,
  currentQuestion,
  defaultQuizSettings,
  isFinished,
  startRound,
  type QuizAnswer,
  type QuizSettings,
} from '../../quiz/quiz-round.ts';
import { QuizQuestion } from './QuizQuestion.tsx';
import { QuizFeedback } from './QuizFeedback.tsx';
import { QuizScore } from './QuizScore.tsx';
import { QuizSettingsForm } from './QuizSettingsForm.tsx';
import { QuizResult } from './QuizResult.tsx';
import { useQuizScene } from './use-quiz-scene.ts';
import { useQuizPicks } from './use-quiz-picks.ts';
import './quiz.css';

const freshSeed = () => Math.floor(Math.random() * 2 ** 31);

export function QuizMode() {
  const textView = useExplorer((s) => s.textView);
  const sceneStatus = useExplorer((s) => s.sceneStatus);
  const setMode = useExplorer((s) => s.setMode);
  // No model to point at: the description form is the only one.
  const noModel = textView || sceneStatus === 'fallback' || sceneStatus === 'error';
  const [settings, setSettings] = useState<QuizSettings>(defaultQuizSettings);
  const [keyboard, setKeyboard] = useState(false);
  const descriptionsOnly = noModel || keyboard;
  const effective = useMemo<QuizSettings>(
    () => (descriptionsOnly ? { ...settings, kinds: ['describe'] } : settings),
    [settings, descriptionsOnly],
  );
  const [round, setRound] = useState(() => startRound(effective, freshSeed()));
  // The index of the question whose feedback is on show, or null while a question waits.
  const [showing, setShowing] = useState<number | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  // A change of form (text view, keyboard) or of settings starts a new round in that form.
  const started = useRef(effective);
  useEffect(() => {
    if (started.current === effective) return;
    started.current = effective;
    setRound(startRound(effective, freshSeed()));
    setShowing(null);
  }, [effective]);

  const waiting = showing === null ? currentQuestion(round) : undefined;
  const shown = showing !== null ? round.answered[showing] : undefined;
  const onScreen = shown?.question ?? waiting;
  useQuizScene(onScreen, shown !== undefined);

  const answer = (a: QuizAnswer) => {
    if (!waiting) return;
    setShowing(round.answered.length);
    setRound(answerCurrent(round, a));
  };
  useQuizPicks(waiting && (waiting.kind === 'find' || waiting.kind === 'attach') ? answer : null);

  const next = () => {
    setShowing(null);
    titleRef.current?.focus();
  };
  const newRound = () => {
    setRound(startRound(effective, freshSeed()));
    setShowing(null);
    titleRef.current?.focus();
  };

  const done = isFinished(round) && showing === null;
  const comingBack =
    shown !== undefined &&
    !shown.correct &&
    round.questions.slice(showing! + 1).some((q) => q.again && q.target === shown.question.target);

  return (
    <section className="panel quiz" aria-labelledby="quiz-title">
      <div className="quiz-head">
        <h2 id="quiz-title" ref={titleRef} tabIndex={-1}>
          Quiz: {regionTitle(effective)}
        </h2>
        <button type="button" onClick={() => setMode('explore')}>
          Back to explore
        </button>
      </div>
      <QuizScore round={round} done={done} />
      {done ? (
        <QuizResult round={round} onAgain={newRound} />
      ) : (
        onScreen && (
          <QuizQuestion
            key={`${round.answered.length}-${showing ?? 'q'}`}
            question={onScreen}
            number={(showing ?? round.answered.length) + 1}
            of={round.questions.length}
            answered={shown}
            onAnswer={answer}
            onKeyboard={() => setKeyboard(true)}
          />
        )
      )}
      {shown && (
        <QuizFeedback answered={shown} comingBack={comingBack} last={isFinished(round)} onNext={next} />
      )}
      <QuizSettingsForm
        settings={settings}
        onChange={setSettings}
        keyboard={keyboard}
        onKeyboard={setKeyboard}
        noModel={noModel}
        onNewRound={newRound}
      />
    </section>
  );
}

function regionTitle(s: QuizSettings): string {
  const region = s.region === 'all' ? 'the whole limb' : s.region === 'hip' ? 'the hip' : `the ${s.region}`;
  return s.layer === 'all' ? region : `${region}, ${s.layer} muscles`;
}
