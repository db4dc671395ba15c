/**
 * A model that cannot load ends in a message with Retry, which recovers without losing the chosen
 * pain sites; a hostile link ends in a notice, and none of its script runs.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './launch.ts';
import { openExplorer, sceneState, screenshot } from './explorer-helpers.ts';

const chromium = chromiumPerFile();

describe('errors and hostile links', () => {
  it('a missing model shows the reason and Retry; Retry recovers and keeps the pain sites', async () => {
    const baseUrl = inject('baseUrl');
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addCookies([{ name: 'model', value: 'missing', url: baseUrl }]);
    const page = await context.newPage();
    await openExplorer(page, baseUrl, '?pain=popliteal-fossa,heel');
    await page.waitForSelector('html[data-scene="error"]', { timeout: 120_000 });
    const message = await page.textContent('.scene-error');
    expect(message).toMatch(/could not/i);
    await page.waitForSelector('[data-candidate-id]');
    await screenshot(page, 'explorer-model-missing');

    await context.clearCookies();
    await page.click('.scene-error button:text-is("Retry")');
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
    expect(await page.isChecked('input[name="pain-site"][value="popliteal-fossa"]')).toBe(true);
    expect(await page.isChecked('input[name="pain-site"][value="heel"]')).toBe(true);
    expect(new URL(page.url()).searchParams.get('pain')).toBe('popliteal-fossa,heel');
    expect(await page.$('.scene-error')).toBeNull();
    await screenshot(page, 'explorer-after-retry');
    await context.close();
  });

  it('a hostile link shows a notice, keeps what it understood and runs no script', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 860 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openExplorer(
      page,
      inject('baseUrl'),
      '?text=1&pain=<script>alert(1)</script>,__proto__,heel&view=%E0%A4%A&select=<img src=x onerror=alert(2)>',
    );
    await page.waitForSelector('.notice');
    expect(await sceneState(page)).toBe('fallback');
    expect(await page.$$eval('.notice', (els) => els.length)).toBeGreaterThan(0);
    expect(await page.isChecked('input[name="pain-site"][value="heel"]')).toBe(true);
    // The hostile words appear, if at all, as text: no element was made from them.
    expect(await page.$('.notices script, .notices img, #root script')).toBeNull();
    expect(dialogs).toEqual([]);
    await screenshot(page, 'explorer-hostile-link');
    // Notices can be dismissed.
    const count = await page.$$eval('.notice', (els) => els.length);
    await page.click('.notice-dismiss >> nth=0');
    expect(await page.$$eval('.notice', (els) => els.length)).toBe(count - 1);
    await page.close();
  });
});
