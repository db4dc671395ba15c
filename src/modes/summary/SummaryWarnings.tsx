/**
 * The warning signs that apply to the marked sites (the same ones the panel shows), most urgent
 * first: each with how fast to act and what to look for, cut to the first sentence of its signs so
 * they all fit on the page. The explorer holds the full wording and what to do.
 */
import type { RedFlag } from '../../anatomy/types.ts';
import { firstSentence } from './summary-data.ts';

/** How fast to act, in words that stand alone on paper (the explorer gives the full advice). */
const urgencyWords: Record<RedFlag['urgency'], string> = {
  emergency: 'Emergency: go now',
  urgent: 'Get seen today',
  soon: 'See a doctor soon',
};

export function SummaryWarnings({ flags }: { flags: readonly RedFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <section className="summary-warnings" aria-labelledby="summary-warnings-title">
      <h3 id="summary-warnings-title">Warning signs: get checked if any of these fit</h3>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id} data-red-flag={flag.id} className={`urgency-${flag.urgency}`}>
            <strong>
              <span className="summary-urgency">{urgencyWords[flag.urgency]}.</span> {flag.title}:
            </strong>{' '}
            {firstSentence(flag.signs)}
          </li>
        ))}
      </ul>
    </section>
  );
}
