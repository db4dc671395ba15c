/**
 * Whether to offer the first-visit guide: on a first visit (never dismissed in this browser) to a
 * page that holds no choice yet (a link with sites, a drawing, a selection or results was sent to
 * show something). Decided once, when the panel first renders; `dismiss` keeps it dismissed.
 */
import { useState } from 'react';
import { firstVisitDone, markFirstVisitDone } from '../state/preferences-storage.ts';
import { useExplorer } from '../state/store.ts';

export function useFirstVisit(): { offered: boolean; dismiss: () => void } {
  const [offered, setOffered] = useState(() => {
    const s = useExplorer.getState();
    const linked = s.painSites.length > 0 || s.drawing || s.selected || Object.keys(s.results).length > 0;
    return !linked && !firstVisitDone();
  });
  const dismiss = () => {
    markFirstVisitDone();
    setOffered(false);
  };
  return { offered, dismiss };
}
