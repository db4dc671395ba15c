/**
 * What the builder needs from the knowledge base for each muscle: attachments (bone + points),
 * layer, compartment and trigger-point placements, read from `src/anatomy/muscles`; a muscle whose
 * attachment list is empty falls back to hand-placed points or the gait2392 lines.
 */
import type { BoneId, MuscleId } from '../../anatomy/ids.ts';
import { muscleIds } from '../../anatomy/ids.ts';
import { muscles } from '../../anatomy/muscles/index.ts';
import type { Attachment, Compartment, TriggerPoint, Vec3 } from '../../anatomy/types.ts';
import type { BoneSet } from '../types.ts';
import { gaitLinesOf } from './gait2392.ts';

export interface AttachmentInput {
  bone: BoneId;
  points: readonly Vec3[];
}

export interface MuscleInput {
  id: MuscleId;
  layer: number;
  compartment: Compartment;
  origins: readonly AttachmentInput[];
  insertions: readonly AttachmentInput[];
  triggerPoints: readonly Pick<TriggerPoint, 'id' | 'placement'>[];
}

const compartmentOf: Record<MuscleId, Compartment> = {
  'gluteus-maximus': 'gluteal',
  'gluteus-medius': 'gluteal',
  'gluteus-minimus': 'gluteal',
  piriformis: 'gluteal',
  'tensor-fasciae-latae': 'gluteal',
  iliopsoas: 'anterior-thigh',
  sartorius: 'anterior-thigh',
  'rectus-femoris': 'anterior-thigh',
  'vastus-lateralis': 'anterior-thigh',
  'vastus-intermedius': 'anterior-thigh',
  'vastus-medialis': 'anterior-thigh',
  pectineus: 'medial-thigh',
  'adductor-longus': 'medial-thigh',
  'adductor-brevis': 'medial-thigh',
  'adductor-magnus': 'medial-thigh',
  gracilis: 'medial-thigh',
  semitendinosus: 'posterior-thigh',
  semimembranosus: 'posterior-thigh',
  'biceps-femoris-long-head': 'posterior-thigh',
  'biceps-femoris-short-head': 'posterior-thigh',
  'gastrocnemius-medial-head': 'posterior-leg',
  'gastrocnemius-lateral-head': 'posterior-leg',
  plantaris: 'posterior-leg',
  soleus: 'posterior-leg',
  popliteus: 'posterior-leg',
};

const layerOf: Partial<Record<MuscleId, number>> = {
  'gluteus-maximus': 1,
  'gluteus-medius': 2,
  'gluteus-minimus': 3,
  piriformis: 3,
  'vastus-intermedius': 2,
  'adductor-brevis': 2,
  'adductor-magnus': 3,
  semimembranosus: 2,
  'biceps-femoris-short-head': 2,
  soleus: 2,
  popliteus: 3,
  plantaris: 2,
  pectineus: 2,
  iliopsoas: 2,
  'vastus-lateralis': 1,
  'vastus-medialis': 1,
};

/** The bone nearest a point (fallback when the data names none). */
function nearestBone(bones: BoneSet, p: Vec3): BoneId {
  const ids: BoneId[] = ['hip-bone', 'sacrum', 'femur', 'patella', 'tibia', 'fibula', 'calcaneus'];
  let best: BoneId = 'femur';
  let bestD = Infinity;
  for (const id of ids) {
    const d = bones.fieldOf(id)(p[0], p[1], p[2]);
    if (d < bestD) {
      bestD = d;
      best = id;
    }
  }
  return best;
}

export function gaitAttachments(
  bones: BoneSet,
  id: MuscleId,
  role: 'origin' | 'insertion',
): AttachmentInput[] {
  const pts = gaitLinesOf(id).flatMap((l) => l.points.filter((p) => p.role === role).map((p) => p.at));
  if (pts.length === 0) return [];
  const byBone = new Map<BoneId, Vec3[]>();
  for (const p of pts) {
    const b = nearestBone(bones, p);
    byBone.set(b, [...(byBone.get(b) ?? []), p]);
  }
  return [...byBone.entries()].map(([bone, points]) => ({ bone, points }));
}

/** Hand-placed footprints for the muscles no gait2392 line covers. */
const extraAttachments: Partial<
  Record<MuscleId, { origins: AttachmentInput[]; insertions: AttachmentInput[] }>
> = {
  popliteus: {
    origins: [{ bone: 'femur', points: [[-0.118, -0.47, -0.08]] }],
    insertions: [
      {
        bone: 'tibia',
        points: [
          [-0.075, -0.53, -0.09],
          [-0.06, -0.52, -0.088],
        ],
      },
    ],
  },
  plantaris: {
    origins: [{ bone: 'femur', points: [[-0.112, -0.445, -0.092]] }],
    insertions: [{ bone: 'calcaneus', points: [[-0.08, -0.905, -0.125]] }],
  },
};

export function muscleInputs(bones: BoneSet): MuscleInput[] {
  return muscleIds.map((id) => {
    const data = muscles.find((m) => m.id === id);
    const extra = extraAttachments[id];
    const fromData = (list: readonly Attachment[] | undefined): AttachmentInput[] =>
      (list ?? []).filter((a) => a.points.length > 0).map((a) => ({ bone: a.bone, points: a.points }));
    const origins = fromData(data?.origins);
    const insertions = fromData(data?.insertions);
    return {
      id,
      layer: data?.layer ?? layerOf[id] ?? 1,
      compartment: data?.compartment ?? compartmentOf[id],
      origins: origins.length > 0 ? origins : (extra?.origins ?? gaitAttachments(bones, id, 'origin')),
      insertions:
        insertions.length > 0 ? insertions : (extra?.insertions ?? gaitAttachments(bones, id, 'insertion')),
      triggerPoints: data?.triggerPoints ?? [],
    };
  });
}
