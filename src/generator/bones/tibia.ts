/**
 * Right tibia: the plateau (two condyles with an intercondylar eminence) just below gait2392's
 * knee joint centre (Rajagopal's plateau marker), the tuberosity and Gerdy's tubercle in front, a
 * triangular shaft with its sharp anterior border, and the distal end with the medial malleolus
 * (Rajagopal's malleolus marker moved onto gait2392's ankle). Soleal line and pes anserinus follow
 * gait2392's soleus, semimembranosus and pes insertion points.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipsoid, roundCone, sphere, smax, smin, triangle2, verticalSweep, type Sdf } from '../mesh/sdf.ts';
import { MEDIAL_MALLEOLUS_MARKER } from './frame.ts';

const PLATEAU_TOP = -0.4865;

const medialCondyle = ellipsoid([-0.0625, -0.497, -0.077], [0.022, 0.0165, 0.027]);
const lateralCondyle = ellipsoid([-0.1035, -0.497, -0.08], [0.0205, 0.0165, 0.025]);
const eminence = ellipsoid([-0.083, -0.487, -0.077], [0.008, 0.0055, 0.01]);
const metaphysis = ellipsoid([-0.083, -0.516, -0.074], [0.032, 0.026, 0.026]);
const tuberosity = ellipsoid([-0.083, -0.535, -0.05], [0.011, 0.02, 0.009]);
const gerdy = sphere([-0.109, -0.512, -0.067], 0.007);

/** Triangular section: anterior border, posteromedial and interosseous (lateral) borders, rounded by r. */
const shaft = verticalSweep(
  [
    { y: -0.52, x: -0.083, z: -0.071, s: [0.021, 0.021, 0.019, 0.008] },
    { y: -0.58, x: -0.084, z: -0.068, s: [0.018, 0.0195, 0.0165, 0.005] },
    { y: -0.66, x: -0.084, z: -0.067, s: [0.0155, 0.0175, 0.014, 0.0035] },
    { y: -0.74, x: -0.083, z: -0.068, s: [0.0145, 0.0155, 0.0125, 0.004] },
    { y: -0.81, x: -0.082, z: -0.071, s: [0.016, 0.0145, 0.013, 0.006] },
    { y: -0.85, x: -0.081, z: -0.073, s: [0.02, 0.016, 0.017, 0.009] },
  ],
  (u, v, s) => {
    const w = s[0]! - s[3]!;
    const f = s[1]! - s[3]!;
    const b = s[2]! - s[3]!;
    return triangle2(u, v, [0, f], [-w, -b], [w, -0.55 * b]) - s[3]!;
  },
);

/** Soleal line: an oblique ridge across the upper posterior surface, lateral-high to medial-low. */
const solealLine = roundCone([-0.097, -0.565, -0.085], [-0.072, -0.62, -0.082], 0.0035, 0.0025);
const distalEnd = ellipsoid([-0.081, -0.862, -0.073], [0.024, 0.021, 0.021]);
const PLAFOND = -0.879;
const mm = MEDIAL_MALLEOLUS_MARKER;
/** The medial malleolus's axis, top to tip (the skin over it follows the same axis). */
export const MEDIAL_MALLEOLUS_AXIS: readonly [Vec3, Vec3] = [
  [mm[0] - 0.013, mm[1] + 0.012, mm[2] - 0.011],
  [mm[0] - 0.012, mm[1] - 0.012, mm[2] - 0.012],
];
const medialMalleolus = roundCone(...MEDIAL_MALLEOLUS_AXIS, 0.011, 0.0065);

export const tibiaField: Sdf = (x, y, z) => {
  let d = smin(medialCondyle(x, y, z), lateralCondyle(x, y, z), 0.01);
  d = smax(d, y - PLATEAU_TOP, 0.004);
  d = smin(d, eminence(x, y, z), 0.005);
  d = smin(d, metaphysis(x, y, z), 0.014);
  d = smin(d, tuberosity(x, y, z), 0.012);
  d = smin(d, gerdy(x, y, z), 0.008);
  d = smin(d, shaft(x, y, z), 0.02);
  d = smin(d, solealLine(x, y, z), 0.006);
  d = smin(d, smax(distalEnd(x, y, z), PLAFOND - y, 0.004), 0.02);
  d = smin(d, medialMalleolus(x, y, z), 0.008);
  return d;
};

export const tibiaBounds = { min: [-0.135, -0.905, -0.11] as Vec3, max: [-0.035, -0.48, -0.03] as Vec3 };
