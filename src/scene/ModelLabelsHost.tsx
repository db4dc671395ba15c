/**
 * Mounts the model's labels while they are turned on, in explore mode only (the quiz hides every
 * label; presentation and poses leave them off). Their code loads the first time they are turned on.
 */
import { lazy, Suspense } from 'react';
import { useExplorer } from '../state/store.ts';
import type { ModelLabelsProps } from './ModelLabels.tsx';

const ModelLabels = lazy(() => import('./ModelLabels.tsx'));

export function ModelLabelsHost(props: ModelLabelsProps) {
  const on = useExplorer((s) => s.labels && s.mode === 'explore' && s.pose === null);
  if (!on) return null;
  return (
    <Suspense fallback={null}>
      <ModelLabels {...props} />
    </Suspense>
  );
}
