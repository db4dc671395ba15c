/** Shared steps for the explorer's browser tests: open a page, read the candidates, save a screenshot. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const outputDir = 'tests/output';

/** Opens `search` under the served app and waits until the shell has chosen a scene state. */
export async function openExplorer(page: Page, baseUrl: string, search: string): Promise<void> {
  await page.goto(new URL(search, baseUrl).toString());
  await page.waitForSelector('html[data-scene]');
  await page.waitForSelector('.panel');
}

/** The candidate ids as the page lists them, in order. */
export function candidateIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-candidate-id]', (els) =>
    els.map((el) => el.getAttribute('data-candidate-id') ?? ''),
  );
}

export function sceneState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-scene'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: `${outputDir}/${name}.png`, fullPage: false });
}

/** Waits until the page lists exactly these candidates in this order. */
export async function waitForOrder(page: Page, ids: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('[data-candidate-id]')]
        .map((el) => el.getAttribute('data-candidate-id'))
        .join() === want,
    ids.join(),
  );
}

/**
 * Serious and critical axe-core findings on the page. axe is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy (script-src 'self') does not block.
 */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}
