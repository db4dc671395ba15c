/**
 * Runtime schemas for the knowledge base (mirroring `types.ts`) and `validateKnowledgeBase`, the
 * integrity check that runs in `npm test`. Objects are strict so a misspelt field fails; every
 * message names the entry it is about, so bad data fails with a sentence a data author can act on.
 * Pure: no React, three or zustand.
 */
import * as z from 'zod';
import {
  boneIds,
  connectiveTissueIds,
  landmarkIds,
  muscleIds,
  nerveIds,
  painSiteIds,
  selfTestIds,
  skinId,
  structureIds,
  triggerPointNodeName,
} from './ids.ts';
import type { MuscleId, StructureId } from './ids.ts';
import { sourceIds } from './sources.ts';
import { zoneSites } from './zone-coverage.ts';
import { compartments } from './types.ts';
import type {
  Attachment,
  Bone,
  ConnectiveTissue,
  Landmark,
  Muscle,
  Nerve,
  PainSite,
  RedFlag,
  RehabItem,
  SelfTest,
  Skin,
  SourcedNote,
  SurfacePatch,
  TriggerPoint,
} from './types.ts';

/** The whole knowledge base, as `index.ts` assembles it. */
export interface KnowledgeBase {
  bones: readonly Bone[];
  landmarks: readonly Landmark[];
  muscles: readonly Muscle[];
  connectiveTissues: readonly ConnectiveTissue[];
  nerves: readonly Nerve[];
  painSites: readonly PainSite[];
  selfTests: readonly SelfTest[];
  rehab: readonly RehabItem[];
  redFlags: readonly RedFlag[];
  /** The skin: one entry, not a list (it has no data file of its own). */
  skin: Skin;
  /** The general advice notes, keyed by id (`advice-notes.ts`; `src/diagnosis/advice.ts` picks them). */
  adviceNotes: Readonly<Record<string, SourcedNote>>;
}

/** An identifier from a closed vocabulary; an unknown one reads "names bone "x" which does not exist". */
function idOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) => `names ${what} ${JSON.stringify(iss.input)} which does not exist`,
  });
}
const asTuple = <T extends string>(values: readonly T[]) => values as unknown as readonly [T, ...T[]];

export const boneIdSchema = idOf(boneIds, 'bone');
export const landmarkIdSchema = idOf(landmarkIds, 'landmark');
export const muscleIdSchema = idOf(muscleIds, 'muscle');
export const connectiveTissueIdSchema = idOf(connectiveTissueIds, 'connective tissue');
export const nerveIdSchema = idOf(nerveIds, 'nerve');
export const painSiteIdSchema = idOf(painSiteIds, 'pain site');
export const selfTestIdSchema = idOf(selfTestIds, 'self-test');
export const structureIdSchema = idOf(asTuple(structureIds), 'structure');
export const sourceIdSchema = idOf(asTuple(sourceIds), 'source');

const text = z.string().trim().min(1, 'is empty');
/** A readonly list, optionally with a minimum length and the words said when it is shorter. */
const list = <T extends z.ZodType>(item: T, min = 0, tooShort = 'is too short') =>
  z.array(item).min(min, tooShort).readonly();
const sourcesSchema = list(sourceIdSchema, 1, 'has no sources');

export const vec3Schema = z.tuple([z.number(), z.number(), z.number()]).readonly();

export const namingShape = {
  name: text,
  latin: text,
  layNames: list(text),
  fmaId: z.number().int().positive().optional(),
};

export const sourcedNoteSchema = z.strictObject({
  text,
  sources: sourcesSchema,
  kind: z.enum(['fact', 'seed-view', 'reference-view', 'disagreement', 'caution']).optional(),
});

export const boneSchema = z.strictObject({
  ...namingShape,
  id: boneIdSchema,
  description: text,
  sources: sourcesSchema,
});

export const skinSchema = z.strictObject({
  ...namingShape,
  id: z.literal(skinId),
  description: text,
  sources: sourcesSchema,
});

export const landmarkSchema = z.strictObject({
  ...namingShape,
  id: landmarkIdSchema,
  bone: boneIdSchema,
  position: vec3Schema,
  howToFind: text.optional(),
  sources: sourcesSchema,
});

export const attachmentSchema = z.strictObject({
  bone: boneIdSchema,
  landmark: landmarkIdSchema,
  description: text,
  points: list(vec3Schema, 1, 'has no points'),
  sources: sourcesSchema,
});

