/**
 * All structures by region as a plain list of buttons, for the keyboard and screen readers. Open at
 * once in the text view; in the model view it is folded, and its items load when it is first opened.
 */
import { lazy, Suspense, useState } from 'react';

const StructureListItems = lazy(() =>
  import('./StructureListItems.tsx').then((m) => ({ default: m.StructureListItems })),
);

export function StructureList({ open = false }: { open?: boolean }) {
  const [opened, setOpened] = useState(open);
  return (
    <details
      className="structure-list"
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>All structures, by region</summary>
      {opened && (
        <Suspense fallback={<p className="muted">Loading the list…</p>}>
          <StructureListItems />
        </Suspense>
      )}
    </details>
  );
}
