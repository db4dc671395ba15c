/** The quiz's words: questions, answers and what a click hit, in plain English. */
import { structureName } from '../../anatomy/index.ts';
import type { AnsweredQuestion, Question, QuizAnswer } from '../../quiz/quiz-round.ts';

export function questionText(q: Question): string {
  const name = structureName(q.target);
  switch (q.kind) {
    case 'name':
      return 'Which muscle is highlighted on the model?';
    case 'find':
      return `Click ${name} on the model.`;
    case 'attach':
      return q.end === 'insertion'
        ? `Where does ${name} end? Click its insertion on the bone.`
        : `Where does ${name} start? Click its origin on the bone.`;
    case 'describe':
      return 'Which muscle is this?';
  }
}

/** A hint under the question: what the model shows for it. */
export function questionHint(q: Question, peeled: number): string | null {
  if (q.kind === 'attach')
    return 'The muscles are hidden: the coloured patches on the bones are where muscles attach.';
  if (q.kind === 'find' && peeled > 0)
    return `The ${peeled === 1 ? 'outermost layer' : `${peeled} outer layers`} of muscle ${peeled === 1 ? 'is' : 'are'} peeled away.`;
  if (q.kind === 'find') return 'Turn the model if you need to; the labels are hidden.';
  return null;
}

/** What an answer was, in words: "Sartorius", "the origin of Gracilis". */
export function answerText(answer: QuizAnswer): string {
  if (answer.type === 'pass') return 'nothing';
  if (answer.type === 'choice') return structureName(answer.structure);
  const end = /-(origin|insertion)(?:-\d+)?$/.exec(answer.node)?.[1];
  return end ? `the ${end} of ${structureName(answer.structure)}` : structureName(answer.structure);
}

/** The right answer, in words. */
export function rightAnswerText(q: Question): string {
  const name = structureName(q.target);
  if (q.kind === 'attach') return `the ${q.end ?? 'origin'} of ${name} (now lit in blue)`;
  if (q.kind === 'find') return `${name} (now lit in blue)`;
  return name;
}

export function feedbackText({ question, answer, correct }: AnsweredQuestion, comingBack: boolean): string {
  if (correct) return `Right: ${rightAnswerText(question)}.`;
  const again = comingBack ? ' It will come back later in the round.' : '';
  if (answer.type === 'pass') return `The answer is ${rightAnswerText(question)}.${again}`;
  const gave =
    answer.type === 'choice' ? `You chose ${answerText(answer)}` : `You clicked ${answerText(answer)}`;
  return `Not quite. ${gave}; the answer is ${rightAnswerText(question)}.${again}`;
}
