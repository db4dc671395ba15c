/**
 * The 3D explorer: an on-demand canvas (no frames while idle) holding the limb, lights, hover
 * label and camera rig. Model-load errors propagate to the app's error boundary; the app shows
 * a message and Retry (which calls `clearModelCache`).
 */
import { Suspense } from 'react';
import { Canvas } from '@react-three/fiber';
import { useExplorer } from '../state/store.ts';
import { ThighModel } from './ThighModel.tsx';
import { ReadySignal } from './ReadySignal.tsx';
import { SceneLights } from './SceneLights.tsx';
import { HoverLabel } from './HoverLabel.tsx';
import { ContextLossGuard } from './ContextLossGuard.tsx';

export function ExplorerCanvas() {
  const side = useExplorer((s) => s.side);
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 35, near: 0.01, far: 30, position: [0, -0.35, -2.5] }}
      gl={{ antialias: true, preserveDrawingBuffer: false }}
      onCreated={({ raycaster }) => {
        // Each mesh reports only its nearest hit: enough to pick, and BVH-fast.
        (raycaster as typeof raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
      }}
      onPointerMissed={(event) => {
        if (event.type === 'click') useExplorer.getState().select(null);
      }}
      // The label needs a role on R3F's wrapper div (axe: aria-prohibited-attr otherwise).
      role="img"
      aria-label={`3D model of the ${side} lower limb`}
    >
      <color attach="background" args={['#f4f1ec']} />
      <SceneLights />
      <ContextLossGuard />
      <HoverLabel />
      <Suspense fallback={null}>
        <ThighModel />
        <ReadySignal />
      </Suspense>
    </Canvas>
  );
}
