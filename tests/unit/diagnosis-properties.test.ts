/** Properties of the ranking over random pain-site sets and self-test results (real data). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { painSiteIds, selfTestIds } from '../../src/anatomy/ids.ts';
import type { SelfTestId } from '../../src/anatomy/ids.ts';
import { rankCandidates, type TestResult } from '../../src/diagnosis/index.ts';

const sitesArb = fc.uniqueArray(fc.constantFrom(...painSiteIds), { maxLength: 4 });
const resultsArb = fc.dictionary(
  fc.constantFrom(...selfTestIds),
  fc.constantFrom<TestResult>('positive', 'negative'),
  { maxKeys: 3 },
) as fc.Arbitrary<Partial<Record<SelfTestId, TestResult>>>;

const scores = (list: readonly { id: string; score: number }[]) =>
  new Map(list.map((candidate) => [candidate.id, candidate.score]));

describe('ranking properties (real data)', () => {
  it('is ordered by score, ranked 1..n, without duplicates, and each entry explains itself', () => {
    fc.assert(
      fc.property(sitesArb, resultsArb, (painSites, results) => {
        const ranked = rankCandidates({ painSites, results });
        expect(ranked.map((candidate) => candidate.rank)).toEqual(ranked.map((_, index) => index + 1));
        expect(new Set(ranked.map((candidate) => candidate.id)).size).toBe(ranked.length);
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score + 1e-6);
        }
        for (const candidate of ranked) {
          expect(candidate.reasons.length).toBeGreaterThan(0);
          expect(candidate.sitesCovered.every((site) => painSites.includes(site))).toBe(true);
          expect(candidate.coverage === 'none').toBe(candidate.sitesCovered.length === 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a further positive result never lowers a score; a further negative one never raises one', () => {
    fc.assert(
      fc.property(sitesArb, resultsArb, fc.constantFrom(...selfTestIds), (painSites, results, extra) => {
        fc.pre(results[extra] === undefined);
        const before = scores(rankCandidates({ painSites, results }));
        const afterPositive = scores(
          rankCandidates({ painSites, results: { ...results, [extra]: 'positive' } }),
        );
        const afterNegative = scores(
          rankCandidates({ painSites, results: { ...results, [extra]: 'negative' } }),
        );
        for (const [id, score] of before) {
          expect(afterPositive.get(id) ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(score - 1e-6);
          const lowered = afterNegative.get(id);
          if (lowered !== undefined) expect(lowered).toBeLessThanOrEqual(score + 1e-6);
        }
      }),
      { numRuns: 150 },
    );
  });
});
