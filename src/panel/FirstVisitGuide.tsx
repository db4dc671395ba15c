/**
 * A short guide for a first visit, in three steps: where it hurts, the checks, what to do. It is a
 * strip in the panel, never a dialog over the model, so it blocks nothing; Skip or Done dismisses
 * it for good (kept in the browser's storage). A link that already holds a choice (sites, a
 * drawing, a selection or results) opens without it: it was sent to show something.
 */
import { useState } from 'react';
import { firstVisitDone, markFirstVisitDone } from '../state/preferences-storage.ts';
import { useExplorer } from '../state/store.ts';

const steps = [
  [
    'Where it hurts',
    'Tap or click the skin on the model, tick sites in the list, or switch on Draw and paint.',
  ],
  [
    'The checks',
    'Under the list of muscles, try the simple checks and record what you felt: the list re-orders.',
  ],
  [
    'What to do',
    'Read the warning signs first. Each muscle shows where to press and self-care. "Summary to print" keeps it all on one page.',
  ],
] as const;

export function FirstVisitGuide() {
  const [step, setStep] = useState(() => {
    const s = useExplorer.getState();
    const linked = s.painSites.length > 0 || s.drawing || s.selected || Object.keys(s.results).length > 0;
    return linked || firstVisitDone() ? -1 : 0;
  });
  if (step < 0) return null;
  const close = () => {
    markFirstVisitDone();
    setStep(-1);
  };
  const [title, text] = steps[step]!;
  const last = step === steps.length - 1;
  return (
    <section className="first-visit" aria-label="First visit guide">
      <p className="first-visit-step">
        Step {step + 1} of {steps.length}: <strong>{title}</strong>
      </p>
      <p>{text}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={last ? close : () => setStep(step + 1)}>
          {last ? 'Done' : 'Next'}
        </button>
        {!last && (
          <button type="button" onClick={close}>
            Skip the guide
          </button>
        )}
      </div>
    </section>
  );
}
