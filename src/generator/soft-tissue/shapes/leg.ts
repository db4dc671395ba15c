/** The leg below the knee: popliteus, the calf muscles and plantaris. */
import { type MuscleGeometry, base } from './types.ts';

export function legShapes(): MuscleGeometry[] {
  return [
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
          [-0.105, -0.54, -0.095],
          [-0.091, -0.62, -0.105],
          [-0.087, -0.72, -0.11],
          [-0.086, -0.8, -0.116],
        ],
      ],
      // Lies on the deep calf muscles (built before it), a little back from the bones and
      // flatter and wider than when it filled their place itself.
      halfWidth: 0.043,
      halfDepth: 0.016,
      // Ends on the calcaneal tendon (its own part), which carries it to the heel.
      tendon: [0.03, 0.08],
      ends: [
        [0.02, 0.004],
        [0.008, 0.004],
      ],
      peak: 0.45,
      fullness: 0.45,
      curl: 10,
      order: 2,
      tendonPartMin: 1,
    },
    {
      ...base,
      id: 'plantaris',
      paths: [
        [
          [-0.112, -0.445, -0.095],
          [-0.1, -0.52, -0.11],
          [-0.088, -0.62, -0.114],
          [-0.084, -0.8, -0.113],
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
      // Built with soleus, not after it: its thin tendon lies in the soleus's back surface instead
      // of on it, where it showed through the gastrocnemius between that muscle's vertices.
      order: 2,
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
      halfWidth: 0.021,
      halfDepth: 0.017,
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
      halfDepth: 0.0205,
      tendon: [0.08, 0.05],
      ends: [
        [0.008, 0.004],
        [0.01, 0.003],
      ],
      peak: 0.42,
      fullness: 0.5,
      order: 5,
    },
  ];
}
