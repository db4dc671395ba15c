/**
 * Which self-tests would best tell the leading candidates apart: the tests whose results would move
 * the top candidates by the most different amounts.
 */
import type { MuscleId, PainSiteId, SelfTestId } from '../anatomy/ids.ts';
import type { Implication, SelfTest } from '../anatomy/types.ts';
import type { DiagnosisData } from './data.ts';
import type { Candidate, TestResult } from './rank.ts';
import { DISCRIMINATION_POOL } from './scoring.ts';

function weightFor(implications: readonly Implication[], id: MuscleId): number {
  return Math.max(0, ...implications.filter((imp) => imp.structure === id).map((imp) => imp.weight));
}

function spread(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

/**
 * How well one test separates the pool: the spread of what a positive result would add plus the
 * spread of what a negative result would take away, plus the gap it opens between the first two
 * candidates (the choice that matters most). With a single candidate, how strongly the test
 * confirms or rules it out.
 */
function separation(test: SelfTest, pool: readonly MuscleId[]): number {
  const positive = pool.map((id) => weightFor(test.positive, id));
  const negative = pool.map((id) => weightFor(test.negative, id));
  if (pool.length === 1) return Math.max(positive[0] ?? 0, negative[0] ?? 0);
  const topGap =
    Math.abs((positive[0] ?? 0) - (positive[1] ?? 0)) + Math.abs((negative[0] ?? 0) - (negative[1] ?? 0));
  return spread(positive) + spread(negative) + topGap;
}

/**
 * Tests that tell the top candidates apart, best first: tests made for one of the chosen pain sites
 * come first, then by how well they separate the candidates, then in data order. Tests that would
 * not change the candidates' order are left out, as are tests already answered (`results`).
 * With no candidates, the tests made for the chosen sites.
 */
export function discriminatingTestsIn(
  candidates: readonly Candidate[],
  painSites: readonly PainSiteId[],
  data: DiagnosisData,
  results: Partial<Record<SelfTestId, TestResult>> = {},
): SelfTest[] {
  const pool = candidates.slice(0, DISCRIMINATION_POOL).map((candidate) => candidate.id);
  const open = data.selfTests.filter((test) => results[test.id] === undefined);
  const forSites = (test: SelfTest) => test.painSites.some((site) => painSites.includes(site));
  if (pool.length === 0) return open.filter(forSites);

  return open
    .map((test, order) => ({ test, order, siteMatch: forSites(test), value: separation(test, pool) }))
    .filter((entry) => entry.value > 0)
    .sort((a, b) => {
      if (a.siteMatch !== b.siteMatch) return a.siteMatch ? -1 : 1;
      if (Math.abs(b.value - a.value) > 1e-9) return b.value - a.value;
      return a.order - b.order;
    })
    .map((entry) => entry.test);
}
