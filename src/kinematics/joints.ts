/**
 * The limb's joints at gait2392 size in the project frame (metres; +X toward the subject's left,
 * +Y up, +Z forward; reference/README.md): the hip a ball joint, the knee and ankle hinges. Joint
 * centres are gait2392's body origins (reference/body-origins.csv): femur = hip centre, tibia =
 * knee, talus = ankle. Pure math: no three.
 *
 * Angles in degrees, positive as clinicians name them: hip flexion, adduction and internal
 * rotation; knee flexion; ankle dorsiflexion (negative = extension, abduction, external rotation,
 * plantarflexion).
 */
export type Vec3 = readonly [number, number, number];
/** Row-major 3x3 rotation. */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

/** Rigid parts of the limb: pelvis (fixed), thigh, leg and foot (talus, calcaneus and toes as one). */
export type Segment = 'pelvis' | 'femur' | 'tibia' | 'foot';
export const segments: readonly Segment[] = ['pelvis', 'femur', 'tibia', 'foot'];

/** gait2392 body origins (reference/body-origins.csv). */
export const jointCentres = {
  hip: [-0.0835, -0.0661, -0.0707],
  knee: [-0.0835, -0.46192, -0.0752],
  ankle: [-0.0835, -0.89192, -0.0752],
} as const satisfies Record<string, Vec3>;

/**
 * Joint axes in the project frame, each the axis a positive angle turns about by the right-hand
 * rule. gait2392 flexes the hip and knee about the pelvis/femur z axis (right-pointing in OpenSim
 * = -X here); its ankle axis is oblique, (-0.105, -0.174, 0.979) in the talus frame (x forward,
 * y up, z right) = (-0.979, -0.174, -0.105) here. Knee flexion turns the other way round from hip
 * flexion (the shin swings back), so its axis is +X.
 */
export const jointAxes = {
  hipFlexion: [-1, 0, 0],
  /** Adduction swings the right foot toward the midline (+X): about the forward axis. */
  hipAdduction: [0, 0, 1],
  /** Internal rotation turns the right knee's front toward the midline: about the long axis. */
  hipRotation: [0, 1, 0],
  kneeFlexion: [1, 0, 0],
  ankleDorsiflexion: normalise([-0.97912632, -0.17402245, -0.10501355]),
} as const satisfies Record<string, Vec3>;

export interface JointAngles {
  hipFlexion: number;
  hipAdduction: number;
  hipRotation: number;
  kneeFlexion: number;
  ankleDorsiflexion: number;
}

export const standing: JointAngles = {
  hipFlexion: 0,
  hipAdduction: 0,
  hipRotation: 0,
  kneeFlexion: 0,
  ankleDorsiflexion: 0,
};

/** A rigid transform: x -> rotation * x + translation. */
export interface Rigid {
  rotation: Mat3;
  translation: Vec3;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

export function normalise(v: Vec3): Vec3 {
  const n = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / n, v[1] / n, v[2] / n];
}

/** Rotation by `degrees` about the unit `axis` (Rodrigues). */
export function axisAngle(axis: Vec3, degrees: number): Mat3 {
  const [x, y, z] = axis;
  const c = Math.cos(radians(degrees));
  const s = Math.sin(radians(degrees));
  const t = 1 - c;
  return [
    t * x * x + c,
    t * x * y - s * z,
    t * x * z + s * y,
    t * x * y + s * z,
    t * y * y + c,
    t * y * z - s * x,
    t * x * z - s * y,
    t * y * z + s * x,
    t * z * z + c,
  ];
}

export function multiply(a: Mat3, b: Mat3): Mat3 {
  const m = (r: number, c: number) =>
    a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!;
  return [m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2), m(2, 0), m(2, 1), m(2, 2)];
}

export function rotate(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

export function apply(t: Rigid, v: Vec3): Vec3 {
  const r = rotate(t.rotation, v);
  return [r[0] + t.translation[0], r[1] + t.translation[1], r[2] + t.translation[2]];
}

/** Rotation `m` about the point `centre`, as a rigid transform. */
function about(m: Mat3, centre: Vec3): Rigid {
  const r = rotate(m, centre);
  return { rotation: m, translation: [centre[0] - r[0], centre[1] - r[1], centre[2] - r[2]] };
}

function compose(a: Rigid, b: Rigid): Rigid {
  return { rotation: multiply(a.rotation, b.rotation), translation: apply(a, b.translation) };
}

/**
 * The hip's rotation in the pelvis frame: gait2392's hip order, flexion then adduction then
 * rotation, each about the axis as already turned by the ones before (body-fixed sequence).
 */
export function hipRotation(angles: JointAngles): Mat3 {
  return multiply(
    multiply(
      axisAngle(jointAxes.hipFlexion, angles.hipFlexion),
      axisAngle(jointAxes.hipAdduction, angles.hipAdduction),
    ),
    axisAngle(jointAxes.hipRotation, angles.hipRotation),
  );
}

/** Where each segment is in a pose: maps a standing-pose point of that segment to its posed place. */
export function segmentTransforms(angles: JointAngles): Record<Segment, Rigid> {
  const pelvis: Rigid = { rotation: axisAngle([1, 0, 0], 0), translation: [0, 0, 0] };
  const femur = about(hipRotation(angles), jointCentres.hip);
  const tibia = compose(
    femur,
    about(axisAngle(jointAxes.kneeFlexion, angles.kneeFlexion), jointCentres.knee),
  );
  const foot = compose(
    tibia,
    about(axisAngle(jointAxes.ankleDorsiflexion, angles.ankleDorsiflexion), jointCentres.ankle),
  );
  return { pelvis, femur, tibia, foot };
}

/** Linear interpolation of every angle (the animation between two poses). */
export function blendAngles(from: JointAngles, to: JointAngles, t: number): JointAngles {
  const mix = (k: keyof JointAngles) => from[k] + (to[k] - from[k]) * t;
  return {
    hipFlexion: mix('hipFlexion'),
    hipAdduction: mix('hipAdduction'),
    hipRotation: mix('hipRotation'),
    kneeFlexion: mix('kneeFlexion'),
    ankleDorsiflexion: mix('ankleDorsiflexion'),
  };
}
