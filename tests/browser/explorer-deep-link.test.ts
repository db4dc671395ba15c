/**
 * Deep links, self-test results and the browser's back button, in the default (3D) mode. The
 * panel's order is checked against the diagnosis engine itself, not against a hard-coded list.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { rankCandidates } from '../../src/diagnosis/index.ts';
import type { PainSiteId, SelfTestId } from '../../src/anatomy/ids.ts';
import { launchChromium } from './launch.ts';
import {
  candidateIds,
  openExplorer,
  screenshot,
  seriousAxeFindings,
  waitForOrder,
} from './explorer-helpers.ts';

const painSites: PainSiteId[] = ['popliteal-fossa', 'posterolateral-knee'];
const order = (results: Partial<Record<SelfTestId, 'positive' | 'negative'>>) =>
  rankCandidates({ painSites, results }).map((c) => c.id);

let browser: Browser;
let page: Page;
/** Every host the page talked to: the pain map must stay on the device. */
const hosts = new Set<string>();

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
});
afterAll(async () => {
  await browser?.close();
});

describe('explorer deep link', () => {
  it('lists the candidates for ?pain=… in rank order, by name', async () => {
    await openExplorer(page, inject('baseUrl'), `?pain=${painSites.join(',')}`);
    await page.waitForSelector('[data-candidate-id]');
    const expected = order({});
    expect(expected.length).toBeGreaterThan(1);
    expect(await candidateIds(page)).toEqual(expected);
    const firstName = await page.textContent(`[data-candidate-id="${expected[0]}"] .candidate-name`);
    expect(firstName?.trim()).toBe(rankCandidates({ painSites, results: {} })[0]?.name);
    // Both chosen sites are ticked, the safety note and at least one red flag are shown.
    for (const site of painSites)
      expect(await page.isChecked(`input[name="pain-site"][value="${site}"]`)).toBe(true);
    expect(await page.textContent('.not-diagnosis')).toContain('not a diagnosis');
    expect(await page.$$('[data-red-flag]')).not.toHaveLength(0);
    await screenshot(page, 'explorer-deep-link');
    expect([...hosts]).toEqual([new URL(inject('baseUrl')).host]);
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('re-ranks at once on a self-test result, writes it to the URL, and back undoes it', async () => {
    const before = await candidateIds(page);
    const shown = await page.$$eval('[data-self-test-id]', (els) => [
      ...new Set(els.map((el) => el.getAttribute('data-self-test-id') ?? '')),
    ]);
    // A shown test whose positive result changes the order (the engine decides which).
    const test = shown.find((t) => order({ [t]: 'positive' }).join() !== before.join()) as
      SelfTestId | undefined;
    expect(test, `one of ${shown.join(', ')} should change the order`).toBeDefined();
    await page.click(`[data-self-test-id="${test}"] .result-positive`);
    const after = order({ [test!]: 'positive' });
    await waitForOrder(page, after);
    expect(await candidateIds(page)).toEqual(after);
    expect(new URL(page.url()).searchParams.get('positive')).toBe(test);
    await page.evaluate(() => document.querySelector('.panel-wrap')?.scrollTo(0, 0));
    await screenshot(page, 'explorer-after-self-test');

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('positive'));
    await waitForOrder(page, before);
    expect(await candidateIds(page)).toEqual(before);
    expect(await page.getAttribute(`[data-self-test-id="${test}"] .result-positive`, 'aria-pressed')).toBe(
      'false',
    );

    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('positive'));
    await waitForOrder(page, after);
    expect(await candidateIds(page)).toEqual(after);
  });

  it('choosing a candidate shows its card with trigger points in words', async () => {
    const [first] = await candidateIds(page);
    await page.click(`[data-candidate-id="${first}"] .candidate-choose`);
    await page.waitForSelector(`#structure-card [data-trigger-point-of="${first}"]`);
    const location = await page.textContent(`[data-trigger-point-of="${first}"] .trigger-point-location`);
    expect(location?.trim().length).toBeGreaterThan(10);
    expect(new URL(page.url()).searchParams.get('select')).toBe(first);
  });
});
