/**
 * The patient's summary (issue 13): a saved link in summary mode prints to ONE page of A4 and of
 * Letter, naming the top candidate and the warning signs for the marked sites, with the link that
 * reopens the explorer; the explorer's "Summary to print" button reaches the same page.
 */
import { expect, inject, it } from 'vitest';
import { chromiumPerFile } from './launch.ts';
import { outputDir } from './explorer-helpers.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { rankCandidates, redFlagsFor } from '../../src/diagnosis/index.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree node). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** Many sites, so nearly every warning sign applies: the longest page the summary prints. */
const explore =
  '?pain=buttock,posterior-thigh-middle,calf-proximal,low-back,lateral-hip,heel&positive=knee-curl,straight-leg-raise&negative=toe-touch';

it('prints a saved summary link on one page of A4 and of Letter, naming the top candidate and the warning signs', async () => {
  const top = rankCandidates({
    painSites: ['buttock', 'posterior-thigh-middle', 'calf-proximal', 'low-back', 'lateral-hip', 'heel'],
    results: { 'knee-curl': 'positive', 'straight-leg-raise': 'positive', 'toe-touch': 'negative' },
  })[0]!;
  const flags = redFlagsFor([
    'buttock',
    'posterior-thigh-middle',
    'calf-proximal',
    'low-back',
    'lateral-hip',
    'heel',
  ]);
  expect(flags.length).toBeGreaterThan(3);

  const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(new URL(`${explore}&mode=summary`, baseUrl).toString());
  await page.waitForSelector('.summary-page [data-summary-candidate]');
  // No 3D in summary mode.
  expect(await page.locator('canvas').count()).toBe(0);
  expect(await page.locator('[data-action="print"]').count()).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('.summary-page').innerText();
  expect(printed).toContain(top.name);
  expect(printed).toMatch(/not a diagnosis/i);
  for (const flag of flags) expect(printed).toContain(flag.title);
  // The link that reopens it is the explorer's own, without the mode.
  const link = await page.locator('.summary-foot a').getAttribute('href');
  expect(link).toBe(new URL(explore, baseUrl).toString());
  // The header, the mode switch and the Print button are not printed.
  expect(await page.locator('.app-header').isVisible()).toBe(false);
  expect(await page.locator('[data-action="print"]').isVisible()).toBe(false);

  mkdirSync(outputDir, { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(`${outputDir}/summary-${format}.pdf`, pdf);
    expect(pdfPageCount(pdf), format).toBe(1);
  }
  await page.close();
});

it('opens the same summary from the explorer and goes back', async () => {
  const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(new URL('?pain=popliteal-fossa&text=1', baseUrl).toString());
  await page.waitForSelector('[data-candidate-id]');
  const first = await page.locator('[data-candidate-id]').first().getAttribute('data-candidate-id');
  await page.getByRole('button', { name: 'Summary to print' }).click();
  await page.waitForSelector('html[data-mode="summary"] .summary-page');
  expect(new URL(page.url()).searchParams.get('mode')).toBe('summary');
  expect(await page.locator('[data-summary-candidate]').first().getAttribute('data-summary-candidate')).toBe(
    first,
  );
  await page.getByRole('button', { name: 'Back to explore' }).click();
  await page.waitForSelector('html[data-mode="explore"] [data-candidate-id]');
  await page.close();
});
