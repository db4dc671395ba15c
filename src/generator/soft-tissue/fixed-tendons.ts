/**
 * The two tendons that are not part of a muscle's loft: the calcaneal tendon (gastrocnemius and
 * soleus) and the patellar tendon (the quadriceps' insertion carried on to the tibia).
 */
import { landmarks } from '../../anatomy/landmarks.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import type { BoneSet, DistanceField, MeshPart } from '../types.ts';
import { add, normalize, scale, sub, type V3 } from '../loft/index.ts';
import { escapeTrapped, pushOutOfField } from './collide.ts';
import { TENDON, meshPart } from './mesh-parts.ts';
import { tube } from './tubes.ts';

/** Patellar tendon: from the patella's apex (its lowest point) to the tibial tuberosity. */
function patellarTendonPath(bones: BoneSet): Vec3[] {
  const patella = bones.parts.find((p) => p.name === 'patella');
  let apex: V3 = [-0.084, -0.468, -0.012];
  if (patella) {
    let low = Infinity;
    for (let i = 0; i < patella.positions.length; i += 3) {
      if (patella.positions[i + 1]! < low) {
        low = patella.positions[i + 1]!;
        apex = [patella.positions[i]!, low + 0.004, patella.positions[i + 2]!];
      }
    }
  }
  const tuberosity = landmarks.find((l) => l.id === 'tibial-tuberosity')?.position ?? [-0.082, -0.522, -0.04];
  const end = bones.project(tuberosity, 'tibia');
  const mid: V3 = [(apex[0] + end[0]) / 2, (apex[1] + end[1]) / 2, (apex[2] + end[2]) / 2 + 0.002];
  // Both ends run on a few millimetres into the bone, so once pushed back out they lie flat on
  // it (the tendon blends into the kneecap and the tuberosity instead of ending in square caps).
  const dir = normalize(sub(end, apex));
  return [add(apex, scale(dir, -0.004)), apex, mid, end, add(end, scale(dir, 0.004))];
}

/** The calcaneal tendon, from the calf muscles' junction to the back of the calcaneus. */
export function calcanealTendon(boneField: DistanceField): MeshPart {
  const achilles = tube(
    [
      [-0.085, -0.7, -0.112],
      [-0.0855, -0.78, -0.116],
      [-0.086, -0.86, -0.12],
      [-0.0861, -0.9, -0.126],
    ],
    (t) => 0.0035 + 0.0025 * (1 - t) ** 2,
    30,
    16,
    2.2,
  );
  pushOutOfField(achilles.positions, boneField, 0.0008);
  escapeTrapped(achilles.positions, boneField, 0.0008);
  return meshPart(
    'calcaneal-tendon',
    { kind: 'tendon', structure: 'calcaneal-tendon' },
    { positions: achilles.positions, indices: achilles.indices },
    TENDON,
  );
}

/** The patellar tendon as a flat band from the kneecap's apex to the tibial tuberosity. */
export function patellarTendon(bones: BoneSet, boneField: DistanceField): MeshPart {
  // A flat band about 26 mm wide and 5 mm thick, narrowing a little toward the tuberosity and
  // rounding off at both ends where it spreads onto the bone.
  const rounded = (t: number): number => 0.55 + 0.45 * Math.sqrt(Math.min(1, t / 0.15, (1 - t) / 0.15));
  const patellar = tube(
    patellarTendonPath(bones),
    (t) => (0.0027 - 0.0004 * t) * rounded(t),
    24,
    20,
    5,
    [1, 0, 0], // flat side to side, whatever the tendon's tilt
  );
  pushOutOfField(patellar.positions, boneField, 0.0008);
  escapeTrapped(patellar.positions, boneField, 0.0008);
  return meshPart(
    'patellar-tendon',
    { kind: 'tendon', structure: 'rectus-femoris', compartment: 'anterior-thigh' },
    { positions: patellar.positions, indices: patellar.indices },
    TENDON,
  );
}
