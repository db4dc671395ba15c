/** Muscle path ends moved onto the bone they attach to. */
import type { BoneId } from '../../anatomy/ids.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import type { BoneSet, DistanceField } from '../types.ts';
import { gradient } from './collide.ts';
import type { MuscleGeometry } from './shapes/index.ts';

/**
 * Path ends drawn from gait2392 can lie inside the bone builder's (fuller) bones; move each end
 * that is inside or within 15 mm of a bone onto that bone's surface, 2 mm out, so every muscle
 * starts and ends on its footprint instead of being pushed off it.
 */
export function snapEndsToBone(g: MuscleGeometry, bones: BoneSet, field: DistanceField): MuscleGeometry {
  const ids: BoneId[] = ['hip-bone', 'sacrum', 'femur', 'patella', 'tibia', 'fibula', 'calcaneus'];
  const snap = (p: Vec3): Vec3 => {
    if (field(p[0], p[1], p[2]) > 0.015) return p;
    const bone = ids.reduce(
      (best, id) => (bones.fieldOf(id)(...p) < bones.fieldOf(best)(...p) ? id : best),
      ids[0]!,
    );
    const q = bones.project(p, bone);
    const n = gradient(bones.fieldOf(bone), q[0], q[1], q[2]);
    return [q[0] + n[0] * 0.002, q[1] + n[1] * 0.002, q[2] + n[2] * 0.002];
  };
  return {
    ...g,
    paths: g.paths.map((path) => path.map((p, i) => (i === 0 || i === path.length - 1 ? snap(p) : p))),
  };
}
