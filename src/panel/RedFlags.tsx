/**
 * Warning signs that mean "see a clinician" for the chosen pain sites, most urgent first (the
 * order diagnosis/lookups.ts gives them in).
 */
import type { PainSiteId } from '../anatomy/ids.ts';
import type { RedFlag } from '../anatomy/types.ts';
import { redFlagsFor } from '../diagnosis/index.ts';

const urgencyWords: Record<RedFlag['urgency'], string> = {
  emergency: 'Emergency',
  urgent: 'Today',
  soon: 'Soon',
};

export function RedFlags({ painSites }: { painSites: readonly PainSiteId[] }) {
  const flags = redFlagsFor(painSites);
  if (flags.length === 0) return null;
  return (
    <section className="red-flags" aria-labelledby="red-flags-title">
      <h3 id="red-flags-title">Warning signs: get checked if any of these fit</h3>
      <p className="hint">
        Open each to read the signs and what to do. The tag says how fast: emergency, today or soon.
      </p>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id} data-red-flag={flag.id} className={`red-flag urgency-${flag.urgency}`}>
            <details>
              <summary className="red-flag-title">
                <span className="urgency">{urgencyWords[flag.urgency]}</span> {flag.title}
              </summary>
              <p>{flag.signs}</p>
              <p className="red-flag-action">{flag.action}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
