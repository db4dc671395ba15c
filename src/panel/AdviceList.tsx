/** General advice for the chosen pain sites, their candidates and the recorded self-test results, each with its sources. */
import type { SourcedNote } from '../anatomy/types.ts';
import { SourceList } from './SourceList.tsx';

export function AdviceList({ advice }: { advice: readonly SourcedNote[] }) {
  if (advice.length === 0) return null;
  return (
    <section className="advice" aria-labelledby="advice-title">
      <h3 id="advice-title">Worth knowing</h3>
      <ul>
        {advice.map((note) => (
          <li key={note.text} className={note.kind ? `note-${note.kind}` : undefined}>
            <p>{note.text}</p>
            <SourceList sources={note.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
