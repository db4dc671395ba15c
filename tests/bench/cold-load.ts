/**
 * One cold load of the app as a person meets it: time to the first ranked candidate on screen,
 * time to the model's first frame (ready), and the JavaScript (gzip) requested before each and in
 * all once the page is ready and idle. A MutationObserver installed before any script marks the
 * first `[data-candidate-id]`; the app marks `thigh-explorer:ready` itself.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface ColdLoad {
  firstCandidateMs: number;
  readyMs: number;
  /** JS (gzip bytes) whose request started before the first candidate showed. */
  jsBeforeFirstCandidate: number;
  jsUntilReady: number;
  /** Every script the page loaded, ready and idle (deferred code included). */
  jsTotal: number;
  scripts: { file: string; gzip: number; startMs: number }[];
  offOrigin: number;
}

export async function coldLoad(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const bodies = new Map<string, Promise<Buffer>>();
    let offOrigin = 0;
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) offOrigin++;
    });
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.endsWith('.js'))
        bodies.set(
          r.url(),
          r.body().catch(() => Buffer.alloc(0)),
        );
    });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-candidate-id]')) {
          performance.mark('bench:first-candidate');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 180_000 });
    // Ready and idle: the code deferred past the first frame has arrived and nothing more loads.
    await page.waitForFunction(() => '__thighExplorer' in window, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const timing = await page.evaluate(() => ({
      firstCandidate: performance.getEntriesByName('bench:first-candidate')[0]?.startTime ?? NaN,
      ready: performance.getEntriesByName('thigh-explorer:ready')[0]?.startTime ?? NaN,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ url: e.name, start: e.startTime })),
    }));
    const scripts = await Promise.all(
      timing.scripts.map(async (s) => ({
        file: new URL(s.url).pathname.split('/').pop()!,
        gzip: gzipSync((await bodies.get(s.url)) ?? Buffer.alloc(0), { level: 9 }).length,
        startMs: s.start,
      })),
    );
    const sum = (before: number) =>
      scripts.filter((s) => s.startMs < before).reduce((total, s) => total + s.gzip, 0);
    return {
      firstCandidateMs: timing.firstCandidate,
      readyMs: timing.ready,
      jsBeforeFirstCandidate: sum(timing.firstCandidate),
      jsUntilReady: sum(timing.ready),
      jsTotal: sum(Infinity),
      scripts,
      offOrigin,
    };
  } finally {
    await context.close();
  }
}