/** Body-surface patch; heights within the modelled limb, angles in degrees 0..360. */
export const surfacePatchSchema = z
  .strictObject({
    y: z.tuple([z.number().min(-1).max(0.3), z.number().min(-1).max(0.3)]).readonly(),
    angle: z.tuple([z.number().min(0).max(360), z.number().min(0).max(360)]).readonly(),
  })
  .refine((p) => p.y[0] < p.y[1], { message: 'has its lower height above its upper height' });

/** A point of an outline: [angle in degrees, which may run one turn either way; height in m]. */
export const surfacePointSchema = z
  .tuple([z.number().min(-360).max(720), z.number().min(-1).max(0.3)])
  .readonly();

/** One island: at least three control points, not all on one line. */
export const surfaceOutlineSchema = z
  .array(surfacePointSchema)
  .min(3, 'needs at least three points')
  .readonly()
  .refine((points) => Math.abs(outlineArea(points)) > 1e-6, { message: 'encloses no area' });

/** Signed area of the control polygon in (degrees × metres): zero when the points are collinear. */
function outlineArea(points: readonly (readonly [number, number])[]): number {
  let area = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++)
    area += points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
  return area / 2;
}

export const referralZoneSchema = z.strictObject({
  essential: list(surfaceOutlineSchema),
  spillover: list(surfaceOutlineSchema),
  beyondModel: text.optional(),
});

const direction = z.enum(['anterior', 'posterior', 'medial', 'lateral']);

export const triggerPointSchema = z.strictObject({
  id: text,
  label: text.optional(),
  placement: z.strictObject({
    along: z.number().min(0).max(1),
    toward: direction,
    depth: z.enum(['superficial', 'deep']).optional(),
    line: z.number().optional(),
    belly: text.optional(),
  }),
  location: text,
  zone: referralZoneSchema,
  prevalence: z.enum(['most-common', 'common', 'uncommon']).optional(),
  notes: list(sourcedNoteSchema).optional(),
  sources: sourcesSchema,
});

/**
 * Muscles that may have no trigger points yet, and why. Obturator externus has no referral pattern
 * in the references used (the other deep hip rotators have maps, drawn like piriformis's); the leg
 * muscles below the knee are
 * there as anatomy (issue 11: their maps are optional, most reach the ankle and foot, off the
 * modelled pain sites). Every other muscle must have at least one.
 */
export const awaitingTriggerPoints: ReadonlySet<MuscleId> = new Set<MuscleId>([
  'obturator-externus',
  'tibialis-anterior',
  'extensor-digitorum-longus',
  'extensor-hallucis-longus',
  'fibularis-longus',
  'fibularis-brevis',
  'tibialis-posterior',
  'flexor-digitorum-longus',
  'flexor-hallucis-longus',
]);

export const muscleSchema = z.strictObject({
  ...namingShape,
  id: muscleIdSchema,
  origins: list(attachmentSchema, 1, 'has no origin'),
  insertions: list(attachmentSchema, 1, 'has no insertion'),
  action: text,
  innervation: z.strictObject({ nerve: text, roots: text, nerveId: nerveIdSchema.optional() }),
  compartment: z.enum(compartments),
  layer: z.number().int().min(1),
  shape: z.enum(['broad', 'fusiform', 'strap', 'pennate', 'short']),
  summary: text,
  // May be empty only for the muscles in `awaitingTriggerPoints` (checked in validateKnowledgeBase).
  triggerPoints: list(triggerPointSchema),
  aggravators: list(text).optional(),
  notes: list(sourcedNoteSchema).optional(),
  sources: sourcesSchema,
});

export const connectiveTissueSchema = z.strictObject({
  ...namingShape,
  id: connectiveTissueIdSchema,
  kind: z.enum(['fascia', 'septum', 'tendon']),
  description: text,
  between: list(text).optional(),
  notes: list(sourcedNoteSchema).optional(),
  sources: sourcesSchema,
});

export const nerveSchema = z.strictObject({
  ...namingShape,
  id: nerveIdSchema,
  roots: text,
  course: text,
  path: list(vec3Schema, 2, 'has fewer than two path points'),
  supplies: list(muscleIdSchema),
  notes: list(sourcedNoteSchema).optional(),
  sources: sourcesSchema,
});

export const painSiteSchema = z.strictObject({
  id: painSiteIdSchema,
  label: text,
  description: text,
  patches: list(surfacePatchSchema, 1, 'has no skin patch'),
  sources: sourcesSchema,
});

export const implicationSchema = z.strictObject({
  structure: muscleIdSchema,
  weight: z.number().min(0).max(1),
  reason: text,
});

