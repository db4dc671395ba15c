/**
 * Small in-memory knowledge bases for testing the diagnosis rules without the real data.
 * Only the fields the engine reads carry meaning; the rest are filler of the right type.
 */
import type { MuscleId, PainSiteId, SelfTestId } from '../../src/anatomy/ids.ts';
import type {
  Implication,
  Muscle,
  PainSite,
  RedFlag,
  RehabItem,
  SelfTest,
  TriggerPoint,
} from '../../src/anatomy/types.ts';
import type { DiagnosisData } from '../../src/diagnosis/data.ts';

export function zonePoint(
  muscle: MuscleId,
  n: number,
  essentialSites: readonly PainSiteId[],
  spilloverSites: readonly PainSiteId[] = [],
): TriggerPoint {
  return {
    id: `${muscle}-trigger-point-${n}`,
    placement: { along: 0.5, toward: 'posterior' },
    location: `point ${n} of ${muscle}`,
    zone: { essential: [], spillover: [], essentialSites, spilloverSites },
    sources: ['travell-simons'],
  };
}

export function fixtureMuscle(id: MuscleId, triggerPoints: readonly TriggerPoint[], commonness = 3): Muscle {
  return {
    id,
    name: `Muscle ${id}`,
    latin: id,
    layNames: [],
    origins: [],
    insertions: [],
    action: '',
    innervation: { nerve: '', roots: '' },
    compartment: 'posterior-thigh',
    layer: 1,
    shape: 'fusiform',
    summary: '',
    triggerPoints,
    commonness,
    sources: ['travell-simons'],
  };
}

export function implies(structure: MuscleId, weight: number, reason = `points to ${structure}`): Implication {
  return { structure, weight, reason };
}

export function fixtureTest(
  id: SelfTestId,
  positive: readonly Implication[],
  negative: readonly Implication[] = [],
  painSites: readonly PainSiteId[] = [],
): SelfTest {
  return {
    id,
    name: `Test ${id}`,
    kind: 'movement',
    steps: [],
    positiveFeels: '',
    positive,
    negative,
    painSites,
    cautions: [],
    sources: ['seed:000'],
  };
}

export function fixtureSite(id: PainSiteId, label: string): PainSite {
  return { id, label, description: '', patches: [], sources: ['travell-simons'] };
}

export function fixtureFlag(
  id: string,
  urgency: RedFlag['urgency'],
  painSites: readonly PainSiteId[],
): RedFlag {
  return { id, title: id, signs: '', action: '', urgency, painSites, sources: ['clinical-guidance'] };
}

export function fixtureRehab(id: string, serves: RehabItem['serves'], order?: number): RehabItem {
  return {
    id,
    name: id,
    kind: 'stretch',
    steps: [],
    serves,
    ...(order === undefined ? {} : { order }),
    sources: ['seed:003'],
  };
}

export function fixtureData(parts: Partial<DiagnosisData>): DiagnosisData {
  return {
    muscles: parts.muscles ?? [],
    painSites: parts.painSites ?? [
      fixtureSite('popliteal-fossa', 'Back of the knee'),
      fixtureSite('posterior-thigh-middle', 'Back of the thigh (middle)'),
      fixtureSite('heel', 'Heel'),
    ],
    selfTests: parts.selfTests ?? [],
    redFlags: parts.redFlags ?? [],
    rehab: parts.rehab ?? [],
  };
}
