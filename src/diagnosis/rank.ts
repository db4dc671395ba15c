/**
 * Ranks candidate source muscles for the chosen pain sites and self-test results.
 * Rules (constants and their reasons in `scoring.ts`):
 * - where it hurts is one area of skin: the chosen sites' regions and the person's drawing together;
 * - a muscle's map scores by how much of that area it explains, its essential zone counting more
 *   than its spillover zone, so a map that covers more of the pain ranks higher;
 * - positive self-tests raise the muscles they implicate, negative ones lower them;
 * - equal scores are ties: they share a rank and say so (`tied`), listed in `muscleIds` order.
 */
import { muscleIds } from '../anatomy/ids.ts';
import type { MuscleId, PainSiteId, SelfTestId } from '../anatomy/ids.ts';
import type { SelfTest, TriggerPoint } from '../anatomy/types.ts';
import type { SurfaceMask } from '../anatomy/surface-grid.ts';
import { painAreaOf, matchArea } from './pain-area.ts';
import type { DiagnosisData } from './data.ts';
import {
  ESSENTIAL_SITE_POINTS,
  NEGATIVE_FALLBACK_FACTOR,
  NEGATIVE_TEST_POINTS,
  POSITIVE_TEST_POINTS,
  SCORE_EPSILON,
  SPILLOVER_SITE_POINTS,
} from './scoring.ts';
import { lowerFirst, testWords } from './wording.ts';

export type TestResult = 'positive' | 'negative';

export interface DiagnosisInput {
  painSites: readonly PainSiteId[];
  results: Partial<Record<SelfTestId, TestResult>>;
  /** The person's pain drawing on the pain grid (`surface-grid.ts`), if any. */
  drawing?: SurfaceMask | null;
}

export interface Candidate {
  id: MuscleId;
  name: string;
  /** 1 for the most likely source; candidates with equal scores share a rank. */
  rank: number;
  /** Whether another candidate has the same score (and so the same rank). */
  tied: boolean;
  score: number;
  /** Why it is on the list, in plain words, strongest first. */
  reasons: string[];
  /**
   * Best coverage of the chosen sites. 'none' (an addition to the contract) marks a muscle listed
   * only because a self-test result points to it while its referral zones miss the chosen sites,
   * or because no sites were chosen at all.
   */
  coverage: 'essential' | 'spillover' | 'none';
  /** Chosen sites its zones reach, in the order they were chosen. */
  sitesCovered: PainSiteId[];
  /** Share (0..1) of where it hurts that its essential zone covers. */
  essentialShare: number;
  /** Share (0..1) of where it hurts that only its spillover zone covers. */
  spilloverShare: number;
  /**
   * The trigger points whose zones reach the chosen sites. When none do (a candidate from test
   * results alone), all of the muscle's points, so the person still learns where to press.
   */
  triggerPoints: TriggerPoint[];
}

/** One self-test result's effect on one muscle. */
interface TestEvidence {
  points: number;
  reason: string;
}

function testEvidence(muscle: MuscleId, test: SelfTest, result: TestResult): TestEvidence | undefined {
  if (result === 'positive') {
    const hit = test.positive.find((imp) => imp.structure === muscle);
    if (!hit || hit.weight <= 0) return undefined;
    return {
      points: POSITIVE_TEST_POINTS * hit.weight,
      reason: `positive ${testWords(test)}: ${lowerFirst(hit.reason)}`,
    };
  }
  const hit = test.negative.find((imp) => imp.structure === muscle);
  if (hit) {
    if (hit.weight <= 0) return undefined;
    return {
      points: -NEGATIVE_TEST_POINTS * hit.weight,
      reason: `negative ${testWords(test)}: ${lowerFirst(hit.reason)}`,
    };
  }
  if (test.negative.length > 0) return undefined;
  const implied = test.positive.find((imp) => imp.structure === muscle);
  if (!implied || implied.weight <= 0) return undefined;
  return {
    points: -NEGATIVE_TEST_POINTS * NEGATIVE_FALLBACK_FACTOR * implied.weight,
    reason: `negative ${testWords(test)}: it did not bring on the pain, so this muscle is a little less likely`,
  };
}

const muscleOrder = new Map<string, number>(muscleIds.map((id, index) => [id, index]));

function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Ranked candidate sources, best first; [] when there are no sites, no drawing and no test results. */
export function rankCandidatesIn(input: DiagnosisInput, data: DiagnosisData): Candidate[] {
  const sites = [...new Set(input.painSites)];
  const answered = data.selfTests.flatMap((test) => {
    const result = input.results[test.id];
    return result === 'positive' || result === 'negative' ? [{ test, result }] : [];
  });
  const drawn = !!input.drawing && input.drawing.some((v) => v !== 0);
  if (sites.length === 0 && !drawn && answered.length === 0) return [];

  const pain = painAreaOf(sites, input.drawing ?? null, data.painSites);

  const scored: { candidate: Omit<Candidate, 'rank' | 'tied'>; order: number }[] = [];
  data.muscles.forEach((muscle, dataIndex) => {
    const match = matchArea(muscle, pain, data.painSites);
    const evidence = answered.flatMap(({ test, result }) => testEvidence(muscle.id, test, result) ?? []);
    const testPoints = evidence.reduce((sum, item) => sum + item.points, 0);
    // A muscle belongs on the list when its map reaches where it hurts, or when the test results on
    // balance point to it (seed:000 tells posterior-thigh sources apart by movement alone).
    if (!match.covered && testPoints <= SCORE_EPSILON) return;

    const reasons: string[] = [...match.reasons];
    if (!match.covered && pain.area > 0) {
      reasons.push('its referral map does not reach where it hurts; your test results put it on the list');
    }
    const raising = evidence.filter((item) => item.points > 0).sort((a, b) => b.points - a.points);
    const lowering = evidence.filter((item) => item.points < 0).sort((a, b) => a.points - b.points);
    reasons.push(...raising.map((item) => item.reason), ...lowering.map((item) => item.reason));

    const mapFit =
      ESSENTIAL_SITE_POINTS * match.essentialShare + SPILLOVER_SITE_POINTS * match.spilloverShare;
    const score = mapFit + testPoints;
    scored.push({
      order: muscleOrder.get(muscle.id) ?? muscleIds.length + dataIndex,
      candidate: {
        id: muscle.id,
        name: muscle.name,
        score: roundScore(score),
        reasons,
        coverage: match.coverage,
        sitesCovered: match.sitesCovered,
        essentialShare: match.essentialShare,
        spilloverShare: match.spilloverShare,
        triggerPoints: match.points.length > 0 ? match.points : [...muscle.triggerPoints],
      },
    });
  });

  scored.sort((a, b) => {
    const byScore = b.candidate.score - a.candidate.score;
    if (Math.abs(byScore) > SCORE_EPSILON) return byScore;
    return a.order - b.order;
  });
  // Competition ranking: equal scores share a rank ("1, 1, 3"); no unsourced prior breaks the tie.
  const ranks: number[] = [];
  scored.forEach((item, index) => {
    const previous = scored[index - 1];
    const same = previous && Math.abs(previous.candidate.score - item.candidate.score) <= SCORE_EPSILON;
    ranks.push(same ? ranks[index - 1]! : index + 1);
  });
  return scored.map(({ candidate }, index) => ({
    ...candidate,
    rank: ranks[index]!,
    tied: ranks.filter((r) => r === ranks[index]).length > 1,
  }));
}
