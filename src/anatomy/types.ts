/**
 * Types of the anatomical and clinical knowledge base. Pure data: no React, three or zustand.
 * Coordinates are in the model frame (SPEC "Model frame"): metres, standing anatomical pose,
 * origin midway between the ASISs, +Y superior, +Z anterior, +X toward the subject's left
 * (the right limb lies at negative x).
 */
import type {
  BoneId,
  ConnectiveTissueId,
  LandmarkId,
  MuscleId,
  NerveId,
  PainSiteId,
  SelfTestId,
  SkinId,
  StructureId,
} from './ids.ts';
import type { SourceId } from './sources.ts';

export type Vec3 = readonly [x: number, y: number, z: number];

/** Names every structure carries. */
export interface Naming {
  /** Display name in plain English, e.g. "Biceps femoris (long head)". */
  name: string;
  /** Terminologia Anatomica / Latin name. */
  latin: string;
  /** Lay names and synonyms a person might type ("hammy", "sit bone"). */
  layNames: readonly string[];
  /** Foundational Model of Anatomy id, where one exists. */
  fmaId?: number;
}

/** A statement with its sources; used where a fact needs its own citation or where sources disagree. */
export interface SourcedNote {
  text: string;
  sources: readonly SourceId[];
  /** 'disagreement' marks a place where the seeds and standard references differ: both are shown. */
  kind?: 'fact' | 'seed-view' | 'reference-view' | 'disagreement' | 'caution';
}

export interface Bone extends Naming {
  id: BoneId;
  description: string;
  sources: readonly SourceId[];
}

/** The skin: a structure that can be selected and hidden, with no geometry data of its own. */
export interface Skin extends Naming {
  id: SkinId;
  description: string;
  sources: readonly SourceId[];
}

export interface Landmark extends Naming {
  id: LandmarkId;
  bone: BoneId;
  /** A representative point on the bone surface, model frame (m). */
  position: Vec3;
  /** How to find it on yourself, in plain words. */
  howToFind?: string;
  sources: readonly SourceId[];
}

/** One origin or insertion footprint. */
export interface Attachment {
  bone: BoneId;
  /** The nearest named landmark. */
  landmark: LandmarkId;
  /** The footprint in words. */
  description: string;
  /**
   * Points on the bone (model frame, m) that outline or sample the footprint; the generator makes a
   * patch around them. Must include points within 15 mm of each gait2392 point of this attachment.
   */
  points: readonly Vec3[];
  sources: readonly SourceId[];
}

export const compartments = [
  'gluteal',
  'anterior-thigh',
  'medial-thigh',
  'posterior-thigh',
  'anterior-leg',
  'lateral-leg',
  'posterior-leg',
] as const;
export type Compartment = (typeof compartments)[number];
export type Direction = 'anterior' | 'posterior' | 'medial' | 'lateral';

/**
 * A region of skin in the body-surface coordinate system (see `surface.ts`): a band of height
 * `y` (model-frame metres, min..max) and an arc of angle around the limb axis in degrees
 * (0 anterior, 90 lateral, 180 posterior, 270 medial), from `angle[0]` increasing to `angle[1]`
 * (wrapping past 360 when `angle[1] < angle[0]`).
 */
export interface SurfacePatch {
  y: readonly [min: number, max: number];
  angle: readonly [from: number, to: number];
}

/**
 * A point of skin in the body-surface coordinate: angle in degrees (0 front, 90 outer side, 180 back,
 * 270 inner side; may run below 0 or past 360 so an outline can cross the front midline) and height
 * `y` in model-frame metres.
 */
export type SurfacePoint = readonly [angle: number, y: number];

/**
 * One island of a region of skin: control points in order round its edge, joined by a smooth
 * closed curve (see `surface-outline.ts`). Drawn like the outlines of clinical referral charts.
 */
export type SurfaceOutline = readonly SurfacePoint[];

export interface ReferralZone {
  /** Where the pain is nearly always felt (solid in Travell & Simons' figures): its islands. */
  essential: readonly SurfaceOutline[];
  /**
   * Where it is felt in some people (stippled): its islands. Painted where they do not overlap the
   * essential zone. The pain sites both cover are computed from these shapes (`zone-coverage.ts`).
   */
  spillover: readonly SurfaceOutline[];
  /** Referral felt outside the modelled skin (e.g. inside the pelvis, the instep, the jaw). */
  beyondModel?: string;
}

