/**
 * The 3D scene in real Chromium (SwiftShader): the four standard views, a click on the skin
 * behind the knee that lights up the hamstring referral, the budgets (draw calls, no idle frames)
 * and that nothing is fetched from another host. Screenshots go to tests/output/scene-*.png.
 * Finds screen points through the documented test hook `window.__thighExplorer` (TestHook.tsx).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { animationFrames, pixelsLike, settled } from './scene-pixels.ts';
import { launchChromium } from './launch.ts';
import { outputDir } from './explorer-helpers.ts';
import { mkdirSync } from 'node:fs';
import { mapColours } from '../../src/look/map-colours.ts';
import { muscleById } from '../../src/anatomy/index.ts';
import { regionContains } from '../../src/anatomy/surface-outline.ts';
import { views } from '../../src/anatomy/ids.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Hook {
  project(x: number, y: number, z: number): { x: number; y: number };
  skinPoint(y: number, angle: number): { x: number; y: number } | null;
  stats(): { frames: number; calls: number; triangles: number };
  camera(): { position: number[]; target: number[] | null };
  item(name: string): { centre: number[]; shown: boolean } | null;
  shownTriggerPoint(): string | null;
}

/** Calls one method of the page's test hook. */
function hook<K extends keyof Hook>(
  page: Page,
  name: K,
  ...args: Parameters<Hook[K]>
): Promise<Awaited<ReturnType<Hook[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const h = (window as unknown as { __thighExplorer: Record<string, (...x: unknown[]) => unknown> })
        .__thighExplorer;
      return h[n]!(...a);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<Hook[K]>>>;
}

/**
 * Camera positions seen on each browser frame while `act` runs and the scene settles, with
 * consecutive repeats dropped: [start, …in-between poses…, end].
 */
async function cameraPath(page: Page, act: () => Promise<void>): Promise<number[][]> {
  await page.evaluate(() => {
    const w = window as unknown as { __thighExplorer: Hook; __path: number[][]; __sampling: boolean };
    w.__path = [];
    w.__sampling = true;
    const step = () => {
      w.__path.push(w.__thighExplorer.camera().position);
      if (w.__sampling) requestAnimationFrame(step);
    };
    step();
  });
  await act();
  await settled(page);
  const path = await page.evaluate(() => {
    const w = window as unknown as { __path: number[][]; __sampling: boolean };
    w.__sampling = false;
    return w.__path;
  });
  return path.filter((p, i) => i === 0 || p.some((v, k) => Math.abs(v - path[i - 1]![k]!) > 1e-6));
}

async function openScene(search: string): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(new URL(search, baseUrl).toString());
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForFunction(() => 'thighExplorer' in window || '__thighExplorer' in window);
  return { page, foreign };
}

