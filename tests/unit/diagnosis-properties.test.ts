/** Properties of the ranking over random pain-site sets and self-test results (real data). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { painSiteIds, selfTestIds } from '../../src/anatomy/ids.ts';
import type { SelfTestId } from '../../src/anatomy/ids.ts';
import { rankCandidates, scoring, type TestResult } from '../../src/diagnosis/index.ts';

const sitesArb = fc.uniqueArray(fc.constantFrom(...painSiteIds), { maxLength: 4 });
const resultsArb = fc.dictionary(
  fc.constantFrom(...selfTestIds),
  fc.constantFrom<TestResult>('positive', 'negative'),
  { maxKeys: 3 },
) as fc.Arbitrary<Partial<Record<SelfTestId, TestResult>>>;

const scores = (list: readonly { id: string; score: number }[]) =>
  new Map(list.map((candidate) => [candidate.id, candidate.score]));

// Each ranking compares masks on the pain grid (a few ms): a hundred random cases need more than the
// default 5 s on a loaded two-core machine.
describe('ranking properties (real data)', { timeout: 30_000 }, () => {
  it('is ordered by score, ranked 1..n with ties sharing a rank, without duplicates, and each entry explains itself', () => {
    fc.assert(
      fc.property(sitesArb, resultsArb, (painSites, results) => {
        const ranked = rankCandidates({ painSites, results });
        ranked.forEach((candidate, index) => {
          const previous = ranked[index - 1];
          const tiedWithPrevious = !!previous && Math.abs(previous.score - candidate.score) <= 1e-6;
          expect(candidate.rank).toBe(tiedWithPrevious ? previous.rank : index + 1);
          const tied = ranked.some((other) => other !== candidate && other.rank === candidate.rank);
          expect(candidate.tied).toBe(tied);
        });
        expect(new Set(ranked.map((candidate) => candidate.id)).size).toBe(ranked.length);
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score + 1e-6);
        }
        for (const candidate of ranked) {
          expect(candidate.reasons.length).toBeGreaterThan(0);
          expect(candidate.sitesCovered.every((site) => painSites.includes(site))).toBe(true);
          const reaches =
            candidate.essentialShare >= scoring.MIN_MAP_SHARE ||
            candidate.spilloverShare >= scoring.MIN_MAP_SHARE;
          // A map explaining a real share of the marked area always counts; one that counts with less
          // does so by covering one of the marked sites, so it still reaches some of the area.
          if (reaches) expect(candidate.coverage).not.toBe('none');
          if (candidate.coverage !== 'none')
            expect(candidate.essentialShare + candidate.spilloverShare).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
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
      { numRuns: 100 },
    );
  });
});
