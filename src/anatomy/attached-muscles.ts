/**
 * Which muscles start or end on a bone or a landmark, derived from the muscles' own origins and
 * insertions (never listed by hand), so the card of "ischial tuberosity" or "femur" can list them.
 */
import type { MuscleId } from './ids.ts';
import { kb } from './index.ts';

export type AttachmentRole = 'origin' | 'insertion';

export interface AttachedMuscle {
  muscle: MuscleId;
  /** Origin, insertion, or both (a muscle that starts and ends on the same bone). */
  roles: readonly AttachmentRole[];
}

/**
 * The muscles attached to a bone (any of its attachments lies on it) or to a landmark (an
 * attachment's nearest named landmark is it), in the knowledge base's muscle order. Empty for
 * anything else.
 */
export function musclesAttachedTo(structure: string): AttachedMuscle[] {
  const out: AttachedMuscle[] = [];
  for (const muscle of kb.muscles) {
    const roles: AttachmentRole[] = [];
    const on = (a: { bone: string; landmark: string }) => a.bone === structure || a.landmark === structure;
    if (muscle.origins.some(on)) roles.push('origin');
    if (muscle.insertions.some(on)) roles.push('insertion');
    if (roles.length > 0) out.push({ muscle: muscle.id, roles });
  }
  return out;
}
