/**
 * On a phone the panel is a sheet that slides over the model (app/phone.css). A button that changes
 * the model ("Show on model", a recorded self-test) then scrolls the page so the model is uncovered:
 * the given element comes to rest just below it (its scroll-margin), keeping the person's place.
 * With the panel beside the model (wider screens) nothing moves.
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
