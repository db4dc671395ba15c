/**
 * Keeps soft tissue out of bone and out of deeper muscles: vertices inside are pushed to the
 * surface (bone: along the distance field's gradient; muscles: out of their sections), then the
 * surface is relaxed and pushed again so the dents stay smooth.
 */
import type { DistanceField } from '../types.ts';
import { taubinSmooth, type V3 } from '../loft/index.ts';
import { boundsOf, boundsOverlap } from '../mesh/bounds.ts';
import { type LoftedMuscle, limbAxisPoint, pushOutOfSections } from './muscle-loft.ts';

export function gradient(f: DistanceField, x: number, y: number, z: number, h = 2e-4): V3 {
  const gx = f(x + h, y, z) - f(x - h, y, z);
  const gy = f(x, y + h, z) - f(x, y - h, z);
  const gz = f(x, y, z + h) - f(x, y, z - h);
  const l = Math.hypot(gx, gy, gz) || 1;
  return [gx / l, gy / l, gz / l];
}

/** Push every vertex at least `clearance` outside the field's zero level; returns how many moved. */
export function pushOutOfField(positions: Float32Array, field: DistanceField, clearance: number): number {
  let moved = 0;
  for (let v = 0; v < positions.length; v += 3) {
    for (let iter = 0; iter < 10; iter++) {
      const x = positions[v]!;
      const y = positions[v + 1]!;
      const z = positions[v + 2]!;
      const d = field(x, y, z);
      if (d >= clearance) break;
      const g = gradient(field, x, y, z);
      const step = (clearance - d) * (iter < 5 ? 1 : 1.5);
      positions[v] = x + g[0] * step;
      positions[v + 1] = y + g[1] * step;
      positions[v + 2] = z + g[2] * step;
      if (iter === 0) moved++;
    }
  }
  return moved;
}

function overlaps(a: Float32Array, b: LoftedMuscle): boolean {
  return boundsOverlap(boundsOf(a), boundsOf(b.positions));
}

/** Push vertices out of each deeper muscle's sections. */
export function pushOutOfMuscles(
  positions: Float32Array,
  deeper: readonly LoftedMuscle[],
  gap: number,
): void {
  for (const m of deeper) {
    if (!overlaps(positions, m)) continue;
    for (let v = 0; v < positions.length; v += 3) {
      const p: V3 = [positions[v]!, positions[v + 1]!, positions[v + 2]!];
      const q = pushOutOfSections(m, p, gap);
      if (q) {
        positions[v] = q[0];
        positions[v + 1] = q[1];
        positions[v + 2] = q[2];
      }
    }
  }
}

/** The full settle: muscles, bone, relax, bone again. */
export function settle(m: LoftedMuscle, deeper: readonly LoftedMuscle[], bone: DistanceField): void {
  for (let round = 0; round < 2; round++) {
    // A draped sheet already lies on the deeper muscles (drape.ts); pushing its thin borders out
    // of their sections again only tears them.
    if (!m.sheet) pushOutOfMuscles(m.positions, deeper, 0.0005);
    pushOutOfField(m.positions, bone, 0.001);
    taubinSmooth(m.positions, m.indices, 2);
  }
  pushOutOfField(m.positions, bone, 0.0008);
  escapeTrapped(m.positions, bone, 0.0008);
}

/**
 * Vertices the gradient cannot free (caught between two bones, e.g. in the hip joint) march
 * outward from the limb's axis until they are clear.
 */
export function escapeTrapped(positions: Float32Array, bone: DistanceField, clearance: number): void {
  for (let v = 0; v < positions.length; v += 3) {
    if (bone(positions[v]!, positions[v + 1]!, positions[v + 2]!) >= 0) continue;
    const axis = limbAxisPoint(positions[v + 1]!);
    let dx = positions[v]! - axis[0];
    let dz = positions[v + 2]! - axis[2];
    const l = Math.hypot(dx, dz) || 1;
    dx /= l;
    dz /= l;
    for (let k = 0; k < 60 && bone(positions[v]!, positions[v + 1]!, positions[v + 2]!) < clearance; k++) {
      positions[v] = positions[v]! + dx * 0.0008;
      positions[v + 2] = positions[v + 2]! + dz * 0.0008;
    }
  }
}
