/**
 * The three intermuscular septa as thin sheets from the linea aspera out toward the fascia lata,
 * from about the lesser trochanter down to just above the condyles, each traced along the gap
 * between the finished muscles of the compartments it parts: lateral (anterior | posterior),
 * medial (anterior | medial), posterior (medial | posterior).
 */
import type { ConnectiveTissueId } from '../../anatomy/ids.ts';
import type { Compartment } from '../../anatomy/types.ts';
import { type V3, add, cross, length, lerp, normalize, scale, sub, vertexNormals } from '../loft/index.ts';
import { type Outline, unionDistance } from './cross-section.ts';
import { sliceSegments } from './measure.ts';
import type { DistanceField, MeshPart } from '../types.ts';
import { type ShaftSample, around, axisAtY } from './bone-axes.ts';
import { limbAxisPoint } from './muscle-loft.ts';
import { pushOutOfField } from './collide.ts';

interface SeptumPlan {
  id: ConnectiveTissueId;
  /** Angle of its root on the femur (deg, 0 anterior, 90 lateral, 180 posterior, 270 medial). */
  boneAngle: number;
  /** Angle where it meets the fascia around the limb axis (anatomy/surface.ts). */
  fasciaAngle: number;
  /**
   * How much farther than the mean fascia radius that meeting point lies from the limb axis: the
   * axis is the skin's centre, in front of the femur, so the posterior fascia lies farther off.
   */
  fasciaReach: number;
  /**
   * The compartments on either side: it runs where it is equally far from both. The third
   * compartment joins the side it lies beyond, so the septum skirts it too.
   */
  between: readonly [readonly Compartment[], readonly Compartment[]];
}

export const septumPlans: readonly SeptumPlan[] = [
  {
    id: 'lateral-intermuscular-septum',
    boneAngle: 168,
    fasciaAngle: 137,
    fasciaReach: 0.009,
    between: [['anterior-thigh'], ['posterior-thigh', 'medial-thigh']],
  },
  {
    id: 'medial-intermuscular-septum',
    boneAngle: 215,
    fasciaAngle: 265,
    fasciaReach: 0.018,
    between: [['anterior-thigh'], ['medial-thigh', 'posterior-thigh']],
  },
  {
    id: 'posterior-intermuscular-septum',
    boneAngle: 190,
    fasciaAngle: 221,
    fasciaReach: 0.03,
    between: [['medial-thigh', 'anterior-thigh'], ['posterior-thigh']],
  },
];

const TOP = -0.14;
const BOTTOM = -0.41;
const HALF_THICKNESS = 0.0006;

function fasciaRadius(y: number): number {
  const t = (TOP - y) / (TOP - BOTTOM);
  return 0.08 - 0.018 * t;
}

const STEP = 0.0015;

/** Where a septum may run in one horizontal plane: equidistant from the two compartments. */
interface Gap {
  a: readonly Outline[];
  b: readonly Outline[];
}

const gapValue = (g: Gap, x: number, z: number) => unionDistance(g.a, x, z) - unionDistance(g.b, x, z);

function gapGradient(g: Gap, x: number, z: number): [number, number] {
  const e = 2e-4;
  return [
    (gapValue(g, x + e, z) - gapValue(g, x - e, z)) / (2 * e),
    (gapValue(g, x, z + e) - gapValue(g, x, z - e)) / (2 * e),
  ];
}

/** Moves (x, z) onto the equidistant line (a few Newton steps, each at most `cap` long). */
function projectOntoGap(g: Gap, x: number, z: number, cap: number): [number, number] {
  for (let k = 0; k < 4; k++) {
    const v = gapValue(g, x, z);
    if (Math.abs(v) < 2e-4) break;
    const [gx, gz] = gapGradient(g, x, z);
    const g2 = gx * gx + gz * gz;
    if (g2 < 1e-9) break;
    let mx = (-v * gx) / g2;
    let mz = (-v * gz) / g2;
    const ml = Math.hypot(mx, mz);
    if (ml > cap) {
      mx *= cap / ml;
      mz *= cap / ml;
    }
    x += mx;
    z += mz;
  }
  return [x, z];
}

/**
 * One row of a septum in the plane y = h, from its root on the bone outward to the fascia. Where
 * both compartments are present it follows the line equidistant from them (the gap between
 * them), so it never cuts through a belly; elsewhere it runs straight toward the fascia.
 */
