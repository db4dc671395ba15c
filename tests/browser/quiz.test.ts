/**
 * Quiz mode (issue 13) in real Chromium: a ten-question round of "name the highlighted muscle",
 * answered wrong once and right otherwise, with the missed muscle asked again; the labels and the
 * address bar give nothing away; and the keyboard form in the text view. Which choice is right is
 * read from the scene itself: the highlighted (selected) muscle is the only one whose footprints
 * are drawn, since the quiz shows muscles and bones only.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeMuscle } from '../../src/quiz/quiz-description.ts';
import { kb, structureName } from '../../src/anatomy/index.ts';
import { viewOfFootprint } from '../../src/quiz/quiz-views.ts';
import { viewDirection } from '../../src/scene/camera-framing.ts';
import { launchChromium } from './launch.ts';
import { screenshot } from './explorer-helpers.ts';

/** The part of the scene's test hook (src/scene/TestHook.tsx) read here. */
type ItemHook = {
  __thighExplorer?: {
    item(name: string): { shown: boolean } | null;
    project(x: number, y: number, z: number): { x: number; y: number };
    camera(): { position: number[]; target: number[] | null };
  };
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

const choices = (p: Page) =>
  p.$$eval('[data-quiz-choice]', (els) => els.map((el) => el.getAttribute('data-quiz-choice') ?? ''));

/** The choice the scene highlights: waits until exactly one choice has its footprint drawn. */
async function highlighted(p: Page): Promise<string> {
  const ids = await choices(p);
  const handle = await p.waitForFunction((list) => {
    const hook = (window as unknown as ItemHook).__thighExplorer;
    if (!hook) return null;
    const lit = list.filter((id) => hook.item(`${id}-origin`)?.shown === true);
    return lit.length === 1 ? lit[0] : null;
  }, ids);
  return (await handle.jsonValue()) as string;
}

const score = (p: Page) => p.getAttribute('[data-quiz-score]', 'data-quiz-score');

describe('quiz mode', () => {
  it('runs a ten-question round: feedback, score, streak, a missed muscle asked again', async () => {
    await page.goto(new URL('?mode=quiz', inject('baseUrl')).toString());
    await page.waitForSelector('html[data-mode="quiz"]');
    await page.waitForSelector('html[data-scene="ready"]');
    await page.waitForFunction(() => '__thighExplorer' in window);
    // Name questions only (the round settings), which starts a new round.
    await page.click('.quiz-settings summary');
    await page.click('input[name="quiz-kind"][value="find"]');
    await page.click('input[name="quiz-kind"][value="attach"]');
    await page.click('.quiz-settings summary');
    await page.waitForSelector('[data-quiz-question="name"]');
    expect(await page.textContent('.quiz-count')).toContain('Question 1 of 10');
    expect(await choices(page)).toHaveLength(4);

    // No label can name the structure: the hover label is hidden in the quiz, the URL holds no answer.
    const labelDisplay = await page.evaluate(() => {
      const label = document.querySelector<HTMLElement>('.scene-hover-label');
      if (!label) return 'missing';
      label.style.display = 'block';
      const shown = getComputedStyle(label).display;
      label.style.display = 'none';
      return shown;
    });
    expect(labelDisplay).toBe('none');
    expect(new URL(page.url()).search).toBe('?mode=quiz');
    expect(await page.$('[data-candidate-id]')).toBeNull();

    // First question: a wrong choice.
    const missed = await highlighted(page);
    const wrongChoice = (await choices(page)).find((c) => c !== missed)!;
    await page.click(`[data-quiz-choice="${wrongChoice}"]`);
    await page.waitForSelector('[data-quiz-feedback="wrong"]');
    expect(await page.textContent('[data-quiz-feedback]')).toContain(structureName(missed));
    expect(await page.getAttribute(`[data-quiz-choice="${missed}"]`, 'class')).toContain('is-right');
    expect(await score(page)).toBe('0/1');
    await screenshot(page, 'quiz-wrong');
    await page.click('.quiz-next');

    // The rest right; the missed muscle comes back three questions on.
    for (let n = 2; n <= 10; n++) {
      await page.waitForFunction(
        (want) => document.querySelector('.quiz-count')?.textContent?.includes(want),
        `Question ${n} of 10`,
      );
      const right = await highlighted(page);
      if (n === 4) {
        expect(right).toBe(missed);
        expect(await page.textContent('.quiz-count')).toContain('asked again');
      }
      await page.click(`[data-quiz-choice="${right}"]`);
      await page.waitForSelector('[data-quiz-feedback="correct"]');
      expect(await score(page)).toBe(`${n - 1}/${n}`);
      expect(await page.textContent('.quiz-streak')).toContain(`Streak ${n - 1}`);
      if (n === 2) await screenshot(page, 'quiz-right');
      await page.click('.quiz-next');
    }
    await page.waitForSelector('.quiz-result');
    expect(await score(page)).toBe('9/10');
    expect(await page.textContent('[data-quiz-score]')).toContain('Final score: 9 of 10');
    expect(await page.textContent('.quiz-result')).toContain(structureName(missed));
    expect(await page.$('[data-quiz-question]')).toBeNull();
    await screenshot(page, 'quiz-score');

    // Leaving the quiz gives the explorer back as it was.
    await page.click('[data-mode-choice="explore"]');
    await page.waitForSelector('html[data-mode="explore"]');
    await page.waitForSelector('aside.panel');
    expect(new URL(page.url()).search).toBe('');
    // In one history entry: back returns straight to the quiz, past no entry naming its answer.
    await page.goBack();
    await page.waitForSelector('html[data-mode="quiz"]');
    expect(new URL(page.url()).search).toBe('?mode=quiz');
    // Ten questions, each redrawing the model in software WebGL: slow on a loaded machine.
  }, 300_000);

  it('asks from descriptions in the text view, answered with the keyboard alone', async () => {
    await page.goto(new URL('?text=1&mode=quiz', inject('baseUrl')).toString());
    await page.waitForSelector('html[data-scene="fallback"]');
    await page.waitForSelector('[data-quiz-question="describe"]');
    for (let n = 1; n <= 2; n++) {
      const shown = await page.$$eval('.quiz-description dd', (els) => els.map((el) => el.textContent ?? ''));
      const ids = await choices(page);
      // The description on screen is the target's own (from src/anatomy), and no other choice's.
      const right = ids.filter(
        (id) =>
          describeMuscle(id)!
            .lines.map((l) => l.text)
            .join('|') === shown.join('|'),
      );
      expect(right).toHaveLength(1);
      expect(shown.join(' ').toLowerCase()).not.toContain(structureName(right[0]!).toLowerCase());
      // Tab to the right choice and press Enter.
      for (let i = 0; i < 40; i++) {
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-quiz-choice'));
        if (focused === right[0]) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-quiz-feedback="correct"]');
      expect(await score(page)).toBe(`${n}/${n}`);
      // Focus lands on "Next question": Enter goes on.
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('quiz-next');
      if (n === 1) await screenshot(page, 'quiz-text-view');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (want) => document.querySelector('.quiz-count')?.textContent?.includes(want),
        `Question ${n + 1} of 10`,
      );
    }
  });

  it('answers a "where does it attach?" question with a click on the model, not a card', async () => {
    // Camera moves jump under reduced motion, so the footprint is where the question turned to.
    const clickPage = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    try {
      await clickPage.goto(new URL('?mode=quiz', inject('baseUrl')).toString());
      await clickPage.waitForSelector('html[data-scene="ready"]');
      await clickPage.waitForFunction(() => '__thighExplorer' in window);
      await clickPage.click('.quiz-settings summary');
      await clickPage.click('input[name="quiz-kind"][value="name"]');
      await clickPage.click('input[name="quiz-kind"][value="find"]');
      await clickPage.click('.quiz-settings summary');
      await clickPage.waitForSelector('[data-quiz-question="attach"]');
      const ask = (await clickPage.textContent('.quiz-ask')) ?? '';
      const [, name, word] = /does (.+) (start|end)\?/.exec(ask) ?? [];
      const muscle = kb.muscles.find((m) => m.name === name);
      expect(muscle, ask).toBeDefined();
      const footprint = (word === 'start' ? muscle!.origins : muscle!.insertions)[0]!;
      // The question turns the camera to the footprint's side and swaps the muscles for the
      // footprints (store changes the scene follows on its own render): aim only once it looks
      // from there and draws the asked footprint. A click whose press and release land on
      // different scenes is not a click on either (R3F), so the scene must be settled first.
      const end = word === 'start' ? 'origin' : 'insertion';
      const view = viewOfFootprint(muscle!.id, end);
      await clickPage.waitForFunction(
        ([d, node]) => {
          const hook = (window as unknown as ItemHook).__thighExplorer!;
          const c = hook.camera();
          if (!c.target || hook.item(node)?.shown !== true) return false;
          const v = c.position.map((p, i) => p - c.target![i]!);
          return v.reduce((sum, x, i) => sum + x * d[i]!, 0) / Math.hypot(...v) > 0.98;
        },
        [viewDirection(view, 'right'), `${muscle!.id}-${end}`] as const,
      );
      const mean = [0, 1, 2].map(
        (k) => footprint.points.reduce((sum, p) => sum + p[k]!, 0) / footprint.points.length,
      );
      // A point of the asked footprint, on its bone: the click lands on the bone or a footprint.
      const at = await clickPage.evaluate(
        ([x, y, z]) => (window as unknown as ItemHook).__thighExplorer!.project(x!, y!, z!),
        mean,
      );
      await clickPage.mouse.click(at.x, at.y);
      await clickPage.waitForSelector('[data-quiz-feedback]');
      const verdict = await clickPage.getAttribute('[data-quiz-feedback]', 'data-quiz-feedback');
      const said = (await clickPage.textContent('[data-quiz-feedback] p')) ?? '';
      // Whatever was hit answered the question, and the feedback names it or confirms the answer.
      if (verdict === 'correct') expect(said).toMatch(/^Right: the (origin|insertion) of /);
      else expect(said).toMatch(/^Not quite\. You clicked \S/);
      expect(await score(clickPage)).toBe(verdict === 'correct' ? '1/1' : '0/1');
      // No structure card opened and nothing reached the address bar.
      expect(await clickPage.$('aside.panel')).toBeNull();
      expect(new URL(clickPage.url()).search).toBe('?mode=quiz');
    } finally {
      await clickPage.close();
    }
  });
});
