/**
 * What presentation mode steps through and what its caption says. Pure: no React, three or
 * zustand. The wording is built from the data the panel shows (each trigger point's referral zone,
 * `anatomy/zone-coverage.ts`, and the pain sites' own labels, `diagnosis/wording.ts`), so the
 * caption never says more than the sourced maps do.
 */
import type { MuscleId, PainSiteId } from '../../anatomy/ids.ts';
import { kb, muscleById } from '../../anatomy/index.ts';
import { zoneSites } from '../../anatomy/zone-coverage.ts';
import { listWords, siteWords } from '../../diagnosis/wording.ts';

/** Muscles that have a referral map to show, in the data's order. */
export const musclesWithMaps: readonly MuscleId[] = kb.muscles
  .filter((m) => m.triggerPoints.length > 0)
  .map((m) => m.id);

/** The ranked candidates when there are any, else every muscle with a map. */
export function presentSteps(candidates: readonly { id: MuscleId }[]): readonly MuscleId[] {
  return candidates.length > 0 ? candidates.map((c) => c.id) : musclesWithMaps;
}

/**
 * The muscle `delta` steps from `current` (wrapping round); the first (or, stepping back, the
 * last) when `current` is not in the list. Null for an empty list.
 */
export function stepFrom(
  steps: readonly MuscleId[],
  current: MuscleId | null,
  delta: 1 | -1,
): MuscleId | null {
  if (steps.length === 0) return null;
  const at = current ? steps.indexOf(current) : -1;
  if (at < 0) return delta === 1 ? steps[0]! : steps[steps.length - 1]!;
  return steps[(at + delta + steps.length) % steps.length]!;
}

/** Where a muscle's trigger points send pain: usual sites first, then sometimes-sites not already named. */
export function referralSites(id: MuscleId): { usually: PainSiteId[]; sometimes: PainSiteId[] } {
  const usually = new Set<PainSiteId>();
  const sometimes = new Set<PainSiteId>();
  for (const tp of muscleById(id)?.triggerPoints ?? []) {
    const sites = zoneSites(tp.zone);
    for (const s of sites.essential) usually.add(s);
    for (const s of sites.spillover) sometimes.add(s);
  }
  for (const s of usually) sometimes.delete(s);
  return { usually: [...usually], sometimes: [...sometimes] };
}

/** One plain sentence on a muscle's referral pattern, e.g. "Usually sends pain to the buttock; sometimes also the back of the thigh." */
export function patternSentence(id: MuscleId): string {
  const { usually, sometimes } = referralSites(id);
  const words = (sites: readonly PainSiteId[]) => listWords(sites.map((s) => siteWords(s, kb.painSites)));
  if (usually.length === 0 && sometimes.length === 0) return 'Its referral map reaches beyond this model.';
  if (usually.length === 0) return `Sometimes sends pain to ${words(sometimes)}.`;
  const first = `Usually sends pain to ${words(usually)}`;
  return sometimes.length > 0 ? `${first}; sometimes also ${words(sometimes)}.` : `${first}.`;
}
