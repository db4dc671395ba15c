/**
 * The bone distance field, culled by each bone's bounding box: far from every box the exact value
 * does not matter (only "clearly outside"), so the box distance is returned instead of evaluating
 * every bone's SDF. Near or inside a box the exact field of the bones there is used.
 */
import type { BoneId } from '../../anatomy/ids.ts';
import type { BoneSet, DistanceField } from '../types.ts';
import { boundsOf } from '../mesh/bounds.ts';
import { culledOutside } from '../mesh/sdf.ts';

const MARGIN = 0.012;

export function culledBoneField(bones: BoneSet): DistanceField {
  const fields = bones.parts
    .filter((p) => p.extras.kind === 'bone')
    .map((p) => culledOutside(bones.fieldOf(p.extras.structure as BoneId), boundsOf(p.positions), MARGIN));
  if (fields.length === 0) return bones.field;
  return (x, y, z) => {
    let d = Infinity;
    for (const f of fields) d = Math.min(d, f(x, y, z));
    return d;
  };
}
