/**
 * Right hip bone (ilium, ischium, pubis) as a signed distance field. The iliac wing is a curved
 * plate through the crest from the ASIS to the PSIS (Rajagopal markers, shared pelvis frame), the
 * acetabulum a socket around gait2392's hip joint centre opening laterally, forward and down,
 * and the rami flattened bars (a triangular superior ramus with its pecten, a blade-like
 * ischiopubic ramus) around the obturator foramen. Feature positions follow gait2392's
 * pelvic attachment points: hamstrings on the ischial tuberosity, adductors along the pubis and
 * ischiopubic ramus, sartorius/TFL at the ASIS, rectus femoris at the AIIS.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import {
  ellipsoid,
  halfSpace,
  rodChain,
  roundCone,
  roundedBox2,
  sphere,
  smax,
  smin,
  sweptBar,
  thickSheet,
  triangle2,
  type Sdf,
} from '../mesh/sdf.ts';
import { ASIS, HIP_JOINT_CENTRE, PSIS } from './frame.ts';
import { FEMUR_HEAD_RADIUS } from './femur.ts';

/** Mid-surface of the iliac wing: rows crest → body, columns anterior → posterior; [x, y, z, half-thickness]. */
const wing = thickSheet(
  [
    [
      [ASIS[0], ASIS[1], ASIS[2] - 0.002, 0.0068],
      [-0.146, 0.058, -0.032, 0.0085],
      [-0.133, 0.08, -0.08, 0.0074],
      [-0.092, 0.074, -0.122, 0.0078],
      [PSIS[0] - 0.005, PSIS[1] + 0.003, PSIS[2] + 0.005, 0.0095],
    ],
    [
      [-0.121, -0.005, -0.011, 0.005],
      [-0.118, 0.025, -0.047, 0.0032],
      [-0.087, 0.04, -0.085, 0.003],
      [-0.082, 0.036, -0.122, 0.004],
      [-0.054, 0.014, -0.145, 0.01],
    ],
    [
      [-0.103, -0.029, -0.029, 0.007],
      [-0.104, -0.024, -0.055, 0.011],
      [-0.095, -0.02, -0.083, 0.012],
      [-0.077, -0.014, -0.11, 0.0095],
      [-0.06, -0.008, -0.133, 0.008],
    ],
  ],
  4,
);

// The crest is the wing's own thickened top row (a lip that thins into the wing, no separate
// rod); the tubercle of the crest swells its outer lip about 5 cm behind the ASIS.
const crestTubercle = ellipsoid([-0.149, 0.06, -0.04], [0.006, 0.005, 0.014]);
const asis = ellipsoid([ASIS[0] + 0.001, ASIS[1] - 0.004, ASIS[2] - 0.003], [0.0055, 0.0085, 0.0065]);
const aiis = ellipsoid([-0.1, -0.03, -0.028], [0.0055, 0.0085, 0.005]);

// Acetabulum: a thick cup around the hip joint centre, opening laterally, down and forward.
const [hx, hy, hz] = HIP_JOINT_CENTRE;
const OPENING: Vec3 = [-0.74, -0.5, 0.36];
const cupOuter = ellipsoid([hx + 0.005, hy + 0.002, hz], [0.031, 0.036, 0.036]);
const cupCut = halfSpace([hx - 0.74 * 0.004, hy - 0.5 * 0.004, hz + 0.36 * 0.004], OPENING);
const socket = sphere(HIP_JOINT_CENTRE, FEMUR_HEAD_RADIUS + 0.0018);
const QUADRILATERAL_PLATE_X = hx + 0.03;
const iliacBody = ellipsoid([-0.091, -0.038, -0.078], [0.02, 0.026, 0.03]);

// Ischium: posterior column, tuberosity and spine.
const posteriorColumn = rodChain(
  [
    [-0.073, -0.018, -0.11],
    [-0.077, -0.058, -0.112],
    [-0.073, -0.095, -0.118],
  ],
  [0.011, 0.012, 0.014],
);
const ischialTuberosity = ellipsoid([-0.068, -0.112, -0.12], [0.013, 0.021, 0.014]);
const ischialSpine = roundCone([-0.07, -0.068, -0.116], [-0.058, -0.074, -0.127], 0.007, 0.0035);

