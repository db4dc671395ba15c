/**
 * Rides out a lost WebGL context (driver reset, GPU pressure): the loss is prevented from being
 * final, the app shows "loading" meanwhile, and when the browser restores the context three
 * re-uploads geometry, textures and programs on the next frame, so the scene comes back with the
 * pain sites, selection and camera untouched (no reload, no remount). Only when no restore comes
 * within a few seconds does the loss become an error for the app's boundary (message and Retry).
 */
import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { useExplorer } from '../state/store.ts';

/** How long a lost context may take to come back before it counts as a failure. */
export const restoreTimeoutMs = 5000;

export function ContextLossGuard() {
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onLost = (event: Event) => {
      // Without preventDefault the browser never restores the context.
      event.preventDefault();
      useExplorer.getState().setSceneStatus('loading');
      clearTimeout(timer);
      timer = setTimeout(() => setFailed(true), restoreTimeoutMs);
    };
    const onRestored = () => {
      clearTimeout(timer);
      // three's renderer has re-initialised its GL state by now (its own listener ran first);
      // draw once, then report ready after that frame.
      invalidate();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => useExplorer.getState().setSceneStatus('ready')),
      );
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [canvas, invalidate]);
  if (failed) throw new Error('The 3D view lost its graphics context (the graphics driver was reset).');
  return null;
}
