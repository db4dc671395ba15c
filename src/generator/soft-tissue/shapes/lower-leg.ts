/**
 * The leg below the knee beyond the calf: tibialis anterior, the long toe extensors and the
 * fibular muscles in front and outside, and the three deep calf muscles on the back of the bones
 * under soleus. Tendons stay in the muscle's mesh (no separate tendon parts: eight more draw
 * calls). Each runs on to its insertion, except those that cross the sole (fibularis longus and the
 * long toe flexors), which stop where they turn under the foot (the footprint marks the insertion).
 * The deep calf muscles are built before soleus, which now lies on them instead of filling their
 * place against the bones.
 */
import type { Vec3 } from '../../../anatomy/types.ts';
import { type MuscleGeometry, base } from './types.ts';

/** Superficial side of the deep calf muscles: straight back (see `outward`). */
const BACK: Vec3 = [0, 0, -1];
/** Long slender muscles: a ring every 8–9 mm and 24 round keep their shape for fewer triangles. */
const MESH = { rings: 48, around: 24 };

export function lowerLegShapes(): MuscleGeometry[] {
  return [
    {
      ...base,
      id: 'tibialis-posterior',
      // On the interosseous membrane between the bones, deepest of the calf; behind the medial
      // malleolus to the navicular tuberosity.
      paths: [
        [
          [-0.099, -0.58, -0.087],
          [-0.096, -0.64, -0.086],
          [-0.089, -0.72, -0.088],
          [-0.075, -0.8, -0.088],
          [-0.062, -0.85, -0.088],
          [-0.054, -0.876, -0.085],
          [-0.049, -0.896, -0.068],
          [-0.0475, -0.906, -0.045],
          [-0.049, -0.91, -0.025],
        ],
      ],
      halfWidth: 0.011,
      halfDepth: 0.0065,
      tendon: [0.02, 0.42],
      ends: [
        [0.006, 0.003],
        [0.0035, 0.0025],
      ],
      peak: 0.4,
      fullness: 0.6,
      outward: BACK,
      tendonPartMin: 1,
      order: 1.5,
      ...MESH,
    },
    {
      ...base,
      id: 'flexor-digitorum-longus',
      // On the back of the tibia, medial; behind the medial malleolus (behind tibialis posterior)
      // into the sole, where it stops.
      paths: [
        [
          [-0.071, -0.615, -0.087],
          [-0.069, -0.68, -0.089],
          [-0.066, -0.76, -0.091],
          [-0.06, -0.83, -0.092],
          [-0.055, -0.872, -0.093],
          [-0.051, -0.897, -0.082],
          [-0.053, -0.918, -0.062],
          [-0.06, -0.93, -0.042],
        ],
      ],
      halfWidth: 0.008,
      halfDepth: 0.005,
      tendon: [0.03, 0.4],
      ends: [
        [0.004, 0.003],
        [0.003, 0.0022],
      ],
      peak: 0.4,
      fullness: 0.6,
      outward: BACK,
      tendonPartMin: 1,
      order: 1.5,
      ...MESH,
    },
    {
      ...base,
      id: 'flexor-hallucis-longus',
      // On the back of the lower fibula, the biggest of the three; its tendon grooves the back of
      // the talus and runs under the sustentaculum into the sole, where it stops.
      paths: [
        [
          [-0.121, -0.675, -0.098],
          [-0.117, -0.74, -0.102],
          [-0.106, -0.8, -0.103],
          [-0.09, -0.85, -0.102],
          [-0.08, -0.88, -0.104],
          [-0.069, -0.903, -0.1],
          [-0.059, -0.922, -0.08],
          [-0.058, -0.935, -0.05],
        ],
      ],
      halfWidth: 0.012,
      halfDepth: 0.0075,
      tendon: [0.02, 0.38],
      ends: [
        [0.006, 0.003],
        [0.003, 0.0025],
      ],
      peak: 0.4,
      fullness: 0.55,
      outward: BACK,
      tendonPartMin: 1,
      order: 1.5,
      ...MESH,
    },
    {
      ...base,
      id: 'tibialis-anterior',
      // On the lateral surface of the tibia, just outside its sharp anterior border; the tendon
      // crosses the front of the ankle (the most medial there) to the medial cuneiform.
      paths: [
        [
          [-0.104, -0.535, -0.062],
          [-0.106, -0.58, -0.053],
          [-0.102, -0.66, -0.049],
          [-0.093, -0.74, -0.047],
          [-0.079, -0.81, -0.046],
          [-0.066, -0.87, -0.046],
          [-0.062, -0.885, -0.04],
          [-0.058, -0.897, -0.025],
          [-0.054, -0.907, -0.012],
          [-0.0525, -0.914, -0.005],
        ],
      ],
      halfWidth: 0.018,
      halfDepth: 0.013,
      tendon: [0.02, 0.38],
      ends: [
        [0.008, 0.004],
        [0.0045, 0.0025],
      ],
      peak: 0.35,
      fullness: 0.45,
      tendonPartMin: 1,
      order: 3,
      ...MESH,
    },
    {
      ...base,
      id: 'extensor-hallucis-longus',
      // Deep between tibialis anterior and the long toe extensor, surfacing at the ankle; along the
      // top of the first metatarsal to the big toe.
      paths: [
        [
          [-0.112, -0.635, -0.074],
          [-0.106, -0.7, -0.067],
          [-0.095, -0.78, -0.056],
          [-0.083, -0.845, -0.047],
          [-0.075, -0.872, -0.043],
          [-0.071, -0.887, -0.036],
          [-0.066, -0.898, -0.015],
          [-0.0612, -0.904, 0.015],
          [-0.061, -0.922, 0.055],
          [-0.0604, -0.9275, 0.098],
        ],
      ],
      halfWidth: 0.008,
      halfDepth: 0.006,
      tendon: [0.02, 0.5],
      ends: [
        [0.004, 0.003],
        [0.0025, 0.0018],
      ],
      peak: 0.45,
      fullness: 0.5,
      tendonPartMin: 1,
      order: 3.2,
      ...MESH,
    },
    {
      ...base,
      id: 'extensor-digitorum-longus',
      // In front of the fibula, lateral to tibialis anterior; over the lateral ankle and the top of
      // the foot toward the four small toes (drawn as one tendon to the middle toes).
      paths: [
        [
          [-0.118, -0.535, -0.078],
          [-0.119, -0.6, -0.066],
          [-0.119, -0.7, -0.058],
          [-0.11, -0.79, -0.053],
          [-0.098, -0.862, -0.047],
          [-0.095, -0.884, -0.038],
          [-0.093, -0.899, -0.012],
          [-0.093, -0.913, 0.022],
          [-0.096, -0.927, 0.06],
          [-0.097, -0.9305, 0.082],
        ],
      ],
      halfWidth: 0.014,
      halfDepth: 0.01,
      tendon: [0.02, 0.45],
      ends: [
        [0.006, 0.003],
        [0.0045, 0.0018],
      ],
      peak: 0.4,
      fullness: 0.45,
      tendonPartMin: 1,
      order: 3.4,
      ...MESH,
    },
    {
      ...base,
      id: 'fibularis-brevis',
      // On the lower outer fibula under the longus; in front of the longus tendon behind the
      // lateral malleolus, along the outer heel to the fifth metatarsal tuberosity.
      paths: [
        [
          [-0.128, -0.675, -0.085],
          [-0.129, -0.74, -0.086],
          [-0.128, -0.8, -0.089],
          [-0.1275, -0.855, -0.095],
          [-0.127, -0.884, -0.097],
          [-0.13, -0.905, -0.08],
          [-0.131, -0.917, -0.045],
          [-0.1285, -0.922, -0.007],
        ],
      ],
      halfWidth: 0.011,
      halfDepth: 0.0075,
      tendon: [0.02, 0.4],
      ends: [
        [0.005, 0.003],
        [0.0035, 0.0025],
      ],
      peak: 0.45,
      fullness: 0.5,
      tendonPartMin: 1,
      order: 3,
      ...MESH,
    },
    {
      ...base,
      id: 'fibularis-longus',
      // From the fibular head down the outer leg over the brevis; behind the lateral malleolus and
      // along the outer heel to the cuboid, where it turns into the sole and stops.
      paths: [
        [
          [-0.134, -0.53, -0.09],
          [-0.137, -0.6, -0.088],
          [-0.14, -0.7, -0.09],
          [-0.138, -0.78, -0.096],
          [-0.132, -0.85, -0.103],
          [-0.128, -0.884, -0.102],
          [-0.131, -0.908, -0.086],
          [-0.128, -0.925, -0.055],
          [-0.118, -0.935, -0.035],
        ],
      ],
      halfWidth: 0.015,
      halfDepth: 0.01,
      tendon: [0.02, 0.45],
      ends: [
        [0.006, 0.003],
        [0.0035, 0.0025],
      ],
      peak: 0.35,
      fullness: 0.45,
      tendonPartMin: 1,
      order: 3.6,
      ...MESH,
    },
  ];
}
