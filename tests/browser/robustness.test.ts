/**
 * Robustness: hostile links, a corrupt model, corrupt or unavailable saved settings and the
 * Content-Security-Policy. One browser for the file; every request any page makes is recorded and
 * none may leave 127.0.0.1.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPerFile } from './launch.ts';
import { openExplorer, sceneState, screenshot } from './explorer-helpers.ts';

const preferencesKey = 'thigh-explorer:preferences';
const resetNotice = 'Saved settings could not be read and were reset.';

const chromium = chromiumPerFile();
const requested: string[] = [];
const dialogs: string[] = [];

async function newContext(): Promise<BrowserContext> {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.on('request', (r) => requested.push(r.url()));
  context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }),
  );
  return context;
}

/** Ticks a pain site and waits for the candidate list: the page still does its job. */
async function choosePainSite(page: Page, site: string): Promise<void> {
  // With sites already chosen and the model shown, the picker starts folded.
  if (await page.$('details.pain-site-picker:not([open])'))
    await page.click('details.pain-site-picker > summary');
  await page.check(`input[name="pain-site"][value="${site}"]`);
  await page.waitForSelector('[data-candidate-id]');
}

describe('robustness', () => {
  it('hostile and malformed links end in a notice; no crash, no dialog, no script; the page still works', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const long = 'a'.repeat(6000);
    const hostile = [
      `?pain=${long},heel`,
      '?pain=%E0%A4%A,%ZZ,%&select=%',
      '?pain=<script>window.__pwned=1</script>&select=<svg onload=alert(1)>',
      '?__proto__[polluted]=1&constructor.prototype.polluted=1&pain=__proto__,constructor',
      '?pain=🦵,heel🔥&side=🙃&layers=💀,bones&view=\u202Eevil',
    ];
    for (const [i, search] of hostile.entries()) {
      // The first link loads the 3D view; the rest use the text view (same parsing, no slow WebGL).
      await openExplorer(page, inject('baseUrl'), i === 0 ? search : `${search}&text=1`);
      await page.waitForSelector('.notice');
      expect(await page.textContent('.notices')).not.toBe('');
      // The app is alive and none of the link became markup or ran.
      expect(await page.$('.notices script, .notices svg, .notices img, #root script')).toBeNull();
      expect(
        await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          polluted: ({} as Record<string, unknown>).polluted,
        })),
      ).toEqual({ pwned: undefined, polluted: undefined });
      await choosePainSite(page, 'popliteal-fossa');
    }
    await screenshot(page, 'robustness-hostile-link');
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('a corrupt model shows the reason and Retry, which recovers once the model is whole', async () => {
    const baseUrl = inject('baseUrl');
    const context = await newContext();
    await context.addCookies([{ name: 'model', value: 'corrupt', url: baseUrl }]);
    const page = await context.newPage();
    // The damaged file is refused by the app's reader, not thrown past it.
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await openExplorer(page, baseUrl, '?pain=popliteal-fossa');
    await page.waitForSelector('html[data-scene="error"]', { timeout: 120_000 });
    const reason = (await page.textContent('.scene-error p')) ?? '';
    // A damaged file is not a connection problem: the reason says so.
    expect(reason).toMatch(/damaged|could not be read/i);
    expect(reason).not.toMatch(/connection/i);
    expect(await page.$('.scene-error button:text-is("Retry")')).not.toBeNull();
    await page.waitForSelector('[data-candidate-id]');
    await screenshot(page, 'robustness-corrupt-model');
    expect(uncaught).toEqual([]);

    await context.clearCookies();
    await page.click('.scene-error button:text-is("Retry")');
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
    expect(await page.$('.scene-error')).toBeNull();
    expect(await page.isChecked('input[name="pain-site"][value="popliteal-fossa"]')).toBe(true);
    await context.close();
  });

  it('corrupt saved settings are reset with a notice and the app works', async () => {
    const stored = [
      '{"version":1,"side":',
      '{"version":1,"side":"left","layers":[],"textView":true,"xray":false,"__proto__":{"polluted":1}}',
      JSON.stringify({ version: 0, side: 'left' }),
      JSON.stringify({ version: 1, side: 'x'.repeat(100_000), layers: [], textView: true, xray: false }),
    ];
    for (const value of stored) {
      const context = await newContext();
      await context.addInitScript(
        ([key, v]) => window.localStorage.setItem(key as string, v as string),
        [preferencesKey, value],
      );
      const page = await context.newPage();
      await openExplorer(page, inject('baseUrl'), '?text=1');
      await page.waitForSelector(`.notice:has-text("${resetNotice}")`);
      expect(
        await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted),
      ).toBeUndefined();
      await choosePainSite(page, 'popliteal-fossa');
      if (value === stored[0]) await screenshot(page, 'robustness-corrupt-storage');
      await context.close();
    }
  });

  it('valid saved settings apply where the link is silent, the link wins, and pain is never saved', async () => {
    const context = await newContext();
    const saved = { version: 1, side: 'left', layers: ['muscles', 'bones'], textView: true, xray: true };
    await context.addInitScript(
      ([key, v]) => {
        // Only the first page load gets the saved value; later loads keep what the app wrote.
        if (!sessionStorage.getItem('seeded')) {
          window.localStorage.setItem(key as string, v as string);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [preferencesKey, JSON.stringify(saved)],
    );
    const page = await context.newPage();
    await openExplorer(page, inject('baseUrl'), '?side=right');
    expect(await sceneState(page)).toBe('fallback'); // text view came from the saved settings
    expect(await page.isChecked('input[name="side"][value="right"]')).toBe(true); // the link won
    expect(await page.$('.notice')).toBeNull();
    await choosePainSite(page, 'heel');
    await page.check('input[name="side"][value="left"]');
    const written = await page.evaluate((key) => window.localStorage.getItem(key), preferencesKey);
    expect(JSON.parse(written ?? '{}')).toMatchObject({ side: 'left', textView: true, xray: true });
    expect(written).not.toContain('heel');
    await context.close();
  });

  it('storage that throws is tolerated', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openExplorer(page, inject('baseUrl'), '?text=1');
    await choosePainSite(page, 'heel');
    await page.check('input[name="side"][value="left"]');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Content-Security-Policy forbids eval and other hosts', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openExplorer(page, inject('baseUrl'), '?text=1');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toBeTruthy();
    const directives = (csp ?? '').split(';').map((d) => d.trim());
    expect(directives).toContain("default-src 'self'");
    expect(csp).not.toMatch(/(^|\s)'unsafe-eval'/);
    // Code evaluated through DevTools is exempt from the page's CSP, so the attempts run in a
    // later task of the page's own, where the policy applies as it would to any script.
    const outcome = await page.evaluate(
      () =>
        new Promise<{ eval: string; fetch: string; violations: string[] }>((resolve) => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
          );
          setTimeout(() => {
            let evalResult: string;
            try {
              evalResult = `ran: ${String(eval('1'))}`;
            } catch (e) {
              evalResult = `blocked: ${(e as Error).name}`;
            }
            fetch('http://198.51.100.7/collect').then(
              () => resolve({ eval: evalResult, fetch: 'sent', violations }),
              () => setTimeout(() => resolve({ eval: evalResult, fetch: 'blocked', violations }), 50),
            );
          }, 0);
        }),
    );
    expect(outcome.eval).toMatch(/^blocked: EvalError/);
    expect(outcome.fetch).toBe('blocked');
    expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(outcome.violations.some((v) => v.startsWith('connect-src') && v.includes('198.51.100.7'))).toBe(
      true,
    );
    await context.close();
  });

  it('no request ever left 127.0.0.1', () => {
    expect(requested.length).toBeGreaterThan(10);
    const elsewhere = requested.filter((u) => {
      const url = new URL(u);
      return !['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1';
    });
    expect(elsewhere).toEqual([]);
  });
});
