import { describe, expect, it } from 'vitest';
import { outlineCoverage } from '../../src/scene/outline-coverage.ts';
import { outlinePolygon } from '../../src/anatomy/surface-outline.ts';
import { rasteriseOutlines, rowHeight, type SurfaceGrid } from '../../src/anatomy/surface-grid.ts';
import type { SurfaceOutline } from '../../src/anatomy/types.ts';

const grid: SurfaceGrid = { cols: 360, rows: 200, yMin: -1, yMax: 0 };
/** An oval-ish zone, 40° by 12 cm, smoothed like every referral zone. */
const oval: SurfaceOutline = [
  [160, -0.5],
  [180, -0.46],
  [200, -0.5],
  [180, -0.58],
];

/** Area of a polygon in cell units (columns × rows). */
function cellArea(polygon: readonly (readonly [number, number])[]): number {
  let twice = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++)
    twice += polygon[j]![0] * polygon[i]![1] - polygon[i]![0] * polygon[j]![1];
  return Math.abs(twice) / 2 / (360 / grid.cols) / rowHeight(grid);
}

const at = (data: Uint8Array, angle: number, y: number) =>
  data[Math.floor((y - grid.yMin) / rowHeight(grid)) * grid.cols + Math.floor((angle / 360) * grid.cols)]!;

describe('outline coverage (the map texture’s anti-aliased zones)', () => {
  it('sums to the outline’s own area, full inside and empty outside', () => {
    const coverage = outlineCoverage([oval], grid);
    const total = coverage.reduce((sum, v) => sum + v / 255, 0);
    expect(Math.abs(total / cellArea(outlinePolygon(oval)) - 1)).toBeLessThan(0.01);
    expect(at(coverage, 180, -0.51)).toBe(255);
    expect(at(coverage, 150, -0.51)).toBe(0);
    expect(at(coverage, 180, -0.7)).toBe(0);
  });

  it('grades the border cells, and agrees with the ranking’s yes/no mask on the rest', () => {
    const coverage = outlineCoverage([oval], grid);
    const partial = coverage.filter((v) => v > 0 && v < 255).length;
    expect(partial).toBeGreaterThan(20);
    const mask = rasteriseOutlines([oval], grid);
    let disagree = 0;
    let inside = 0;
    for (let i = 0; i < mask.length; i++) {
      if (mask[i]) inside++;
      if (coverage[i]! >= 128 !== (mask[i] === 1)) disagree++;
    }
    // Only cells the border passes close to their centre may fall either way.
    expect(disagree / inside).toBeLessThan(0.03);
  });

  it('wraps an outline that runs past 360° round to 0°', () => {
    const seam: SurfaceOutline = [
      [350, -0.3],
      [365, -0.27],
      [380, -0.3],
      [365, -0.33],
    ];
    const coverage = outlineCoverage([seam], grid);
    expect(at(coverage, 358, -0.3)).toBe(255);
    expect(at(coverage, 5, -0.3)).toBe(255);
    expect(at(coverage, 180, -0.3)).toBe(0);
  });

  it('counts overlapping islands once: never more than full', () => {
    const once = outlineCoverage([oval], grid);
    const twice = outlineCoverage([oval, oval], grid);
    expect(at(twice, 180, -0.51)).toBe(255);
    expect(twice.every((v, i) => v >= once[i]! && (once[i] === 0) === (v === 0))).toBe(true);
  });
});
