/**
 * Registers the service worker that makes the app work offline (vite.config.ts, README
 * "Offline"), and tells the person when a new version arrives. Loaded on demand (use-offline-copy.ts),
 * production builds only.
 *
 * A new version is found by the browser on a later visit, while the page runs from the old copy;
 * it takes over at once (skipWaiting). A page the person has not touched yet reloads into it and
 * says "A new version … was loaded"; a page in use keeps running and asks for a reload, so nothing
 * in hand is lost.
 */
const reloadedKey = 'thigh-explorer:updated';

export function registerServiceWorker(
  notify: (text: string) => void,
  controllerAtStart: ServiceWorker | null,
): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  try {
    if (sessionStorage.getItem(reloadedKey)) {
      sessionStorage.removeItem(reloadedKey);
      notify('A new version of the explorer was loaded.');
    }
  } catch {
    // Storage refused: the notice is a courtesy.
  }
  let touched = false;
  const touch = () => {
    touched = true;
  };
  window.addEventListener('pointerdown', touch, { capture: true, once: true });
  window.addEventListener('keydown', touch, { capture: true, once: true });

  let handled = false;
  const onNewVersion = () => {
    if (handled) return;
    handled = true;
    if (!touched) {
      try {
        sessionStorage.setItem(reloadedKey, '1');
      } catch {
        // Without storage the reloaded page simply shows no notice.
      }
      window.location.reload();
    } else notify('A new version of the explorer is ready: reload the page to use it.');
  };
  // The first install also takes control of the page: only a change of worker is a new version.
  if (controllerAtStart) {
    if (sw.controller && sw.controller !== controllerAtStart) onNewVersion();
    sw.addEventListener('controllerchange', onNewVersion);
  }
  sw.register('./sw.js', { scope: './' }).catch(() => {
    // No offline copy this time (private mode, a file:// page): the app works as before.
  });
}
