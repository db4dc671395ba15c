/**
 * The name toggle and the model's labels (issue 13, "outside the quiz"): Latin (TA) names in the
 * card, the candidate list and the search, kept across a reload; labels with leader lines for what
 * the posterior view shows, ending on the structures they name, with the scene idle afterwards.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { muscleById, structureName } from '../../src/anatomy/index.ts';
import { chromiumPerFile } from './launch.ts';
import { openExplorer, screenshot } from './explorer-helpers.ts';

const chromium = chromiumPerFile();
let page: Page;

beforeAll(async () => {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
});

describe('Latin (TA) names', () => {
  it('shows the Latin name in the card and the list, keeps the English, and keeps the choice', async () => {
    await openExplorer(page, inject('baseUrl'), '?pain=popliteal-fossa');
    await page.waitForSelector('[data-candidate-id]');
    const focused = await page.getAttribute('html', 'data-focused-candidate');
    const muscle = muscleById(focused ?? '');
    expect(muscle, `focused candidate ${focused}`).toBeDefined();
    expect(await page.textContent('#structure-card-title')).toBe(muscle!.name);

    await page.check('input[name="name-style"][value="latin"]');
    await page.waitForFunction(
      (latin) => document.querySelector('#structure-card-title')?.textContent === latin,
      muscle!.latin,
    );
    expect(await page.getAttribute('#structure-card-title', 'lang')).toBe('la');
    // The English stays under the Latin, in the card and in the ranked list.
    expect(await page.textContent('#structure-card [data-english-name]')).toBe(muscle!.name);
    const listed = await page.textContent(`[data-candidate-id="${muscle!.id}"] .candidate-name`);
    expect(listed).toContain(muscle!.latin);
    expect(listed).toContain(muscle!.name);

    // Search still finds by the English name, and answers in Latin with the English beside it.
    await page.fill('input[type="search"]', 'semitendinosus');
    const result = page.locator('.search-results[aria-label="Matches"] button').first();
    await result.waitFor();
    expect(await result.textContent()).toContain(muscleById('semitendinosus')!.latin);
    await page.fill('input[type="search"]', '');

    // A saved preference: the next visit opens in Latin.
    await page.reload();
    await page.waitForSelector('#structure-card-title');
    expect(await page.textContent('#structure-card-title')).toBe(muscle!.latin);
    await screenshot(page, 'names-latin-card');
    await page.check('input[name="name-style"][value="english"]');
    await page.waitForFunction(
      (name) => document.querySelector('#structure-card-title')?.textContent === name,
      muscle!.name,
    );
  });
});

interface Hook {
  project(x: number, y: number, z: number): { x: number; y: number };
  stats(): { frames: number; calls: number };
}

interface ShownLabel {
  id: string;
  box: { left: number; top: number; right: number; bottom: number };
  /** Where its leader line ends, in page px. */
  end: { x: number; y: number };
}

/** The labels on screen, with their boxes and line ends in page coordinates. */
function shownLabels(page: Page): Promise<ShownLabel[]> {
  return page.$$eval('[data-model-label]', (els) => {
    const layer = document.querySelector('[data-model-labels]')!.getBoundingClientRect();
    return els
      .filter((el) => (el as HTMLElement).style.display !== 'none')
      .map((el) => {
        const id = el.getAttribute('data-model-label')!;
        const r = el.getBoundingClientRect();
        const line = document.querySelector(`line[data-label-line="${id}"]`)!;
        return {
          id,
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          end: {
            x: layer.left + Number(line.getAttribute('x2')),
            y: layer.top + Number(line.getAttribute('y2')),
          },
        };
      });
  });
}

/** Waits for `count` animation frames of the page (a signal the page paints, not a timer). */
const animationFrames = (page: Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    count,
  );

const stats = (page: Page) =>
  page.evaluate(() => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.stats());

/** Waits until the scene stops drawing, then returns its frame count. */
async function settled(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 100 && (await stats(page)).frames !== last; i++) {
    last = (await stats(page)).frames;
    await animationFrames(page, 8);
  }
  return last;
}

