/**
 * The 3D explorer: an on-demand canvas (no frames while idle) holding the limb, lights and camera
 * rig (the hover label comes with the extras after the first frame, ModelExtras). Model-load errors
 * propagate to the app's error boundary; the app shows a message and Retry (which calls
 * `clearModelCache`).
 */
import { Suspense, use } from 'react';
import { useExplorer } from '../state/store.ts';
import { ThighModel } from './ThighModel.tsx';
import { ReadySignal } from './ReadySignal.tsx';
import { SceneLights } from './SceneLights.tsx';
import { ContextLossGuard } from './ContextLossGuard.tsx';
import { LeanCanvas } from './LeanCanvas.tsx';
import { loadThighModel } from './model-cache.ts';

export function ExplorerCanvas() {
  // Suspends here, in the app's tree, so a missing or damaged model fails to the app's boundary.
  use(loadThighModel());
  const side = useExplorer((s) => s.side);
  return (
    <LeanCanvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 35, near: 0.01, far: 30, position: [0, -0.35, -2.5] }}
      onCreated={({ raycaster }) => {
        // Each mesh reports only its nearest hit: enough to pick, and BVH-fast.
        (raycaster as typeof raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
      }}
      onPointerMissed={(event) => {
        if (event.type === 'click') useExplorer.getState().select(null);
      }}
      // The label needs a role on the wrapper div (axe: aria-prohibited-attr otherwise).
      role="img"
      aria-label={`3D model of the ${side} lower limb`}
    >
      <color attach="background" args={['#f4f1ec']} />
      <SceneLights />
      <ContextLossGuard />
      <Suspense fallback={null}>
        <ThighModel />
        <ReadySignal />
      </Suspense>
    </LeanCanvas>
  );
}
