/**
 * Where the X marks go: each trigger point of the focused (and compared) muscle, carried out along
 * its ray from the limb axis to the skin above it, in body-surface coordinates.
 */
import { Vector3 } from 'three';
import { surfaceCoordinate } from '../anatomy/surface.ts';
import { limbRadiusAt } from '../anatomy/surface-grid.ts';
import type { ModelPart } from './model-parts.ts';
import type { SkinCross } from './skin-material.ts';

const p = new Vector3();

export function crossesFor(
  points: readonly ModelPart[],
  focus: string | null,
  compare: string | null,
): SkinCross[] {
  const out: SkinCross[] = [];
  for (const [muscle, isCompare] of [
    [focus, false],
    [compare, true],
  ] as const) {
    if (!muscle) continue;
    for (const part of points) {
      if (part.info.structure !== muscle) continue;
      p.setFromMatrixPosition(part.matrix);
      const { y, angle } = surfaceCoordinate([p.x, p.y, p.z]);
      out.push({ angle, y, metresPerDegree: (limbRadiusAt(y) * Math.PI) / 180, compare: isCompare });
    }
  }
  return out;
}