describe('the 3D scene', () => {
  it('draws the four standard views within budget and stays idle', async () => {
    for (const view of views) {
      const { page, foreign } = await openScene(`?view=${view}`);
      await settled(page);
      const stats = await page.evaluate(() =>
        (window as unknown as { __thighExplorer: Hook }).__thighExplorer.stats(),
      );
      expect(stats.calls).toBeGreaterThan(0);
      expect(stats.calls).toBeLessThanOrEqual(80);
      // Idle: no frames while nothing changes.
      await animationFrames(page, 20);
      const after = await page.evaluate(() =>
        (window as unknown as { __thighExplorer: Hook }).__thighExplorer.stats(),
      );
      expect(after.frames).toBe(stats.frames);
      await page.screenshot({ path: `${outputDir}/scene-${view}.png` });
      expect(foreign).toEqual([]);
      await page.close();
    }
  });

  it('behind the knee: the top candidate’s map is painted at once, another on click, a third to compare', async () => {
    const { page, foreign } = await openScene('?view=posterior');
    await settled(page);
    /** A point inside a muscle's first essential island: the mean of its control points. */
    const zoneMiddle = (id: string) => {
      const island = muscleById(id)!.triggerPoints.flatMap((tp) => tp.zone.essential)[0]!;
      const angle = island.reduce((sum, p) => sum + p[0], 0) / island.length;
      const y = island.reduce((sum, p) => sum + p[1], 0) / island.length;
      expect(regionContains([island], { y, angle })).toBe(true);
      return { y, angle: ((angle % 360) + 360) % 360 };
    };
    const sample = async (at: { y: number; angle: number }, colour: string) => {
      const p = await hook(page, 'skinPoint', at.y, at.angle);
      expect(p).not.toBeNull();
      return pixelsLike(page, colour, {
        x: Math.round(p!.x) - 4,
        y: Math.round(p!.y) - 4,
        width: 9,
        height: 9,
      });
    };
    const spot = await hook(page, 'skinPoint', -0.46, 180);
    expect(spot).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    await page.waitForSelector('[data-candidate-id]');
    await settled(page);
    await page.screenshot({ path: `${outputDir}/scene-referral.png` });
    const ids = await page.$$eval('[data-candidate-id]', (els) =>
      els.map((el) => el.getAttribute('data-candidate-id')!),
    );
    // The top candidate is in focus without another click: its map is red on the skin, its card open.
    const top = ids[0]!;
    expect(await page.getAttribute('html', 'data-focused-candidate')).toBe(top);
    expect(await page.locator(`#structure-card [data-trigger-point-of="${top}"]`).count()).toBeGreaterThan(0);
    expect(await sample(zoneMiddle(top), mapColours.focus)).toBeGreaterThan(0.4);

    // Choosing another candidate moves the focus and its map.
    const other =
      ids.includes('biceps-femoris-long-head') && top !== 'biceps-femoris-long-head'
        ? 'biceps-femoris-long-head'
        : ids[1]!;
    await page.click(`[data-candidate-id="${other}"] .candidate-choose`);
    await settled(page);
    await page.screenshot({ path: `${outputDir}/scene-referral-focused.png` });
    expect(await page.getAttribute('html', 'data-focused-candidate')).toBe(other);
    expect(new URL(page.url()).searchParams.get('select')).toBe(other);
    expect(await sample(zoneMiddle(other), mapColours.focus)).toBeGreaterThan(0.4);

    // Compare paints the first candidate's map beside it in blue, with a legend naming both.
    await page.click(`[data-candidate-id="${top}"] .candidate-compare`);
    await settled(page);
    await page.screenshot({ path: `${outputDir}/scene-referral-compare.png` });
    const legend = await page.locator('.map-legend').innerText();
    expect(legend).toContain(muscleById(top)!.name);
    expect(legend).toContain(muscleById(other)!.name);
    const compareBlue = await pixelsLike(
      page,
      mapColours.compare,
      await page
        .locator('canvas')
        .boundingBox()
        .then((b) => ({
          x: Math.round(b!.x),
          y: Math.round(b!.y),
          width: Math.round(b!.width),
          height: Math.round(b!.height),
        })),
    );
    expect(compareBlue).toBeGreaterThan(0.001);
    const stats = await hook(page, 'stats');
    expect(stats.calls).toBeLessThanOrEqual(80);
    await page.click(`[data-candidate-id="${top}"] .candidate-compare`);
    await page.click(`[data-candidate-id="${other}"] .candidate-choose`);
    await page.waitForFunction((id) => document.documentElement.dataset.focusedCandidate === id, other);
    await settled(page);
    const focusedId = other;

    // "Show on model" for one trigger point: the scene emphasises that point and frames it.
    expect(await hook(page, 'shownTriggerPoint')).toBeNull();
    const showButtons = page.locator(
      `[data-trigger-point-of="${focusedId}"] button:has-text("Show on model")`,
    );
    expect(await showButtons.count()).toBeGreaterThan(0);
    const targetBefore = await hook(page, 'camera').then((c) => c.target);
    await showButtons.last().click();
    await settled(page);
    await page.screenshot({ path: `${outputDir}/scene-shown-trigger-point.png` });
    expect(await showButtons.last().getAttribute('aria-pressed')).toBe('true');
    const shown = await hook(page, 'shownTriggerPoint');
    expect(shown).toMatch(new RegExp(`^${focusedId}-trigger-point-\\d+$`));
    const point = await page.evaluate(
      (name) => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.item(name),
      shown!,
    );
    expect(point?.shown).toBe(true);
    const target = await hook(page, 'camera').then((c) => c.target);
    const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));
    // The orbit target is the point itself, and the camera moved there (it was elsewhere).
    expect(distance(target!, point!.centre)).toBeLessThan(0.005);
    expect(distance(targetBefore!, point!.centre)).toBeGreaterThan(0.01);
    // Right side: world = model frame, so the point projects to the middle of the canvas.
    const canvas = (await page.locator('canvas').boundingBox())!;
    const onScreen = await page.evaluate(
      ([x, y, z]) => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.project(x!, y!, z!),
      point!.centre,
    );
    expect(Math.abs(onScreen.x - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width * 0.05);
    expect(Math.abs(onScreen.y - (canvas.y + canvas.height / 2))).toBeLessThan(canvas.height * 0.05);
    // The emphasis draws at most two calls more (the ring), still within budget.
    const shownStats = await hook(page, 'stats');
    expect(shownStats.calls).toBeLessThanOrEqual(80);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('picks a batched attachment footprint: hover names it, a click selects its muscle', async () => {
    // Bones and footprints only, from the outside: the trochanteric insertions face the camera.
    const { page } = await openScene('?layers=bones,attachments&view=lateral');
    await settled(page);
    const canvas = (await page.locator('canvas').boundingBox())!;
    const label = page.locator('.scene-hover-label');
    let picked: { name: string; muscle: string } | undefined;
    for (const [name, muscle, words] of [
      ['gluteus-medius-insertion', 'gluteus-medius', 'Gluteus medius: insertion'],
      ['gluteus-minimus-insertion', 'gluteus-minimus', 'Gluteus minimus: insertion'],
      ['vastus-lateralis-origin', 'vastus-lateralis', 'Vastus lateralis: origin'],
    ] as const) {
      const item = await hook(page, 'item', name);
      expect(item?.shown).toBe(true);
      const at = await hook(page, 'project', item!.centre[0]!, item!.centre[1]!, item!.centre[2]!);
      expect(at.x).toBeGreaterThan(canvas.x);
      expect(at.x).toBeLessThan(canvas.x + canvas.width);
      await page.mouse.move(at.x, at.y);
      await page.mouse.move(at.x + 1, at.y);
      if ((await label.isVisible()) && (await label.textContent()) === words) {
        picked = { name, muscle };
        break;
      }
    }
    expect(picked, 'no footprint centre was pickable from the lateral view').toBeDefined();
    const item = (await hook(page, 'item', picked!.name))!;
    const spot = await hook(page, 'project', item.centre[0]!, item.centre[1]!, item.centre[2]!);
    await page.mouse.click(spot.x + 1, spot.y);
    await page.waitForFunction((m) => location.search.includes(`select=${m}`), picked!.muscle);
    await settled(page);
    expect((await hook(page, 'item', picked!.name))?.shown).toBe(true);
    await page.close();
  });

  it('frames the thigh in the standard views, and the whole limb on "Whole limb"', async () => {
    const { page } = await openScene('?view=lateral');
    await settled(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const canvas = (await page.locator('canvas').boundingBox())!;
    // Iliac crest and 4 cm below the tibial tuberosity (src/anatomy/landmarks.ts), and the heel.
    const fill = async () => {
      const top = await hook(page, 'project', -0.128, 0.068, -0.07);
      const knee = await hook(page, 'project', -0.082, -0.562, -0.04);
      return (knee.y - top.y) / canvas.height;
    };
    expect(await fill()).toBeGreaterThanOrEqual(0.7);
    const heel = await hook(page, 'project', -0.086, -0.93, -0.12);
    expect(heel.y).toBeGreaterThan(canvas.y + canvas.height); // the foot is below the frame
    await page.click('[data-action="whole-limb"]');
    await settled(page);
    expect(await page.getAttribute('[data-action="whole-limb"]', 'aria-pressed')).toBe('true');
    expect(await fill()).toBeLessThan(0.7);
    const heelNow = await hook(page, 'project', -0.086, -0.93, -0.12);
    expect(heelNow.y).toBeLessThan(canvas.y + canvas.height);
    // The standard views keep that framing until it is switched off.
    await page.click('.view-buttons button:has-text("Back")');
    await settled(page);
    expect(await fill()).toBeLessThan(0.7);
    await page.click('[data-action="whole-limb"]');
    await settled(page);
    expect(await fill()).toBeGreaterThanOrEqual(0.7);
    await page.close();
  });

  it('moves the camera without animation under reduced motion, and an orbit drag selects nothing', async () => {
    const { page } = await openScene('?view=posterior');
    await settled(page);
    // The orbit controls arrive after the first frame.
    await page.waitForFunction(
      () => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.camera().target !== null,
    );

    // Normal motion: the move to the front view glides through in-between poses (so the check
    // below can fail).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const glide = await cameraPath(page, () => page.click('.view-buttons button:has-text("Front")'));
    expect(glide.length).toBeGreaterThan(2); // start, at least one in-between pose, end

    // Reduced motion: start and end pose only, the end reached at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const framesBefore = await hook(page, 'stats').then((s) => s.frames);
    const jump = await cameraPath(page, () => page.click('.view-buttons button:has-text("Back")'));
    expect(jump).toHaveLength(2);
    expect(jump[1]![2]!).toBeLessThan(jump[0]![2]!); // from the front (+z) round to the back (-z)
    // Only a frame or two are drawn for the jump (no 0.6 s of animation frames).
    expect((await hook(page, 'stats').then((s) => s.frames)) - framesBefore).toBeLessThanOrEqual(3);

    // An orbit drag across the model turns the camera but neither selects nor marks pain.
    const urlBefore = page.url();
    const from = (await hook(page, 'skinPoint', -0.3, 180))!;
    const before = await hook(page, 'camera').then((c) => c.position);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 15, from.y + i * 3);
    await page.mouse.up();
    await settled(page);
    const after = await hook(page, 'camera').then((c) => c.position);
    expect(Math.hypot(...after.map((v, i) => v - before[i]!))).toBeGreaterThan(0.05);
    expect(page.url()).toBe(urlBefore);
    expect(await page.locator('[data-candidate-id]').count()).toBe(0);
    expect(page.url()).not.toMatch(/select=|pain=/);
    // A plain click on the same spot does mark pain there (the drag check is not vacuous).
    const spot = (await hook(page, 'skinPoint', -0.3, 180))!;
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction(() => location.search.includes('pain='));
    await page.close();
  });
});
