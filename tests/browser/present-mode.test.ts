/**
 * Presentation mode (issue 13): the panel gives way to the model and a caption; the arrow keys step
 * through the ranked candidates (or every muscle with a map when nothing is ranked) and the scene
 * follows (`data-focused-candidate`); the pen's strokes ride in the link and come back with it;
 * Copy link shows the link as a QR code; Esc leaves for explore mode.
 */
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { chromiumPerFile } from './launch.ts';
import { screenshot } from './explorer-helpers.ts';
import { rankCandidates } from '../../src/diagnosis/index.ts';
import { musclesWithMaps } from '../../src/modes/present/present-steps.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

const focused = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.focusedCandidate ?? null);
const caption = (page: Page) => page.textContent('.present-caption-name');

/**
 * The QR code as the page draws it, rasterised in the page (its SVG drawn on a canvas) and read by
 * jsQR here. A string, not a function: tsx would wrap a function in a helper the page lacks.
 */
async function scanQr(page: Page): Promise<string | null> {
  const pixels = (await page.evaluate(`(async () => {
    const svg = document.querySelector('.qr-code');
    const size = 600;
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    const img = new Image(size, size);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return { size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
  })()`)) as { size: number; data: number[] };
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size)?.data ?? null;
}

/** Presses a key and waits until the focused muscle is `want` and the caption names it. */
async function stepTo(page: Page, key: string, want: string) {
  await page.keyboard.press(key);
  await page.waitForFunction(
    (id) =>
      document.documentElement.dataset.focusedCandidate === id &&
      document.querySelector('.present-caption')?.getAttribute('data-present-caption') === id,
    want,
  );
}

it('steps through the ranked candidates with the arrow keys, the caption and the map following', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(new URL('?pain=posterior-thigh-middle&mode=present', baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"][data-mode="present"]', { timeout: 150_000 });
  await page.waitForSelector('[data-present-caption]');
  // The panel is gone and the model has the screen.
  expect(await page.$('.panel')).toBeNull();
  const scene = await page.$eval('.scene-area', (el) => el.getBoundingClientRect().width);
  expect(scene).toBe(1280);

  const ranked = rankCandidates({ painSites: ['posterior-thigh-middle'], results: {} }).map((c) => c.id);
  expect(ranked.length).toBeGreaterThanOrEqual(3);
  expect(await focused(page)).toBe(ranked[0]);
  const firstCaption = await caption(page);
  expect(await page.textContent('.present-caption')).toContain(`Candidate 1 of ${ranked.length}`);

  await stepTo(page, 'ArrowRight', ranked[1]!);
  expect(await caption(page)).not.toBe(firstCaption);
  expect(await page.textContent('.present-caption-text')).toMatch(/sends pain to the /);
  await stepTo(page, 'ArrowRight', ranked[2]!);
  await stepTo(page, 'ArrowLeft', ranked[1]!);
  // The link reopens the muscle in focus.
  expect(new URL(page.url()).searchParams.get('select')).toBe(ranked[1]);
  await screenshot(page, 'present-stepped');

  await page.keyboard.press('Escape');
  await page.waitForSelector('html[data-mode="explore"] .panel');
  expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
  await page.close();
}, 240_000);

it('steps through every muscle with a map when nothing is ranked', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(new URL('?mode=present', baseUrl).toString());
  await page.waitForSelector('[data-present-caption]');
  await page.waitForFunction(
    (id) => document.documentElement.dataset.focusedCandidate === id,
    musclesWithMaps[0],
  );
  await stepTo(page, 'ArrowLeft', musclesWithMaps.at(-1)!);
  await stepTo(page, 'ArrowRight', musclesWithMaps[0]!);
  await stepTo(page, 'ArrowDown', musclesWithMaps[1]!);
  expect(await page.textContent('.present-caption')).toContain(`Muscle 2 of ${musclesWithMaps.length}`);
  await page.close();
}, 240_000);

it('keeps the pen strokes in the link, and shows the link as a QR code', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(new URL('?select=gluteus-minimus&mode=present', baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForSelector('[data-present-caption="gluteus-minimus"]');

  await page.click('[data-action="annotate"]');
  await page.mouse.move(560, 300);
  await page.mouse.down();
  await page.mouse.move(700, 420, { steps: 12 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('ink'));
  expect(await page.getAttribute('.present-ink', 'data-ink-strokes')).toBe('1');
  // Pen off: Esc turns the pen off first, and the limb takes the pointer again.
  await page.keyboard.press('Escape');
  expect(await page.getAttribute('[data-action="annotate"]', 'aria-pressed')).toBe('false');
  expect(await page.getAttribute('html', 'data-mode')).toBe('present');

  await page.click('[data-action="copy-link"]');
  await page.waitForSelector('.qr-code');
  const link = await page.inputValue('.present-share-link input');
  expect(link).toBe(page.url());
  expect(Number(await page.getAttribute('.qr-code', 'data-qr-size'))).toBeGreaterThanOrEqual(21);
  // What a phone would read off the screen is the link.
  expect(await scanQr(page)).toBe(link);
  await page.waitForSelector('.present-share-status:not(:empty)');

  // The link alone brings the strokes back.
  const again = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await again.goto(link);
  await again.waitForSelector('.present-ink[data-ink-strokes="1"]');
  const box = await again.$eval('.present-ink path', (p) =>
    (p as SVGPathElement).getBoundingClientRect().toJSON(),
  );
  // The stroke is where it was drawn, within a couple of pixels.
  expect(box.left).toBeGreaterThan(556);
  expect(box.right).toBeLessThan(704);
  expect(box.top).toBeGreaterThan(296);
  expect(box.bottom).toBeLessThan(424);
  await again.close();
  await page.close();
}, 240_000);