function traceRow(inner: V3, toward: V3, limit: number, gap: Gap | undefined): V3[] {
  const y = inner[1];
  const axis = limbAxisPoint(y);
  let p: [number, number] = [inner[0], inner[2]];
  const d0 = [toward[0] - inner[0], toward[2] - inner[2]] as const;
  const l0 = Math.hypot(d0[0], d0[1]) || 1;
  let dir: [number, number] = [d0[0] / l0, d0[1] / l0];
  const path: V3[] = [[p[0], y, p[1]]];
  for (let travelled = 0; travelled < 0.12; travelled += STEP) {
    let q: [number, number] = [p[0] + STEP * dir[0], p[1] + STEP * dir[1]];
    // Leave the root straight for a few millimetres (both compartments attach there).
    if (gap && travelled > 0.004) {
      q = projectOntoGap(gap, q[0], q[1], STEP);
      const moved = Math.hypot(q[0] - p[0], q[1] - p[1]);
      // Keep heading outward: a step that folds back means the line ended; go straight on.
      if (moved < STEP * 0.3) q = [p[0] + STEP * dir[0], p[1] + STEP * dir[1]];
    }
    const moved = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    const next: [number, number] = [(q[0] - p[0]) / moved, (q[1] - p[1]) / moved];
    if (next[0] * dir[0] + next[1] * dir[1] > 0) dir = next;
    p = q;
    path.push([p[0], y, p[1]]);
    if (Math.hypot(p[0] - axis[0], p[1] - axis[2]) >= limit) break;
  }
  return path;
}

/** `count` points evenly spaced along the first `fraction` of a polyline's length. */
function resample(path: readonly V3[], count: number, fraction: number): V3[] {
  const lengths = [0];
  for (let i = 1; i < path.length; i++) lengths.push(lengths[i - 1]! + length(sub(path[i]!, path[i - 1]!)));
  const total = lengths[lengths.length - 1]! * fraction;
  const out: V3[] = [];
  let j = 1;
  for (let c = 0; c < count; c++) {
    const at = (total * c) / (count - 1);
    while (j < path.length - 1 && lengths[j]! < at) j++;
    const span = lengths[j]! - lengths[j - 1]! || 1;
    out.push(lerp(path[j - 1]!, path[j]!, Math.min(1, (at - lengths[j - 1]!) / span)));
  }
  return out;
}

export function septumMesh(
  plan: SeptumPlan,
  femur: readonly ShaftSample[],
  bone: DistanceField,
  muscles: readonly MeshPart[],
): { positions: Float32Array; normals: Float32Array; indices: Uint32Array } {
  const rows = 28;
  const cols = 12;
  const inSide = (side: readonly Compartment[]) => (m: MeshPart) =>
    side.includes(m.extras.compartment as Compartment);
  const groupA = muscles.filter(inSide(plan.between[0]));
  const groupB = muscles.filter(inSide(plan.between[1]));
  const outlines = (group: readonly MeshPart[], y: number) =>
    group.map((m) => sliceSegments(m, y)).filter((o) => o.length > 0);
  let grid: V3[] = [];
  const gaps: (Gap | undefined)[] = [];
  for (let r = 0; r < rows; r++) {
    const y = TOP + ((BOTTOM - TOP) * r) / (rows - 1);
    const shaft = axisAtY(femur, y);
    const inner = add(shaft.centre, scale(around(plan.boneAngle), shaft.radius + 0.0008));
    // Shorter toward both ends so the sheet's outline is rounded, not a rectangle.
    const taper = Math.sin((Math.PI * (r + 0.5)) / rows) ** 0.35;
    const reach = fasciaRadius(y) + plan.fasciaReach;
    const toward = add(limbAxisPoint(y), scale(around(plan.fasciaAngle), reach));
    const a = outlines(groupA, y);
    const b = outlines(groupB, y);
    const gap = a.length > 0 && b.length > 0 ? { a, b } : undefined;
    gaps.push(gap);
    const path = traceRow(inner, toward, reach - 0.004, gap);
    grid.push(...resample(path, cols, 0.45 + 0.55 * taper));
  }
  // Relax along the height so neighbouring rows that found slightly different gaps join smoothly
  // (the root column stays on the bone), then settle each point back into its row's gap.
  for (let iter = 0; iter < 3; iter++) {
    grid = grid.map((p, i) => {
      const r = Math.floor(i / cols);
      const c = i % cols;
      if (c === 0 || r === 0 || r === rows - 1) return p;
      const mid = lerp(grid[i - cols]!, grid[i + cols]!, 0.5);
      return [0.5 * p[0] + 0.5 * mid[0], p[1], 0.5 * p[2] + 0.5 * mid[2]];
    });
  }
  grid = grid.map((p, i) => {
    const gap = gaps[Math.floor(i / cols)];
    if (!gap || i % cols < 3) return p;
    const [x, z] = projectOntoGap(gap, p[0], p[2], 0.003);
    return [x, p[1], z];
  });
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
