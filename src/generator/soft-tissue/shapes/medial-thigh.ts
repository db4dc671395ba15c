/** The inner thigh: pectineus, the adductors and gracilis. */
import { type MuscleGeometry, base } from './types.ts';

export function medialThighShapes(): MuscleGeometry[] {
  return [
    {
      ...base,
      id: 'adductor-brevis',
      // Between adductor longus in front and the magnus behind, filling the space between them;
      // built before both, so they are laid against it (built after them it was pushed out of
      // the longus in spikes; built first of all it was buried in the magnus).
      paths: [
        [
          [-0.0164, -0.0915, -0.0587],
          [-0.06, -0.127, -0.07],
          [-0.1155, -0.15, -0.078],
        ],
        [
          [-0.0164, -0.0915, -0.0587],
          [-0.045, -0.165, -0.063],
          [-0.08, -0.2, -0.068],
          [-0.112, -0.225, -0.07],
        ],
      ],
      halfWidth: 0.01,
      halfDepth: 0.012,
      tendon: [0.05, 0.05],
      ends: [
        [0.01, 0.006],
        [0.006, 0.003],
      ],
      peak: 0.4,
      fullness: 0.5,
      order: 3.5,
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
      // One thick mass lofted down the thigh between its two borders, so its sections lie roughly
      // level: the front border is the femoral insertion (from the inferior pubic ramus out to the
      // gluteal tuberosity, then down the linea aspera), the back border the ischiocondylar belly
      // (ischial tuberosity down the posteromedial thigh, just behind gracilis). Both meet in the
      // tendon on the adductor tubercle. Built after the vasti, longus and hamstrings, it fills the
      // space they leave behind and medial to the femur and is dented by them instead of pushing
      // them outward; gracilis and sartorius are then laid on its medial face. Below mid-thigh the
      // front border leaves the bone: the space medial to the femur, between it and vastus
      // medialis, is the adductor canal and hiatus (and where the medial septum runs).
      paths: [
        [
          [-0.0255, -0.1174, -0.0732],
          [-0.06, -0.135, -0.082],
          [-0.095, -0.152, -0.088],
          [-0.112, -0.175, -0.087],
          [-0.1065, -0.22, -0.081],
          [-0.101, -0.27, -0.079],
          [-0.092, -0.315, -0.085],
          [-0.077, -0.36, -0.091],
          [-0.063, -0.41, -0.084],
          [-0.0569, -0.4498, -0.0637],
        ],
        [
          [-0.0488, -0.1141, -0.1111],
          [-0.036, -0.17, -0.109],
          [-0.029, -0.23, -0.104],
          [-0.029, -0.29, -0.1],
          [-0.035, -0.35, -0.096],
          [-0.046, -0.4, -0.09],
          [-0.0569, -0.4498, -0.0637],
        ],
      ],
      halfWidth: 0.004,
      halfDepth: 0.022,
      tendon: [0.02, 0.14],
      ends: [
        [0.004, 0.008],
        [0.005, 0.004],
      ],
      peak: 0.45,
      fullness: 0.35,
      exponent: 2.8,
      order: 6.5,
    },
    {
      ...base,
      id: 'adductor-longus',
      paths: [
        [
          [-0.0169, -0.0836, -0.0316],
          [-0.065, -0.15, -0.045],
          [-0.1066, -0.21, -0.079],
        ],
        [
          [-0.0169, -0.0836, -0.0316],
          [-0.038, -0.2, -0.061],
          [-0.066, -0.265, -0.07],
          [-0.0974, -0.3, -0.0732],
        ],
      ],
      halfWidth: 0.012,
      halfDepth: 0.016,
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
      id: 'gracilis',
      paths: [
        [
          [-0.0279, -0.1187, -0.074],
          [-0.023, -0.2, -0.083],
          [-0.024, -0.32, -0.093],
          [-0.035, -0.43, -0.102],
          [-0.035, -0.4938, -0.097],
          [-0.036, -0.5135, -0.09],
          [-0.0607, -0.5455, -0.0692],
        ],
      ],
      halfWidth: 0.021,
      halfDepth: 0.0085,
      tendon: [0.04, 0.35],
      ends: [
        [0.015, 0.003],
        [0.003, 0.002],
      ],
      peak: 0.3,
      fullness: 0.4,
      order: 7,
    },
  ];
}
