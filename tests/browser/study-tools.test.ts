/**
 * The student tools outside the quiz (issue 13): a group found by search is selected as a whole
 * (lit on the model, listed in the panel, named in the URL); a landmark named in a muscle's card is
 * a link to its own card, which lists the muscles attached there; a selected muscle's footprints
 * come with their key; pressing the active view again puts the camera back.
 */
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPerFile } from './launch.ts';
import { screenshot } from './explorer-helpers.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

interface Hook {
  item(name: string): { centre: number[]; shown: boolean } | null;
  camera(): { position: number[]; target: number[] | null };
}
const footprintShown = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.item(n)?.shown, name);

async function openReady(page: Page, search: string): Promise<void> {
  await page.goto(new URL(search, baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForFunction(() => '__thighExplorer' in window);
}

it('selects a whole group from the search, then a landmark from a card link', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1366, height: 800 } });
  await openReady(page, '?layers=muscles,bones');

  await page.fill('input[type="search"]', 'adductors');
  await page.click('[data-search-group="adductors"]');
  await page.waitForSelector('[data-group-card="adductors"]');
  expect(new URL(page.url()).searchParams.get('select')).toBe('adductors');
  const members = await page.$$eval('[data-group-member]', (els) =>
    els.map((el) => el.getAttribute('data-group-member')),
  );
  expect(members).toEqual(expect.arrayContaining(['pectineus', 'gracilis', 'adductor-magnus']));
  // The whole group is the selection on the model: every member's footprints are lit, no others.
  await page.waitForFunction(() => '__thighExplorer' in window);
  expect(await footprintShown(page, 'gracilis-insertion')).toBe(true);
  expect(await footprintShown(page, 'pectineus-origin')).toBe(true);
  expect(await footprintShown(page, 'semitendinosus-origin')).toBe(false);
  await screenshot(page, 'study-group');

  // A member's card: its footprints' key, and the landmarks it names are links.
  await page.click('[data-group-member="gracilis"] button');
  await page.waitForSelector('[data-attachment-legend]');
  expect(new URL(page.url()).searchParams.get('select')).toBe('gracilis');
  expect(await footprintShown(page, 'pectineus-origin')).toBe(false);
  await page.click('[data-structure-link="pes-anserinus"]');
  await page.waitForSelector('[data-attached-muscles="pes-anserinus"]');
  expect(new URL(page.url()).searchParams.get('select')).toBe('pes-anserinus');
  const attached = await page.$$eval('[data-attached-muscle]', (els) =>
    els.map((el) => el.getAttribute('data-attached-muscle')).sort(),
  );
  expect(attached).toEqual(['gracilis', 'sartorius', 'semitendinosus']);
  await screenshot(page, 'study-landmark');
  await page.close();
});

it('puts the camera back on the view when its active button is pressed again', async () => {
  const page = await chromium.browser.newPage({
    viewport: { width: 1366, height: 800 },
    reducedMotion: 'reduce',
  });
  await openReady(page, '');
  const camera = () =>
    page.evaluate(() => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.camera().position);
  const start = await camera();
  const canvas = (await page.locator('canvas').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.3);
  await page.mouse.wheel(0, -600);
  await page.waitForFunction((before) => {
    const now = (window as unknown as { __thighExplorer: Hook }).__thighExplorer.camera().position;
    return Math.hypot(now[0]! - before[0]!, now[1]! - before[1]!, now[2]! - before[2]!) > 0.05;
  }, start);
  await page.click('.view-buttons button[aria-pressed="true"]');
  await page.waitForFunction((before) => {
    const now = (window as unknown as { __thighExplorer: Hook }).__thighExplorer.camera().position;
    return Math.hypot(now[0]! - before[0]!, now[1]! - before[1]!, now[2]! - before[2]!) < 1e-3;
  }, start);
  await page.close();
});
