/**
 * The deep hip rotators: gemellus superior, obturator internus, gemellus inferior and quadratus
 * femoris running sideways across the back of the hip joint between piriformis and the hamstring
 * origin, and obturator externus under the femoral neck. Built after the thigh muscles (so they
 * give way to the hamstring and adductor origins they touch) and before gluteus maximus, which is
 * draped over them and so no longer bridges a hollow. They pass in front of (deep to) the sciatic
 * nerve: off the ischium each path steps forward round the bone's outer edge.
 */
import { type MuscleGeometry, base } from './types.ts';

const ORDER = 8.5;
/** Short muscles (4–8 cm): a ring every 3–4 mm is plenty. */
const MESH = { rings: 20, around: 20 };

export function deepHipShapes(): MuscleGeometry[] {
  return [
    {
      ...base,
      id: 'obturator-externus',
      // From the outer face of the obturator membrane, under the femoral neck, to the fossa.
      paths: [
        [
          [-0.034, -0.104, -0.062],
          [-0.055, -0.111, -0.074],
          [-0.078, -0.11, -0.09],
          [-0.098, -0.1, -0.1],
          [-0.1145, -0.083, -0.1005],
        ],
      ],
      halfWidth: 0.012,
      halfDepth: 0.005,
      tendon: [0, 0.3],
      ends: [
        [0.014, 0.004],
        [0.004, 0.003],
      ],
      peak: 0.25,
      fullness: 0.6,
      tendonPartMin: 1,
      order: ORDER,
      ...MESH,
    },
    {
      ...base,
      id: 'obturator-internus',
      // A fan on the inner wall of the pelvis (wide up and down, thin side to side), gathering into
      // a tendon that turns a right angle round the back of the ischium below its spine, then runs
      // out across the back of the hip joint between the gemelli.
      paths: [
        [
          [-0.042, -0.096, -0.074],
          [-0.047, -0.093, -0.1],
          [-0.054, -0.09, -0.122],
          [-0.065, -0.088, -0.137],
          [-0.079, -0.086, -0.136],
          [-0.092, -0.082, -0.121],
          [-0.106, -0.077, -0.109],
          [-0.1196, -0.0712, -0.1018],
        ],
      ],
      halfWidth: 0.014,
      halfDepth: 0.0055,
      tendon: [0, 0.4],
      ends: [
        [0.012, 0.004],
        [0.0045, 0.0028],
      ],
      peak: 0.25,
      fullness: 0.5,
      tendonPartMin: 1,
      order: ORDER,
      ...MESH,
    },
    {
      ...base,
      id: 'gemellus-superior',
      paths: [
        [
          [-0.061, -0.0765, -0.1325],
          [-0.075, -0.0755, -0.135],
          [-0.09, -0.073, -0.122],
          [-0.106, -0.0695, -0.109],
          [-0.1195, -0.0665, -0.1012],
        ],
      ],
      halfWidth: 0.005,
      halfDepth: 0.004,
      tendon: [0.04, 0.12],
      ends: [
        [0.004, 0.003],
        [0.0035, 0.002],
      ],
      peak: 0.4,
      fullness: 0.6,
      tendonPartMin: 1,
      order: ORDER,
      ...MESH,
    },
    {
      ...base,
      id: 'gemellus-inferior',
      paths: [
        [
          [-0.073, -0.0975, -0.137],
          [-0.085, -0.0955, -0.133],
          [-0.096, -0.091, -0.119],
          [-0.108, -0.084, -0.108],
          [-0.1182, -0.0772, -0.1015],
        ],
      ],
      halfWidth: 0.006,
      halfDepth: 0.0046,
      tendon: [0.04, 0.12],
      ends: [
        [0.005, 0.003],
        [0.004, 0.002],
      ],
      peak: 0.4,
      fullness: 0.6,
      tendonPartMin: 1,
      order: ORDER,
      ...MESH,
    },
    {
      ...base,
      id: 'quadratus-femoris',
      // A thick square plate straight out from the ischial tuberosity to the quadrate tubercle.
      paths: [
        [
          [-0.08, -0.113, -0.126],
          [-0.091, -0.112, -0.116],
          [-0.103, -0.11, -0.108],
          [-0.117, -0.106, -0.104],
        ],
      ],
      halfWidth: 0.022,
      halfDepth: 0.0115,
      tendon: [0, 0.05],
      ends: [
        [0.014, 0.005],
        [0.013, 0.004],
      ],
      peak: 0.45,
      fullness: 0.25,
      exponent: 3,
      tendonPartMin: 1,
      order: ORDER,
      ...MESH,
    },
  ];
}
