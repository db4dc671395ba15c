/**
 * The answer comes before the 3D: with every script that carries three.js blocked, a deep link
 * still lists the candidates, opens the focused card and shows the red flags (all from the entry
 * chunk), and the 3D view then says it could not start, with Retry.
 */
import { expect, inject, it } from 'vitest';
import type { Route } from 'playwright-core';
import { rankCandidates } from '../../src/diagnosis/index.ts';
import type { PainSiteId } from '../../src/anatomy/ids.ts';
import { chromiumPerFile } from './launch.ts';
import { candidateIds, openExplorer, screenshot } from './explorer-helpers.ts';

const chromium = chromiumPerFile();

/** A string only three.js's renderer carries (its console messages name it). */
const threeSignature = 'THREE.WebGLRenderer';

it('answers a deep link with the three.js chunk blocked, then offers Retry for the 3D view', async () => {
  const painSites: PainSiteId[] = ['popliteal-fossa', 'heel'];
  const [first] = rankCandidates({ painSites, results: {} });
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const blocked: string[] = [];
  const served: string[] = [];
  await page.route('**/*.js', async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(threeSignature)) {
      blocked.push(route.request().url());
      await route.abort('failed');
    } else {
      served.push(route.request().url());
      await route.fulfill({ response, body });
    }
  });
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));

  await openExplorer(page, inject('baseUrl'), `?pain=${painSites.join(',')}&select=${first!.id}`);
  await page.waitForSelector('[data-candidate-id]');
  expect(await candidateIds(page)).toEqual(rankCandidates({ painSites, results: {} }).map((c) => c.id));
  expect(await page.textContent('#structure-card-title')).toBe(first!.name);
  expect(await page.$$('[data-red-flag]')).not.toHaveLength(0);

  await page.waitForSelector('html[data-scene="error"]', { timeout: 120_000 });
  expect(blocked.length).toBeGreaterThan(0);
  // The entry chunk (the first script served) answered without three.js in it.
  expect(served.length).toBeGreaterThan(0);
  expect(await page.textContent('.scene-error')).toMatch(/3D view could not start.*could not be loaded/s);
  expect(await page.isVisible('.scene-error button:text-is("Retry")')).toBe(true);
  // The panel is still whole after the failure.
  expect(await candidateIds(page)).not.toHaveLength(0);
  expect(await page.textContent('#structure-card-title')).toBe(first!.name);
  expect(uncaught).toEqual([]);
  await screenshot(page, 'first-answer-three-blocked');
  await context.close();
});
