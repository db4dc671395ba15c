/**
 * The bone distance field, culled by each bone's bounding box: far from every box the exact value
 * does not matter (only "clearly outside"), so the box distance is returned instead of evaluating
 * every bone's SDF. Near or inside a box the exact field of the bones there is used.
 */
import type { BoneId } from '../../anatomy/ids.ts';
import type { BoneSet, DistanceField } from '../types.ts';

const MARGIN = 0.012;

export function culledBoneField(bones: BoneSet): DistanceField {
  const boxes = bones.parts
    .filter((p) => p.extras.kind === 'bone')
    .map((p) => {
      const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
      for (let i = 0; i < p.positions.length; i += 3) {
        for (let k = 0; k < 3; k++) {
          b[k] = Math.min(b[k]!, p.positions[i + k]!);
          b[k + 3] = Math.max(b[k + 3]!, p.positions[i + k]!);
        }
      }
      return { f: bones.fieldOf(p.extras.structure as BoneId), b };
    });
  if (boxes.length === 0) return bones.field;
  return (x, y, z) => {
    let d = Infinity;
    for (const { f, b } of boxes) {
      const dx = Math.max(b[0]! - x, 0, x - b[3]!);
      const dy = Math.max(b[1]! - y, 0, y - b[4]!);
      const dz = Math.max(b[2]! - z, 0, z - b[5]!);
      const boxD = Math.hypot(dx, dy, dz);
      if (boxD > MARGIN) d = Math.min(d, boxD);
      else d = Math.min(d, f(x, y, z));
    }
    return d;
  };
}
