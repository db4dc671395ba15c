/** Plain look-ups the panel needs beside the ranking: tests, warning signs and rehab per structure. */
import type { MuscleId, PainSiteId, StructureId } from '../anatomy/ids.ts';
import type { RedFlag, RehabItem, SelfTest } from '../anatomy/types.ts';
import type { DiagnosisData } from './data.ts';

/**
 * Self-tests that point to a muscle: those whose positive result implicates it, strongest first,
 * then those that mention it only for a negative result, in data order.
 */
export function testsForStructureIn(id: MuscleId, data: DiagnosisData): SelfTest[] {
  const weight = (test: SelfTest) =>
    Math.max(0, ...test.positive.filter((imp) => imp.structure === id).map((imp) => imp.weight));
  const raising = data.selfTests
    .map((test, order) => ({ test, order, weight: weight(test) }))
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((entry) => entry.test);
  const negativeOnly = data.selfTests.filter(
    (test) => !raising.includes(test) && test.negative.some((imp) => imp.structure === id),
  );
  return [...raising, ...negativeOnly];
}

const urgencyOrder: Record<RedFlag['urgency'], number> = { emergency: 0, urgent: 1, soon: 2 };

/**
 * Warning signs to show for the chosen sites: those listed for any of them, plus the general ones
 * (a red flag with no pain sites applies everywhere), most urgent first. With no sites chosen,
 * only the general ones.
 */
export function redFlagsForIn(painSites: readonly PainSiteId[], data: DiagnosisData): RedFlag[] {
  return data.redFlags
    .map((flag, order) => ({ flag, order }))
    .filter(
      ({ flag }) => flag.painSites.length === 0 || flag.painSites.some((site) => painSites.includes(site)),
    )
    .sort((a, b) => urgencyOrder[a.flag.urgency] - urgencyOrder[b.flag.urgency] || a.order - b.order)
    .map(({ flag }) => flag);
}

/** Rehab items that serve a structure, in their intended order (`order`), unordered ones last. */
export function rehabForIn(id: StructureId, data: DiagnosisData): RehabItem[] {
  return data.rehab
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.serves.includes(id))
    .sort(
      (a, b) =>
        (a.item.order ?? Number.POSITIVE_INFINITY) - (b.item.order ?? Number.POSITIVE_INFINITY) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}
