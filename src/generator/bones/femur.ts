/**
 * Right femur as a signed distance field, model frame, at gait2392 size: the head centred on the
 * hip joint centre, the knee's condyles resting on the tibial plateau (≈ 17 mm below the knee
 * joint centre, after Rajagopal's tibial-plateau marker), the shaft bowed forward with the linea
 * aspera as a posterior ridge, placed through gait2392's femoral attachment points (gluteal
 * tuberosity, linea aspera, adductor tubercle, gastrocnemius heads).
 * Sizes from anatomy-figures.md §1: head Ø 48 mm, neck-shaft angle 125°, anteversion 12°,
 * midshaft Ø ≈ 29 mm, bicondylar width ≈ 82 mm, maximum length ≈ 44 cm.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import {
  ellipse2,
  ellipsoid,
  halfSpace,
  rodChain,
  roundCone,
  sphere,
  smax,
  smin,
  verticalSweep,
  type Sdf,
} from '../mesh/sdf.ts';
import { HIP_JOINT_CENTRE } from './frame.ts';

export const FEMUR_HEAD_RADIUS = 0.024;
export const NECK_SHAFT_ANGLE_DEG = 125;
const ANTEVERSION_DEG = 12;

/** Upward shaft axis near the neck (the shaft leans laterally going up). */
const SHAFT_UP: Vec3 = [-0.1, 0.995, 0];

/** Neck direction from the shaft toward the head: the shaft axis turned medially by 180° − angle. */
function neckDirection(): Vec3 {
  const tilt = Math.atan2(SHAFT_UP[0], SHAFT_UP[1]); // negative: leaning lateral
  const a = tilt + ((180 - NECK_SHAFT_ANGLE_DEG) * Math.PI) / 180;
  const h = Math.sin(a);
  const v = Math.cos(a);
  const av = (ANTEVERSION_DEG * Math.PI) / 180;
  return [h * Math.cos(av), v, h * Math.sin(av)];
}

export const NECK_DIRECTION = neckDirection();
const NECK_LENGTH = 0.05;
const [hx, hy, hz] = HIP_JOINT_CENTRE;
const NECK_BASE: Vec3 = [
  hx - NECK_DIRECTION[0] * NECK_LENGTH,
  hy - NECK_DIRECTION[1] * NECK_LENGTH,
  hz - NECK_DIRECTION[2] * NECK_LENGTH,
];

const shaft = verticalSweep(
  [
    { y: -0.085, x: -0.122, z: -0.077, s: [0.019, 0.017] },
    { y: -0.13, x: -0.119, z: -0.072, s: [0.0165, 0.0155] },
    { y: -0.2, x: -0.114, z: -0.064, s: [0.0148, 0.014] },
    { y: -0.28, x: -0.106, z: -0.058, s: [0.0143, 0.0138] },
    { y: -0.36, x: -0.097, z: -0.058, s: [0.015, 0.014] },
    { y: -0.41, x: -0.091, z: -0.061, s: [0.021, 0.0155] },
    { y: -0.44, x: -0.087, z: -0.065, s: [0.03, 0.018] },
  ],
  (u, v, s) => ellipse2(u, v, s[0]!, s[1]!),
);

const lineaAspera = buildLineaAspera();
function buildLineaAspera(): Sdf {
  const main = rodChain(
    [
      [-0.121, -0.15, -0.083],
      [-0.114, -0.21, -0.0775],
      [-0.106, -0.28, -0.0715],
      [-0.099, -0.35, -0.0715],
      [-0.094, -0.38, -0.073],
    ],
    [0.002, 0.0035, 0.004, 0.0035, 0.003],
  );
  const medialSupracondylar = rodChain(
    [
      [-0.094, -0.38, -0.073],
      [-0.074, -0.415, -0.076],
      [-0.056, -0.44, -0.072],
    ],
    [0.003, 0.0025, 0.003],
  );
  const lateralSupracondylar = rodChain(
    [
      [-0.094, -0.38, -0.073],
      [-0.106, -0.415, -0.078],
      [-0.117, -0.445, -0.08],
    ],
    [0.003, 0.0025, 0.003],
  );
  return (x, y, z) => Math.min(main(x, y, z), medialSupracondylar(x, y, z), lateralSupracondylar(x, y, z));
}

