/**
 * The knowledge base in one place, with the look-ups the app and the diagnosis engine share.
 * Pure: no React, three or zustand.
 */
import { adviceNotes } from './advice-notes.ts';
import { bones } from './bones.ts';
import { connectiveTissues } from './connective-tissue.ts';
import {
  boneIds,
  connectiveTissueIds,
  landmarkIds,
  muscleIds,
  nerveIds,
  skinId,
  structureIds,
} from './ids.ts';
import type { MuscleId, PainSiteId, SelfTestId, StructureId } from './ids.ts';
import { landmarks } from './landmarks.ts';
import { muscles } from './muscles/index.ts';
import { nerves } from './nerves.ts';
import { painSites } from './pain-sites.ts';
import { redFlags } from './red-flags.ts';
import { rehab } from './rehab.ts';
import type { KnowledgeBase } from './schema.ts';
import { selfTests } from './self-tests.ts';
import type { Muscle, Naming, PainSite, SelfTest, Skin } from './types.ts';

export type { KnowledgeBase } from './schema.ts';

/** Skin is a structure (it can be selected and hidden) but has no geometry data of its own. */
export const skin: Skin = {
  id: skinId,
  name: 'Skin',
  latin: 'Cutis',
  layNames: ['skin', 'surface'],
  // FMA id: "skin of body" in the Uberon-FMA bridge (UBERON:0002097).
  fmaId: 7163,
  description:
    'The outer covering of the limb. Pain sites and referral zones are drawn on it: click where it hurts.',
  sources: ['gray-anatomy', 'terminologia-anatomica', 'fma'],
};

export const kb: KnowledgeBase = {
  bones,
  landmarks,
  muscles,
  connectiveTissues,
  nerves,
  painSites,
  selfTests,
  rehab,
  redFlags,
  skin,
  adviceNotes,
};

export type StructureKind = 'bone' | 'landmark' | 'muscle' | 'connective' | 'nerve' | 'skin';

/** Every structure with its kind and names, in a stable order (bones, landmarks, muscles, …). */
export const structures: readonly (Naming & { id: StructureId; kind: StructureKind })[] = [
  ...bones.map((b) => ({ ...naming(b), id: b.id, kind: 'bone' as const })),
  ...landmarks.map((l) => ({ ...naming(l), id: l.id, kind: 'landmark' as const })),
  ...muscles.map((m) => ({ ...naming(m), id: m.id, kind: 'muscle' as const })),
  ...connectiveTissues.map((c) => ({ ...naming(c), id: c.id, kind: 'connective' as const })),
  ...nerves.map((n) => ({ ...naming(n), id: n.id, kind: 'nerve' as const })),
  { ...naming(skin), id: skin.id, kind: 'skin' as const },
];

function naming(n: Naming): Naming {
  return n.fmaId === undefined
    ? { name: n.name, latin: n.latin, layNames: n.layNames }
    : { name: n.name, latin: n.latin, layNames: n.layNames, fmaId: n.fmaId };
}

const structureById = new Map<string, (typeof structures)[number]>(structures.map((s) => [s.id, s]));
const muscleMap = new Map<string, Muscle>(muscles.map((m) => [m.id, m]));
const painSiteMap = new Map<string, PainSite>(painSites.map((p) => [p.id, p]));
const selfTestMap = new Map<string, SelfTest>(selfTests.map((t) => [t.id, t]));

/** Every identifier a person can select (the closed vocabulary, not only what has data). */
const structureIdSet: ReadonlySet<string> = new Set<string>(structureIds);

export function isStructureId(s: unknown): s is StructureId {
  return typeof s === 'string' && structureIdSet.has(s);
}

export function muscleById(id: MuscleId | string): Muscle | undefined {
  return muscleMap.get(id);
}

export function painSiteById(id: PainSiteId | string): PainSite | undefined {
  return painSiteMap.get(id);
}

export function selfTestById(id: SelfTestId | string): SelfTest | undefined {
  return selfTestMap.get(id);
}

/** The display name of any structure; an unknown id comes back readable rather than blank. */
export function structureName(id: string): string {
  const known = structureById.get(id);
  if (known) return known.name;
  const words = id.replace(/-/g, ' ').trim();
  return words.length > 0 ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}

export function structureKind(id: string): StructureKind | undefined {
  if (!isStructureId(id)) return undefined;
  if (id === skinId) return 'skin';
  return structureById.get(id)?.kind ?? kindFromVocabulary(id);
}

function kindFromVocabulary(id: StructureId): StructureKind {
  if ((boneIds as readonly string[]).includes(id)) return 'bone';
  if ((landmarkIds as readonly string[]).includes(id)) return 'landmark';
  if ((muscleIds as readonly string[]).includes(id)) return 'muscle';
  if ((connectiveTissueIds as readonly string[]).includes(id)) return 'connective';
  if ((nerveIds as readonly string[]).includes(id)) return 'nerve';
  return 'skin';
}
