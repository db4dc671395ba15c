/**
 * Ranks candidate source muscles for the chosen pain sites and self-test results.
 * Rules (constants and their reasons in `scoring.ts`):
 * - a chosen site in a muscle's essential zone counts more than one in its spillover zone;
 * - each chosen site a muscle's zones reach adds to its score, so covering several beats one;
 * - positive self-tests raise the muscles they implicate, negative ones lower them;
 * - ties go to the more common source (`Muscle.commonness`), then to the order of `muscleIds`.
 */
import { muscleIds } from '../anatomy/ids.ts';
import type { MuscleId, PainSiteId, SelfTestId } from '../anatomy/ids.ts';
import type { Muscle, SelfTest, TriggerPoint } from '../anatomy/types.ts';
import type { DiagnosisData } from './data.ts';
import {
  ESSENTIAL_SITE_POINTS,
  NEGATIVE_FALLBACK_FACTOR,
  NEGATIVE_TEST_POINTS,
  POSITIVE_TEST_POINTS,
  SCORE_EPSILON,
  SPILLOVER_SITE_POINTS,
} from './scoring.ts';
import { listWords, lowerFirst, siteWords, testWords } from './wording.ts';

export type TestResult = 'positive' | 'negative';

export interface DiagnosisInput {
  painSites: readonly PainSiteId[];
  results: Partial<Record<SelfTestId, TestResult>>;
}

export interface Candidate {
  id: MuscleId;
  name: string;
  /** 1 for the most likely source. */
  rank: number;
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
  /**
   * The trigger points whose zones reach the chosen sites. When none do (a candidate from test
   * results alone), all of the muscle's points, so the person still learns where to press.
   */
  triggerPoints: TriggerPoint[];
}

/** How one muscle's referral zones meet the chosen sites. */
interface SiteMatch {
  essential: PainSiteId[];
  spillover: PainSiteId[];
  points: TriggerPoint[];
}

function matchSites(muscle: Muscle, sites: readonly PainSiteId[]): SiteMatch {
  const essential = sites.filter((site) =>
    muscle.triggerPoints.some((tp) => tp.zone.essentialSites.includes(site)),
  );
  const spillover = sites.filter(
    (site) =>
      !essential.includes(site) && muscle.triggerPoints.some((tp) => tp.zone.spilloverSites.includes(site)),
  );
  const points = muscle.triggerPoints.filter((tp) =>
    sites.some((site) => tp.zone.essentialSites.includes(site) || tp.zone.spilloverSites.includes(site)),
  );
  return { essential, spillover, points };
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

/** Ranked candidate sources, best first; [] when there are neither sites nor test results. */
export function rankCandidatesIn(input: DiagnosisInput, data: DiagnosisData): Candidate[] {
  const sites = [...new Set(input.painSites)];
  const answered = data.selfTests.flatMap((test) => {
    const result = input.results[test.id];
    return result === 'positive' || result === 'negative' ? [{ test, result }] : [];
  });
  if (sites.length === 0 && answered.length === 0) return [];

  const scored: { candidate: Omit<Candidate, 'rank'>; muscle: Muscle; order: number }[] = [];
  data.muscles.forEach((muscle, dataIndex) => {
    const match = matchSites(muscle, sites);
    const evidence = answered.flatMap(({ test, result }) => testEvidence(muscle.id, test, result) ?? []);
    const testPoints = evidence.reduce((sum, item) => sum + item.points, 0);
    const covered = match.essential.length + match.spillover.length > 0;
    // A muscle belongs on the list when its zones reach a chosen site, or when the test results on
    // balance point to it (seed:000 tells posterior-thigh sources apart by movement alone).
    if (!covered && testPoints <= SCORE_EPSILON) return;

    const reasons: string[] = [];
    const essentialWords = match.essential.map((site) => siteWords(site, data.painSites));
    const spilloverWords = match.spillover.map((site) => siteWords(site, data.painSites));
    if (essentialWords.length > 0) reasons.push(`its essential zone covers ${listWords(essentialWords)}`);
    if (spilloverWords.length > 0) reasons.push(`its spillover zone reaches ${listWords(spilloverWords)}`);
    if (!covered && sites.length > 0) {
      reasons.push('its referral zones do not reach where it hurts; your test results put it on the list');
    }
    const raising = evidence.filter((item) => item.points > 0).sort((a, b) => b.points - a.points);
    const lowering = evidence.filter((item) => item.points < 0).sort((a, b) => a.points - b.points);
    reasons.push(...raising.map((item) => item.reason), ...lowering.map((item) => item.reason));

    // Map fit averaged over the chosen sites: see `scoring.ts` for why.
    const mapFit =
      sites.length === 0
        ? 0
        : (match.essential.length * ESSENTIAL_SITE_POINTS + match.spillover.length * SPILLOVER_SITE_POINTS) /
          sites.length;
    const score = mapFit + testPoints;
    scored.push({
      muscle,
      order: muscleOrder.get(muscle.id) ?? muscleIds.length + dataIndex,
      candidate: {
        id: muscle.id,
        name: muscle.name,
        score: roundScore(score),
        reasons,
        coverage:
          match.essential.length > 0 ? 'essential' : match.spillover.length > 0 ? 'spillover' : 'none',
        sitesCovered: sites.filter(
          (site) => match.essential.includes(site) || match.spillover.includes(site),
        ),
        triggerPoints: match.points.length > 0 ? match.points : [...muscle.triggerPoints],
      },
    });
  });

  scored.sort((a, b) => {
    const byScore = b.candidate.score - a.candidate.score;
    if (Math.abs(byScore) > SCORE_EPSILON) return byScore;
    if (a.muscle.commonness !== b.muscle.commonness) return b.muscle.commonness - a.muscle.commonness;
    return a.order - b.order;
  });
  return scored.map(({ candidate }, index) => ({ ...candidate, rank: index + 1 }));
}