const head = sphere(HIP_JOINT_CENTRE, FEMUR_HEAD_RADIUS);
const neck = roundCone(HIP_JOINT_CENTRE, NECK_BASE, 0.0155, 0.0195);
// The trochanter's apex rises only ≈ 8 mm above the head centre (about level with it on adult
// femora), so gait2392's piriformis insertion on its upper medial border lies ≈ 12 mm under the top.
const greaterTrochanter = ellipsoid([-0.128, -0.084, -0.084], [0.0145, 0.025, 0.02]);
const trochanterApex = ellipsoid([-0.127, -0.069, -0.092], [0.011, 0.0115, 0.0115]);
const intertrochantericCrest = roundCone([-0.126, -0.088, -0.095], [-0.1, -0.124, -0.086], 0.009, 0.007);
const intertrochantericLine = roundCone([-0.128, -0.08, -0.066], [-0.104, -0.124, -0.064], 0.007, 0.006);
const lesserTrochanter = ellipsoid([-0.099, -0.126, -0.087], [0.0085, 0.011, 0.0085]);
const glutealTuberosity = ellipsoid([-0.124, -0.175, -0.079], [0.0055, 0.022, 0.0055]);
const metaphysis = ellipsoid([-0.085, -0.438, -0.068], [0.033, 0.03, 0.022]);
const lateralCondyle = ellipsoid([-0.107, -0.463, -0.078], [0.017, 0.0195, 0.031]);
// The medial condyle's upper back is trimmed flatter (a plane facing up and back), so its posterior
// bulge rounds off into the popliteal surface lower down, as on a real femur, instead of rising as a
// full ellipsoid: gait2392's medial gastrocnemius origin then lies ≈ 13 mm under the surface.
const medialCondyleBall = ellipsoid([-0.061, -0.4615, -0.079], [0.0185, 0.0205, 0.031]);
const medialCondyleUpperBack = halfSpace([-0.06, -0.445, -0.1], [0, 0.8, -0.6]);
const medialCondyle: Sdf = (x, y, z) =>
  smax(medialCondyleBall(x, y, z), medialCondyleUpperBack(x, y, z), 0.016);
const patellarSurface = ellipsoid([-0.085, -0.45, -0.053], [0.03, 0.022, 0.0145]);
const trochlearGroove = roundCone([-0.086, -0.43, -0.034], [-0.085, -0.47, -0.043], 0.0065, 0.0065);
const intercondylarNotch = ellipsoid([-0.084, -0.477, -0.097], [0.0095, 0.019, 0.024]);
const lateralEpicondyle = sphere([-0.117, -0.455, -0.074], 0.008);
const medialEpicondyle = sphere([-0.0515, -0.451, -0.076], 0.009);
const adductorTubercle = sphere([-0.053, -0.441, -0.071], 0.005);

export const femurField: Sdf = (x, y, z) => {
  let d = smin(head(x, y, z), neck(x, y, z), 0.008);
  d = smin(d, greaterTrochanter(x, y, z), 0.014);
  d = smin(d, trochanterApex(x, y, z), 0.008);
  d = smin(d, intertrochantericCrest(x, y, z), 0.01);
  d = smin(d, intertrochantericLine(x, y, z), 0.01);
  d = smin(d, shaft(x, y, z), 0.014);
  d = smin(d, lesserTrochanter(x, y, z), 0.008);
  d = smin(d, glutealTuberosity(x, y, z), 0.006);
  d = smin(d, lineaAspera(x, y, z), 0.006);
  d = smin(d, metaphysis(x, y, z), 0.02);
  d = smin(d, lateralCondyle(x, y, z), 0.012);
  d = smin(d, medialCondyle(x, y, z), 0.012);
  d = smin(d, patellarSurface(x, y, z), 0.012);
  d = smin(d, lateralEpicondyle(x, y, z), 0.008);
  d = smin(d, medialEpicondyle(x, y, z), 0.008);
  d = smin(d, adductorTubercle(x, y, z), 0.006);
  d = smax(d, -trochlearGroove(x, y, z), 0.006);
  d = smax(d, -intercondylarNotch(x, y, z), 0.006);
  return d;
};

export const femurBounds = { min: [-0.16, -0.5, -0.13] as Vec3, max: [-0.03, -0.035, -0.02] as Vec3 };
