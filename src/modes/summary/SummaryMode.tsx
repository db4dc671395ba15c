/**
 * Summary mode (`?mode=summary`, issue 13): one page a patient can print and bring to an appointment.
 * Where it hurts on a body chart (front and back), the checks done, the top candidates with where to
 * press and self-care, the warning signs that apply, the "not a diagnosis" note, the date and the
 * link that reopens the explorer. Everything comes from the URL-backed state, so a saved link
 * prints the same page. Print CSS (summary.css) fits it on one A4 or Letter sheet.
 */
import { discriminatingTests } from '../../diagnosis/index.ts';
import { NotDiagnosisNote } from '../../panel/NotDiagnosisNote.tsx';
import type { Candidate } from '../../diagnosis/index.ts';
import type { PainSiteId } from '../../anatomy/ids.ts';
import { useExplorer } from '../../state/store.ts';
import { serialiseUrlState } from '../../state/url-codec.ts';
import { urlStateOf } from '../../state/url-sync.ts';
import { BodyChart } from './BodyChart.tsx';
import { SummaryCandidates } from './SummaryCandidates.tsx';
import { SummaryChecks } from './SummaryChecks.tsx';
import { SummaryWarnings } from './SummaryWarnings.tsx';
import { dateWords, summaryContent } from './summary-data.ts';
import './summary.css';

/** How many of the checks not yet done the page suggests. */
const checksToSuggest = 3;

/**
 * The ranking and the marked sites come as props from the entry (`app/SummaryModeHost.tsx`), as
 * presentation mode's do: importing their hooks here made the bundler split them (and React) out
 * of the entry into a shared chunk, which costs explore mode bytes before it is ready.
 */
export function SummaryMode({
  candidates,
  markedSites,
}: {
  candidates: readonly Candidate[];
  markedSites: readonly PainSiteId[];
}) {
  const chosenSites = useExplorer((s) => s.painSites);
  const drawing = useExplorer((s) => s.drawing);
  const results = useExplorer((s) => s.results);
  const side = useExplorer((s) => s.side);
  const setMode = useExplorer((s) => s.setMode);
  // The explorer's own address for this state: the same link without the mode.
  const search = useExplorer((s) => serialiseUrlState({ ...urlStateOf(s), mode: 'explore' }));
  const content = summaryContent({ chosenSites, markedSites, drawing, results, candidates });
  const toTry = discriminatingTests(candidates, markedSites, results).slice(0, checksToSuggest);
  const link = `${window.location.origin}${window.location.pathname}${search}`;
  const today = dateWords(new Date());
  const sideWords = side === 'left' ? 'Left leg' : 'Right leg';
  return (
    <article className="summary-page" aria-labelledby="summary-title">
      <div className="summary-actions">
        <button type="button" data-action="print" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={() => setMode('explore')}>
          Back to explore
        </button>
        <p className="hint">One page for A4 or Letter. Nothing leaves your device: printing stays on it.</p>
      </div>
      <header className="summary-head">
        <h2 id="summary-title">Thigh pain summary</h2>
        <p>
          {sideWords} · {today}
        </p>
      </header>
      <NotDiagnosisNote />
      <div className="summary-top">
        <div className="summary-side">
          <figure className="summary-chart">
            <BodyChart marked={content.marked} side={side} />
            <figcaption>Red: where it hurts{content.drawn ? ' (drawn and chosen)' : ''}.</figcaption>
          </figure>
          <section aria-labelledby="summary-where-title">
            <h3 id="summary-where-title">Where it hurts</h3>
            <p>{content.siteLabels.length > 0 ? content.siteLabels.join(', ') : 'Nothing marked yet.'}</p>
          </section>
          {toTry.length > 0 && (
            <section aria-labelledby="summary-to-try-title">
              <h3 id="summary-to-try-title">Checks still to try</h3>
              <p>{toTry.map((t) => t.name).join('; ')}.</p>
            </section>
          )}
        </div>
        <section className="summary-main" aria-labelledby="summary-candidates-title">
          <h3 id="summary-candidates-title">Muscles that may send pain here, most likely first</h3>
          <SummaryCandidates top={content.top} moreCount={content.moreCount} />
          <SummaryChecks checks={content.checks} />
        </section>
      </div>
      <SummaryWarnings flags={content.flags} />
      <footer className="summary-foot">
        <p>
          Reopen this in the explorer: <a href={link}>{link}</a>
        </p>
        <p>
          Made on {today} with Thigh explorer. What you marked is kept only in this link; nothing was sent
          anywhere.
        </p>
      </footer>
    </article>
  );
}
