/** General advice for the chosen pain sites and their candidates, each with its sources. */
import type { PainSiteId } from '../anatomy/ids.ts';
import { adviceFor, type Candidate } from '../diagnosis/index.ts';
import { SourceList } from './SourceList.tsx';

export function AdviceList({
  painSites,
  candidates,
}: {
  painSites: readonly PainSiteId[];
  candidates: readonly Candidate[];
}) {
  const advice = adviceFor(painSites, candidates);
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
