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
import type { SurfaceOutline } from '../../src/anatomy/types.ts';
import { painSites as realSites } from '../../src/anatomy/pain-sites.ts';

/**
 * The region of real pain sites as outlines: each box traced with many points along its edges, so
 * the smooth curve through them keeps to the box (a zone drawn "exactly over" those sites).
 */
export function siteOutlines(sites: readonly PainSiteId[]): SurfaceOutline[] {
  return sites.flatMap((id) =>
    (realSites.find((s) => s.id === id)?.patches ?? []).map((p) => {
      const a0 = p.angle[0];
      const a1 = p.angle[1] < p.angle[0] ? p.angle[1] + 360 : p.angle[1];
      const [y0, y1] = p.y;
      const steps = 12;
      const out: [number, number][] = [];
      for (let i = 0; i < steps; i++) out.push([a0 + ((a1 - a0) * i) / steps, y0]);
      for (let i = 0; i < steps; i++) out.push([a1, y0 + ((y1 - y0) * i) / steps]);
      for (let i = 0; i < steps; i++) out.push([a1 - ((a1 - a0) * i) / steps, y1]);
      for (let i = 0; i < steps; i++) out.push([a0, y1 - ((y1 - y0) * i) / steps]);
      return out;
    }),
  );
}

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
    zone: { essential: siteOutlines(essentialSites), spillover: siteOutlines(spilloverSites) },
    sources: ['travell-simons'],
  };
}

export function fixtureMuscle(id: MuscleId, triggerPoints: readonly TriggerPoint[]): Muscle {
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

/** A pain site with the real site's region, under a test label. */
export function fixtureSite(id: PainSiteId, label: string): PainSite {
  const patches = realSites.find((s) => s.id === id)?.patches ?? [];
  return { id, label, description: '', patches, sources: ['travell-simons'] };
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
    painSites: parts.painSites ?? realSites.map((site) => fixtureSite(site.id, site.label)),
    selfTests: parts.selfTests ?? [],
    redFlags: parts.redFlags ?? [],
    rehab: parts.rehab ?? [],
  };
}
