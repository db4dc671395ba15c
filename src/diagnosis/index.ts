/**
 * The diagnosis engine's public face (CONTRACTS "Diagnosis"): every function reads the project's
 * knowledge base by default and takes another one as an optional last argument (tests pass small
 * fixtures). Pure: no React, three or zustand.
 */
import type { MuscleId, PainSiteId, SelfTestId, StructureId } from '../anatomy/ids.ts';
import { kb } from '../anatomy/index.ts';
import type { RedFlag, RehabItem, SelfTest } from '../anatomy/types.ts';
import type { DiagnosisData } from './data.ts';
import { discriminatingTestsIn } from './discriminate.ts';
import { redFlagsForIn, rehabForIn, testsForStructureIn } from './lookups.ts';
import { rankCandidatesIn } from './rank.ts';
import type { Candidate, DiagnosisInput, TestResult } from './rank.ts';

export type { Candidate, DiagnosisInput, TestResult } from './rank.ts';
export type { DiagnosisData } from './data.ts';
export { adviceFor } from './advice.ts';
export * as scoring from './scoring.ts';

/** The project's real data. */
export const defaultKb: DiagnosisData = kb;

/** Candidate source muscles for the chosen pain sites and self-test results, best first. */
export function rankCandidates(input: DiagnosisInput, data: DiagnosisData = defaultKb): Candidate[] {
  return rankCandidatesIn(input, data);
}

/** Self-tests that tell the top candidates apart, best first (answered ones left out when given). */
export function discriminatingTests(
  candidates: readonly Candidate[],
  painSites: readonly PainSiteId[],
  results: Partial<Record<SelfTestId, TestResult>> = {},
  data: DiagnosisData = defaultKb,
): SelfTest[] {
  return discriminatingTestsIn(candidates, painSites, data, results);
}

/** Self-tests whose result points to a muscle, strongest first. */
export function testsForStructure(id: MuscleId, data: DiagnosisData = defaultKb): SelfTest[] {
  return testsForStructureIn(id, data);
}

/** Warning signs for the chosen pain sites (plus the general ones), most urgent first. */
export function redFlagsFor(painSites: readonly PainSiteId[], data: DiagnosisData = defaultKb): RedFlag[] {
  return redFlagsForIn(painSites, data);
}

/** Rehab items that serve a structure, in their intended order. */
export function rehabFor(id: StructureId, data: DiagnosisData = defaultKb): RehabItem[] {
  return rehabForIn(id, data);
}