export const selfTestSchema = z.strictObject({
  id: selfTestIdSchema,
  name: text,
  kind: z.enum(['movement', 'stretch', 'palpation', 'resisted', 'posture']),
  steps: list(text, 1, 'has no steps'),
  positiveFeels: text,
  positive: list(implicationSchema),
  negative: list(implicationSchema),
  painSites: list(painSiteIdSchema),
  cautions: list(text),
  notes: list(sourcedNoteSchema).optional(),
  sources: sourcesSchema,
});

export const rehabItemSchema = z.strictObject({
  id: text,
  name: text,
  kind: z.enum(['strength', 'stretch', 'self-massage', 'drill']),
  steps: list(text, 1, 'has no steps'),
  serves: list(structureIdSchema, 1, 'serves no structure'),
  order: z.number().optional(),
  cautions: list(text).optional(),
  sources: sourcesSchema,
});

export const redFlagSchema = z.strictObject({
  id: text,
  title: text,
  signs: text,
  action: text,
  urgency: z.enum(['emergency', 'urgent', 'soon']),
  painSites: list(painSiteIdSchema),
  sources: sourcesSchema,
});

// Compile-time proof that each schema's output is the TypeScript type (both directions), so the
// schemas cannot drift from `types.ts` without a type error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape = <_T extends true>() => undefined;
sameShape<Same<z.output<typeof sourcedNoteSchema>, SourcedNote>>();
sameShape<Same<z.output<typeof boneSchema>, Bone>>();
sameShape<Same<z.output<typeof skinSchema>, Skin>>();
sameShape<Same<z.output<typeof landmarkSchema>, Landmark>>();
sameShape<Same<z.output<typeof attachmentSchema>, Attachment>>();
sameShape<Same<z.output<typeof surfacePatchSchema>, SurfacePatch>>();
sameShape<Same<z.output<typeof triggerPointSchema>, TriggerPoint>>();
sameShape<Same<z.output<typeof muscleSchema>, Muscle>>();
sameShape<Same<z.output<typeof connectiveTissueSchema>, ConnectiveTissue>>();
sameShape<Same<z.output<typeof nerveSchema>, Nerve>>();
sameShape<Same<z.output<typeof painSiteSchema>, PainSite>>();
sameShape<Same<z.output<typeof selfTestSchema>, SelfTest>>();
sameShape<Same<z.output<typeof rehabItemSchema>, RehabItem>>();
sameShape<Same<z.output<typeof redFlagSchema>, RedFlag>>();

/** The knowledge base's lists: what each holds, its schema and (for closed ones) its vocabulary. */
const collections = [
  { key: 'bones', what: 'bone', schema: boneSchema, vocabulary: boneIds },
  { key: 'landmarks', what: 'landmark', schema: landmarkSchema, vocabulary: landmarkIds },
  { key: 'muscles', what: 'muscle', schema: muscleSchema, vocabulary: muscleIds },
  {
    key: 'connectiveTissues',
    what: 'connective tissue',
    schema: connectiveTissueSchema,
    vocabulary: connectiveTissueIds,
  },
  { key: 'nerves', what: 'nerve', schema: nerveSchema, vocabulary: nerveIds },
  { key: 'painSites', what: 'pain site', schema: painSiteSchema, vocabulary: painSiteIds },
  { key: 'selfTests', what: 'self-test', schema: selfTestSchema, vocabulary: selfTestIds },
  { key: 'rehab', what: 'rehab item', schema: rehabItemSchema, vocabulary: null },
  { key: 'redFlags', what: 'red flag', schema: redFlagSchema, vocabulary: null },
] as const;

type Path = readonly PropertyKey[];

/** "triggerPoints[1].zone.essentialSites[0]" */
function pathText(path: Path): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** The nearest named part of an entry on a path: `trigger point "soleus-trigger-point-2"`, `origin 1`. */
function partOf(entry: unknown, path: Path): string | null {
  let node: unknown = entry;
  let part: string | null = null;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (node === null || typeof node !== 'object' || key === undefined) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (typeof next !== 'number') continue;
    const item: unknown = Array.isArray(node) ? node[next] : undefined;
    const itemId =
      item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : null;
    if (key === 'triggerPoints') part = itemId ? `trigger point "${itemId}"` : `trigger point ${next + 1}`;
    else if (key === 'origins') part = `origin ${next + 1}`;
    else if (key === 'insertions') part = `insertion ${next + 1}`;
    else if (key === 'positive') part = `positive implication ${next + 1}`;
    else if (key === 'negative') part = `negative implication ${next + 1}`;
    else if (key === 'notes') part = `note ${next + 1}`;
  }
  return part;
}

function entryName(what: string, entry: unknown, index: number): string {
  const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${what} "${id}"` : `${what} #${index + 1} (no id)`;
}

