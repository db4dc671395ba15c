/**
 * On a phone the model stays on top and the panel scrolls under it (app/phone.css). A button that
 * changes the model ("Show on model", "Show me", a recorded self-test) scrolls the page so that
 * what it changes is in sight: the given element comes to rest just below the model (its
 * scroll-margin). With the panel beside the model (wider screens) nothing moves.
 */
export const phoneLayoutQuery = '(max-width: 52rem)';

export function revealModelAbove(element: Element | null | undefined): void {
  if (!element || !window.matchMedia?.(phoneLayoutQuery).matches) return;
  // The text view has no model to uncover.
  if (!document.querySelector('.app:not(.is-fallback) .scene-area')) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  requestAnimationFrame(() =>
    element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' }),
  );
}
