/**
 * The back of the thigh: the hamstrings. Each belly's centreline is kept outside the muscles built
 * before it (a centre inside a deeper muscle is pushed out all round it, so the ring wraps the
 * deeper belly and the two surfaces cross as thin overlapping sheets): semimembranosus lies deep
 * to semitendinosus and bulges on both sides of its tendon low in the thigh, biceps long head runs
 * posterolaterally over the short head, which fills the corner between it and vastus lateralis.
 * The sciatic nerve runs deep to the long head, between the short head and semimembranosus.
 */
import { type MuscleGeometry, base } from './types.ts';

export function posteriorThighShapes(): MuscleGeometry[] {
  return [
    {
      ...base,
      id: 'biceps-femoris-short-head',
      // From the lateral lip of the linea aspera (Gray: up almost to the gluteus maximus insertion;
      // gait2392's points cover its lower half) and the lateral supracondylar line, deep to the
      // long head and lateral to the sciatic nerve, to the long head's tendon. Built after vastus
      // lateralis so it lies against that sheet instead of being draped over.
      paths: [
        [
          [-0.1166, -0.215, -0.0823],
          [-0.1155, -0.245, -0.092],
          [-0.113, -0.29, -0.099],
          [-0.112, -0.34, -0.099],
          [-0.11, -0.39, -0.1],
          [-0.112, -0.44, -0.102],
          [-0.1129, -0.4979, -0.1053],
          [-0.1178, -0.5182, -0.0986],
        ],
      ],
      halfWidth: 0.016,
      halfDepth: 0.011,
      tendon: [0.02, 0.2],
      ends: [
        [0.012, 0.004],
        [0.004, 0.003],
      ],
      peak: 0.5,
      fullness: 0.5,
      tendonPartMin: 1,
      order: 3.5,
    },
    {
      ...base,
      id: 'semimembranosus',
      // A broad flat tendon from the tuberosity, deep to the other two, then a thick belly in the
      // lower thigh, deep to semitendinosus and wider than it on both sides. Lofted between its
      // lateral and medial borders so its sections lie level (side to side) instead of tilted
      // round the limb, which left a slit between its medial edge and gracilis.
      paths: [
        [
          [-0.0715, -0.0975, -0.1192],
          [-0.075, -0.2, -0.121],
          [-0.072, -0.3, -0.122],
          [-0.078, -0.37, -0.12],
          [-0.074, -0.43, -0.11],
          [-0.0646, -0.4971, -0.11],
          [-0.0639, -0.5096, -0.1022],
        ],
        [
          [-0.0715, -0.0975, -0.1192],
          [-0.065, -0.2, -0.119],
          [-0.05, -0.3, -0.116],
          [-0.052, -0.37, -0.114],
          [-0.054, -0.43, -0.104],
          [-0.0646, -0.4971, -0.11],
          [-0.0639, -0.5096, -0.1022],
        ],
      ],
      halfWidth: 0.02,
      halfDepth: 0.016,
      tendon: [0.3, 0.1],
      ends: [
        [0.016, 0.003],
        [0.006, 0.004],
      ],
      peak: 0.55,
      fullness: 0.5,
      order: 4,
    },
    {
      ...base,
      id: 'biceps-femoris-long-head',
      paths: [
        [
          [-0.0694, -0.1026, -0.126],
          [-0.1, -0.2, -0.13],
          [-0.113, -0.28, -0.128],
          [-0.12, -0.36, -0.124],
          [-0.12, -0.43, -0.115],
          [-0.1129, -0.4979, -0.1053],
          [-0.1178, -0.5182, -0.0986],
        ],
      ],
      halfWidth: 0.029,
      halfDepth: 0.0132,
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
      // Superficial and medial: a fusiform belly in the upper half, then a long cord-like tendon
      // on the back of semimembranosus to the pes anserinus.
      paths: [
        [
          [-0.0604, -0.1099, -0.1264],
          [-0.061, -0.2, -0.136],
          [-0.064, -0.3, -0.136],
          [-0.055, -0.39, -0.136],
          [-0.046, -0.46, -0.118],
          [-0.043, -0.51, -0.098],
          [-0.05, -0.536, -0.083],
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
  ];
}
