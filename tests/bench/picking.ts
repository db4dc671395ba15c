/**
 * Picking cost on rays that hit the limb: pointer moves at the page position of skin vertices over
 * a grid of body-surface coordinates (so every ray meets the limb), timed synchronously (R3F casts
 * the ray inside the event). A ray counts as a hit when the hover label shows after it. Each ray
 * is cast three times and its cheapest time kept: on a shared machine the other two absorb the
 * moments the page's thread was not running, which would otherwise fill the p95.
 */
import type { Page } from 'playwright-core';

export async function pickingOnHits(page: Page): Promise<{ times: number[]; rays: number }> {
  return page.evaluate(() => {
    type Hook = { skinPoint(y: number, angle: number): { x: number; y: number } | null };
    const hook = (window as unknown as { __thighExplorer?: Hook }).__thighExplorer;
    const canvas = document.querySelector('canvas');
    const label = document.querySelector<HTMLElement>('.scene-hover-label');
    if (!hook || !canvas || !label) return { times: [], rays: 0 };
    const times: number[] = [];
    let rays = 0;
    for (let y = -0.85; y <= 0.05; y += 0.05) {
      for (let angle = 0; angle < 360; angle += 30) {
        const spot = hook.skinPoint(y, angle);
        if (!spot) continue;
        rays++;
        let best = Infinity;
        let hit = false;
        for (let attempt = 0; attempt < 3; attempt++) {
          // Leave the limb first, so each move is a fresh hit rather than a repeat of the last.
          canvas.dispatchEvent(
            new PointerEvent('pointermove', { clientX: 1, clientY: 1, bubbles: true, pointerId: 1 }),
          );
          const init = {
            clientX: spot.x,
            clientY: spot.y,
            bubbles: true,
            pointerId: 1,
            pointerType: 'mouse',
          };
          const t = performance.now();
          canvas.dispatchEvent(new PointerEvent('pointermove', init));
          best = Math.min(best, performance.now() - t);
          hit = label.style.display !== 'none';
        }
        if (hit) times.push(best);
      }
    }
    return { times, rays };
  });
}
