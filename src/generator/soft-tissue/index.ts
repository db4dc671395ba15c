/**
 * Soft-tissue builder: muscles (with their tendons), attachment footprints, intermuscular septa,
 * the sciatic nerve and its divisions, and trigger-point anchors, all fitted to the bone set.
 */
import { attachmentNodeName, triggerPointNodeName } from '../../anatomy/ids.ts';
import type { BoneId, NerveId } from '../../anatomy/ids.ts';
import type { AnchorPart, BoneSet, DistanceField, MeshPart } from '../types.ts';
import {
  add,
  cappedRingIndices,
  dot,
  loftSections,
  normalize,
  scale,
  smoothCentreline,
  sub,
  vertexNormals,
  type Section,
  type V3,
} from '../loft/index.ts';
import { type ShaftSample, axisAtY, shaftAxis } from './bone-axes.ts';
import { drapeSheet } from './drape.ts';
import { escapeTrapped, gradient, settle, pushOutOfField } from './collide.ts';
import { muscleInputs } from './data.ts';
import { culledBoneField } from './fast-field.ts';
import { footprintMesh } from './footprints.ts';
import { keepBehindMidline } from '../mesh/midline.ts';
import { type LoftedMuscle, limbAxisPoint, loftMuscle, sectionDepth } from './muscle-loft.ts';
import { landmarks } from '../../anatomy/landmarks.ts';
import { nerves } from '../../anatomy/nerves.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import { nerveRadius } from './nerves.ts';
import { septumMesh, septumPlans } from './septa.ts';
import { type MuscleGeometry, muscleGeometries } from './shapes/index.ts';
import { triggerPointPosition } from './trigger-points.ts';
import { tube } from './tubes.ts';

export interface SoftTissue {
  parts: MeshPart[];
  anchors: AnchorPart[];
}

export interface SoftTissueDetail extends SoftTissue {
  muscles: LoftedMuscle[];
}

const MUSCLE_RED: readonly [number, number, number] = [0.52, 0.1, 0.08];
const TENDON: readonly [number, number, number] = [0.86, 0.83, 0.74];
const ORIGIN: readonly [number, number, number] = [0.85, 0.25, 0.2];
const INSERTION: readonly [number, number, number] = [0.2, 0.35, 0.85];
const SEPTUM: readonly [number, number, number] = [0.82, 0.8, 0.74];
const NERVE: readonly [number, number, number] = [0.95, 0.78, 0.2];

/** A slightly different red per muscle so neighbours read apart. */
function muscleColour(i: number): readonly [number, number, number] {
  const k = ((i * 37) % 11) / 11 - 0.5;
  return [MUSCLE_RED[0] + 0.1 * k, MUSCLE_RED[1] + 0.03 * k, MUSCLE_RED[2] + 0.02 * k];
}

/** A closed sub-tube of a ring-structured loft (rings r0..r1 inclusive), capped at both ends. */
function ringRange(
  m: LoftedMuscle,
  r0: number,
  r1: number,
  field: DistanceField,
): { positions: Float32Array; indices: Uint32Array } {
  const A = m.around;
  const n = r1 - r0 + 1;
  const positions = new Float32Array((n * A + 2) * 3);
  positions.set(m.positions.subarray(r0 * A * 3, (r1 + 1) * A * 3));
  const centroid = (r: number): V3 => {
    let x = 0;
    let y = 0;
    let z = 0;
    for (let k = 0; k < A; k++) {
      const o = (r * A + k) * 3;
      x += m.positions[o]!;
      y += m.positions[o + 1]!;
      z += m.positions[o + 2]!;
    }
    return [x / A, y / A, z / A];
  };
  positions.set(centroid(r0), n * A * 3);
  positions.set(centroid(r1), (n * A + 1) * 3);
  pushOutOfField(positions, field, 0.0008);
  escapeTrapped(positions, field, 0.0008);
  return { positions, indices: cappedRingIndices(n, A) };
}

/** One mesh from several (a muscle's bellies), vertices and triangles appended in order. */
function joinMeshes(meshes: readonly { positions: Float32Array; indices: Uint32Array }[]): {
  positions: Float32Array;
  indices: Uint32Array;
} {
  if (meshes.length === 1) return meshes[0]!;
  const positions = new Float32Array(meshes.reduce((n, m) => n + m.positions.length, 0));
  const indices = new Uint32Array(meshes.reduce((n, m) => n + m.indices.length, 0));
  let p = 0;
  let k = 0;
  for (const m of meshes) {
    positions.set(m.positions, p);
    for (let i = 0; i < m.indices.length; i++) indices[k + i] = m.indices[i]! + p / 3;
    p += m.positions.length;
    k += m.indices.length;
  }
  return { positions, indices };
}

