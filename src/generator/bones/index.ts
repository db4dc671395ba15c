/**
 * The bone builder: every bone is a signed distance field (see the per-bone files), meshed by
 * surface nets at ~1.6 mm and Taubin-smoothed. The fields stay available to the soft-tissue
 * builder (`field`, `fieldOf`, `project`) so muscles can be kept out of bone and footprints laid
 * exactly on it. Simplification to the file's budget happens in the writer, for every part alike.
 */
import { boneIds, type BoneId } from '../../anatomy/ids.ts';
import type { Landmark, Vec3 } from '../../anatomy/types.ts';
import type { AnchorPart, BoneSet, DistanceField, MeshPart } from '../types.ts';
import { meshLevelSet, type Bounds } from '../mesh/level-set.ts';
import { vertexNormals } from '../mesh/normals.ts';
import { taubinSmooth } from '../mesh/smooth.ts';
import { calcaneusBounds, calcaneusField } from './calcaneus.ts';
import { femurBounds, femurField } from './femur.ts';
import { footBonesBounds, footBonesField, talusBounds, talusField } from './foot.ts';
import { fibulaBounds, fibulaField } from './fibula.ts';
import { hipBoneBounds, hipBoneField } from './hip-bone.ts';
import { patellaBounds, patellaField } from './patella.ts';
import { sacrumBounds, sacrumField } from './sacrum.ts';
import { keepBehindMidline } from '../mesh/midline.ts';
import { tibiaBounds, tibiaField } from './tibia.ts';

/** Bone colour (linear RGB): a warm ivory. */
export const BONE_COLOR = [0.78, 0.7, 0.55] as const;

interface BoneDefinition {
  field: DistanceField;
  bounds: Bounds;
  /** Grid step of the level-set mesher (m). */
  step: number;
}

export const boneDefinitions: Readonly<Record<BoneId, BoneDefinition>> = {
  'hip-bone': { field: hipBoneField, bounds: hipBoneBounds, step: 0.0016 },
  sacrum: { field: sacrumField, bounds: sacrumBounds, step: 0.0016 },
  femur: { field: femurField, bounds: femurBounds, step: 0.0016 },
  patella: { field: patellaField, bounds: patellaBounds, step: 0.0012 },
  tibia: { field: tibiaField, bounds: tibiaBounds, step: 0.0016 },
  fibula: { field: fibulaField, bounds: fibulaBounds, step: 0.0012 },
  calcaneus: { field: calcaneusField, bounds: calcaneusBounds, step: 0.0014 },
  talus: { field: talusField, bounds: talusBounds, step: 0.0013 },
  'metatarsal-bones': { field: footBonesField, bounds: footBonesBounds, step: 0.0011 },
};

/** Meshed in the order the identifiers are listed (the model's node order follows it). */
const boneOrder: readonly BoneId[] = boneIds;

/** Meshes one bone's field. */
export function meshBone(id: BoneId): MeshPart {
  const def = boneDefinitions[id];
  const raw = meshLevelSet(def.field, def.bounds, def.step);
  taubinSmooth(raw.positions, raw.indices, 6);
  keepBehindMidline(raw.positions, -0.0015, 0.004);
  return {
    name: id,
    extras: { kind: 'bone', structure: id },
    positions: raw.positions,
    normals: vertexNormals(raw.positions, raw.indices),
    indices: raw.indices,
    color: BONE_COLOR,
  };
}

/** Gradient of a field by central differences (unit length where defined). */
export function fieldGradient(f: DistanceField, x: number, y: number, z: number, h = 2e-4): Vec3 {
  const gx = f(x + h, y, z) - f(x - h, y, z);
  const gy = f(x, y + h, z) - f(x, y - h, z);
  const gz = f(x, y, z + h) - f(x, y, z - h);
  const l = Math.hypot(gx, gy, gz) || 1;
  return [gx / l, gy / l, gz / l];
}

/** Closest surface point by Newton steps along the gradient (fields are near-exact distances). */
export function projectOnField(f: DistanceField, p: Vec3): Vec3 {
  let [x, y, z] = p;
  for (let i = 0; i < 12; i++) {
    const d = f(x, y, z);
    if (Math.abs(d) < 1e-6) break;
    const [gx, gy, gz] = fieldGradient(f, x, y, z);
    x -= gx * d;
    y -= gy * d;
    z -= gz * d;
  }
  return [x, y, z];
}

/** Landmark anchor nodes: empty nodes at each landmark's position (kind 'landmark'). */
export function landmarkAnchors(landmarks: readonly Landmark[]): AnchorPart[] {
  return landmarks.map((l) => ({
    name: l.id,
    extras: { kind: 'landmark', structure: l.id },
    position: l.position,
  }));
}

export function buildBones(landmarks: readonly Landmark[] = []): BoneSet {
  const parts = boneOrder.map((id) => meshBone(id));
  const fieldOf = (bone: BoneId): DistanceField => boneDefinitions[bone].field;
  const field: DistanceField = (x, y, z) => {
    let d = Infinity;
    for (const id of boneOrder) d = Math.min(d, boneDefinitions[id].field(x, y, z));
    return d;
  };
  return {
    parts,
    anchors: landmarkAnchors(landmarks),
    field,
    fieldOf,
    project: (p, bone) => projectOnField(fieldOf(bone), p),
  };
}
