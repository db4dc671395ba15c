/**
 * Presentation mode (`?mode=present`, issue 13): a clean screen a therapist turns toward a
 * patient. The panel is gone and the model takes the screen; a large caption names the focused
 * muscle and its referral pattern, which the scene paints on the skin (`state/focus.ts`). The arrow
 * keys step through the ranked candidates, or through every muscle with a map when nothing is
 * ranked; a pen draws on the screen and its strokes ride in the link; "Copy link" shows the link
 * as a QR code. Esc leaves for explore mode. Talks to the scene only through the store.
 */
import { useCallback, useEffect, useState } from 'react';
import { useExplorer } from '../../state/store.ts';
import type { MuscleId } from '../../anatomy/ids.ts';
import { presentSteps, stepFrom } from './present-steps.ts';
import { PresentCaption } from './PresentCaption.tsx';
import { InkLayer } from './InkLayer.tsx';
import { ShareLink } from './ShareLink.tsx';
import './present.css';

/** Keys typed into a field are the field's, not the presentation's. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * `candidates`: the ranked candidates; `focus`: the muscle in focus without the pointer's preview
 * (`state/focus.ts`). Both come from the entry chunk (app/PresentModeHost.tsx).
 */
export function PresentMode({
  candidates,
  focus,
}: {
  candidates: readonly { id: MuscleId }[];
  focus: MuscleId | null;
}) {
  const focusCandidate = useExplorer((s) => s.focusCandidate);
  const setMode = useExplorer((s) => s.setMode);
  const ink = useExplorer((s) => s.ink);
  const setInk = useExplorer((s) => s.setInk);
  const addNotices = useExplorer((s) => s.addNotices);
  const [pen, setPen] = useState(false);
  const steps = presentSteps(candidates);

  const step = useCallback(
    (delta: 1 | -1) => {
      const next = stepFrom(steps, focus, delta);
      if (next) focusCandidate(next);
    },
    [steps, focus, focusCandidate],
  );

  // Nothing chosen and nothing ranked: start on the first muscle, so the screen is never empty.
  useEffect(() => {
    if (!focus && steps.length > 0) focusCandidate(steps[0]!);
  }, [focus, steps, focusCandidate]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') step(1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') step(-1);
      else if (e.key === 'Escape') {
        if (pen) setPen(false);
        else setMode('explore');
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, pen, setMode]);

  const position = focus ? steps.indexOf(focus) + 1 : 0;
  return (
    <section className="present" aria-label="Presentation">
      <InkLayer
        active={pen}
        onFull={() => addNotices(["The pen's drawing is full: clear it to draw more."])}
      />
      <PresentCaption
        muscle={focus}
        position={position}
        count={steps.length}
        ranked={candidates.length > 0}
      />
      <div className="present-toolbar" role="toolbar" aria-label="Presentation">
        <button type="button" onClick={() => step(-1)} aria-label="Previous muscle (←)">
          ←
        </button>
        <button type="button" onClick={() => step(1)} aria-label="Next muscle (→)">
          →
        </button>
        <button type="button" data-action="annotate" aria-pressed={pen} onClick={() => setPen(!pen)}>
          Pen
        </button>
        <button type="button" onClick={() => setInk('')} disabled={ink === ''}>
          Clear pen
        </button>
        <ShareLink />
        <button type="button" onClick={() => setMode('explore')} aria-keyshortcuts="Escape">
          Leave (Esc)
        </button>
      </div>
    </section>
  );
}
