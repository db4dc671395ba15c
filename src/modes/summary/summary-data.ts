/**
 * What the printed summary says, worked out from the URL-backed state alone (so a saved link prints
 * the same page): the marked skin, the checks recorded, the top candidates with where to press and
 * what to do, the warning signs for the marked sites, and the link that reopens the explorer.
 * Pure: no React; the ranking and lookups are the ones the panel uses.
 */
import type { PainSiteId, SelfTestId } from '../../anatomy/ids.ts';
import { painSiteById, selfTestById } from '../../anatomy/index.ts';
import { painSites } from '../../anatomy/pain-sites.ts';
import { emptyMask, unionMasks, type SurfaceMask } from '../../anatomy/surface-grid.ts';
import type { RedFlag, RehabItem, SelfTest, TriggerPoint } from '../../anatomy/types.ts';
import { siteMask } from '../../anatomy/zone-coverage.ts';
import { redFlagsFor, rehabFor, type Candidate } from '../../diagnosis/index.ts';
import type { TestResult } from '../../state/store.ts';

/** How many candidates the page describes. */
export const summaryCandidateCount = 3;
/** Trigger points and self-care items per candidate: enough to act on, few enough for one page. */
const pointsPerCandidate = 2;
const careItemsPerCandidate = 3;

export interface SummaryCandidate {
  candidate: Candidate;
  points: readonly TriggerPoint[];
  care: readonly RehabItem[];
}

export interface SummaryCheck {
  test: SelfTest;
  result: TestResult;
}

export interface SummaryContent {
  /** Skin marked: the chosen sites' regions and the drawing together. */
  marked: SurfaceMask;
  /** The sites chosen by name and those the drawing covers. */
  siteLabels: readonly string[];
  drawn: boolean;
  checks: readonly SummaryCheck[];
  top: readonly SummaryCandidate[];
  /** Candidates past the ones described (so the page can say how many more the explorer lists). */
  moreCount: number;
  flags: readonly RedFlag[];
}

const prevalenceOrder = { 'most-common': 0, common: 1, uncommon: 2 } as const;

export function summaryContent(input: {
  chosenSites: readonly PainSiteId[];
  markedSites: readonly PainSiteId[];
  drawing: SurfaceMask | null;
  results: Readonly<Partial<Record<SelfTestId, TestResult>>>;
  candidates: readonly Candidate[];
}): SummaryContent {
  const masks = input.chosenSites.flatMap((id) => {
    const site = painSiteById(id);
    return site ? [siteMask(site)] : [];
  });
  if (input.drawing) masks.push(input.drawing);
  const marked = masks.length > 0 ? unionMasks(masks) : emptyMask();
  const siteLabels = input.markedSites.map(
    (id) => painSites.find((s) => s.id === id)?.label ?? id.replace(/-/g, ' '),
  );
  const checks = (Object.entries(input.results) as [SelfTestId, TestResult][]).flatMap(([id, result]) => {
    const test = selfTestById(id);
    return test ? [{ test, result }] : [];
  });
  const top = input.candidates.slice(0, summaryCandidateCount).map((candidate) => ({
    candidate,
    points: [...candidate.triggerPoints]
      .sort((a, b) => prevalenceOrder[a.prevalence ?? 'common'] - prevalenceOrder[b.prevalence ?? 'common'])
      .slice(0, pointsPerCandidate),
    care: rehabFor(candidate.id).slice(0, careItemsPerCandidate),
  }));
  return {
    marked,
    siteLabels,
    drawn: input.drawing !== null,
    checks,
    top,
    moreCount: Math.max(0, input.candidates.length - top.length),
    flags: redFlagsFor(input.markedSites),
  };
}

/** The first sentence of a text (up to its first full stop followed by a space), for a short line. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The date in words, e.g. "2 December 2026", in the reader's language. */
export function dateWords(date: Date, locale?: string): string {
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
