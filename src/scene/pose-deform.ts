/**
 * How the model bends into a pose (issue 14), without changing the generated model: every vertex
 * carries three blend fractions (a, b, c) = how far it follows the hip, the knee and the ankle.
 * Posing turns it about the ankle by c x the ankle angle, then about the knee by b x the knee
 * angle, then about the hip centre by a x the hip rotation (the same chain as
 * kinematics/joints.ts, which it equals for a = b = c = 1). Turning by a fraction about the joint
 * centre keeps a vertex's distance to it, so the outside of a bent knee or hip keeps its volume
 * instead of collapsing onto the bone as plain linear blending would; and as the fractions vary
 * smoothly from vertex to vertex nothing tears.
 *
 * Bones are rigid (one segment each); the patella rides half the knee angle (it slides over the
 * condyles as the knee bends). Soft tissue blends by how near each vertex is to the bones of the
 * segments on either side of a joint (`blendField`). Pure math here; the same formula runs in the
 * vertex shader (pose-shader.ts).
 */
import {
  hipRotation,
  jointAxes,
  jointCentres,
  type JointAngles,
  type Mat3,
  type Segment,
  type Vec3,
} from '../kinematics/joints.ts';

export type Blend = readonly [number, number, number];

/** Each bone's segment; the patella is handled apart (`boneBlend`). */
const boneSegments: Record<string, Segment> = {
  'hip-bone': 'pelvis',
  sacrum: 'pelvis',
  femur: 'femur',
  tibia: 'tibia',
  fibula: 'tibia',
  calcaneus: 'foot',
  talus: 'foot',
  'metatarsal-bones': 'foot',
};

export const segmentBlend: Record<Segment, Blend> = {
  pelvis: [0, 0, 0],
  femur: [1, 0, 0],
  tibia: [1, 1, 0],
  foot: [1, 1, 1],
};

export function boneSegment(structure: string): Segment | undefined {
  return boneSegments[structure];
}

/**
 * The patella slides round the femoral condyles as the knee bends, turning by about two thirds of
 * the knee angle about the condyles' centre of curvature, which lies above gait2392's knee centre
 * (the tibia's origin, on the plateau). Its blend is flagged by c = -1 (c is otherwise >= 0);
 * the pivot 2 cm above the knee centre is our estimate from the model's femur, not a reference.
 */
export const patella = {
  blend: [1, 0, -1] as Blend,
  pivot: [jointCentres.knee[0], jointCentres.knee[1] + 0.02, jointCentres.knee[2]] as Vec3,
  share: 2 / 3,
};

/** A bone's rigid blend: its segment's, or the patella's flag. */
export function boneBlend(structure: string): Blend | undefined {
  if (structure === 'patella') return patella.blend;
  const segment = boneSegments[structure];
  return segment && segmentBlend[segment];
}

/** What the shader needs for a pose: the hip as axis and angle (radians), knee and ankle angles. */
export interface PoseValues {
  hipAxis: Vec3;
  hipAngle: number;
  knee: number;
  ankle: number;
}

const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Axis and angle of a rotation matrix (angle in [0, pi]). */
export function axisAngleOf(m: Mat3): { axis: Vec3; angle: number } {
  const cos = Math.min(1, Math.max(-1, (m[0] + m[4] + m[8] - 1) / 2));
  const angle = Math.acos(cos);
  const axis: Vec3 = [m[7] - m[5], m[2] - m[6], m[3] - m[1]];
  const n = Math.hypot(...axis);
  if (n < 1e-9) return { axis: [1, 0, 0], angle: n < 1e-9 && angle < 1e-6 ? 0 : angle };
  return { axis: [axis[0] / n, axis[1] / n, axis[2] / n], angle };
}

export function poseValues(angles: JointAngles): PoseValues {
  const { axis, angle } = axisAngleOf(hipRotation(angles));
  return {
    hipAxis: axis,
    hipAngle: angle,
    knee: rad(angles.kneeFlexion),
    ankle: rad(angles.ankleDorsiflexion),
  };
}

function turn(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const d = (k[0] * v[0] + k[1] * v[1] + k[2] * v[2]) * (1 - c);
  return [
    v[0] * c + (k[1] * v[2] - k[2] * v[1]) * s + k[0] * d,
    v[1] * c + (k[2] * v[0] - k[0] * v[2]) * s + k[1] * d,
    v[2] * c + (k[0] * v[1] - k[1] * v[0]) * s + k[2] * d,
  ];
}

function turnAbout(p: Vec3, centre: Vec3, axis: Vec3, angle: number): Vec3 {
  const r = turn([p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]], axis, angle);
  return [r[0] + centre[0], r[1] + centre[1], r[2] + centre[2]];
}

