/** The pain drawing: its grid, brush, URL codec, and how the ranking reads it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { painSiteIds } from '../../src/anatomy/ids.ts';
import { painSites } from '../../src/anatomy/pain-sites.ts';
import { cellAt, emptyMask, maskArea, painGrid, rowCentre } from '../../src/anatomy/surface-grid.ts';
import { siteMask } from '../../src/anatomy/zone-coverage.ts';
import { rankCandidates } from '../../src/diagnosis/index.ts';
import { decodeDrawing, encodeDrawing } from '../../src/state/drawing-codec.ts';
import { brushRadii, stampBrush, strokeBrush } from '../../src/state/pain-drawing.ts';

/** A stroke with the medium brush down the middle of the back of the thigh, gluteal fold to knee crease. */
function backOfThighStroke() {
  const mask = emptyMask();
  strokeBrush(mask, { y: -0.16, angle: 180 }, { y: -0.47, angle: 180 }, brushRadii.medium);
  return mask;
}

describe('pain grid and brush', () => {
  it('finds the cell of a point and wraps angles round the limb', () => {
    expect(cellAt(painGrid, { y: -0.3, angle: 0 })).toEqual(cellAt(painGrid, { y: -0.3, angle: 360 }));
    expect(cellAt(painGrid, { y: 5, angle: 0 })).toBeNull();
  });

  it('stamps a round brush on the skin, across the front midline too', () => {
    const mask = emptyMask();
    expect(stampBrush(mask, { y: -0.3, angle: 1 }, brushRadii.small)).toBe(true);
    const [row] = cellAt(painGrid, { y: -0.3, angle: 1 })!;
    const at = (angle: number, y = rowCentre(painGrid, row)) => {
      const [r, c] = cellAt(painGrid, { y, angle })!;
      return mask[r * painGrid.cols + c];
    };
    expect(at(1)).toBe(1);
    expect(at(359)).toBe(1); // the other side of 0°
    expect(at(30)).toBe(0); // 29° ≈ 4 cm round the thigh: beyond a 12 mm brush
    expect(at(1, -0.3 + 0.02)).toBe(0);
    // Its area is about πr² (cells are 2° by 5 mm, so allow for the raster).
    const r = brushRadii.small;
    expect(maskArea(mask)).toBeGreaterThan(0.6 * Math.PI * r * r);
    expect(maskArea(mask)).toBeLessThan(1.6 * Math.PI * r * r);
  });

  it('erases with the same brush and reports whether anything changed', () => {
    const mask = backOfThighStroke();
    expect(stampBrush(mask, { y: -0.3, angle: 180 }, brushRadii.large, 0)).toBe(true);
    expect(stampBrush(mask, { y: -0.3, angle: 180 }, brushRadii.large, 0)).toBe(false);
  });
});

const maskArb = fc
  .array(
    fc.record({
      y: fc.double({ min: -0.99, max: 0.2, noNaN: true }),
      angle: fc.double({ min: 0, max: 359.9, noNaN: true }),
      radius: fc.constantFrom(...Object.values(brushRadii)),
      erase: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((stamps) => {
    const mask = emptyMask();
    for (const s of stamps) stampBrush(mask, s, s.radius, s.erase ? 0 : 1);
    return mask;
  });

describe('drawing codec (?drawn=)', () => {
  it('round-trips any drawing', () => {
    fc.assert(
      fc.property(maskArb, (mask) => {
        const word = encodeDrawing(mask);
        const decoded = decodeDrawing(word);
        expect(decoded.ok).toBe(true);
        // Compared as bytes: a 44 000-cell deep equality is slow in the test runner.
        if (decoded.ok) expect(Buffer.from(decoded.mask).equals(Buffer.from(mask))).toBe(true);
        expect(word).toMatch(/^(a[A-Za-z0-9_-]*)?$/);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a drawing over the whole back of the thigh within 2 KB of URL', () => {
    const mask = emptyMask();
    for (let y = -0.46; y <= -0.16; y += 0.01)
      strokeBrush(mask, { y, angle: 125 }, { y, angle: 235 }, brushRadii.large);
    expect(maskArea(mask)).toBeGreaterThan(0.04); // about 30 cm by 20 cm of skin
    expect(encodeDrawing(mask).length).toBeLessThanOrEqual(2048);
    expect(encodeDrawing(backOfThighStroke()).length).toBeLessThan(400);
  });

  it('reads an empty word as no drawing, and rejects what it did not write without throwing', () => {
    expect(encodeDrawing(emptyMask())).toBe('');
    for (const bad of ['zzz', 'a$$', 'a////', 'a_____________', 'a__8', 'a' + 'gICA'.repeat(8)]) {
      const decoded = decodeDrawing(bad);
      expect(decoded.ok, bad).toBe(false);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (word) => {
        expect(() => decodeDrawing(word)).not.toThrow();
      }),
    );
  });
});

describe('ranking a drawing', () => {
  it.each(painSiteIds.map((id) => [id]))(
    'a drawing of exactly the %s region ranks as the site does',
    (id) => {
      const site = painSites.find((s) => s.id === id)!;
      const bySite = rankCandidates({ painSites: [id], results: {} });
      const byDrawing = rankCandidates({ painSites: [], results: {}, drawing: siteMask(site).slice() });
      expect(byDrawing.map((c) => [c.id, c.rank, c.score])).toEqual(
        bySite.map((c) => [c.id, c.rank, c.score]),
      );
      expect(byDrawing[0]?.reasons[0]).toMatch(/where you drew/);
    },
  );

  it('a stroke down the middle of the back of the thigh puts gluteus minimus and a hamstring among the first three', () => {
    const top = rankCandidates({ painSites: [], results: {}, drawing: backOfThighStroke() })
      .filter((c) => c.rank <= 3)
      .map((c) => c.id);
    expect(top).toContain('gluteus-minimus');
    expect(
      top.some((id) =>
        [
          'semitendinosus',
          'semimembranosus',
          'biceps-femoris-long-head',
          'biceps-femoris-short-head',
        ].includes(id),
      ),
    ).toBe(true);
  });

  it('ranks higher the map that explains more of the drawing', () => {
    const ranked = rankCandidates({ painSites: [], results: {}, drawing: backOfThighStroke() });
    for (let i = 1; i < ranked.length; i++) {
      const a = ranked[i - 1]!;
      const b = ranked[i]!;
      expect(5 * a.essentialShare + 2 * a.spilloverShare).toBeGreaterThanOrEqual(
        5 * b.essentialShare + 2 * b.spilloverShare - 1e-9,
      );
    }
  });
});
