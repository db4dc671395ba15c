/**
 * What the builder needs from the knowledge base for each muscle: attachments (bone + points),
 * layer, compartment and trigger-point placements, all read from `src/anatomy/muscles`, the one
 * source of these facts. A muscle without attachment points there is an error, not a fallback.
 */
import type { BoneId, MuscleId } from '../../anatomy/ids.ts';
import { muscleIds } from '../../anatomy/ids.ts';
import { muscles } from '../../anatomy/muscles/index.ts';
import type { Attachment, Compartment, TriggerPoint, Vec3 } from '../../anatomy/types.ts';

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

function withPoints(id: MuscleId, role: string, list: readonly Attachment[]): AttachmentInput[] {
  const out = list.filter((a) => a.points.length > 0).map((a) => ({ bone: a.bone, points: a.points }));
  if (out.length === 0) throw new Error(`${id}: no ${role} with points in src/anatomy/muscles`);
  return out;
}

export function muscleInputs(): MuscleInput[] {
  return muscleIds.map((id) => {
    const data = muscles.find((m) => m.id === id);
    if (!data) throw new Error(`${id}: no entry in src/anatomy/muscles`);
    return {
      id,
      layer: data.layer,
      compartment: data.compartment,
      origins: withPoints(id, 'origin', data.origins),
      insertions: withPoints(id, 'insertion', data.insertions),
      triggerPoints: data.triggerPoints,
    };
  });
}
