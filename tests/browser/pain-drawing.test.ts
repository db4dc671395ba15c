/**
 * The pain drawing in real Chromium: the label names the sites under the pointer before any click,
 * a stroke drawn with the mouse down the back of the thigh ranks the candidates and paints the top
 * one's map, and the link it writes reopens the same list.
 */
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPerFile } from './launch.ts';
import { candidateIds, screenshot } from './explorer-helpers.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

type SkinPoint = (y: number, angle: number) => { x: number; y: number } | null;

async function open(page: Page, search: string): Promise<void> {
  await page.goto(new URL(search, baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForFunction(() => '__thighExplorer' in window);
}

function skinPoint(page: Page, y: number, angle: number) {
  return page.evaluate(
    ([yy, aa]) =>
      (window as unknown as { __thighExplorer: { skinPoint: SkinPoint } }).__thighExplorer.skinPoint(
        yy!,
        aa!,
      ),
    [y, angle],
  );
}

it('draws a stroke down the back of the thigh, ranks it, paints the top map, and reopens from its link', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 860 } });
  await open(page, '?view=posterior');

  // Before any click the label names the site under the pointer.
  const middle = await skinPoint(page, -0.3, 180);
  expect(middle).not.toBeNull();
  await page.mouse.move(middle!.x, middle!.y);
  await page.waitForSelector('[data-hover-site]');
  expect(await page.getAttribute('[data-hover-site]', 'data-hover-site')).toMatch(/posterior-thigh-/);

  await page.click('[data-action="draw"]');
  expect(await page.getAttribute('[data-action="draw"]', 'aria-pressed')).toBe('true');
  const from = await skinPoint(page, -0.17, 180);
  const to = await skinPoint(page, -0.46, 180);
  expect(from && to).toBeTruthy();
  await page.mouse.move(from!.x, from!.y);
  await page.mouse.down();
  await page.mouse.move(to!.x, to!.y, { steps: 25 });
  await page.mouse.up();
  await page.waitForSelector('[data-candidate-id]');
  await page.waitForFunction(() => new URL(location.href).searchParams.has('drawn'));
  const drawn = new URL(page.url()).searchParams.get('drawn')!;
  expect(drawn.length).toBeGreaterThan(4);
  expect(drawn.length).toBeLessThanOrEqual(2048);

  const ids = await candidateIds(page);
  const topThree = await page.$$eval('[data-candidate-id]', (els) =>
    els
      .filter((el) => Number(el.querySelector('.rank-number')?.textContent?.replace(/\D/g, '')) <= 3)
      .map((el) => el.getAttribute('data-candidate-id')),
  );
  expect(topThree).toContain('gluteus-minimus');
  expect(
    topThree.some((id) =>
      /^(semitendinosus|semimembranosus|biceps-femoris-(long|short)-head)$/.test(id ?? ''),
    ),
  ).toBe(true);
  // The top candidate is focused at once, its card open, the reasons in words about the drawing.
  expect(await page.getAttribute('html', 'data-focused-candidate')).toBe(ids[0]);
  expect(await page.locator('#structure-card').count()).toBe(1);
  expect(await page.locator('[data-candidate-id] .reasons').first().innerText()).toMatch(/where you drew/);
  await screenshot(page, 'pain-drawing-stroke');

  // Clear removes it from the URL; the link written before reopens the same list.
  const link = page.url();
  await page.click('[data-action="clear-drawing"]');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('drawn'));
  const again = await chromium.browser.newPage({ viewport: { width: 1280, height: 860 } });
  await again.goto(link);
  await again.waitForSelector('[data-candidate-id]');
  expect(await candidateIds(again)).toEqual(ids);
  await again.close();
  await page.close();
});
