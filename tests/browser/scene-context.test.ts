/**
 * A lost WebGL context (driver reset) comes back without a reload: the page returns to
 * data-scene="ready" with the same pain sites, candidates and selection, and draws again.
 */
import { expect, inject, it } from 'vitest';
import { chromiumPerFile } from './launch.ts';
import { candidateIds } from './explorer-helpers.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

it('restores a lost WebGL context in place, keeping pain sites and selection', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 760 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('?pain=posterolateral-knee&select=biceps-femoris-long-head', baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForSelector('[data-candidate-id]');
  // The test hook is mounted with the extras loaded after the first frame.
  await page.waitForFunction(() => '__thighExplorer' in window);
  const before = await candidateIds(page);
  const urlBefore = page.url();
  const framesBefore = await page.evaluate(
    () =>
      (
        window as unknown as { __thighExplorer?: { stats(): { frames: number; calls: number } } }
      ).__thighExplorer?.stats().frames ?? -1,
  );
  expect(before.length).toBeGreaterThan(0);

  // Marks the page so a reload would be noticed.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const gl = canvas?.getContext('webgl2');
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available');
    (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = extension;
    extension.loseContext();
  });
  await page.waitForSelector('html[data-scene="loading"]', { timeout: 10_000 });
  await page.evaluate(() =>
    (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext(),
  );
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 60_000 });

  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  expect(await candidateIds(page)).toEqual(before);
  expect(page.url()).toBe(urlBefore);
  // The restored context draws again (frames move on, and the last frame had draw calls).
  const after = await page.evaluate(() =>
    (
      window as unknown as { __thighExplorer?: { stats(): { frames: number; calls: number } } }
    ).__thighExplorer?.stats(),
  );
  expect(after?.calls ?? 0).toBeGreaterThan(0);
  expect(after?.frames ?? 0).toBeGreaterThan(0);
  expect(framesBefore).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => document.querySelector('canvas')?.getContext('webgl2')?.isContextLost()),
  ).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
}, 240_000);

it('ends a context that never comes back in the promised message, and Retry draws again', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 760 } });
  await page.goto(new URL('?pain=posterolateral-knee', baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForSelector('[data-candidate-id]');
  const before = await candidateIds(page);
  await page.evaluate(() => {
    const extension = document
      .querySelector('canvas')
      ?.getContext('webgl2')
      ?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available');
    extension.loseContext(); // and never restoreContext()
  });
  await page.waitForSelector('html[data-scene="loading"]', { timeout: 10_000 });
  // The guard waits restoreTimeoutMs (5 s) for a restore, then reports an error.
  const lostAt = Date.now();
  await page.waitForSelector('html[data-scene="error"]', { timeout: 20_000 });
  expect(Date.now() - lostAt).toBeGreaterThan(3_000);
  const alert = page.locator('.scene-error[role="alert"]');
  expect(await alert.textContent()).toContain('Your browser could not draw the 3D view');
  // The panel still works: the pain site and its candidates are kept.
  expect(await candidateIds(page)).toEqual(before);
  await alert.locator('button:has-text("Retry")').click();
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForFunction(() => '__thighExplorer' in window);
  const stats = await page.evaluate(() =>
    (
      window as unknown as { __thighExplorer?: { stats(): { frames: number; calls: number } } }
    ).__thighExplorer?.stats(),
  );
  expect(stats?.calls ?? 0).toBeGreaterThan(0);
  expect(await candidateIds(page)).toEqual(before);
  await page.close();
}, 240_000);
