/**
 * Issue 14 in the browser: `?pose=straight-leg-raise` moves the limb into the pose (html[data-pose]
 * once reached) and lists the hamstrings as stretched; "Show me" on a card poses the limb and
 * back. Screenshots of four poses land in tests/output/pose-*.png for looking at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './launch.ts';
import { openExplorer, screenshot } from './explorer-helpers.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // Reduced motion: the pose is reached at once, so the test waits on the hook, not on a clock.
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce' });
});
afterAll(async () => {
  await browser?.close();
});

const stretchOf = (p: Page, muscle: string) =>
  p.getAttribute(`[data-stretch-of="${muscle}"]`, 'data-stretch').then((s) => Number(s));

describe('poses', () => {
  it('?pose=straight-leg-raise reaches data-pose and lists the long hamstrings as stretched', async () => {
    await openExplorer(page, inject('baseUrl'), '?pose=straight-leg-raise&view=lateral');
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
    await page.waitForSelector('html[data-pose="straight-leg-raise"]', { timeout: 60_000 });
    for (const m of ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'])
      expect(await stretchOf(page, m)).toBeGreaterThan(10);
    // The short head crosses only the knee, which stays straight: not listed.
    expect(await page.$('[data-stretch-of="biceps-femoris-short-head"]')).toBeNull();
    // Largest change first.
    const sizes = await page.$$eval('[data-stretch]', (els) =>
      els.map((el) => Math.abs(Number(el.getAttribute('data-stretch')))),
    );
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    await screenshot(page, 'pose-straight-leg-raise');
  });

  it('"Show me" goes back to standing and into another pose', async () => {
    await page.click('.pose-section button.show-pose');
    await page.waitForFunction(() => !document.documentElement.dataset.pose);
    expect(new URL(page.url()).searchParams.get('pose')).toBeNull();
    await page.goto(new URL('?pain=buttock&view=lateral', inject('baseUrl')).toString());
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
    const card = '[data-self-test-id="heel-to-buttock"] button.show-pose';
    await page.waitForSelector(card);
    await page.click(card);
    await page.waitForSelector('html[data-pose="heel-to-buttock"]', { timeout: 60_000 });
    expect(await stretchOf(page, 'rectus-femoris')).toBeGreaterThan(10);
    expect(await stretchOf(page, 'semitendinosus')).toBeLessThan(0);
    expect(new URL(page.url()).searchParams.get('pose')).toBe('heel-to-buttock');
    await screenshot(page, 'pose-heel-to-buttock');
  });

  it('opens two more poses for looking at', async () => {
    for (const pose of ['single-leg-squat', 'straight-leg-raise-toe-out']) {
      await openExplorer(page, inject('baseUrl'), `?pose=${pose}&view=lateral`);
      await page.waitForSelector(`html[data-pose="${pose}"]`, { timeout: 150_000 });
      await screenshot(page, `pose-${pose}`);
    }
  });
});
