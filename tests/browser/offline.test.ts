/**
 * Offline and installable (issue 13): after one visit the service worker holds the app shell, every
 * chunk and the model, so with the network off the app reaches `data-scene="ready"` and answers a
 * pain-site choice; a new version is taken up on the next visit, with a notice; no request ever
 * leaves the app's own origin.
 */
import { expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPerFile } from './launch.ts';
import { candidateIds, screenshot } from './explorer-helpers.ts';
import { rankCandidates } from '../../src/diagnosis/index.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

async function newContext(requested: string[]): Promise<BrowserContext> {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('request', (r) => requested.push(r.url()));
  return context;
}

/** Opens the app and waits until its service worker is active (the offline copy is complete). */
async function firstVisit(page: Page, search = '') {
  await page.goto(new URL(search, baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

it('opens with no network after one visit, and answers a pain-site choice', async () => {
  const requested: string[] = [];
  const context = await newContext(requested);
  const page = await context.newPage();
  await firstVisit(page);
  // The manifest makes it installable: name and icons as the browser reads them.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
    return href ? ((await (await fetch(href)).json()) as { name: string; icons: { src: string }[] }) : null;
  });
  expect(manifest?.name).toBe('Thigh explorer');
  expect(manifest?.icons.length).toBeGreaterThanOrEqual(2);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.check('input[name="pain-site"][value="popliteal-fossa"]');
  const want = rankCandidates({ painSites: ['popliteal-fossa'], results: {} }).map((c) => c.id);
  await page.waitForSelector('[data-candidate-id]');
  expect(await candidateIds(page)).toEqual(want);

  // Another link, opened in a new tab while offline, and a mode chunk the first visit never loaded.
  const other = await context.newPage();
  await other.goto(new URL('?pain=buttock&mode=present', baseUrl).toString());
  await other.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await other.waitForSelector('[data-present-caption]');
  await screenshot(other, 'offline-present');

  const elsewhere = requested.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob):/.test(u));
  expect(elsewhere).toEqual([]);
  await context.close();
}, 300_000);

it('takes up a new version on the next visit and says so', async () => {
  const requested: string[] = [];
  const context = await newContext(requested);
  const page = await context.newPage();
  await firstVisit(page, '?pain=heel');
  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  expect(before).not.toBeNull();

  // The server now has a new release; the next visit finds it, reloads into it and says so.
  await context.addCookies([{ name: 'sw', value: 'next', url: baseUrl }]);
  await page.reload();
  await page.waitForSelector('.notice:has-text("A new version of the explorer was loaded.")', {
    timeout: 150_000,
  });
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  expect(await candidateIds(page)).toEqual(
    rankCandidates({ painSites: ['heel'], results: {} }).map((c) => c.id),
  );
  const elsewhere = requested.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob):/.test(u));
  expect(elsewhere).toEqual([]);
  await context.close();
}, 300_000);