/**
 * Every problem in the knowledge base as a sentence naming the entry; [] when all is well.
 * Accepts anything (tests feed it broken copies) and never throws.
 */
export function validateKnowledgeBase(kb: unknown): string[] {
  const problems: string[] = [];
  if (kb === null || typeof kb !== 'object') return ['The knowledge base is not an object.'];
  const raw = kb as Record<string, unknown>;

  // 1. Shape of every entry, against its schema.
  const valid = {
    bones: [] as Bone[],
    landmarks: [] as Landmark[],
    muscles: [] as Muscle[],
    connectiveTissues: [] as ConnectiveTissue[],
    nerves: [] as Nerve[],
    painSites: [] as PainSite[],
    selfTests: [] as SelfTest[],
    rehab: [] as RehabItem[],
    redFlags: [] as RedFlag[],
  };
  /** Ids present in each list (from every entry with a string id, valid or not), with counts. */
  const present = new Map<string, Map<string, number>>();

  for (const { key, what, schema, vocabulary } of collections) {
    const entries = Object.hasOwn(raw, key) ? raw[key] : undefined;
    const counts = new Map<string, number>();
    present.set(key, counts);
    if (!Array.isArray(entries)) {
      problems.push(`The knowledge base has no "${key}" list.`);
      continue;
    }
    entries.forEach((entry: unknown, index) => {
      const name = entryName(what, entry, index);
      const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
      const result = schema.safeParse(entry);
      if (result.success) {
        (valid[key] as unknown[]).push(result.data);
        return;
      }
      for (const issue of result.error.issues) {
        const part = partOf(entry, issue.path);
        const where = issue.path.length > 0 ? ` (at ${pathText(issue.path)})` : '';
        problems.push(`${name}: ${part ? `${part} ` : ''}${issue.message}${where}`);
      }
    });

    // 2. Every identifier of a closed vocabulary present exactly once; open lists unique.
    for (const [id, count] of counts) {
      if (count > 1) problems.push(`${what} "${id}" appears ${count} times`);
    }
    if (vocabulary) {
      for (const id of vocabulary) {
        if (!counts.has(id)) problems.push(`${what} "${id}" is missing from the ${key} list`);
      }
    }
  }

  // 1b. The single skin entry and the keyed advice notes, against their schemas.
  const checkOne = (name: string, schema: z.ZodType, entry: unknown) => {
    const result = schema.safeParse(entry);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const where = issue.path.length > 0 ? ` (at ${pathText(issue.path)})` : '';
      problems.push(`${name}: ${issue.message}${where}`);
    }
  };
  if (Object.hasOwn(raw, 'skin')) checkOne('skin', skinSchema, raw.skin);
  else problems.push('The knowledge base has no "skin" entry.');
  const advice = Object.hasOwn(raw, 'adviceNotes') ? raw.adviceNotes : undefined;
  if (advice === null || typeof advice !== 'object' || Array.isArray(advice))
    problems.push('The knowledge base has no "adviceNotes" record.');
  else
    for (const [id, note] of Object.entries(advice)) checkOne(`advice note "${id}"`, sourcedNoteSchema, note);

  const has = (key: string, id: string) => present.get(key)?.has(id) ?? false;
  const known = (vocabulary: readonly string[], id: string) => vocabulary.includes(id);
  /** A reference whose id is in the vocabulary (else the schema already said so) but has no entry. */
  const unresolved = (key: string, vocabulary: readonly string[], id: string) =>
    known(vocabulary, id) && !has(key, id);

  const landmarkById = new Map(valid.landmarks.map((l) => [l.id, l]));

  // 3. References resolve to entries that exist.
  for (const l of valid.landmarks) {
    if (unresolved('bones', boneIds, l.bone))
      problems.push(`landmark "${l.id}": lies on bone "${l.bone}" which has no entry`);
  }

  const painSitesReachedByZones = new Set<string>();
  for (const m of valid.muscles) {
    const name = `muscle "${m.id}"`;
    const attachments = [
      ...m.origins.map((a, i) => ({ a, part: `origin ${i + 1}` })),
      ...m.insertions.map((a, i) => ({ a, part: `insertion ${i + 1}` })),
    ];
    for (const { a, part } of attachments) {
      if (unresolved('bones', boneIds, a.bone))
        problems.push(`${name}: ${part} is on bone "${a.bone}" which has no entry`);
      if (unresolved('landmarks', landmarkIds, a.landmark))
        problems.push(`${name}: ${part} names landmark "${a.landmark}" which has no entry`);
      const landmark = landmarkById.get(a.landmark);
      if (landmark && landmark.bone !== a.bone)
        problems.push(
          `${name}: ${part} is on bone "${a.bone}" but its landmark "${a.landmark}" lies on "${landmark.bone}"`,
        );
    }
    if (m.innervation.nerveId && unresolved('nerves', nerveIds, m.innervation.nerveId))
      problems.push(`${name}: innervation names nerve "${m.innervation.nerveId}" which has no entry`);

    // 4. Trigger points: ids follow the node-name rule, zones are real and meet their pain sites.
    let withEssentialZone = 0;
    m.triggerPoints.forEach((tp, i) => {
      const expected = triggerPointNodeName(m.id, i);
      const tpName = `trigger point "${tp.id}"`;
      if (tp.id !== expected)
        problems.push(`${name}: ${tpName} should have the id "${expected}" (its position in the list)`);
      const { zone } = tp;
      if (zone.essential.length > 0) withEssentialZone++;
      else if (!zone.beyondModel)
        problems.push(`${name}: ${tpName} has no essential zone on the skin and no beyondModel description`);
      // The sites a zone covers are computed from its shapes; an essential zone that covers none
      // is drawn where no one could point to it.
      const sites = zoneSites(zone, valid.painSites);
      if (zone.essential.length > 0 && sites.essential.length === 0)
        problems.push(`${name}: ${tpName} has an essential zone that covers no pain site`);
      for (const site of [...sites.essential, ...sites.spillover]) painSitesReachedByZones.add(site);
    });
    if (m.triggerPoints.length === 0) {
      if (!awaitingTriggerPoints.has(m.id)) problems.push(`${name}: triggerPoints has no trigger point`);
    } else if (withEssentialZone === 0)
      problems.push(`${name}: no trigger point has an essential zone on the skin`);
  }

  // 5. Every pain site is reachable from at least one referral zone.
  for (const p of valid.painSites) {
    if (!painSitesReachedByZones.has(p.id))
      problems.push(`pain site "${p.id}": no trigger point's referral zone covers it`);
  }

  // Nerves and the muscles' innervation tell the same story.
  const muscleById = new Map(valid.muscles.map((m) => [m.id, m]));
  for (const n of valid.nerves) {
    for (const muscle of n.supplies) {
      if (unresolved('muscles', muscleIds, muscle))
        problems.push(`nerve "${n.id}": supplies muscle "${muscle}" which has no entry`);
      else if (muscleById.has(muscle) && !muscleById.get(muscle)?.innervation.nerveId)
        problems.push(
          `nerve "${n.id}": supplies muscle "${muscle}" but that muscle's innervation names no nerveId`,
        );
    }
  }
  const nerveById = new Map(valid.nerves.map((n) => [n.id, n]));
  for (const m of valid.muscles) {
    const nerve = m.innervation.nerveId ? nerveById.get(m.innervation.nerveId) : undefined;
    if (nerve && !nerve.supplies.includes(m.id))
      problems.push(
        `muscle "${m.id}": innervation names nerve "${nerve.id}" but that nerve does not list it in supplies`,
      );
  }

  // 6. Self-tests point somewhere, at muscles that exist.
  for (const t of valid.selfTests) {
    const name = `self-test "${t.id}"`;
    if (t.positive.length + t.negative.length === 0) problems.push(`${name}: implicates no structure`);
    for (const [kind, implications] of [
      ['positive', t.positive],
      ['negative', t.negative],
    ] as const) {
      for (const imp of implications) {
        if (unresolved('muscles', muscleIds, imp.structure))
          problems.push(`${name}: a ${kind} result points to muscle "${imp.structure}" which has no entry`);
      }
    }
    for (const site of t.painSites) {
      if (unresolved('painSites', painSiteIds, site))
        problems.push(`${name}: lists pain site "${site}" which has no entry`);
    }
  }

  const structureKeyOf = (id: StructureId): string | null => {
    if (known(boneIds, id)) return 'bones';
    if (known(landmarkIds, id)) return 'landmarks';
    if (known(muscleIds, id)) return 'muscles';
    if (known(connectiveTissueIds, id)) return 'connectiveTissues';
    if (known(nerveIds, id)) return 'nerves';
    return null; // skin: always present
  };
  for (const r of valid.rehab) {
    for (const s of r.serves) {
      const key = structureKeyOf(s);
      if (key && !has(key, s)) problems.push(`rehab item "${r.id}": serves "${s}" which has no entry`);
    }
  }
  for (const f of valid.redFlags) {
    for (const site of f.painSites) {
      if (unresolved('painSites', painSiteIds, site))
        problems.push(`red flag "${f.id}": lists pain site "${site}" which has no entry`);
    }
  }

  return problems;
}