/** A model-frame point with blend `w`, posed (the shader's posePoint). */
export function posePoint(p: Vec3, w: Blend, v: PoseValues): Vec3 {
  if (w[2] < -0.5) {
    const q = turnAbout(p, patella.pivot, jointAxes.kneeFlexion, patella.share * v.knee);
    return turnAbout(q, jointCentres.hip, v.hipAxis, v.hipAngle);
  }
  let q = turnAbout(p, jointCentres.ankle, jointAxes.ankleDorsiflexion, w[2] * v.ankle);
  q = turnAbout(q, jointCentres.knee, jointAxes.kneeFlexion, w[1] * v.knee);
  return turnAbout(q, jointCentres.hip, v.hipAxis, w[0] * v.hipAngle);
}

/** Half-widths (m) of the blend across each joint: the buttock and groin blend over more. */
export const blendWidths = { hip: 0.06, knee: 0.03, ankle: 0.02 } as const;

const smooth = (edge: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x + edge) / (2 * edge)));
  return t * t * (3 - 2 * t);
};

/**
 * Blend fractions at a point from its distances to the nearest bone of each segment: past the
 * hip as it is nearer the thigh bone than the pelvis, and so on, each fraction no larger than
 * the one before (a vertex cannot follow the knee without the hip).
 */
export function blendFromDistances(d: Record<Segment, number>): Blend {
  const a = smooth(blendWidths.hip, d.pelvis - d.femur);
  const b = Math.min(a, smooth(blendWidths.knee, d.femur - d.tibia));
  const c = Math.min(b, smooth(blendWidths.ankle, d.tibia - d.foot));
  return [a, b, c];
}

export interface BlendField {
  /** Blend at a model-frame point (trilinear between grid nodes). */
  at(x: number, y: number, z: number, out: number[]): void;
}

/**
 * The blend fractions on a grid over `box` (cell `step` m) from bone sample points per segment,
 * so each vertex reads them by interpolation instead of measuring to every bone sample. Samples:
 * flat xyz arrays in the model frame.
 */
export function blendField(
  samples: Record<Segment, Float32Array>,
  box: { min: Vec3; max: Vec3 },
  step = 0.015,
): BlendField {
  const n = [0, 1, 2].map((i) => Math.max(2, Math.ceil((box.max[i]! - box.min[i]!) / step) + 1)) as [
    number,
    number,
    number,
  ];
  const values = new Float32Array(n[0] * n[1] * n[2] * 3);
  const nearest = (pts: Float32Array, x: number, y: number, z: number) => {
    let best = Infinity;
    for (let i = 0; i < pts.length; i += 3) {
      const dx = pts[i]! - x;
      const dy = pts[i + 1]! - y;
      const dz = pts[i + 2]! - z;
      const d = dx * dx + dy * dy + dz * dz;
      if (d < best) best = d;
    }
    return Math.sqrt(best);
  };
  let k = 0;
  for (let iz = 0; iz < n[2]; iz++)
    for (let iy = 0; iy < n[1]; iy++)
      for (let ix = 0; ix < n[0]; ix++) {
        const x = box.min[0] + ix * step;
        const y = box.min[1] + iy * step;
        const z = box.min[2] + iz * step;
        const d = {
          pelvis: nearest(samples.pelvis, x, y, z),
          femur: nearest(samples.femur, x, y, z),
          tibia: nearest(samples.tibia, x, y, z),
          foot: nearest(samples.foot, x, y, z),
        };
        values.set(blendFromDistances(d), k);
        k += 3;
      }
  const clampIndex = (v: number, i: number) =>
    Math.min(Math.max((v - box.min[i]!) / step, 0), n[i]! - 1.000001);
  return {
    at(x, y, z, out) {
      const fx = clampIndex(x, 0);
      const fy = clampIndex(y, 1);
      const fz = clampIndex(z, 2);
      const ix = Math.floor(fx);
      const iy = Math.floor(fy);
      const iz = Math.floor(fz);
      const tx = fx - ix;
      const ty = fy - iy;
      const tz = fz - iz;
      out[0] = out[1] = out[2] = 0;
      for (let c = 0; c < 8; c++) {
        const dx = c & 1;
        const dy = (c >> 1) & 1;
        const dz = (c >> 2) & 1;
        const w = (dx ? tx : 1 - tx) * (dy ? ty : 1 - ty) * (dz ? tz : 1 - tz);
        const base = (((iz + dz) * n[1] + iy + dy) * n[0] + ix + dx) * 3;
        out[0] += w * values[base]!;
        out[1] += w * values[base + 1]!;
        out[2] += w * values[base + 2]!;
      }
    },
  };
}
