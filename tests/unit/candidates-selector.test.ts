import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/diagnosis/index.ts';
import { selectCandidates } from '../../src/state/candidates.ts';
import type { PainSiteId } from '../../src/anatomy/ids.ts';
import { emptyMask } from '../../src/anatomy/surface-grid.ts';
import { brushRadii, stampBrush } from '../../src/state/pain-drawing.ts';

describe('selectCandidates', () => {
  const painSites: readonly PainSiteId[] = ['popliteal-fossa'];

  const drawing = null;

  it('ranks as the diagnosis engine does, and nothing without sites, drawing or results', () => {
    expect(selectCandidates({ painSites, results: {}, drawing })).toEqual(
      rankCandidates({ painSites, results: {} }),
    );
    expect(selectCandidates({ painSites: [], results: {}, drawing })).toEqual([]);
  });

  it('lists the muscles a self-test result implicates when nothing is marked', () => {
    const ranked = selectCandidates({ painSites: [], results: { 'tiptoe-push-off': 'positive' }, drawing });
    expect(ranked.map((c) => c.id)).toContain('soleus');
  });

  it('ranks a drawing alone', () => {
    const mask = emptyMask();
    stampBrush(mask, { y: -0.93, angle: 180 }, brushRadii.large);
    expect(selectCandidates({ painSites: [], results: {}, drawing: mask })[0]?.id).toBe('soleus');
  });

  it('hands every reader the same array until an input changes', () => {
    const results = {};
    const first = selectCandidates({ painSites, results, drawing });
    expect(selectCandidates({ painSites, results, drawing })).toBe(first);
    const other = selectCandidates({ painSites, results: { 'knee-curl': 'positive' } as const, drawing });
    expect(other).not.toBe(first);
    expect(selectCandidates({ painSites: ['heel'], results: {}, drawing })).not.toBe(other);
  });
});
