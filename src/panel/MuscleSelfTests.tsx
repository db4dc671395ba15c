/** Every self-test that points at one muscle (its card's own list). */
import type { MuscleId } from '../anatomy/ids.ts';
import { testsForStructure } from '../diagnosis/index.ts';
import { SelfTestCard } from './SelfTestCard.tsx';

export function MuscleSelfTests({ id }: { id: MuscleId }) {
  const tests = testsForStructure(id);
  if (tests.length === 0) return null;
  return (
    <section aria-label="Self-tests for this muscle">
      <h4>Self-tests for this muscle</h4>
      {tests.map((t) => (
        <SelfTestCard key={t.id} test={t} headingLevel={5} />
      ))}
    </section>
  );
}
