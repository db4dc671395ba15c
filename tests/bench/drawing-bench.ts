/**
 * The pain drawing in the bench: the cost of each pointer move while drawing (brush, texture
 * update; measured in the page), and the URL length of a reference drawing that covers the back of
 * the thigh (computed with the app's own codec).
 */
import type { Page } from 'playwright-core';
import { emptyMask } from '../../src/anatomy/surface-grid.ts';
import { encodeDrawing } from '../../src/state/drawing-codec.ts';
import { brushRadii, strokeBrush } from '../../src/state/pain-drawing.ts';

type Hook = {
  skinPoint(y: number, angle: number): { x: number; y: number } | null;
  drawingCostMs(): number[];
};

/** Bands of the broad brush across the back of the thigh, gluteal fold to knee crease. */
export function referenceDrawingUrlLength(): number {
  const mask = emptyMask();
  for (let y = -0.46; y <= -0.16; y += 0.01)
    strokeBrush(mask, { y, angle: 125 }, { y, angle: 235 }, brushRadii.large);
  return `drawn=${encodeDrawing(mask)}`.length;
}

/** Draws a zig-zag on the back of the thigh with the mouse and returns the per-move costs (ms). */
export async function drawingMoveCosts(page: Page): Promise<number[]> {
  await page.click('[data-action="draw"]');
  const at = (y: number, angle: number) =>
    page.evaluate(
      ([yy, aa]) => (window as unknown as { __thighExplorer: Hook }).__thighExplorer.skinPoint(yy!, aa!),
      [y, angle],
    );
  const points = [];
  for (let i = 0; i <= 6; i++) points.push(await at(-0.18 - i * 0.045, i % 2 ? 150 : 210));
  const start = points[0];
  if (!start) return [];
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const p of points.slice(1)) if (p) await page.mouse.move(p.x, p.y, { steps: 15 });
  await page.mouse.up();
  await page.click('[data-action="draw"]');
  return page.evaluate(() =>
    (window as unknown as { __thighExplorer: Hook }).__thighExplorer.drawingCostMs(),
  );
}
