/**
 * The phone layout (issue 13): at 390 × 844 the model is on top and the panel is a bottom sheet.
 * Once a site is tapped on the model, the first candidate is in view without scrolling; a swipe on
 * the model scrolls the page instead of turning the camera; "Show on model" brings the model back
 * into view when the sheet covers it.
 */
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPerFile } from './launch.ts';
import { screenshot } from './explorer-helpers.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

interface Hook {
  skinPoint(y: number, angle: number): { x: number; y: number } | null;
  camera(): { position: number[]; target: number[] | null };
}

/** Whether the model shows at the lower part of its area (not covered by the sheet). */
function modelUncovered(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const scene = document.querySelector('.scene-area')!.getBoundingClientRect();
    const hit = document.elementFromPoint(scene.left + scene.width / 2, scene.bottom - 30);
    return hit instanceof HTMLCanvasElement;
  });
}

async function openPhone(search: string) {
  const context = await chromium.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(new URL(search, baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForFunction(() => '__thighExplorer' in window);
  return { context, page };
}

/** Waits until the page has stopped scrolling (two frames with the same scroll position). */
async function settled(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = -1;
        let same = 0;
        const step = () => {
          same = scrollY === last ? same + 1 : 0;
          last = scrollY;
          if (same >= 10) resolve(scrollY);
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}

it('shows the first candidate under the model once a site is tapped, without scrolling', async () => {
  const { context, page } = await openPhone('');
  const spot = await page.evaluate(() =>
    (window as unknown as { __thighExplorer: Hook }).__thighExplorer.skinPoint(-0.28, 180),
  );
  expect(spot).not.toBeNull();
  await page.touchscreen.tap(spot!.x, spot!.y);
  await page.waitForSelector('[data-candidate-id]');
  await settled(page);
  const box = await page.locator('[data-candidate-id]').first().boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  // The model is still on screen above it.
  const scene = await page.locator('.scene-area').boundingBox();
  expect(scene!.y + scene!.height).toBeLessThanOrEqual(box!.y);
  expect(scene!.height).toBeGreaterThan(250);
  await screenshot(page, 'phone-first-candidate');
  await context.close();
});

it('scrolls the page on a one-finger swipe over the model, leaving the camera still', async () => {
  const { context, page } = await openPhone('?pain=popliteal-fossa');
  const cameraBefore = await page.evaluate(() =>
    (window as unknown as { __thighExplorer: Hook }).__thighExplorer.camera(),
  );
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('canvas')!).touchAction)).toBe(
    'pan-y',
  );
  const scene = (await page.locator('.scene-area').boundingBox())!;
  const x = scene.x + scene.width / 2;
  const cdp = await context.newCDPSession(page);
  // A one-finger swipe upward over the model, as raw touch events through the browser's own
  // gesture handling (which scrolls the page only if the canvas lets it).
  const y = Math.round(scene.y + scene.height * 0.8);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let k = 1; k <= 15; k++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - k * 15 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  expect(await settled(page)).toBeGreaterThan(100);
  const cameraAfter = await page.evaluate(() =>
    (window as unknown as { __thighExplorer: Hook }).__thighExplorer.camera(),
  );
  expect(cameraAfter.position).toEqual(cameraBefore.position);

  // "Show on model" on a trigger point read at the bottom of the screen: the page scrolls it up
  // to just below the model, which shows the point.
  const point = page.locator('[data-trigger-point-of]').first();
  await point.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await settled(page);
  const sceneBottom = () =>
    page.evaluate(() => document.querySelector('.scene-area')!.getBoundingClientRect().bottom);
  const pointTop = () => point.evaluate((el) => el.getBoundingClientRect().top);
  expect((await pointTop()) - (await sceneBottom())).toBeGreaterThan(100);
  await point.getByRole('button', { name: 'Show on model' }).tap();
  await settled(page);
  const gap = (await pointTop()) - (await sceneBottom());
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(40);
  expect(await modelUncovered(page)).toBe(true);
  await page.waitForFunction(
    () =>
      (
        window as unknown as { __thighExplorer: { shownTriggerPoint(): string | null } }
      ).__thighExplorer.shownTriggerPoint() !== null,
  );
  await screenshot(page, 'phone-show-on-model');
  await context.close();
});
