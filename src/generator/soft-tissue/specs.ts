/**
 * The shape of every muscle: its path(s), belly size and profile, tendons and build order.
 * Paths start from the gait2392 points (see gait2392.ts) with added via points so each muscle runs
 * where the atlases draw it (sartorius across the front, quadriceps over the front of the femur to
 * the patella, hamstrings down the back). Sizes are tuned to the mid-thigh shares of
 * reference/anatomy-figures.md §3 (quadriceps ≈ 50 %, adductors ≈ 28 %, hamstrings ≈ 19 %).
 */
import type { MuscleId } from '../../anatomy/ids.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import { type ShaftSample, around, axisAtY } from './bone-axes.ts';

export interface MuscleGeometry {
  id: MuscleId;
  /** Control paths origin → insertion. One for a single belly; several for a fanned sheet (first and last are its edges). */
  paths: readonly (readonly Vec3[])[];
  /** Belly half-width and half-depth at its fullest (m). */
  halfWidth: number;
  halfDepth: number;
  /** Fractions of the length that are tendon at the origin and at the insertion. */
  tendon: readonly [number, number];
  /** Tendon half-width and half-depth at the origin and insertion ends (m). */
  ends: readonly [readonly [number, number], readonly [number, number]];
  /** Where in the belly it is fullest (0 origin end .. 1 insertion end). */
  peak: number;
  /** Bell exponent: small = full, even belly (straps, sheets); ~0.8 = fusiform. */
  fullness: number;
  exponent: number;
  /** Wrap curvature (1/m) around the deep side (vasti around the femur); 0 = flat. */
  curl: number;
  /** Centre shift toward the superficial side in half-depths (paths drawn along the deep surface). */
  lift: number;
  /** Which axis defines "superficial": outward from the limb or from the femoral shaft. */
  about: 'limb' | 'femur';
  /** Build order: deeper muscles first (later ones are pushed out of earlier ones). */
  order: number;
  /** Separate white tendon parts for tendons longer than this fraction (1 = none). */
  tendonPartMin: number;
  /**
   * Broad sheets laid on what lies beneath them (drape.ts) instead of lofted flat: the paths span
   * the sheet from one border to the other; `relax` = how far it bridges hollows; `around` ring
   * vertices; `across` bed samples per ring; `fill` how deep it may thicken into hollows it bridges.
   */
  drape?: { relax: number; around: number; across: number; fill: number };
}

const base = {
  exponent: 2.2,
  curl: 0,
  lift: 0,
  about: 'limb' as const,
  peak: 0.5,
  fullness: 0.7,
  tendonPartMin: 0.12,
};

/** Points around the femoral shaft at the given heights and angles (deg), offset from its surface. */
function wrapPath(
  femur: readonly ShaftSample[],
  stations: readonly (readonly [y: number, angle: number, offset: number])[],
): Vec3[] {
  return stations.map(([y, angle, offset]) => {
    const s = axisAtY(femur, y);
    const d = around(angle);
    const r = s.radius + offset;
    return [s.centre[0] + d[0] * r, y, s.centre[2] + d[2] * r] as Vec3;
  });
}

export interface GeometryContext {
  femur: readonly ShaftSample[];
}