/** The middle of the thigh on screen, at three heights (model frame, right limb). */
async function thighMiddle(page: Page) {
  return page.evaluate(() =>
    [-0.15, -0.25, -0.35].map((y) =>
      (window as unknown as { __thighExplorer: Hook }).__thighExplorer.project(-0.085, y, -0.01),
    ),
  );
}

async function openWithLabels(page: Page, search: string) {
  await openExplorer(page, inject('baseUrl'), search);
  await page.waitForSelector('html[data-scene="ready"]', { timeout: 150_000 });
  await page.waitForFunction(() => '__thighExplorer' in window);
  // The model's controls load once it is drawn.
  await page.check('input[data-action="labels"]');
  await page.waitForSelector('[data-model-label="gluteus-maximus"]', { state: 'visible' });
}

function expectNoOverlaps(labels: readonly ShownLabel[]) {
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${labels[i]!.id} and ${labels[j]!.id} overlap`).toBe(true);
    }
}

describe('labels on the model', () => {
  it('names what the posterior view shows beside the model, lines ending on each structure, then stays idle', async () => {
    // The skin off, so the muscles are what the view shows.
    await openWithLabels(page, '?view=posterior&layers=muscles,bones,nerves');
    const labels = await shownLabels(page);
    const ids = labels.map((l) => l.id);
    expect(ids).toEqual(
      expect.arrayContaining(['gluteus-maximus', 'semitendinosus', 'biceps-femoris-long-head']),
    );
    // Only what faces the camera: the front of the thigh is not seen from behind.
    expect(ids).not.toContain('rectus-femoris');
    expect(ids).not.toContain('tibialis-anterior');
    expectNoOverlaps(labels);
    // Beside the model: no label covers the middle of the thigh.
    for (const middle of await thighMiddle(page))
      for (const l of labels)
        expect(
          middle.x > l.box.left && middle.x < l.box.right && middle.y > l.box.top && middle.y < l.box.bottom,
          `${l.id} covers the thigh`,
        ).toBe(false);
    await screenshot(page, 'labels-posterior-laptop');

    // Each line ends on the structure it names: the pointer there names it too.
    for (const id of ['gluteus-maximus', 'semitendinosus', 'biceps-femoris-long-head']) {
      const end = labels.find((l) => l.id === id)!.end;
      await page.mouse.move(end.x, end.y);
      await page.waitForFunction(
        (name) => document.querySelector('.scene-hover-label')?.textContent?.startsWith(name) === true,
        structureName(id),
      );
    }
    await page.mouse.move(5, 300);

    // Labels follow the name choice, with the English kept under the Latin.
    await page.check('input[name="name-style"][value="latin"]');
    await page.waitForFunction(
      (latin) =>
        document.querySelector('[data-model-label="gluteus-maximus"]')?.textContent?.startsWith(latin),
      muscleById('gluteus-maximus')!.latin,
    );
    expect(await page.textContent('[data-model-label="gluteus-maximus"] .model-label-other')).toBe(
      'Gluteus maximus',
    );
    expectNoOverlaps(await shownLabels(page));
    await screenshot(page, 'labels-posterior-latin-laptop');
    await page.check('input[name="name-style"][value="english"]');

    // The scene draws nothing while idle, labels and all.
    const before = await settled(page);
    await animationFrames(page, 30);
    expect((await stats(page)).frames - before).toBe(0);
    expect((await stats(page)).calls).toBeLessThanOrEqual(80);

    // The quiz hides the labels.
    await page.click('[data-mode-choice="quiz"]');
    await page.waitForSelector('[data-quiz-question]');
    expect(await page.$('[data-model-labels]')).toBeNull();
  });

  it('fits the labels beside the model on a phone', async () => {
    const context = await chromium.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await context.newPage();
    await openWithLabels(phone, '?view=posterior&layers=muscles,bones,nerves');
    const labels = await shownLabels(phone);
    expect(labels.length).toBeGreaterThan(2);
    expectNoOverlaps(labels);
    for (const middle of await thighMiddle(phone))
      for (const l of labels)
        expect(
          middle.x > l.box.left && middle.x < l.box.right && middle.y > l.box.top && middle.y < l.box.bottom,
          `${l.id} covers the thigh`,
        ).toBe(false);
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, 'labels-posterior-phone');
    await context.close();
  });
});
