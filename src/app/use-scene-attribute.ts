/** Mirrors the scene status onto `<html data-scene>` (SPEC page hook) and keeps it consistent with the chosen mode. */
import { useEffect, useLayoutEffect } from 'react';
import { useExplorer } from '../state/store.ts';

export function useSceneAttribute(fallback: boolean): void {
  const status = useExplorer((s) => s.sceneStatus);
  const setSceneStatus = useExplorer((s) => s.setSceneStatus);
  useLayoutEffect(() => {
    if (fallback && status !== 'fallback') setSceneStatus('fallback');
    // Leaving the text view: the canvas mounts and reports 'ready' or 'error' itself.
    if (!fallback && status === 'fallback') setSceneStatus('loading');
  }, [fallback, status, setSceneStatus]);
  useEffect(() => {
    document.documentElement.dataset.scene = status;
  }, [status]);
}
