/**
 * The 3D canvas, loaded lazily so three's bytes load only when WebGL is used. React.lazy
 * remembers a failed import for good, so Retry asks for a fresh one (`resetLazyCanvas`); after a
 * successful load the browser's module cache makes that free.
 */
import { lazy } from 'react';

const load = () => import('../scene/ExplorerCanvas.tsx').then((m) => ({ default: m.ExplorerCanvas }));

let Current = lazy(load);

/**
 * Starts fetching the 3D code without rendering it (the module map keeps it for the lazy import).
 * A failure is left to the lazy import, which reports it.
 */
export function preloadCanvas(): void {
  load().catch(() => undefined);
}

/** Forget the import (and any failure of it): the next mount loads the chunk again. */
export function resetLazyCanvas(): void {
  Current = lazy(load);
}

export function LazyExplorerCanvas() {
  return <Current />;
}