// Pubis and the rami around the obturator foramen, as bars with flattened sections (a round rod
// reads as a tube). The foramen's plane faces forward, outward and down; the ischiopubic ramus is
// a blade in that plane, thin across it.
const FORAMEN_NORMAL: Vec3 = [-0.59, -0.64, 0.49];
/**
 * Superior pubic ramus: a triangular bar whose upper-back edge is the sharp pecten (pectineal
 * line, pectineus origin), with the pectineal surface in front and the obturator groove beneath;
 * thick at the iliopubic eminence, slimmer toward the body. Section axes: u forward (and a little
 * outward), v up. Params: scale, corner rounding.
 */
const superiorRamus = sweptBar(
  [
    [-0.08, -0.057, -0.053],
    [-0.062, -0.064, -0.04],
    [-0.045, -0.068, -0.032],
    [-0.022, -0.072, -0.025],
  ],
  [
    [0, 1, 0.15],
    [0, 1, 0.15],
    [0, 1, 0.1],
    [0, 1, 0.05],
  ],
  [
    [1.45, 0.0025],
    [1.1, 0.0018],
    [0.95, 0.0015],
    [1.0, 0.0018],
  ],
  (u, v, s) => {
    const k = s[0]!;
    return (
      triangle2(u, v, [-0.0045 * k, 0.0085 * k], [0.0085 * k, -0.0045 * k], [-0.0065 * k, -0.0065 * k]) -
      s[1]!
    );
  },
  0.004,
);
/** Inferior pubic and ischial rami: one flat blade from the ischial tuberosity to the pubic body. */
const ischiopubicRamus = sweptBar(
  [
    [-0.064, -0.118, -0.112],
    [-0.045, -0.124, -0.095],
    [-0.03, -0.12, -0.074],
    [-0.018, -0.108, -0.054],
    [-0.01, -0.095, -0.038],
  ],
  [FORAMEN_NORMAL, FORAMEN_NORMAL, FORAMEN_NORMAL, FORAMEN_NORMAL, FORAMEN_NORMAL],
  [
    [0.0115, 0.0048],
    [0.0085, 0.0036],
    [0.0078, 0.0032],
    [0.0088, 0.0034],
    [0.0105, 0.0042],
  ],
  (u, v, s) => roundedBox2(u, v, s[0]!, s[1]!, Math.min(s[1]!, 0.0028)),
  0.005,
);
/** The pecten's crisp edge along the superior ramus' upper-back border. */
const pectenPubis = rodChain(
  [
    [-0.07, -0.0495, -0.057],
    [-0.045, -0.0595, -0.0365],
    [-0.026, -0.0635, -0.0275],
  ],
  [0.0016, 0.0014, 0.0012],
);
const pubicBody = ellipsoid([-0.014, -0.083, -0.03], [0.011, 0.021, 0.012]);
const pubicTubercle = ellipsoid([-0.022, -0.0705, -0.021], [0.0045, 0.0035, 0.004]);

export const hipBoneField: Sdf = (x, y, z) => {
  let d = smin(wing(x, y, z), crestTubercle(x, y, z), 0.008);
  d = smin(d, asis(x, y, z), 0.009);
  d = smin(d, aiis(x, y, z), 0.012);
  d = smin(d, iliacBody(x, y, z), 0.014);
  // The cup's inner (pelvic) side is the flat quadrilateral plate, not a dome.
  const cup = smax(smax(cupOuter(x, y, z), cupCut(x, y, z), 0.004), x - QUADRILATERAL_PLATE_X, 0.01);
  d = smin(d, cup, 0.012);
  d = smin(d, posteriorColumn(x, y, z), 0.012);
  d = smin(d, ischialTuberosity(x, y, z), 0.012);
  d = smin(d, ischialSpine(x, y, z), 0.005);
  d = smin(d, superiorRamus(x, y, z), 0.014);
  d = smin(d, pectenPubis(x, y, z), 0.003);
  d = smin(d, ischiopubicRamus(x, y, z), 0.012);
  d = smin(d, pubicBody(x, y, z), 0.01);
  d = smin(d, pubicTubercle(x, y, z), 0.006);
  // The socket is cut last so nothing blended above can fill it.
  return smax(d, -socket(x, y, z), 0.003);
};

export const hipBoneBounds = { min: [-0.165, -0.14, -0.17] as Vec3, max: [0.0, 0.095, 0.025] as Vec3 };
