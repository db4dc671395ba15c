/**
 * Whether this browser can draw WebGL: null until known. The probe creates a WebGL context, which
 * takes long on a software renderer (close to a second on SwiftShader), so it runs after the first
 * paint: the panel's answer for a deep link is on screen before it, and before any 3D code loads.
 */
import { useEffect, useState } from 'react';
import { hasWebGL } from '../scene/webgl-support.ts';
import { preloadCanvas } from './LazyExplorerCanvas.tsx';

/**
 * `preload`: start fetching the 3D code before probing, so the download overlaps the probe (a
 * browser without WebGL then fetches it for nothing; the text view chosen by link never does).
 */
export function useWebGLProbe(preload: boolean): boolean | null {
  const [webgl, setWebgl] = useState<boolean | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timeout queued from an animation frame runs after that frame has been painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (preload) preloadCanvas();
        setWebgl(hasWebGL());
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // Only the first value counts: the probe runs once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return webgl;
}
