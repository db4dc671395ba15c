/**
 * Right fibula: head below and behind the lateral tibial condyle (gait2392's biceps femoris
 * insertion), a slender shaft, and the lateral malleolus reaching lower than the medial one
 * (Rajagopal's lateral malleolus marker moved onto gait2392's ankle).
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipse2, ellipsoid, sphere, smin, verticalSweep, type Sdf } from '../mesh/sdf.ts';
import { LATERAL_MALLEOLUS_MARKER } from './frame.ts';

const head = ellipsoid([-0.121, -0.523, -0.093], [0.0115, 0.0125, 0.012]);
const apex = sphere([-0.125, -0.511, -0.097], 0.0055);
const shaft = verticalSweep(
  [
    { y: -0.53, x: -0.121, z: -0.091, s: [0.0085] },
    { y: -0.6, x: -0.1205, z: -0.086, s: [0.0072] },
    { y: -0.7, x: -0.1195, z: -0.081, s: [0.0068] },
    { y: -0.8, x: -0.1205, z: -0.079, s: [0.0075] },
    { y: -0.865, x: -0.1225, z: -0.079, s: [0.009] },
  ],
  (u, v, s) => ellipse2(u, v, s[0]! * 0.85, s[0]! * 1.12),
);
const lm = LATERAL_MALLEOLUS_MARKER;
const malleolus = ellipsoid([lm[0] + 0.0125, lm[1] - 0.001, lm[2] - 0.009], [0.0095, 0.021, 0.0135]);

export const fibulaField: Sdf = (x, y, z) => {
  let d = smin(head(x, y, z), apex(x, y, z), 0.005);
  d = smin(d, shaft(x, y, z), 0.012);
  d = smin(d, malleolus(x, y, z), 0.014);
  return d;
};

export const fibulaBounds = { min: [-0.14, -0.91, -0.11] as Vec3, max: [-0.105, -0.505, -0.06] as Vec3 };
