/**
 * Starts the offline copy (the service worker, `register-service-worker.ts`). On a first visit it
 * waits until a moment after the model's first frame (or the text view), so the first load's own
 * downloads come first; on a visit the worker already serves, it starts at once (its code is in
 * the offline copy) so that a new version found by the browser is noticed. Production builds
 * only: in dev mode a service worker would serve stale modules.
 */
import { useEffect } from 'react';
import { useExplorer } from '../state/store.ts';

/** After the first frame, before the worker's own downloads start. */
const delayMs = 1500;
/** The worker serving this page when it opened: a later, different one is a new version. */
const controllerAtStart: ServiceWorker | null =
  typeof navigator !== 'undefined' ? (navigator.serviceWorker?.controller ?? null) : null;
let started = false;

export function useOfflineCopy(): void {
  const status = useExplorer((s) => s.sceneStatus);
  const addNotices = useExplorer((s) => s.addNotices);
  useEffect(() => {
    if (!import.meta.env.PROD || started) return;
    if (!controllerAtStart && status !== 'ready' && status !== 'fallback') return;
    started = true;
    // Not cleared on a re-render: it runs once per page, whatever the state does meanwhile.
    setTimeout(
      () => {
        import('./register-service-worker.ts')
          .then((m) => m.registerServiceWorker((text) => addNotices([text]), controllerAtStart))
          .catch(() => {
            // The chunk could not load (offline on a first visit): try again on the next visit.
          });
      },
      controllerAtStart ? 0 : delayMs,
    );
  }, [status, addNotices]);
}
