/**
 * The name toggle and the model's labels (issue 13, "outside the quiz"): Latin (TA) names in the
 * card, the candidate list and the search, kept across a reload; labels with leader lines for what
 * the posterior view shows, ending on the structures they name, with the scene idle afterwards.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { muscleById } from '../../src/anatomy/index.ts';
import { launchChromium } from './launch.ts';
import { openExplorer, screenshot } from './explorer-helpers.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('Latin (TA) names', () => {
  it('shows the Latin name in the card and the list, keeps the English, and keeps the choice', async () => {
    await openExplorer(page, inject('baseUrl'), '?pain=popliteal-fossa');
    await page.waitForSelector('[data-candidate-id]');
    const focused = await page.getAttribute('html', 'data-focused-candidate');
    const muscle = muscleById(focused ?? '');
    expect(muscle, `focused candidate ${focused}`).toBeDefined();
    expect(await page.textContent('#structure-card-title')).toBe(muscle!.name);

    await page.check('input[name="name-style"][value="latin"]');
    await page.waitForFunction(
      (latin) => document.querySelector('#structure-card-title')?.textContent === latin,
      muscle!.latin,
    );
    expect(await page.getAttribute('#structure-card-title', 'lang')).toBe('la');
    // The English stays under the Latin, in the card and in the ranked list.
    expect(await page.textContent('#structure-card [data-english-name]')).toBe(muscle!.name);
    const listed = await page.textContent(`[data-candidate-id="${muscle!.id}"] .candidate-name`);
    expect(listed).toContain(muscle!.latin);
    expect(listed).toContain(muscle!.name);

    // Search still finds by the English name, and answers in Latin with the English beside it.
    await page.fill('input[type="search"]', 'semitendinosus');
    const result = page.locator('.search-results[aria-label="Matches"] button').first();
    await result.waitFor();
    expect(await result.textContent()).toContain(muscleById('semitendinosus')!.latin);
    await page.fill('input[type="search"]', '');

    // A saved preference: the next visit opens in Latin.
    await page.reload();
    await page.waitForSelector('#structure-card-title');
    expect(await page.textContent('#structure-card-title')).toBe(muscle!.latin);
    await screenshot(page, 'names-latin-card');
    await page.check('input[name="name-style"][value="english"]');
    await page.waitForFunction(
      (name) => document.querySelector('#structure-card-title')?.textContent === name,
      muscle!.name,
    );
  });
});
