/**
 * "Name the structure from its description": a muscle described by its attachments, action and
 * nerve, all taken from its entry in `src/anatomy` (whose sources the quiz shows), with its own
 * names blanked out so the description does not give the answer away.
 */
import { muscleById } from '../anatomy/index.ts';
import type { Muscle } from '../anatomy/types.ts';
import type { SourceId } from '../anatomy/sources.ts';

export interface QuizDescription {
  /** Short lines: where it starts, where it ends, what it does, its nerve. */
  lines: readonly { label: string; text: string }[];
  sources: readonly SourceId[];
}

const blank = 'this muscle';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words that would name the muscle: its name, its identifier as words and its Latin name;
 * "Fibularis (peroneus) longus" also without the bracket and by the older name in it. A head's
 * muscle ("biceps femoris" for its long head) stays, like lay group names ("hamstring"): they
 * narrow the choice without giving it. Longest first, so a longer name goes before a shorter one
 * inside it.
 */
export function namesOf(muscle: Muscle): string[] {
  const bracketed = /\(([^)]+)\)/.exec(muscle.name)?.[1];
  const names = [muscle.name, muscle.id.replace(/-/g, ' '), muscle.latin];
  if (bracketed && !/head/i.test(bracketed)) {
    const plain = muscle.name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
    names.push(plain, `${bracketed} ${plain.split(' ').slice(1).join(' ')}`);
  }
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 2))].sort(
    (a, b) => b.length - a.length,
  );
}

/** `text` with every name of the muscle replaced by "this muscle". */
export function withoutNames(text: string, muscle: Muscle): string {
  let out = text;
  for (const name of namesOf(muscle)) {
    out = out.replace(new RegExp(`\\b${escape(name)}\\b`, 'gi'), blank);
  }
  return out;
}

export function describeMuscle(id: string): QuizDescription | undefined {
  const muscle = muscleById(id);
  if (!muscle) return undefined;
  const join = (parts: readonly { description: string }[]) => parts.map((p) => p.description).join(' ');
  const lines = [
    { label: 'Starts', text: join(muscle.origins) },
    { label: 'Ends', text: join(muscle.insertions) },
    { label: 'Does', text: muscle.action },
    { label: 'Nerve', text: `${muscle.innervation.nerve} (${muscle.innervation.roots})` },
  ].map((l) => ({ label: l.label, text: withoutNames(l.text, muscle) }));
  const attachmentSources = [...muscle.origins, ...muscle.insertions].flatMap((a) => a.sources);
  return { lines, sources: [...new Set([...muscle.sources, ...attachmentSources])] };
}
