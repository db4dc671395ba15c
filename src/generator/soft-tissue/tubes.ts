/** Round tubes along smooth paths (nerves, round tendons), framed by parallel transport. */
import {
  type Section,
  loftSections,
  parallelTransportFrames,
  smoothCentreline,
  type V3,
  vertexNormals,
} from '../loft/index.ts';
import type { Vec3 } from '../../anatomy/types.ts';

export interface TubeMesh {
  centreline: V3[];
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/**
 * A closed tube of radius(t) (t 0..1) through the control points; flat when widthScale > 1, its
 * width then lying along `widthAlong` (carried along the tube) where one is given.
 */
export function tube(
  points: readonly Vec3[],
  radius: (t: number) => number,
  samples: number,
  around = 12,
  widthScale = 1,
  widthAlong?: Vec3,
): TubeMesh {
  const centreline = smoothCentreline(points, samples);
  const frames = parallelTransportFrames(centreline, widthAlong);
  const sections: Section[] = centreline.map((c, i) => {
    const r = radius(i / (samples - 1));
    return { centre: c, frame: frames[i]!, halfWidth: r * widthScale, halfDepth: r, exponent: 2, curl: 0 };
  });
  const { positions, indices } = loftSections(sections, around);
  return { centreline, positions, normals: vertexNormals(positions, indices), indices };
}
