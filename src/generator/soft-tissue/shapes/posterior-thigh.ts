/** The back of the thigh: the hamstrings. */
import { type MuscleGeometry, base } from './types.ts';

export function posteriorThighShapes(): MuscleGeometry[] {
  return [
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
  ];
}
