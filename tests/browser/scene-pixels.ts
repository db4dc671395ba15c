/**
 * Shared steps for the 3D scene's browser tests: wait until the on-demand scene has drawn and gone
 * idle, and measure how much of a screenshot region shows a given rank colour.
 */
import type { Page } from 'playwright-core';
import { PNG } from './scene-png.ts';

/** Waits for `count` browser animation frames (a signal the page paints, not a timer). */
export function animationFrames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    count,
  );
}

/** Waits until the scene has drawn and then stays idle for a few browser frames. */
export async function settled(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const frames = await page.evaluate(
      () =>
        (window as unknown as { __thighExplorer: { stats(): { frames: number } } }).__thighExplorer.stats()
          .frames,
    );
    if (frames === last) return;
    last = frames;
    await animationFrames(page, 8);
  }
  throw new Error('the scene never stopped drawing');
}

function hue(r: number, g: number, b: number): { h: number; s: number; v: number } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let h = 0;
  if (d > 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  return { h: (h * 60 + 360) % 360, s: max === 0 ? 0 : d / max, v: max / 255 };
}

/** Pixels of a screenshot region whose hue is near `colour`'s and that are well saturated. */
export async function pixelsLike(
  page: Page,
  colour: string,
  clip: { x: number; y: number; width: number; height: number },
) {
  const png = PNG.read(await page.screenshot({ clip }));
  const want = hue(
    parseInt(colour.slice(1, 3), 16),
    parseInt(colour.slice(3, 5), 16),
    parseInt(colour.slice(5, 7), 16),
  );
  let count = 0;
  for (let i = 0; i < png.width * png.height; i++) {
    const c = hue(png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!);
    const dh = Math.min(Math.abs(c.h - want.h), 360 - Math.abs(c.h - want.h));
    if (dh < 14 && c.s > 0.45 && c.v > 0.3) count++;
  }
  return count / (png.width * png.height);
}
