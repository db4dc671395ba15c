/**
 * The skin wraps everything: no bone, muscle or tendon vertex (sampled) lies outside it by more
 * than about a millimetre. The skin is a radial grid around the limb axis (anatomy/surface.ts),
 * so its radius at any (height, angle) is read off the grid by bilinear interpolation and each
 * sampled vertex's distance from the axis is compared with it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { limbAxisAt, surfaceCoordinate } from '../../src/anatomy/surface.ts';
import { loadModel, type LoadedModel } from './model-fixture.ts';

const ROW = 0.006;
const COLUMNS = 96;
const COLUMN = 360 / COLUMNS;
const TOLERANCE = 0.0011;

interface SkinGrid {
  radius: Map<string, number>;
  /** Rows sit at (k + phase) × ROW for integer k. */
  phase: number;
  top: number;
  bottom: number;
}

/** Grid rows are every 6 mm of height; the rounded caps above and below are left out. */
function skinGrid(model: LoadedModel): SkinGrid {
  const skin = model.nodes.get('skin')!;
  const p = skin.positions;
  const s = skin.surface!;
  // The rows' phase: the most common fractional part of y / ROW (cap rings are few and off it).
  const votes = new Map<number, number>();
  for (let i = 0; i < s.length; i += 2) {
    const f = Math.round(((((s[i]! / ROW) % 1) + 1) % 1) * 100) % 100;
    votes.set(f, (votes.get(f) ?? 0) + 1);
  }
  const phase = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0] / 100;
  const radius = new Map<string, number>();
  for (let i = 0; i < p.length / 3; i++) {
    const y = s[2 * i]!;
    const row = y / ROW - phase;
    if (Math.abs(row - Math.round(row)) > 0.02) continue;
    const col = s[2 * i + 1]! / COLUMN;
    if (Math.abs(col - Math.round(col)) > 0.02) continue;
    const c = limbAxisAt(y);
    radius.set(
      `${Math.round(row)},${Math.round(col) % COLUMNS}`,
      Math.hypot(p[3 * i]! - c.x, p[3 * i + 2]! - c.z),
    );
  }
  // The grid is the contiguous run of full rows around mid-height (a cap ring may fall on a
  // row's phase, but it stands apart from the run).
  const perRow = new Map<number, number>();
  for (const key of radius.keys()) {
    const r = Number(key.split(',')[0]);
    perRow.set(r, (perRow.get(r) ?? 0) + 1);
  }
  const full = (r: number): boolean => perRow.get(r) === COLUMNS;
  let hi = Math.round(-0.4 / ROW - phase);
  let lo = hi;
  while (full(hi + 1)) hi++;
  while (full(lo - 1)) lo--;
  for (const key of [...radius.keys()]) {
    const r = Number(key.split(',')[0]);
    if (r > hi || r < lo) radius.delete(key);
  }
  const top = (hi + phase) * ROW;
  const bottom = (lo + phase) * ROW;
  return { radius, phase, top, bottom };
}

/** How far outside the skin a point lies (negative inside); undefined in the caps. */
function outside(grid: SkinGrid, q: [number, number, number]): number | undefined {
  const { y, angle } = surfaceCoordinate(q);
  if (y > grid.top || y < grid.bottom) return undefined;
  const fr = y / ROW - grid.phase;
  const fc = angle / COLUMN;
  const r0 = Math.floor(fr);
  const c0 = Math.floor(fc);
  const ty = fr - r0;
  const ta = fc - c0;
  const at = (r: number, c: number): number => {
    const v = grid.radius.get(`${r},${((c % COLUMNS) + COLUMNS) % COLUMNS}`);
    if (v === undefined) throw new Error(`skin grid has no vertex at row ${r}, column ${c}`);
    return v;
  };
  const R =
    (at(r0, c0) * (1 - ta) + at(r0, c0 + 1) * ta) * (1 - ty) +
    (at(r0 + 1, c0) * (1 - ta) + at(r0 + 1, c0 + 1) * ta) * ty;
  const c = limbAxisAt(y);
  return Math.hypot(q[0] - c.x, q[2] - c.z) - R;
}

describe('skin containment', () => {
  let model: LoadedModel;
  let grid: SkinGrid;
  beforeAll(async () => {
    model = await loadModel();
    grid = skinGrid(model);
  });

  it('reads a full skin grid (every row and column present)', () => {
    const rows = Math.round((grid.top - grid.bottom) / ROW) + 1;
    expect(rows).toBeGreaterThan(150);
    expect(grid.radius.size).toBe(rows * COLUMNS);
  });

  it('keeps every sampled bone, muscle and tendon vertex inside the skin (within ~1 mm)', () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const [name, node] of model.nodes) {
      const kind = node.extras.kind;
      if (kind !== 'bone' && kind !== 'muscle' && kind !== 'tendon') continue;
      const p = node.positions;
      // Every 5th vertex: a sample spread over the whole mesh.
      for (let i = 0; i < p.length; i += 15) {
        const q: [number, number, number] = [p[i]!, p[i + 1]!, p[i + 2]!];
        const o = outside(grid, q);
        if (o === undefined) {
          // Above or below the grid rows only the caps can cover it; nothing should be there.
          offenders.push(`${name} beyond the skin's rows at y=${q[1].toFixed(3)}`);
          continue;
        }
        checked++;
        if (o > TOLERANCE)
          offenders.push(
            `${name} ${(o * 1000).toFixed(1)} mm out at ${q.map((v) => v.toFixed(3)).join(',')}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(offenders.slice(0, 10)).toEqual([]);
  });

  it('detects a point placed outside the skin', () => {
    // Mid-thigh, 5 cm beyond the skin laterally: the check itself must be able to fail.
    const y = -0.25;
    const c = limbAxisAt(y);
    const o = outside(grid, [c.x - 0.2, y, c.z]);
    expect(o).toBeGreaterThan(0.05);
  });
});