export function muscleGeometries(ctx: GeometryContext): MuscleGeometry[] {
  const { femur } = ctx;
  const patellaMedial: Vec3 = [-0.0689, -0.4401, -0.0192];
  const patellaBase: Vec3 = [-0.0849, -0.4409, -0.0134];
  return [
    // ---- deepest layer on bone ----
    {
      ...base,
      id: 'vastus-intermedius',
      paths: [
        [
          ...wrapPath(femur, [
            [-0.11, 20, 0.008],
            [-0.2, 15, 0.012],
            [-0.3, 10, 0.012],
            [-0.38, 5, 0.009],
          ]),
          [-0.0853, -0.4366, -0.0197],
        ],
      ],
      halfWidth: 0.03,
      halfDepth: 0.011,
      tendon: [0.03, 0.12],
      ends: [
        [0.015, 0.004],
        [0.014, 0.003],
      ],
      peak: 0.45,
      fullness: 0.45,
      curl: 40,
      about: 'femur',
      order: 1,
      tendonPartMin: 1,
    },
    {
      ...base,
      id: 'gluteus-minimus',
      paths: [
        [
          [-0.1156, -0.003, -0.045],
          [-0.1395, -0.0765, -0.0779],
        ],
        [
          [-0.1041, 0.0075, -0.066],
          [-0.1395, -0.0765, -0.0803],
        ],
        [
          [-0.0886, 0.0037, -0.0864],
          [-0.1385, -0.0744, -0.0842],
        ],
      ],
      halfWidth: 0.012,
      halfDepth: 0.007,
      tendon: [0, 0.15],
      ends: [
        [0.03, 0.004],
        [0.012, 0.003],
      ],
      peak: 0.35,
      fullness: 0.4,
      lift: 1,
      order: 1,
      exponent: 1.7,
      curl: 14,
      tendonPartMin: 1,
    },
    {
      ...base,
      id: 'iliopsoas',
      paths: [
        [
          [-0.0854, 0.0365, -0.0674],
          [-0.0811, -0.055, -0.0258],
          [-0.0816, -0.0805, -0.0288],
          [-0.0892, -0.1204, -0.069],
          [-0.0964, -0.1282, -0.09],
        ],
        [
          [-0.0289, 0.0887, -0.0647],
          [-0.0759, -0.057, -0.0238],
          [-0.0816, -0.0805, -0.0288],
          [-0.0873, -0.1168, -0.0691],
          [-0.0939, -0.1258, -0.0895],
        ],
      ],
      halfWidth: 0.01,
      halfDepth: 0.013,
      tendon: [0, 0.1],
      ends: [
        [0.025, 0.008],
        [0.01, 0.004],
      ],
      peak: 0.5,
      fullness: 0.4,
      order: 1,
      exponent: 1.9,
    },
    {
      ...base,
      id: 'adductor-brevis',
      paths: [
        [
          [-0.0164, -0.0915, -0.0587],
          [-0.07, -0.13, -0.075],
          [-0.1155, -0.15, -0.078],
        ],
        [
          [-0.0164, -0.0915, -0.0587],
          [-0.07, -0.17, -0.078],
          [-0.112, -0.225, -0.07],
        ],
      ],
      halfWidth: 0.006,
      halfDepth: 0.011,
      tendon: [0.05, 0.05],
      ends: [
        [0.01, 0.006],
        [0.006, 0.003],
      ],
      peak: 0.4,
      fullness: 0.5,
      order: 1,
    },
    {
      ...base,
      id: 'biceps-femoris-short-head',
      paths: [
        [
          [-0.1069, -0.2772, -0.0657],
          [-0.117, -0.35, -0.085],
          [-0.121, -0.43, -0.1],
          [-0.1129, -0.4979, -0.1053],
          [-0.1178, -0.5182, -0.0986],
        ],
      ],
      halfWidth: 0.017,
      halfDepth: 0.011,
      tendon: [0.02, 0.22],
      ends: [
        [0.012, 0.003],
        [0.004, 0.003],
      ],
      peak: 0.55,
      fullness: 0.6,
      tendonPartMin: 1,
      order: 2,
    },
    {
      ...base,
      id: 'popliteus',
      paths: [
        [
          [-0.118, -0.47, -0.08],
          [-0.1, -0.5, -0.1],
          [-0.065, -0.53, -0.098],
        ],
      ],
      halfWidth: 0.016,
      halfDepth: 0.005,
      tendon: [0.12, 0],
      ends: [
        [0.004, 0.003],
        [0.02, 0.004],
      ],
      peak: 0.7,
      fullness: 0.4,
      tendonPartMin: 1,
      order: 1,
    },
    {
      ...base,
      id: 'soleus',
      paths: [
        [
          [-0.105, -0.54, -0.092],
          [-0.091, -0.62, -0.098],
          [-0.087, -0.72, -0.104],
          [-0.086, -0.8, -0.113],
        ],
      ],
      halfWidth: 0.037,
      halfDepth: 0.019,
      // Ends on the calcaneal tendon (its own part), which carries it to the heel.
      tendon: [0.03, 0.08],
      ends: [
        [0.02, 0.004],
        [0.008, 0.004],
      ],
      peak: 0.45,
      fullness: 0.45,
      curl: 15,
      order: 2,
      tendonPartMin: 1,
    },
    // ---- middle layer ----
    {
      ...base,
      id: 'vastus-lateralis',
      // A thick sheet wrapped round the lateral femur, laid on vastus intermedius and the bone: its
      // front border anterolateral, its back border on the lateral lip of the linea aspera, the
      // fibres converging on the lateral patella and quadriceps tendon.
      paths: [
        [
          ...wrapPath(femur, [
            [-0.088, 35, 0.01],
            [-0.2, 40, 0.015],
            [-0.3, 45, 0.015],
            [-0.39, 55, 0.008],
          ]),
          [-0.091, -0.428, -0.01],
        ],
        [
          ...wrapPath(femur, [
            [-0.086, 70, 0.01],
            [-0.2, 75, 0.015],
            [-0.3, 75, 0.015],
            [-0.39, 72, 0.008],
          ]),
          [-0.096, -0.43, -0.012],
        ],
        [
          ...wrapPath(femur, [
            [-0.09, 105, 0.01],
            [-0.2, 110, 0.015],
            [-0.3, 105, 0.015],
            [-0.39, 88, 0.008],
          ]),
          [-0.1, -0.431, -0.015],
        ],
        [
          ...wrapPath(femur, [
            [-0.11, 132, 0.008],
            [-0.22, 132, 0.012],
            [-0.35, 125, 0.012],
            [-0.405, 106, 0.008],
          ]),
          [-0.104, -0.432, -0.018],
        ],
        [
          ...wrapPath(femur, [
            [-0.135, 160, 0.004],
            [-0.24, 160, 0.006],
            [-0.36, 150, 0.01],
            [-0.412, 116, 0.008],
          ]),
          [-0.107, -0.433, -0.022],
        ],
      ],
      halfWidth: 0.05,
      halfDepth: 0.0135,
      tendon: [0.03, 0.1],
      ends: [
        [0.02, 0.006],
        [0.012, 0.004],
      ],
      peak: 0.4,
      fullness: 0.4,
      exponent: 2.5,
      curl: 25,
      about: 'femur',
      order: 3,
      tendonPartMin: 1,
      drape: { relax: 120, around: 56, across: 25, fill: 0.008 },
    },
    {
      ...base,
      id: 'vastus-medialis',
      paths: [
        [
          ...wrapPath(femur, [
            [-0.14, 285, 0.008],
            [-0.23, 295, 0.015],
            [-0.32, 305, 0.024],
            [-0.39, 320, 0.022],
          ]),
          [-0.068, -0.425, -0.028],
          patellaMedial,
        ],
      ],
      halfWidth: 0.034,
      halfDepth: 0.021,
      tendon: [0.03, 0.06],
      ends: [
        [0.012, 0.004],
        [0.012, 0.005],
      ],
      peak: 0.72,
      fullness: 0.5,
      curl: 25,
      about: 'femur',
      order: 3,
      tendonPartMin: 1,
    },
    {
      ...base,
      id: 'gluteus-medius',
      // A fan from the outer lip of the iliac crest (front to the posterior gluteal line) to the
      // lateral face of the greater trochanter, laid on the iliac wing and gluteus minimus.
      paths: [
        [
          [-0.149, 0.062, -0.034],
          [-0.146, -0.01, -0.05],
          [-0.146, -0.09, -0.084],
        ],
        [
          [-0.143, 0.076, -0.064],
          [-0.146, 0.0, -0.075],
          [-0.145, -0.086, -0.09],
        ],
        [
          [-0.13, 0.081, -0.093],
          [-0.14, 0.0, -0.098],
          [-0.143, -0.082, -0.096],
        ],
        [
          [-0.1, 0.079, -0.126],
          [-0.124, 0.0, -0.124],
          [-0.141, -0.078, -0.102],
        ],
      ],
      halfWidth: 0.012,
      halfDepth: 0.0095,
      tendon: [0, 0.12],
      ends: [
        [0.05, 0.004],
        [0.02, 0.004],
      ],
      peak: 0.4,
      fullness: 0.45,
      lift: 1,
      order: 3,
      exponent: 2.4,
      curl: 12,
      tendonPartMin: 1,
      drape: { relax: 30, around: 48, across: 21, fill: 0.008 },
    },
    {
      ...base,
      id: 'piriformis',
      // Through the greater sciatic notch behind the bone (not through it, so the bone push does
      // not tear it), above the sciatic nerve where it leaves the pelvis.
      paths: [
        [
          [-0.0235, 0.0003, -0.1396],
          [-0.058, -0.01, -0.143],
          [-0.085, -0.024, -0.134],
          [-0.11, -0.05, -0.112],
          [-0.1272, -0.0697, -0.0855],
        ],
      ],
      halfWidth: 0.013,
      halfDepth: 0.009,
      tendon: [0, 0.25],
      ends: [
        [0.02, 0.004],
        [0.004, 0.003],
      ],
      peak: 0.35,
      fullness: 0.5,
      order: 2,
    },
    {
      ...base,
      id: 'pectineus',
      paths: [
        [
          [-0.0451, -0.0768, -0.0431],
          [-0.08, -0.11, -0.06],
          [-0.1088, -0.1483, -0.0829],
        ],
      ],
      halfWidth: 0.017,
      halfDepth: 0.008,
      tendon: [0, 0.05],
      ends: [
        [0.015, 0.004],
        [0.01, 0.003],
      ],
      fullness: 0.4,
      order: 2,
    },
    {
      ...base,
      id: 'adductor-magnus',
      paths: [
        [
          [-0.0255, -0.1174, -0.0732],
          [-0.07, -0.15, -0.078],
          [-0.1174, -0.1872, -0.0752],
        ],
        [
          [-0.0308, -0.1192, -0.0831],
          [-0.06, -0.2, -0.09],
          [-0.1062, -0.2946, -0.0653],
        ],
        [
          [-0.0488, -0.1141, -0.1111],
          [-0.045, -0.22, -0.11],
          [-0.048, -0.35, -0.095],
          [-0.0569, -0.4498, -0.0637],
        ],
      ],
      halfWidth: 0.01,
      halfDepth: 0.021,
      tendon: [0.03, 0.08],
      ends: [
        [0.02, 0.01],
        [0.01, 0.004],
      ],
      peak: 0.45,
      fullness: 0.35,
      lift: 0.3,
      order: 2,
      exponent: 1.8,
    },
    {
      ...base,
      id: 'semimembranosus',
      paths: [
        [
          [-0.0715, -0.0975, -0.1192],
          [-0.07, -0.2, -0.118],
          [-0.062, -0.32, -0.115],
          [-0.058, -0.43, -0.108],
          [-0.0646, -0.4971, -0.11],
          [-0.0639, -0.5096, -0.1022],
        ],
      ],
      halfWidth: 0.028,
      halfDepth: 0.018,
      tendon: [0.3, 0.1],
      ends: [
        [0.012, 0.003],
        [0.006, 0.004],
      ],
      peak: 0.5,
      fullness: 0.6,
      order: 4,
    },
    {
      ...base,
      id: 'plantaris',
      paths: [
        [
          [-0.112, -0.445, -0.095],
          [-0.1, -0.52, -0.112],
          [-0.088, -0.62, -0.118],
          [-0.084, -0.8, -0.116],
          [-0.082, -0.9, -0.118],
        ],
      ],
      halfWidth: 0.008,
      halfDepth: 0.006,
      tendon: [0.02, 0.75],
      ends: [
        [0.004, 0.003],
        [0.0025, 0.0012],
      ],
      peak: 0.5,
      fullness: 0.7,
      order: 3,
    },
    // ---- superficial ----
    {
      ...base,
      id: 'rectus-femoris',
      paths: [
        [
          [-0.0968, -0.0311, -0.0295],
          [-0.098, -0.1, -0.016],
          [-0.096, -0.22, -0.006],
          [-0.091, -0.34, -0.008],
          patellaBase,
        ],
      ],
      halfWidth: 0.027,
      halfDepth: 0.0165,
      tendon: [0.1, 0.14],
      ends: [
        [0.008, 0.004],
        [0.011, 0.0045],
      ],
      peak: 0.45,
      fullness: 0.75,
      order: 5,
    },
    {
      ...base,
      id: 'adductor-longus',
      paths: [
        [
          [-0.0169, -0.0836, -0.0316],
          [-0.065, -0.15, -0.045],
          [-0.112, -0.21, -0.066],
        ],
        [
          [-0.0169, -0.0836, -0.0316],
          [-0.05, -0.2, -0.052],
          [-0.075, -0.265, -0.066],
          [-0.1065, -0.3, -0.066],
        ],
      ],
      halfWidth: 0.012,
      halfDepth: 0.014,
      tendon: [0.1, 0.03],
      ends: [
        [0.008, 0.005],
        [0.004, 0.003],
      ],
      peak: 0.45,
      fullness: 0.5,
      order: 4,
      exponent: 1.9,
    },
    {
      ...base,
      id: 'biceps-femoris-long-head',
      paths: [
        [
          [-0.0694, -0.1026, -0.126],
          [-0.086, -0.2, -0.132],
          [-0.103, -0.32, -0.126],
          [-0.118, -0.43, -0.115],
          [-0.1129, -0.4979, -0.1053],
          [-0.1178, -0.5182, -0.0986],
        ],
      ],
      halfWidth: 0.026,
      halfDepth: 0.017,
      tendon: [0.07, 0.2],
      ends: [
        [0.006, 0.004],
        [0.007, 0.004],
      ],
      peak: 0.4,
      fullness: 0.6,
      order: 5,
    },
    {
      ...base,
      id: 'semitendinosus',
      paths: [
        [
          [-0.0604, -0.1099, -0.1264],
          [-0.064, -0.2, -0.135],
          [-0.058, -0.32, -0.127],
          [-0.047, -0.42, -0.12],
          [-0.043, -0.49, -0.113],
          [-0.041, -0.515, -0.1],
          [-0.048, -0.5365, -0.084],
          [-0.0642, -0.5575, -0.0725],
        ],
      ],
      halfWidth: 0.022,
      halfDepth: 0.016,
      tendon: [0.05, 0.42],
      ends: [
        [0.006, 0.004],
        [0.003, 0.0025],
      ],
      peak: 0.45,
      fullness: 0.6,
      order: 6,
    },
    {
      ...base,
      id: 'gastrocnemius-lateral-head',
      paths: [
        [
          [-0.1107, -0.4607, -0.0927],
          [-0.1109, -0.4679, -0.1007],
          [-0.106, -0.54, -0.127],
          [-0.096, -0.63, -0.127],
          [-0.087, -0.72, -0.13],
        ],
      ],
      halfWidth: 0.022,
      halfDepth: 0.018,
      tendon: [0.08, 0.05],
      ends: [
        [0.008, 0.004],
        [0.01, 0.003],
      ],
      peak: 0.36,
      fullness: 0.5,
      order: 5,
    },
    {
      ...base,
      id: 'gastrocnemius-medial-head',
      paths: [
        [
          [-0.06, -0.459, -0.0897],
          [-0.0577, -0.4683, -0.1007],
          [-0.064, -0.55, -0.134],
          [-0.074, -0.65, -0.13],
          [-0.085, -0.75, -0.13],
        ],
      ],
      halfWidth: 0.028,
      halfDepth: 0.021,
      tendon: [0.08, 0.05],
      ends: [
        [0.008, 0.004],
        [0.01, 0.003],
      ],
      peak: 0.42,
      fullness: 0.5,
      order: 5,
    },
    {
      ...base,
      id: 'gracilis',
      paths: [
        [
          [-0.0279, -0.1187, -0.074],
          [-0.022, -0.2, -0.084],
          [-0.024, -0.32, -0.094],
          [-0.035, -0.43, -0.102],
          [-0.035, -0.4938, -0.097],
          [-0.036, -0.5135, -0.09],
          [-0.0607, -0.5455, -0.0692],
        ],
      ],
      halfWidth: 0.017,
      halfDepth: 0.005,
      tendon: [0.04, 0.35],
      ends: [
        [0.015, 0.003],
        [0.003, 0.002],
      ],
      peak: 0.3,
      fullness: 0.4,
      order: 7,
    },
    {
      ...base,
      id: 'sartorius',
      paths: [
        [
          [-0.1242, -0.0013, -0.0153],
          [-0.107, -0.06, 0.003],
          [-0.075, -0.16, 0.012],
          [-0.045, -0.26, -0.008],
          [-0.032, -0.35, -0.045],
          [-0.036, -0.43, -0.085],
          [-0.0436, -0.5038, -0.0808],
          [-0.0452, -0.5208, -0.0692],
          [-0.0583, -0.5459, -0.0509],
        ],
      ],
      halfWidth: 0.02,
      halfDepth: 0.0055,
      tendon: [0.03, 0.12],
      ends: [
        [0.008, 0.003],
        [0.006, 0.002],
      ],
      fullness: 0.3,
      order: 8,
    },
    {
      ...base,
      id: 'tensor-fasciae-latae',
      paths: [
        [
          [-0.1241, 0.0214, -0.0311],
          [-0.138, -0.06, -0.032],
          [-0.146, -0.14, -0.04],
          [-0.147, -0.18, -0.043],
        ],
      ],
      halfWidth: 0.018,
      halfDepth: 0.009,
      tendon: [0.05, 0.05],
      ends: [
        [0.008, 0.004],
        [0.015, 0.002],
      ],
      peak: 0.5,
      fullness: 0.5,
      order: 6,
    },
    {
      ...base,
      id: 'gluteus-maximus',
      // A thick quadrilateral laid over the pelvis, gluteus medius and the hamstring origins. Its
      // upper edge runs from the posterior iliac crest down and out to the iliotibial tract over the
      // greater trochanter; its medial origin slopes down and in along the sacrum to the coccyx;
      // the fibres run down and laterally, the upper ones to the iliotibial tract, the lower ones to
      // the gluteal tuberosity; the lower border crosses the ischial tuberosity obliquely.
      paths: [
        [
          [-0.097, 0.079, -0.128],
          [-0.126, 0.022, -0.134],
          [-0.152, -0.04, -0.106],
          [-0.161, -0.098, -0.07],
        ],
        [
          [-0.07, 0.058, -0.147],
          [-0.103, 0.0, -0.16],
          [-0.14, -0.066, -0.128],
          [-0.157, -0.13, -0.073],
        ],
        [
          [-0.046, 0.03, -0.156],
          [-0.082, -0.032, -0.168],
          [-0.125, -0.098, -0.138],
          [-0.15, -0.16, -0.076],
        ],
        [
          [-0.024, -0.002, -0.164],
          [-0.058, -0.066, -0.168],
          [-0.107, -0.13, -0.138],
          [-0.14, -0.186, -0.078],
        ],
        [
          [-0.008, -0.042, -0.168],
          [-0.04, -0.1, -0.162],
          [-0.088, -0.16, -0.132],
          [-0.127, -0.207, -0.08],
        ],
      ],
      halfWidth: 0.016,
      halfDepth: 0.0115,
      tendon: [0, 0.1],
      ends: [
        [0.012, 0.007],
        [0.01, 0.0035],
      ],
      peak: 0.45,
      fullness: 0.4,
      lift: 1,
      order: 9,
      exponent: 2.6,
      curl: 0,
      tendonPartMin: 1,
      drape: { relax: 120, around: 60, across: 27, fill: 0.012 },
    },
  ];
}
