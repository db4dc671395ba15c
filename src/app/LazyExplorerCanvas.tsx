/**
 * The 3D canvas, loaded lazily so three's bytes load only when WebGL is used. React.lazy
 * remembers a failed import for good, so Retry asks for a fresh one (`resetLazyCanvas`); after a
 * successful load the browser's module cache makes that free.
 */
import { lazy } from 'react';

const load = () => import('../scene/ExplorerCanvas.tsx').then((m) => ({ default: m.ExplorerCanvas }));

let Current = lazy(load);

/** Forget the import (and any failure of it): the next mount loads the chunk again. */
export function resetLazyCanvas(): void {
  Current = lazy(load);
}

export function LazyExplorerCanvas() {
  return <Current />;
}
