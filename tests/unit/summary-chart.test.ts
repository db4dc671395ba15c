/** The summary's body chart: the marked skin lands on the half of the figure that faces that way. */
import { describe, expect, it } from 'vitest';
import { painSiteById } from '../../src/anatomy/index.ts';
import { siteMask } from '../../src/anatomy/zone-coverage.ts';
import { emptyMask } from '../../src/anatomy/surface-grid.ts';
import { maskPath, projectX } from '../../src/modes/summary/body-chart.ts';
import { firstSentence, summaryContent } from '../../src/modes/summary/summary-data.ts';

/** x extents of all rectangles in a path made by maskPath. */
function xRange(path: string): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of path.matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)/g)) {
    lo = Math.min(lo, Number(m[1]));
    hi = Math.max(hi, Number(m[1]) + Number(m[3]));
  }
  return [lo, hi];
}

describe('summary body chart', () => {
  it('draws the outer side of a right leg on the left from the front and on the right from behind', () => {
    expect(projectX(90, 10, 'front', false)).toBeLessThan(0);
    expect(projectX(90, 10, 'back', false)).toBeGreaterThan(0);
    expect(projectX(90, 10, 'front', true)).toBeGreaterThan(0);
  });

  it('paints the back of the knee only on the back figure, and the side of the hip on the outer side', () => {
    const knee = siteMask(painSiteById('popliteal-fossa')!);
    expect(maskPath(knee, 'back')).not.toBe('');
    expect(maskPath(knee, 'front')).toBe('');
    const hip = siteMask(painSiteById('lateral-hip')!);
    const [, frontRight] = xRange(maskPath(hip, 'front'));
    const [backLeft] = xRange(maskPath(hip, 'back'));
    expect(frontRight).toBeLessThan(0.5);
    expect(backLeft).toBeGreaterThan(-0.5);
    expect(maskPath(emptyMask(), 'front')).toBe('');
  });

  it('lists the marked sites, the checks and the top three candidates from the state alone', () => {
    const content = summaryContent({
      chosenSites: ['popliteal-fossa'],
      markedSites: ['popliteal-fossa'],
      drawing: null,
      results: { 'knee-curl': 'positive' },
      candidates: [],
    });
    expect(content.siteLabels).toHaveLength(1);
    expect(content.checks.map((c) => [c.test.id, c.result])).toEqual([['knee-curl', 'positive']]);
    expect(content.flags.some((f) => f.id === 'deep-vein-thrombosis')).toBe(true);
    expect(content.marked.some((v) => v === 1)).toBe(true);
  });

  it('cuts a text at its first sentence', () => {
    expect(firstSentence('One thing. Another.')).toBe('One thing.');
    expect(firstSentence('No stop')).toBe('No stop');
    expect(firstSentence('Keep 1.5 cm. Then')).toBe('Keep 1.5 cm.');
  });
});
