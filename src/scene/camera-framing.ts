/**
 * Camera maths for the four standard views and for framing a structure: pure functions on plain
 * numbers so they can be tested without WebGL.
 */
import type { Side, View } from '../anatomy/ids.ts';

export type Triple = [number, number, number];

/** An axis-aligned box in world space. */
export interface Bounds {
  min: Triple;
  max: Triple;
}

export interface CameraPose {
  position: Triple;
  target: Triple;
}

/**
 * Unit vector from the target toward the camera for a view. The right limb's lateral side faces
 * -x (SPEC model frame); the left limb is the right one mirrored in x, so its lateral side faces +x.
 */
export function viewDirection(view: View, side: Side): Triple {
  const lateral = side === 'right' ? -1 : 1;
  switch (view) {
    case 'anterior':
      return [0, 0, 1];
    case 'posterior':
      return [0, 0, -1];
    case 'lateral':
      return [lateral, 0, 0];
    case 'medial':
      return [-lateral, 0, 0];
  }
}

export function boundsCentre(b: Bounds): Triple {
  return [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2];
}

/**
 * Distance at which a camera with vertical field of view `fovDeg` and aspect `aspect` sees a
 * sphere of `radius` whole, with `margin` (1.1 = 10 % room) around it.
 */
export function framingDistance(radius: number, fovDeg: number, aspect: number, margin = 1.1): number {
  const halfV = (fovDeg * Math.PI) / 360;
  const halfH = Math.atan(Math.tan(halfV) * aspect);
  const half = Math.min(halfV, halfH);
  return (radius * margin) / Math.sin(half);
}

/**
 * Distance to frame a box seen along `direction`: only the extent across the line of sight
 * matters, so a tall thin limb seen from the front fills the height of the screen.
 */
export function boxFramingDistance(
  b: Bounds,
  direction: Triple,
  fovDeg: number,
  aspect: number,
  margin = 1.08,
): number {
  const size: Triple = [b.max[0] - b.min[0], b.max[1] - b.min[1], b.max[2] - b.min[2]];
  // Width across the screen: the horizontal axis perpendicular to the view direction (up is +y).
  const width = Math.abs(direction[2]) * size[0] + Math.abs(direction[0]) * size[2];
  const height = size[1];
  const depth = Math.abs(direction[0]) * size[0] + Math.abs(direction[2]) * size[2];
  const tanV = Math.tan((fovDeg * Math.PI) / 360);
  const needV = (height * margin) / 2 / tanV;
  const needH = (width * margin) / 2 / (tanV * aspect);
  // The camera stands off the near face of the box, not its centre.
  return Math.max(needV, needH, 0.05) + depth / 2;
}

/**
 * The height range the standard views frame: from the top of the iliac crest (the `iliac-crest`
 * landmark, y = 0.068 m) to 4 cm below the tibial tuberosity (the `tibial-tuberosity` landmark,
 * y = −0.522 m), i.e. the thigh with the hip above it and the top of the leg below the knee.
 * Numbers rather than an import: landmarks.ts is panel data this chunk does not need (a unit test
 * holds them equal).
 */
export const THIGH_TOP_Y = 0.068;
export const THIGH_BOTTOM_Y = -0.522 - 0.04;
/** Room around the thigh region: the skin rises a little above the crest, and the toolbar sits on top. */
export const THIGH_MARGIN = 1.16;

/**
 * The thigh region of a limb's bounds: its full width and depth (so nothing beside the thigh is
 * cut off), between the heights above.
 */
export function thighRegion(limb: Bounds): Bounds {
  return {
    min: [limb.min[0], Math.max(limb.min[1], THIGH_BOTTOM_Y), limb.min[2]],
    max: [limb.max[0], Math.min(limb.max[1], THIGH_TOP_Y), limb.max[2]],
  };
}

/** Camera pose for a standard view of a box (the thigh region, or the whole limb). */
export function viewPose(
  view: View,
  side: Side,
  b: Bounds,
  fovDeg: number,
  aspect: number,
  margin = 1.08,
): CameraPose {
  const direction = viewDirection(view, side);
  const target = boundsCentre(b);
  const distance = boxFramingDistance(b, direction, fovDeg, aspect, margin);
  return {
    target,
    position: [
      target[0] + direction[0] * distance,
      target[1] + direction[1] * distance,
      target[2] + direction[2] * distance,
    ],
  };
}

/** Pose that frames a box while keeping the camera's current direction of view. */
export function framePose(
  b: Bounds,
  currentPosition: Triple,
  currentTarget: Triple,
  fovDeg: number,
  aspect: number,
): CameraPose {
  const target = boundsCentre(b);
  let d: Triple = [
    currentPosition[0] - currentTarget[0],
    currentPosition[1] - currentTarget[1],
    currentPosition[2] - currentTarget[2],
  ];
  const length = Math.hypot(d[0], d[1], d[2]) || 1;
  d = [d[0] / length, d[1] / length, d[2] / length];
  const radius = Math.hypot(b.max[0] - b.min[0], b.max[1] - b.min[1], b.max[2] - b.min[2]) / 2 || 0.05;
  const distance = Math.max(framingDistance(radius, fovDeg, aspect, 1.15), 0.12);
  return {
    target,
    position: [target[0] + d[0] * distance, target[1] + d[1] * distance, target[2] + d[2] * distance],
  };
}

/**
 * Pose that looks at one point (a trigger point) from outside the limb: along the horizontal line
 * from the limb's axis through the point, at a distance that shows `radius` of its surroundings.
 * A point on the axis keeps the current direction of view.
 */
export function pointPose(
  point: Triple,
  axis: { x: number; z: number },
  currentPosition: Triple,
  currentTarget: Triple,
  fovDeg: number,
  aspect: number,
  radius = 0.06,
): CameraPose {
  let d: Triple = [point[0] - axis.x, 0, point[2] - axis.z];
  if (Math.hypot(d[0], d[2]) < 1e-3)
    d = [
      currentPosition[0] - currentTarget[0],
      currentPosition[1] - currentTarget[1],
      currentPosition[2] - currentTarget[2],
    ];
  const length = Math.hypot(d[0], d[1], d[2]) || 1;
  const distance = Math.max(framingDistance(radius, fovDeg, aspect, 1.15), 0.12) / length;
  return {
    target: point,
    position: [point[0] + d[0] * distance, point[1] + d[1] * distance, point[2] + d[2] * distance],
  };
}

/** Smooth ease-in-out for camera transitions, t in 0..1. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c < 0.5 ? 4 * c * c * c : 1 - Math.pow(-2 * c + 2, 3) / 2;
}
