import { describe, expect, it } from 'vitest';
import { emptyMask, painGrid } from '../../src/anatomy/surface-grid.ts';
import { painTextureData, writeDrawing, writeDrawingBetween } from '../../src/scene/pain-texture.ts';
import { brushRadii, stampBrush, strokeBrush } from '../../src/state/pain-drawing.ts';

type Coord = { y: number; angle: number };

/** The texture after a stroke, repainted only in the stroke's rows, and repainted whole. */
function bothRepaints(before: Coord[], from: Coord, to: Coord, radius: number, value: 0 | 1 = 1) {
  const mask = emptyMask();
  for (const c of before) stampBrush(mask, c, brushRadii.large);
  const partial = painTextureData(mask, null);
  strokeBrush(mask, from, to, radius, value);
  writeDrawingBetween(partial, mask, Math.min(from.y, to.y) - radius, Math.max(from.y, to.y) + radius);
  const whole = painTextureData(null, null);
  writeDrawing(whole, mask);
  return { partial, whole, mask };
}

/** The first byte where two textures differ, or -1 (cheaper than a deep equality on 175 KB). */
const firstDifference = (a: Uint8Array, b: Uint8Array) =>
  a.length !== b.length ? 0 : a.findIndex((v, i) => v !== b[i]);

describe('pain texture: repainting a stroke row by row', () => {
  it('gives the same texture as repainting the whole drawing', () => {
    const { partial, whole } = bothRepaints(
      [{ y: -0.3, angle: 180 }],
      { y: -0.2, angle: 150 },
      { y: -0.35, angle: 210 },
      brushRadii.medium,
    );
    expect(firstDifference(partial, whole)).toBe(-1);
    // The stroke did change the texture.
    expect(whole.some((v, i) => i % 4 === 0 && v > 0)).toBe(true);
  });

  it('matches across the 0°/360° seam, when erasing, and at the grid’s top and bottom rows', () => {
    const cases: [Coord, Coord, number, 0 | 1][] = [
      [{ y: -0.3, angle: 350 }, { y: -0.28, angle: 12 }, brushRadii.large, 1],
      [{ y: -0.31, angle: 170 }, { y: -0.29, angle: 190 }, brushRadii.small, 0],
      [{ y: painGrid.yMin, angle: 90 }, { y: painGrid.yMin + 0.01, angle: 100 }, brushRadii.large, 1],
      [{ y: painGrid.yMax - 0.001, angle: 45 }, { y: 10, angle: 50 }, brushRadii.medium, 1],
    ];
    for (const [from, to, radius, value] of cases) {
      const { partial, whole } = bothRepaints(
        [
          { y: -0.3, angle: 180 },
          { y: -0.3, angle: 0 },
        ],
        from,
        to,
        radius,
        value,
      );
      expect(firstDifference(partial, whole)).toBe(-1);
    }
  });

  it('leaves rows outside the stroke untouched', () => {
    const mask = emptyMask();
    const data = new Uint8Array(painGrid.cols * painGrid.rows * 4).fill(7);
    stampBrush(mask, { y: -0.3, angle: 180 }, brushRadii.small);
    writeDrawingBetween(data, mask, -0.3 - brushRadii.small, -0.3 + brushRadii.small);
    expect(data[0]).toBe(7);
    expect(data[(painGrid.cols * painGrid.rows - 1) * 4]).toBe(7);
  });
});
