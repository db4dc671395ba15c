/**
 * The foldable pain-site list. It starts folded when a link already names sites and the model is
 * shown (the chosen sites are listed above it), but once open it stays open until the person folds
 * it: ticking a box must never fold the list away from under the keyboard focus.
 */
import { useState } from 'react';
import { PainSiteList } from './PainSiteList.tsx';

export function PainSitePicker({ hasSites, withModel }: { hasSites: boolean; withModel: boolean }) {
  const [open, setOpen] = useState(!hasSites || !withModel);
  const [hadSites, setHadSites] = useState(hasSites);
  // With no sites left there is nothing to show above it: open it (adjusting state during render).
  if (hadSites !== hasSites) {
    setHadSites(hasSites);
    if (!hasSites && !open) setOpen(true);
  }
  return (
    <details
      className="pain-site-picker"
      open={open || !withModel}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{hasSites ? 'Change pain sites' : 'Choose pain sites'}</summary>
      <PainSiteList />
    </details>
  );
}
