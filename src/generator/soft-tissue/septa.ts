/**
 * The three intermuscular septa as thin sheets from the linea aspera out toward the fascia lata,
 * from about the lesser trochanter down to just above the condyles: lateral (vastus lateralis |
 * biceps short head), medial (vastus medialis | adductors), posterior (adductors | hamstrings).
 */
import type { ConnectiveTissueId } from '../../anatomy/ids.ts';
import { type V3, add, cross, lerp, normalize, scale, sub, vertexNormals } from '../loft/index.ts';
import type { DistanceField, MeshPart } from '../types.ts';
import { type ShaftSample, around, axisAtY } from './bone-axes.ts';
import { limbAxisAt } from './muscle-loft.ts';
import { pushOutOfField } from './collide.ts';

interface SeptumPlan {
  id: ConnectiveTissueId;
  /** Angle of its root on the femur (deg, 0 anterior, 90 lateral, 180 posterior, 270 medial). */
  boneAngle: number;
  /** Angle where it meets the fascia around the limb axis. */
  fasciaAngle: number;
}

export const septumPlans: readonly SeptumPlan[] = [
  { id: 'lateral-intermuscular-septum', boneAngle: 150, fasciaAngle: 112 },
  { id: 'medial-intermuscular-septum', boneAngle: 215, fasciaAngle: 292 },
  { id: 'posterior-intermuscular-septum', boneAngle: 190, fasciaAngle: 232 },
];

const TOP = -0.14;
const BOTTOM = -0.41;
const HALF_THICKNESS = 0.0006;

function fasciaRadius(y: number): number {
  const t = (TOP - y) / (TOP - BOTTOM);
  return 0.08 - 0.018 * t;
}

export function septumMesh(
  plan: SeptumPlan,
  femur: readonly ShaftSample[],
  bone: DistanceField,
  _muscles: readonly MeshPart[] = [],
): { positions: Float32Array; normals: Float32Array; indices: Uint32Array } {
  const rows = 28;
  const cols = 9;
  const grid: V3[] = [];
  for (let r = 0; r < rows; r++) {
    const y = TOP + ((BOTTOM - TOP) * r) / (rows - 1);
    const shaft = axisAtY(femur, y);
    const inner = add(shaft.centre, scale(around(plan.boneAngle), shaft.radius + 0.0008));
    // Shorter toward both ends so the sheet's outline is rounded, not a rectangle.
    const taper = Math.sin((Math.PI * (r + 0.5)) / rows) ** 0.35;
    const axis = limbAxisAt(y);
    const outerFull = add(axis, scale(around(plan.fasciaAngle), fasciaRadius(y)));
    const outer = lerp(inner, outerFull, 0.3 + 0.5 * taper);
    for (let c = 0; c < cols; c++) grid.push(lerp(inner, outer, c / (cols - 1)));
  }
  // Sheet normal per vertex (for the two faces of the slab).
  const normalAt = (r: number, c: number): V3 => {
    const up = sub(grid[Math.max(0, r - 1) * cols + c]!, grid[Math.min(rows - 1, r + 1) * cols + c]!);
    const across = sub(grid[r * cols + Math.min(cols - 1, c + 1)]!, grid[r * cols + Math.max(0, c - 1)]!);
    return normalize(cross(up, across));
  };
  const pos: number[] = [];
  for (const side of [1, -1]) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const p = add(grid[r * cols + c]!, scale(normalAt(r, c), side * HALF_THICKNESS));
        pos.push(p[0], p[1], p[2]);
      }
    }
  }
  const idx: number[] = [];
  const off = rows * cols;
  for (let r = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++) {
      const a = r * cols + c;
      const b = a + 1;
      const d = a + cols;
      const e = d + 1;
      idx.push(a, d, b, b, d, e);
      idx.push(off + a, off + b, off + d, off + b, off + e, off + d);
    }
  }
  // Close the rim so the slab is a closed surface.
  const rim: [number, number][] = [];
  for (let c = 0; c < cols - 1; c++) rim.push([c, c + 1]);
  for (let r = 0; r < rows - 1; r++) rim.push([r * cols + cols - 1, (r + 1) * cols + cols - 1]);
  for (let c = cols - 1; c > 0; c--) rim.push([(rows - 1) * cols + c, (rows - 1) * cols + c - 1]);
  for (let r = rows - 1; r > 0; r--) rim.push([r * cols, (r - 1) * cols]);
  for (const [a, b] of rim) idx.push(a, b, off + b, a, off + b, off + a);
  const positions = Float32Array.from(pos);
  pushOutOfField(positions, bone, 0.0004);
  const indices = Uint32Array.from(idx);
  return { positions, normals: vertexNormals(positions, indices), indices };
}
