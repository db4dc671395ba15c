/**
 * Sacrum (with the coccyx tip) as a curved wedge-shaped plate in the midline, from the S1 body and
 * alae between the two iliac crests down and back to the tip. Placed against the PSIS markers
 * (Rajagopal, shared pelvis frame) and gait2392's piriformis and gluteus maximus origins.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipsoid, rodChain, smin, thickSheet, type Sdf } from '../mesh/sdf.ts';

/** Rows top → tip: [y, z of the midline, half-width, half-thickness]. */
const rows: readonly (readonly [number, number, number, number])[] = [
  [0.058, -0.114, 0.047, 0.016],
  [0.027, -0.133, 0.045, 0.013],
  [-0.004, -0.148, 0.034, 0.0105],
  [-0.034, -0.157, 0.021, 0.0085],
  [-0.062, -0.152, 0.01, 0.0055],
];
const plate = thickSheet(
  rows.map(([y, z, w, t]) =>
    [-1, -0.5, 0, 0.5, 1].map(
      (f) => [f * w, y - Math.abs(f) * 0.004, z + f * f * 0.008, t * (1 - 0.35 * Math.abs(f))] as const,
    ),
  ),
);
const s1Body = ellipsoid([0, 0.052, -0.108], [0.024, 0.012, 0.019]);
const medianCrest = rodChain(
  [
    [0, 0.045, -0.13],
    [0, 0.015, -0.148],
    [0, -0.02, -0.16],
  ],
  [0.004, 0.004, 0.003],
);

export const sacrumField: Sdf = (x, y, z) => {
  let d = smin(plate(x, y, z), s1Body(x, y, z), 0.01);
  d = smin(d, medianCrest(x, y, z), 0.006);
  return d;
};

export const sacrumBounds = { min: [-0.055, -0.075, -0.18] as Vec3, max: [0.055, 0.08, -0.085] as Vec3 };
