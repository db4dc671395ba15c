/**
 * Shared types of the Node-only model generator (never imported by the app).
 * Each builder returns `MeshPart`s; `build-model.ts` turns every part into its own named,
 * tagged glTF node (never merged across structures, so each stays pickable).
 */
import type { BoneId, PartKind } from '../anatomy/ids.ts';
import type { Vec3 } from '../anatomy/types.ts';

export type { PartKind };

/** glTF `extras` of every node (arrive in three.js as `object.userData`). */
export interface PartExtras {
  kind: PartKind;
  /** The structure this part belongs to (a SPEC identifier, e.g. the muscle of an attachment). */
  structure: string;
  /** Depth order within its region (1 = most superficial), for muscles and their parts. */
  layer?: number;
  compartment?: string;
  /** For attachments: 'origin' | 'insertion'; for trigger points: its index from 1. */
  role?: string;
}

export interface MeshPart {
  /** glTF node name = identifier (`femur`, `semitendinosus-origin`, `soleus-trigger-point-1`). */
  name: string;
  extras: PartExtras;
  /** Flat xyz, model frame (m). */
  positions: Float32Array;
  /** Flat xyz unit normals (smooth shading). */
  normals: Float32Array;
  indices: Uint32Array;
  /** Skin only: per-vertex body-surface coordinate (y in m, angle in degrees), see anatomy/surface.ts. */
  surface?: Float32Array;
  /**
   * Muscles and tendons: per-vertex unit fibre direction (xyz, in the surface's tangent plane; along
   * the normal on a cut section) and tendon weight (w: 0 belly .. 1 tendon). See generator/surface.
   */
  fibre?: Float32Array;
  /** Bones, muscles and tendons: per-vertex baked ambient occlusion (0 buried .. 1 open). */
  occlusion?: Float32Array;
  /** Base colour (linear RGB 0..1). */
  color: readonly [number, number, number];
}

/** A node with no mesh (trigger-point anchors may be empty nodes or tiny meshes). */
export interface AnchorPart {
  name: string;
  extras: PartExtras;
  position: Vec3;
}

/** Signed distance to a set of bones (negative inside), used to keep muscles out of bone. */
export type DistanceField = (x: number, y: number, z: number) => number;

/** What the bone builder hands to the soft-tissue builders. */
export interface BoneSet {
  /** One mesh part per bone (and landmark anchors). */
  parts: readonly MeshPart[];
  anchors: readonly AnchorPart[];
  /** Signed distance to the union of all bones. */
  field: DistanceField;
  /** Signed distance to one bone. */
  fieldOf(bone: BoneId): DistanceField;
  /** The closest point on a bone's surface to p. */
  project(p: Vec3, bone: BoneId): Vec3;
}
