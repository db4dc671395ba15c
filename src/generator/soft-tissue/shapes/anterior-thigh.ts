/** The front of the thigh: the four parts of the quadriceps and sartorius. */
import type { Vec3 } from '../../../anatomy/types.ts';
import { type GeometryContext, type MuscleGeometry, base, wrapPath } from './types.ts';

export function anteriorThighShapes(ctx: GeometryContext): MuscleGeometry[] {
  const { femur } = ctx;
  const patellaMedial: Vec3 = [-0.0689, -0.4401, -0.0192];
  const patellaBase: Vec3 = [-0.0849, -0.4409, -0.0134];
  return [
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
      id: 'vastus-lateralis',
      // A thick sheet wrapped round the lateral femur, laid on vastus intermedius and the bone: its
      // front border anterolateral, its back border on the lateral lip of the linea aspera, the
      // fibres converging on the lateral patella and quadriceps tendon. The largest quadriceps
      // head (Handsfield 2014: ~850 cm³): full from below the trochanter to low in the thigh (a
      // flat belly profile) and 3 cm through, 25-28 cm² at mid-thigh. Thicker still, or thick
      // at its ends, it overlaps biceps short head along the lateral septum and crowds the
      // medial septum's root (model-septa.test.ts). Its fleshy fibres end on a broad aponeurosis
      // a few cm above the patella, the belly tapering obliquely into the quadriceps tendon
      // (Gray's Anatomy, 20th ed., §"Vastus lateralis"): full from the origin (fullness 0.15) but
      // tapering past mid-length (insertionFullness 0.5, peak 0.5), not stopping in a blunt edge.
      // The bulk that taper costs is given back by a fuller fill of the hollows it bridges
      // (0.009, was 0.008); VL is 0.76 of its reference volume (model-volumes.test.ts).
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
            [-0.35, 118, 0.012],
            [-0.405, 106, 0.008],
          ]),
          [-0.104, -0.432, -0.018],
        ],
        [
          ...wrapPath(femur, [
            [-0.135, 160, 0.004],
            [-0.24, 158, 0.006],
            [-0.36, 138, 0.01],
            [-0.412, 116, 0.008],
          ]),
          [-0.107, -0.433, -0.022],
        ],
      ],
      halfWidth: 0.05,
      halfDepth: 0.016,
      tendon: [0.03, 0.1],
      ends: [
        [0.02, 0.006],
        [0.012, 0.004],
      ],
      peak: 0.5,
      fullness: 0.15,
      insertionFullness: 0.5,
      exponent: 2.5,
      curl: 25,
      about: 'femur',
      order: 3,
      tendonPartMin: 1,
      drape: { relax: 120, around: 56, across: 25, fill: 0.009 },
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
  ];
}