function meshPart(
  name: string,
  extras: MeshPart['extras'],
  mesh: { positions: Float32Array; indices: Uint32Array; normals?: Float32Array },
  color: MeshPart['color'],
): MeshPart {
  return {
    name,
    extras,
    positions: mesh.positions,
    normals: mesh.normals ?? vertexNormals(mesh.positions, mesh.indices),
    indices: mesh.indices,
    color,
  };
}

/**
 * Path ends drawn from gait2392 can lie inside the bone builder's (fuller) bones; move each end
 * that is inside or within 15 mm of a bone onto that bone's surface, 2 mm out, so every muscle
 * starts and ends on its footprint instead of being pushed off it.
 */
function snapEndsToBone(g: MuscleGeometry, bones: BoneSet, field: DistanceField): MuscleGeometry {
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

/**
 * The common fibular nerve winds round the neck of the fibula on the bone itself (that is where
 * it can be felt, and injured): each of its path points within 12 mm of the fibula is laid on
 * the bone's surface (from outside or from inside). Left where the data puts it, the nerve stands
 * off the bone and lifts the skin into a ridge.
 */
function nervePath(id: NerveId, path: readonly Vec3[], bones: BoneSet): Vec3[] {
  if (id !== 'common-fibular-nerve') return [...path];
  const f = bones.fieldOf('fibula');
  const want = nerveRadius[id] + 0.001;
  return path.map((p) => {
    const d = f(...p);
    if (d > 0.012) return p;
    const n = gradient(f, p[0], p[1], p[2]);
    const s = want - d;
    return [p[0] + n[0] * s, p[1] + n[1] * s, p[2] + n[2] * s];
  });
}

interface NerveLine {
  line: V3[];
  r: number;
}

function nearNerve(nerveLines: readonly NerveLine[], p: V3, margin: number): boolean {
  for (const { line, r: radius } of nerveLines) {
    const r = radius + margin;
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const ab = sub(line[i]!, a);
      const t = Math.max(0, Math.min(1, dot(sub(p, a), ab) / Math.max(1e-12, dot(ab, ab))));
      const q = add(a, scale(ab, t));
      if ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2 < r * r) return true;
    }
  }
  return false;
}

/** Replaces a lofted sheet's mesh by the same sheet laid on the bone and deeper muscles. */
function drapeMuscle(
  m: LoftedMuscle,
  deeper: readonly LoftedMuscle[],
  boneField: DistanceField,
  femur: readonly ShaftSample[],
  nerveLines: readonly NerveLine[],
): void {
  const g = m.geometry;
  const d = g.drape!;
  const end = (i: number): number => (i / (m.bell.length - 1) < 0.5 ? g.ends[0][1] : g.ends[1][1]);
  const halfDepth = m.bell.map((b, i) => end(i) + (g.halfDepth - end(i)) * b);
  const outward = (p: V3): V3 => {
    const axis = g.about === 'femur' ? axisAtY(femur, p[1]).centre : limbAxisPoint(p[1]);
    return [p[0] - axis[0], 0, p[2] - axis[2]];
  };
  const out = drapeSheet({
    paths: m.paths,
    halfDepth,
    exponent: g.exponent,
    across: d.across,
    around: d.around,
    bone: boneField,
    deeper,
    depthIn: sectionDepth,
    outward,
    relax: d.relax,
    fill: d.fill,
    obstacle: (p) => nearNerve(nerveLines, p, 0.002),
    keepClear: (p) => nearNerve(nerveLines, p, 0.016),
    ...(d.cushion ? { cushion: d.cushion } : {}),
  });
  m.positions = out.positions;
  m.indices = out.indices;
  m.around = d.around;
  m.sheet = out.sheet;
}

