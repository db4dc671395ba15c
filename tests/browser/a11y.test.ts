/**
 * Accessibility: no serious or critical axe-core findings in the explore, pain-site and text views;
 * the whole pain-site flow by keyboard alone, with visible focus and a spoken ranking update;
 * every control named; CSS motion off when the person asks for reduced motion.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPerFile } from './launch.ts';
import { candidateIds, openExplorer, screenshot } from './explorer-helpers.ts';

const chromium = chromiumPerFile();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string;
  nodes: { target: unknown }[];
}

/**
 * Runs axe-core in the page. It is evaluated through DevTools rather than a <script> tag: the
 * page's Content-Security-Policy (script-src 'self') rightly refuses inline script.
 */
async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const options = only ? { runOnly: { type: 'rule', values: only } } : {};
    const { violations } = await axe.run(document, options);
    return violations
      .filter((v) => only || v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, rules ?? null);
}

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a focus ring (an outline or a box-shadow). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
}

const announcement = (page: Page) => page.textContent('[aria-live="polite"][aria-atomic="true"]');

describe('accessibility', () => {
  it('no serious or critical findings in the explore, pain-site and text views; every control is named', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 860 } });
    const base = inject('baseUrl');
    const views: [string, string][] = [
      ['explore', '?select=femur'],
      ['pain-site', '?pain=popliteal-fossa&select=biceps-femoris-long-head'],
      ['text', '?text=1&pain=popliteal-fossa'],
    ];
    for (const [name, search] of views) {
      await openExplorer(page, base, search);
      if (name !== 'text') await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
      else await page.waitForSelector('html[data-scene="fallback"]');
      if (name === 'pain-site') await page.waitForSelector('#structure-card, .structure-card');
      expect(await axeViolations(page), name).toEqual([]);
      // Names for every button, input and select, whatever axe rates the impact.
      expect(
        await axeViolations(page, ['button-name', 'label', 'select-name', 'input-button-name']),
        name,
      ).toEqual([]);
      await screenshot(page, `a11y-${name}`);
    }
    await page.close();
  });

  it('the pain-site flow works by keyboard alone, with visible focus and a spoken update', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 860 } });
    // The 3D view (not the text view): the canvas and its controls sit in the tab order too.
    await openExplorer(page, inject('baseUrl'), '');
    await page.focus('body');
    await tabTo(page, 'input[name="pain-site"][value="popliteal-fossa"]');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-candidate-id]');
    // Ticking a box must not fold the list away from under the keyboard focus.
    expect(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.value === 'popliteal-fossa' && el.checked && el.checkVisibility();
      }),
    ).toBe(true);
    const first = (await candidateIds(page))[0];
    expect(first).toBeTruthy();
    await tabTo(page, `[data-candidate-id="${first}"] .candidate-choose`);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`[data-candidate-id="${first}"] .candidate-choose`, 'aria-pressed')).toBe(
      'true',
    );

    const before = await announcement(page);
    expect(before).toMatch(/possible muscle/);
    await tabTo(page, '[data-self-test-id] .result-positive');
    expect(await focusIsVisible(page)).toBe(true);
    const test = await page.evaluate(() =>
      document.activeElement?.closest('[data-self-test-id]')?.getAttribute('data-self-test-id'),
    );
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`[data-self-test-id="${test}"] .result-positive`, 'aria-pressed')).toBe(
      'true',
    );
    await page.waitForFunction(
      (prev) => document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent !== prev,
      before,
    );
    await screenshot(page, 'a11y-keyboard-flow');
    await page.close();
  });

  it('turns CSS motion off when the person asks for reduced motion', async () => {
    const durations: Record<string, string> = {};
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await chromium.browser.newContext({
        viewport: { width: 1280, height: 860 },
        reducedMotion,
      });
      const page = await context.newPage();
      await openExplorer(page, inject('baseUrl'), '?text=1');
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
        reducedMotion === 'reduce',
      );
      durations[reducedMotion] = await page.evaluate(() =>
        [...document.querySelectorAll('button, input, a')]
          .map((el) => getComputedStyle(el).transitionDuration)
          .filter((d) => d.split(',').some((x) => parseFloat(x) > 0))
          .join('|'),
      );
      await context.close();
    }
    // Some controls animate normally (so the check can fail); none do under reduced motion.
    expect(durations['no-preference']).not.toBe('');
    expect(durations.reduce).toBe('');
  });
});
