/** The model's label layout (scene/label-layout.ts): two columns, no overlaps, in the points' order. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  columnsFor,
  defaultLayoutOptions,
  layoutLabels,
  overlaps,
  type LabelBox,
} from '../../src/scene/label-layout.ts';

const laptop = { width: 832, height: 805 };
const model = { left: 300, right: 520 };

const label = (id: string, x: number, y: number, height = 18, width = 120): LabelBox => ({
  id,
  anchor: { x, y },
  width,
  height,
});

describe('label layout', () => {
  it('puts each label on the side of its point, beside the model, with the line leaving toward the model', () => {
    const columns = columnsFor(laptop, model);
    expect(columns.left.to).toBeLessThanOrEqual(model.left);
    expect(columns.right.from).toBeGreaterThanOrEqual(model.right);
    const placed = layoutLabels([label('a', 350, 200), label('b', 480, 300)], laptop, columns);
    const a = placed.find((p) => p.id === 'a')!;
    const b = placed.find((p) => p.id === 'b')!;
    expect(a.side).toBe('left');
    expect(a.x + a.width).toBe(columns.left.to);
    expect(a.lineStart).toEqual({ x: columns.left.to, y: a.y + a.height / 2 });
    expect(b.side).toBe('right');
    expect(b.x).toBe(columns.right.from);
    // Alone in its column, a label sits level with its point.
    expect(a.y + a.height / 2).toBe(200);
  });

  it('stacks labels whose points are close without overlap, in the order of their points', () => {
    const columns = columnsFor(laptop, model);
    const placed = layoutLabels(
      [label('c', 330, 405), label('a', 340, 400), label('b', 320, 402)],
      laptop,
      columns,
    );
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    for (let i = 1; i < placed.length; i++)
      expect(placed[i]!.y).toBeGreaterThanOrEqual(placed[i - 1]!.y + placed[i - 1]!.height);
  });

  it('pushes a column back up from the bottom edge and drops the least important when full', () => {
    const area = { width: 390, height: 100 };
    const columns = columnsFor(area, { left: 140, right: 250 });
    const many = [0, 1, 2, 3, 4, 5].map((i) => label(`m${i}`, 150, 95, 20, 90));
    const placed = layoutLabels(many, area, columns);
    // 100 px less two 8 px margins holds three 20 px labels and their gaps, not four.
    expect(placed.map((p) => p.id).sort()).toEqual(['m0', 'm1', 'm2']);
    for (const p of placed) {
      expect(p.y).toBeGreaterThanOrEqual(defaultLayoutOptions.margin);
      expect(p.y + p.height).toBeLessThanOrEqual(area.height - defaultLayoutOptions.margin);
    }
  });

  it('keeps the columns apart on a narrow screen, even when the model fills it', () => {
    const columns = columnsFor({ width: 390 }, { left: 20, right: 370 });
    expect(columns.left.to).toBeLessThan(columns.right.from);
    expect(columns.left.to - columns.left.from).toBe(defaultLayoutOptions.minWidth);
  });

  it('never overlaps two labels and keeps every label inside the area (any points, sizes and screens)', () => {
    fc.assert(
      fc.property(
        fc.record({
          width: fc.integer({ min: 240, max: 1600 }),
          height: fc.integer({ min: 120, max: 1200 }),
          modelFrom: fc.double({ min: 0, max: 0.5, noNaN: true }),
          modelTo: fc.double({ min: 0.5, max: 1, noNaN: true }),
        }),
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 1, noNaN: true }),
            y: fc.double({ min: 0, max: 1, noNaN: true }),
            width: fc.integer({ min: 20, max: 300 }),
            height: fc.integer({ min: 12, max: 60 }),
          }),
          { maxLength: 60 },
        ),
        (screen, points) => {
          const area = { width: screen.width, height: screen.height };
          const columns = columnsFor(area, {
            left: screen.modelFrom * area.width,
            right: screen.modelTo * area.width,
          });
          const placed = layoutLabels(
            points.map((p, i) => label(`l${i}`, p.x * area.width, p.y * area.height, p.height, p.width)),
            area,
            columns,
          );
          for (let i = 0; i < placed.length; i++) {
            const p = placed[i]!;
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.x + p.width).toBeLessThanOrEqual(area.width);
            expect(p.y).toBeGreaterThanOrEqual(0);
            expect(p.y + p.height).toBeLessThanOrEqual(area.height);
            for (let j = i + 1; j < placed.length; j++) expect(overlaps(p, placed[j]!)).toBe(false);
          }
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });
});