export function buildSoftTissueDetail(bones: BoneSet): SoftTissueDetail {
  const boneField = culledBoneField(bones);
  const femur = shaftAxis(bones, 'femur', -0.1, -0.41, [-0.12, -0.078], [-0.09, -0.056], 16);
  const nervePaths = nerves.map((n) => ({ id: n.id, path: nervePath(n.id, n.path, bones) }));
  // The nerves' centrelines as their tubes are built below, so draped sheets lie on them.
  const nerveLines = nervePaths.map(({ id, path }) => ({
    line: smoothCentreline(path, 48),
    r: nerveRadius[id],
  }));
  const inputs = new Map(muscleInputs().map((m) => [m.id, m]));
  const geoms = muscleGeometries({ femur })
    .map((g) => snapEndsToBone(g, bones, boneField))
    .sort((a, b) => a.order - b.order);
  const lofted: LoftedMuscle[] = [];
  for (const g of geoms) {
    const m = loftMuscle(g, femur);
    const deeper = lofted.filter((d) => d.geometry.order < g.order);
    if (g.drape) drapeMuscle(m, deeper, boneField, femur, nerveLines);
    settle(m, deeper, boneField);
    // Gluteus maximus ends at the natal cleft: nothing of it crosses the midline (x = 0).
    if (g.id === 'gluteus-maximus') keepBehindMidline(m.positions, -0.002);
    lofted.push(m);
  }
  const parts: MeshPart[] = [];
  const anchors: AnchorPart[] = [];
  lofted.forEach((m, i) => {
    const g = m.geometry;
    const bellies = lofted.filter((b) => b.geometry.id === g.id);
    if (bellies[0] !== m) return;
    const input = inputs.get(g.id)!;
    const extras = {
      kind: 'muscle' as const,
      structure: g.id,
      layer: input.layer,
      compartment: input.compartment,
    };
    const rings = m.sections.length;
    let r0 = 0;
    let r1 = rings - 1;
    const split = (frac: number): boolean => frac >= g.tendonPartMin && frac * rings >= 3;
    if (split(g.tendon[0])) r0 = Math.max(1, m.bell.findIndex((b) => b > 0.02) - 1);
    if (split(g.tendon[1])) {
      let last = rings - 1;
      while (last > 0 && m.bell[last]! <= 0.02) last--;
      r1 = Math.min(rings - 2, last + 1);
    }
    parts.push(
      meshPart(
        g.id,
        extras,
        joinMeshes([r0 === 0 && r1 === rings - 1 ? m : ringRange(m, r0, r1, boneField), ...bellies.slice(1)]),
        muscleColour(i),
      ),
    );
    const tendonExtras = {
      kind: 'tendon' as const,
      structure: g.id,
      layer: input.layer,
      compartment: input.compartment,
    };
    if (r0 > 0)
      parts.push(meshPart(`${g.id}-proximal-tendon`, tendonExtras, ringRange(m, 0, r0, boneField), TENDON));
    if (r1 < rings - 1)
      parts.push(
        meshPart(`${g.id}-distal-tendon`, tendonExtras, ringRange(m, r1, rings - 1, boneField), TENDON),
      );
    input.triggerPoints.forEach((tp, k) => {
      const belly = tp.placement.belly ? bellies.find((b) => b.geometry.belly === tp.placement.belly) : m;
      if (!belly) throw new Error(`${tp.id}: ${g.id} has no belly named "${tp.placement.belly}"`);
      const p = triggerPointPosition(belly, tp.placement);
      anchors.push({
        name: triggerPointNodeName(g.id, k),
        extras: {
          kind: 'trigger-point',
          structure: g.id,
          role: String(k + 1),
          layer: input.layer,
          compartment: input.compartment,
        },
        position: p,
      });
    });
  });
  // Attachment footprints.
  for (const input of inputs.values()) {
    for (const role of ['origin', 'insertion'] as const) {
      const list = role === 'origin' ? input.origins : input.insertions;
      list.forEach((a, k) => {
        const mesh = footprintMesh(bones, a.bone, a.points);
        parts.push(
          meshPart(
            attachmentNodeName(input.id, role, k),
            { kind: 'attachment', structure: input.id, role },
            mesh,
            role === 'origin' ? ORIGIN : INSERTION,
          ),
        );
      });
    }
  }
  // Calcaneal tendon (gastrocnemius + soleus) and the patellar tendon.
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
  parts.push(
    meshPart(
      'calcaneal-tendon',
      { kind: 'tendon', structure: 'calcaneal-tendon' },
      { positions: achilles.positions, indices: achilles.indices },
      TENDON,
    ),
  );
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
  parts.push(
    meshPart(
      'patellar-tendon',
      { kind: 'tendon', structure: 'rectus-femoris', compartment: 'anterior-thigh' },
      { positions: patellar.positions, indices: patellar.indices },
      TENDON,
    ),
  );
  // Septa, fitted into the gaps between the finished thigh muscles.
  const muscleParts = parts.filter((p) => p.extras.kind === 'muscle');
  for (const plan of septumPlans) {
    parts.push(
      meshPart(
        plan.id,
        { kind: 'septum', structure: plan.id },
        septumMesh(plan, femur, boneField, muscleParts),
        SEPTUM,
      ),
    );
  }
  // Nerves.
  for (const { id, path } of nervePaths) {
    const r = nerveRadius[id];
    const t = tube(path, (s) => r * (1 - 0.15 * s), 48, 12);
    pushOutOfField(t.positions, boneField, 0.0008);
    parts.push(
      meshPart(id, { kind: 'nerve', structure: id }, { positions: t.positions, indices: t.indices }, NERVE),
    );
  }
  return { parts, anchors, muscles: lofted };
}

export function buildSoftTissue(bones: BoneSet): SoftTissue {
  const { parts, anchors } = buildSoftTissueDetail(bones);
  return { parts, anchors };
}

export type { Section };
export { loftSections };
