/** Rehab and self-care for a structure, in the order the sources advise. */
import type { StructureId } from '../anatomy/ids.ts';
import { rehabFor } from '../diagnosis/index.ts';
import { SourceList } from './SourceList.tsx';

const kindWords = {
  strength: 'Strengthen',
  stretch: 'Stretch',
  'self-massage': 'Self-massage',
  drill: 'Drill',
} as const;

export function RehabList({ id }: { id: StructureId }) {
  const items = [...rehabFor(id)].sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
  if (items.length === 0) return null;
  return (
    <section className="rehab" aria-label="Rehab and self-care">
      <h4>Rehab and self-care</h4>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <p>
              <span className="tag">{kindWords[item.kind]}</span> <strong>{item.name}</strong>
            </p>
            <ol className="steps">
              {item.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {item.cautions && item.cautions.length > 0 && (
              <ul className="cautions">
                {item.cautions.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
            <SourceList sources={item.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
