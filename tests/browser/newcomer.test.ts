/**
 * The newcomer's path (issue 4 "Done when"): from a page opened with nothing chosen, two mouse
 * clicks (the sore spot on the buttock, then the top candidate) reach "this could be my gluteus
 * minimus: here is how to check it, and here is where to press". The time the path takes is
 * measured by `npm run bench`, not asserted here.
 */
import { expect, inject, it } from 'vitest';
import { chromiumPerFile } from './launch.ts';
import { candidateIds, screenshot } from './explorer-helpers.ts';
import { backOfThigh } from '../bench/newcomer-path.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

interface Hook {
  skinPoint(y: number, angle: number): { x: number; y: number } | null;
}

it('gets from an empty page to the gluteus minimus self-test and trigger point in two clicks', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(baseUrl);
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForFunction(() => '__thighExplorer' in window);
  expect(await candidateIds(page)).toEqual([]);

  // Click 1: the middle of the back of the thigh, where gluteus minimus's pattern runs (the default
  // view is from behind).
  const spot = await page.evaluate(
    ({ y, angle }) => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.skinPoint(y, angle),
    backOfThigh,
  );
  expect(spot).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
  await page.waitForSelector('[data-candidate-id]');
  const ids = await candidateIds(page);
  expect(ids.slice(0, 3)).toContain('gluteus-minimus');
  expect(await page.locator('.panel').innerText()).toMatch(/not a diagnosis/i);

  // Click 2: choose it. How to check it, and where to press, are now on screen.
  await page.click('[data-candidate-id="gluteus-minimus"] .candidate-choose');
  const tests = await page.$$eval('[data-self-test-id]', (els) =>
    els.map((el) => el.getAttribute('data-self-test-id')),
  );
  expect(tests.some((t) => t === 'heel-to-buttock' || t === 'tennis-ball-gluteus-minimus')).toBe(true);
  const where = page.locator('[data-trigger-point-of="gluteus-minimus"]').first();
  await where.scrollIntoViewIfNeeded();
  expect(await where.isVisible()).toBe(true);
  expect(await where.innerText()).toMatch(/hip|buttock/i);
  expect(await where.getByRole('button', { name: /show on model/i }).count()).toBe(1);
  await screenshot(page, 'newcomer-gluteus-minimus');
  await page.close();
});
