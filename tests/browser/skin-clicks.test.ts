/**
 * Clicks on the skin: one made before the code that reads the skin has arrived is answered when
 * it does (not dropped), and the mirrored left leg picks, lists and paints as the right one does,
 * with its labels naming the left leg.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { mapColours } from '../../src/look/map-colours.ts';
import { chromiumPerFile } from './launch.ts';
import { candidateIds, outputDir } from './explorer-helpers.ts';
import { pixelsLike, settled } from './scene-pixels.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumPerFile();

/** The back of the knee, and the middle of biceps femoris' essential zone (surface coordinates). */
const backOfKnee = { y: -0.46, angle: 180 };
const bicepsZone = { y: -0.455, angle: 162 };

type SkinPoint = { x: number; y: number } | null;
function skinPoint(page: Page, at: { y: number; angle: number }): Promise<SkinPoint> {
  return page.evaluate(
    ({ y, angle }) =>
      (
        window as unknown as { __thighExplorer: { skinPoint(y: number, a: number): SkinPoint } }
      ).__thighExplorer.skinPoint(y, angle),
    at,
  );
}

async function openReady(search: string, hold?: Promise<void>): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 860 } });
  if (hold)
    await page.route('**/assets/ModelExtras-*.js', async (route: Route) => {
      await hold;
      await route.continue();
    });
  await page.goto(new URL(search, baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  return page;
}

describe('clicks on the skin', () => {
  let spot: SkinPoint = null;
  /** Page x of the outer (lateral) side minus the inner side on the right leg, seen from behind. */
  let rightOuterMinusInner = 0;

  it('a click before the skin-reading code has arrived is answered once it has', async () => {
    // Where the back of the knee is on screen (same view and size as the held page below).
    const right = await openReady('?view=posterior');
    await right.waitForFunction(() => '__thighExplorer' in window);
    spot = await skinPoint(right, backOfKnee);
    const outer = await skinPoint(right, { y: -0.3, angle: 90 });
    const inner = await skinPoint(right, { y: -0.3, angle: 270 });
    rightOuterMinusInner = outer!.x - inner!.x;
    await right.close();
    expect(spot).not.toBeNull();

    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await openReady('?view=posterior', held);
    expect(await page.evaluate(() => '__thighExplorer' in window)).toBe(false);
    await page.mouse.click(spot!.x, spot!.y);
    expect(await candidateIds(page)).toEqual([]);
    release();
    await page.waitForSelector('[data-candidate-id]', { timeout: 60_000 });
    // The site under the click, not just any: clicks are aimed from the camera as drawn.
    expect(new URL(page.url()).searchParams.get('pain')?.split(',')).toContain('popliteal-fossa');
    expect(await candidateIds(page)).not.toEqual([]);
    await page.close();
  });

  it('the left leg is mirrored, picks the same sites, paints its referral and says "left"', async () => {
    const page = await openReady('?view=posterior&side=left');
    await page.waitForFunction(() => '__thighExplorer' in window);
    expect(await page.getAttribute('.scene-area', 'aria-label')).toBe('3D model of the left leg');
    expect(await page.$('[aria-label="3D model of the left lower limb"]')).not.toBeNull();
    // Seen from behind, the left leg's outer side is where the right leg's inner side is.
    const outer = await skinPoint(page, { y: -0.3, angle: 90 });
    const inner = await skinPoint(page, { y: -0.3, angle: 270 });
    expect(Math.sign(outer!.x - inner!.x)).toBe(-Math.sign(rightOuterMinusInner));

    const knee = await skinPoint(page, backOfKnee);
    await page.mouse.click(knee!.x, knee!.y);
    await page.waitForSelector('[data-candidate-id="biceps-femoris-long-head"]');
    expect(new URL(page.url()).searchParams.get('side')).toBe('left');
    // Its map is painted in the focus colour once it is chosen.
    const colour = mapColours.focus;
    await page.click('[data-candidate-id="biceps-femoris-long-head"] .candidate-choose');
    await settled(page);
    const zone = await skinPoint(page, bicepsZone);
    const painted = await pixelsLike(page, colour, {
      x: Math.round(zone!.x) - 5,
      y: Math.round(zone!.y) - 5,
      width: 11,
      height: 11,
    });
    await page.screenshot({ path: `${outputDir}/scene-left-referral.png` });
    expect(painted).toBeGreaterThan(0.4);
    await page.close();
  });
});
