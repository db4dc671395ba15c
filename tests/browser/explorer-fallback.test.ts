/**
 * The text view does the whole job without WebGL: chosen by `?text=1`, and chosen automatically
 * when Chromium runs with WebGL switched off.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { rankCandidates } from '../../src/diagnosis/index.ts';
import { launchChromium } from './launch.ts';
import {
  candidateIds,
  openExplorer,
  sceneState,
  screenshot,
  seriousAxeFindings,
  waitForOrder,
} from './explorer-helpers.ts';

const browsers: Browser[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

/** From nothing chosen to a self-test result and a trigger point, by the lists alone. */
async function doTheWholeJob(page: Page): Promise<void> {
  expect(await sceneState(page)).toBe('fallback');
  expect(await page.$('canvas')).toBeNull();
  await page.check('input[name="pain-site"][value="posterior-thigh-middle"]');
  await page.check('input[name="pain-site"][value="buttock"]');
  const painSites = ['posterior-thigh-middle', 'buttock'] as const;
  const expected = rankCandidates({ painSites, results: {} }).map((c) => c.id);
  await waitForOrder(page, expected);
  expect(await page.$$('[data-self-test-id]')).not.toHaveLength(0);
  expect(new URL(page.url()).searchParams.get('pain')).toBe(painSites.join(','));

  const test = await page.getAttribute('[data-self-test-id]', 'data-self-test-id');
  await page.click(`[data-self-test-id="${test}"] .result-negative`);
  await waitForOrder(
    page,
    rankCandidates({ painSites, results: { [test!]: 'negative' } }).map((c) => c.id),
  );

  const [first] = await candidateIds(page);
  await page.click(`[data-candidate-id="${first}"] .candidate-choose`);
  const where = await page.textContent(`[data-trigger-point-of="${first}"] .trigger-point-location`);
  expect(where?.trim().length).toBeGreaterThan(10);
  // No model in the text view, so no "Show on model" button.
  expect(await page.$(`[data-trigger-point-of="${first}"] button:text("Show on model")`)).toBeNull();
}

describe('text view (fallback)', () => {
  it('?text=1 shows the text view and it does the whole job', async () => {
    const browser = await launchChromium();
    browsers.push(browser);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openExplorer(page, inject('baseUrl'), '?text=1');
    await doTheWholeJob(page);
    // The text view never fetches the 3D code or the model: only the shell's own files.
    expect(requested.filter((p) => /ExplorerCanvas|model-cache|\.glb$/.test(p))).toEqual([]);
    expect(requested.some((p) => p.endsWith('.js'))).toBe(true);
    await screenshot(page, 'explorer-text-view');
    expect(await seriousAxeFindings(page)).toEqual([]);
    // The structure list selects with the keyboard.
    await page.focus('.structure-list button.structure-button >> nth=0');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#structure-card');

    // A result alone, with no pain site chosen, lists the muscles it points to, in the engine's
    // order, and still brings its advice (seed:003's whole-thigh note).
    await openExplorer(page, inject('baseUrl'), '?text=1&positive=toe-touch');
    await waitForOrder(
      page,
      rankCandidates({ painSites: [], results: { 'toe-touch': 'positive' } }).map((c) => c.id),
    );
    expect(await candidateIds(page)).toContain('semitendinosus');
    expect(await page.textContent('.advice')).toMatch(/intermuscular septa/);
  });

  it('a browser without WebGL gets the text view on its own', async () => {
    const browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    browsers.push(browser);
    const page = await browser.newPage({ viewport: { width: 420, height: 860 } });
    await openExplorer(page, inject('baseUrl'), '');
    expect(await page.textContent('.fallback')).toContain('WebGL is not available');
    await doTheWholeJob(page);
    await screenshot(page, 'explorer-no-webgl-narrow');
  });
});
