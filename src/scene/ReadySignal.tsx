/**
 * Tells the app the scene is ready once the first frame with the model has been drawn. Mounted in
 * the same Suspense boundary as the model, so its first frame is the model's first frame.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useExplorer } from '../state/store.ts';
import { loadPicking } from './picking.ts';
import { markFirstFrame } from './first-frame.ts';

export function ReadySignal() {
  const invalidate = useThree((s) => s.invalidate);
  const signalled = useRef(false);
  useEffect(() => invalidate(), [invalidate]);
  useFrame(() => {
    if (signalled.current) return;
    signalled.current = true;
    // useFrame runs just before the render of this frame: report after it, not from inside it.
    setTimeout(() => {
      // A named moment for budget checks: scripts requested after it are not start-up code.
      performance.mark('thigh-explorer:ready');
      useExplorer.getState().setSceneStatus('ready');
      // Picking's BVH library is fetched once the model is on screen (see picking.ts).
      void loadPicking();
      markFirstFrame();
    }, 0);
  });
  return null;
}
