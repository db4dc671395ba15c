import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/diagnosis/index.ts';
import { selectCandidates } from '../../src/state/candidates.ts';
import type { PainSiteId } from '../../src/anatomy/ids.ts';

describe('selectCandidates', () => {
  const painSites: readonly PainSiteId[] = ['popliteal-fossa'];

  it('ranks as the diagnosis engine does, and nothing without sites', () => {
    expect(selectCandidates({ painSites, results: {} })).toEqual(rankCandidates({ painSites, results: {} }));
    expect(selectCandidates({ painSites: [], results: {} })).toEqual([]);
  });

  it('hands every reader the same array until an input changes', () => {
    const results = {};
    const first = selectCandidates({ painSites, results });
    expect(selectCandidates({ painSites, results })).toBe(first);
    const other = selectCandidates({ painSites, results: { 'knee-curl': 'positive' } as const });
    expect(other).not.toBe(first);
    expect(selectCandidates({ painSites: ['heel'], results: {} })).not.toBe(other);
  });
});