export interface TriggerPoint {
  /** Node name: `<muscle>-trigger-point-<n>`. */
  id: string;
  /** Travell & Simons' label where they number them (e.g. "TrP2"). */
  label?: string;
  /**
   * Where the generator places it: a fraction 0..1 along the muscle's centreline from origin to
   * insertion, pushed toward `toward` onto the muscle's surface (deep points stay inside).
   */
  placement: {
    along: number;
    toward: Direction;
    depth?: 'superficial' | 'deep';
    /** On a sheet drawn along several lines, which line (1 = first). */
    line?: number;
    /** On a muscle built from several bellies (iliopsoas: 'psoas', 'iliacus'), which one. */
    belly?: string;
  };
  /** How a patient finds it with a hand ("a hand's width above the back of the knee, outer side"). */
  location: string;
  zone: ReferralZone;
  /** How common it is among this muscle's points: 'common' points are described first. */
  prevalence?: 'most-common' | 'common' | 'uncommon';
  notes?: readonly SourcedNote[];
  sources: readonly SourceId[];
}

export interface Muscle extends Naming {
  id: MuscleId;
  origins: readonly Attachment[];
  insertions: readonly Attachment[];
  action: string;
  innervation: { nerve: string; roots: string; nerveId?: NerveId };
  compartment: Compartment;
  /** Depth order within its region: 1 is the most superficial. */
  layer: number;
  /** Belly shape hint for the generator. */
  shape: 'broad' | 'fusiform' | 'strap' | 'pennate' | 'short';
  /** A short paragraph for the anatomy card. */
  summary: string;
  triggerPoints: readonly TriggerPoint[];
  /** What aggravates its trigger points, in plain words. */
  aggravators?: readonly string[];
  notes?: readonly SourcedNote[];
  sources: readonly SourceId[];
}

export interface ConnectiveTissue extends Naming {
  id: ConnectiveTissueId;
  kind: 'fascia' | 'septum' | 'tendon';
  description: string;
  /** Compartments it separates (septa) or muscles it serves (tendons, fascia). */
  between?: readonly string[];
  notes?: readonly SourcedNote[];
  sources: readonly SourceId[];
}

export interface Nerve extends Naming {
  id: NerveId;
  roots: string;
  course: string;
  /** Points along its course, model frame (m), top to bottom. */
  path: readonly Vec3[];
  supplies: readonly MuscleId[];
  notes?: readonly SourcedNote[];
  sources: readonly SourceId[];
}

export interface PainSite {
  id: PainSiteId;
  /** Lay label ("Back of the knee"). */
  label: string;
  description: string;
  /** Its region of skin. */
  patches: readonly SurfacePatch[];
  sources: readonly SourceId[];
}

/** Which structure a self-test result points to, and how strongly (0..1). */
export interface Implication {
  structure: MuscleId;
  weight: number;
  /** The reason in words, shown to the person. */
  reason: string;
}

export interface SelfTest {
  id: SelfTestId;
  name: string;
  kind: 'movement' | 'stretch' | 'palpation' | 'resisted' | 'posture';
  steps: readonly string[];
  /** What a positive result feels like. */
  positiveFeels: string;
  positive: readonly Implication[];
  negative: readonly Implication[];
  /** Pain sites this test helps with (shown when those sites are chosen). */
  painSites: readonly PainSiteId[];
  cautions: readonly string[];
  notes?: readonly SourcedNote[];
  sources: readonly SourceId[];
}

export interface RehabItem {
  id: string;
  name: string;
  kind: 'strength' | 'stretch' | 'self-massage' | 'drill';
  steps: readonly string[];
  serves: readonly StructureId[];
  /** Order matters for some advice ("stretch the neighbours before the hamstrings", seed:003). */
  order?: number;
  cautions?: readonly string[];
  sources: readonly SourceId[];
}

export interface RedFlag {
  id: string;
  title: string;
  signs: string;
  /** What to do, in plain words. */
  action: string;
  urgency: 'emergency' | 'urgent' | 'soon';
  painSites: readonly PainSiteId[];
  sources: readonly SourceId[];
}
