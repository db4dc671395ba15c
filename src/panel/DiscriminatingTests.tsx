/** The self-tests that best tell the top candidates apart, best first. */
import type { PainSiteId } from '../anatomy/ids.ts';
import { discriminatingTests, type Candidate } from '../diagnosis/index.ts';
import { SelfTestCard } from './SelfTestCard.tsx';

export function DiscriminatingTests({
  candidates,
  painSites,
}: {
  candidates: readonly Candidate[];
  painSites: readonly PainSiteId[];
}) {
  if (candidates.length === 0) return null;
  const tests = discriminatingTests(candidates, painSites);
  if (tests.length === 0) return null;
  return (
    <section className="self-tests" aria-labelledby="self-tests-title">
      <h3 id="self-tests-title">Checks that tell them apart</h3>
      <p className="hint">Try each gently. Record what you felt: the list above re-orders at once.</p>
      {tests.map((test) => (
        <SelfTestCard key={test.id} test={test} />
      ))}
    </section>
  );
}
