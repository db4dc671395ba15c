/**
 * Times the newcomer's path for the bench (issue 4 "Done when": from opening the page to "this
 * could be my gluteus minimus: here is how to check it, and here is where to press" in under a
 * minute): a cold load, a click on the back of the thigh, a click on the gluteus minimus candidate,
 * until its self-test and trigger-point location are on screen. This is the machine's share of
 * the minute; a person's reading and pointing time comes on top (tests/browser/newcomer.test.ts
 * checks the same two clicks get there).
 */
import type { Browser } from 'playwright-core';

/**
 * Where the newcomer clicks: the middle of the back of the thigh, the "pseudo-sciatica" pain that
 * gluteus minimus's map explains best (seed 001; body-surface height in m, angle in degrees). The
 * buttock alone ranks gluteus maximus, medius and piriformis first, as their maps cover more of it.
 */
export const backOfThigh = { y: -0.28, angle: 180 } as const;

export interface NewcomerPath {
  clicks: number;
  /** Opening the page until the model has drawn. */
  readyMs: number;
  /** From the first click until the self-test and the trigger point are shown. */
  clicksToAnswerMs: number;
  totalMs: number;
}

export async function timeNewcomerPath(
  browser: Browser,
  base: string,
  viewport: { width: number; height: number },
): Promise<NewcomerPath> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(base);
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 180_000 });
    const ready = performance.now();
    await page.waitForFunction(() => '__thighExplorer' in window);
    const spot = await page.evaluate(
      ({ y, angle }) =>
        (
          window as unknown as {
            __thighExplorer: { skinPoint(y: number, angle: number): { x: number; y: number } | null };
          }
        ).__thighExplorer.skinPoint(y, angle),
      backOfThigh,
    );
    if (!spot) throw new Error('newcomer path: the back of the thigh is not on screen');
    const t1 = performance.now();
    await page.mouse.click(spot.x, spot.y);
    await page.click('[data-candidate-id="gluteus-minimus"] .candidate-choose', { timeout: 30_000 });
    await page.waitForSelector('[data-trigger-point-of="gluteus-minimus"]');
    await page.waitForSelector('[data-self-test-id]');
    const done = performance.now();
    return { clicks: 2, readyMs: ready - t0, clicksToAnswerMs: done - t1, totalMs: done - t0 };
  } finally {
    await context.close();
  }
}
