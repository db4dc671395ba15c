/**
 * The leg below the knee beyond the calf: the front (extensor) compartment, the outer (fibular)
 * compartment and the deep back compartment. Context for the thigh model, so the leg is not bare
 * bone; no trigger points (their referral reaches the ankle and foot, off the modelled pain
 * sites; see `awaitingTriggerPoints` in ../schema.ts). Attachments from standard anatomy texts,
 * placed on the model's bones (gait2392 size); neither gait2392 nor Rajagopal has these muscles
 * in reference/attachments.csv. Long origins are marked by a footprint over their central part
 * (the description gives the whole extent); the model draws each tendon to its insertion except
 * where it runs under the sole (fibularis longus, the two long toe flexors), where it stops as it
 * enters the sole and the footprint alone marks the insertion.
 */
import type { Attachment, Muscle, SourcedNote } from '../types.ts';

const soleNote: SourcedNote = {
  kind: 'fact',
  text: 'Its tendon crosses the sole of the foot to reach its insertion; the model draws the tendon only as far as the sole and marks the insertion with its footprint.',
  sources: ['gray-anatomy'],
};

/** One toe's slip of a long toe tendon (the extensor on top of the toe, the flexor underneath). */
function toeSlip(toe: 2 | 3 | 4 | 5, side: 'dorsal' | 'plantar', text: string): Attachment {
  const points: Record<2 | 3 | 4 | 5, Attachment['points']> =
    side === 'dorsal'
      ? {
          2: [
            [-0.0797, -0.9339, 0.0968],
            [-0.0803, -0.9351, 0.1089],
          ],
          3: [
            [-0.0967, -0.9351, 0.0869],
            [-0.0978, -0.9364, 0.0988],
          ],
          4: [
            [-0.1124, -0.9368, 0.0765],
            [-0.1136, -0.9376, 0.0872],
          ],
          5: [
            [-0.129, -0.9375, 0.0625],
            [-0.1303, -0.9382, 0.0709],
          ],
        }
      : {
          2: [
            [-0.0803, -0.9444, 0.1089],
            [-0.0805, -0.9446, 0.113],
          ],
          3: [
            [-0.0978, -0.9452, 0.0988],
            [-0.098, -0.9454, 0.1025],
          ],
          4: [
            [-0.1136, -0.9462, 0.0874],
            [-0.114, -0.9464, 0.0905],
          ],
          5: [
            [-0.1303, -0.9466, 0.0709],
            [-0.1307, -0.9468, 0.074],
          ],
        };
  return {
    bone: 'metatarsal-bones',
    landmark: 'phalanges-of-lesser-toes',
    description: `${text} (toe ${toe}).`,
    points: points[toe],
    sources: ['gray-anatomy'],
  };
}

export const lowerLegMuscles: readonly Muscle[] = [
  {
    id: 'tibialis-anterior',
    name: 'Tibialis anterior',
    latin: 'Musculus tibialis anterior',
    layNames: ['shin muscle', 'front shin muscle', 'anterior tibialis', 'tib anterior'],
    // FMA id: Wikipedia infobox "Tibialis anterior muscle" (FMA 22532, TA A04.7.02.037).
    fmaId: 22532,
    origins: [
      {
        bone: 'tibia',
        landmark: 'lateral-surface-of-tibia',
        description:
          'The lateral condyle and the upper half to two-thirds of the outer surface of the tibia, with the neighbouring interosseous membrane and the deep fascia over it.',
        points: [
          [-0.1054, -0.5367, -0.0645],
          [-0.0966, -0.5594, -0.0625],
          [-0.0952, -0.585, -0.0621],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'metatarsal-bones',
        landmark: 'medial-cuneiform',
        description:
          'The inner and under surface of the medial cuneiform and the base of the first metatarsal, on the inner side of the arch.',
        points: [
          [-0.0535, -0.9185, -0.0041],
          [-0.0507, -0.9155, 0.0139],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action:
      'Lifts the foot at the ankle (clears the toes when walking and lowers the foot gently after heel strike) and turns the sole inward.',
    innervation: { nerve: 'Deep fibular nerve (branch of the common fibular nerve)', roots: 'L4–L5' },
    compartment: 'anterior-leg',
    layer: 1,
    shape: 'fusiform',
    summary:
      'The thick muscle you feel just outside the sharp front edge of the shin. Its tendon crosses the front of the ankle to the inner side of the foot. It lifts the foot; when it is weak the toes catch and the foot slaps down (foot drop).',
    triggerPoints: [],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'extensor-digitorum-longus',
    name: 'Extensor digitorum longus',
    latin: 'Musculus extensor digitorum longus',
    layNames: ['long toe extensor', 'toe lifter', 'EDL'],
    // FMA id: Wikipedia infobox "Extensor digitorum longus muscle" (FMA 22534, TA A04.7.02.038).
    fmaId: 22534,
    origins: [
      {
        bone: 'fibula',
        landmark: 'medial-surface-of-fibula',
        description:
          'The upper three-quarters of the front (medial) surface of the fibula, the lateral condyle of the tibia and the upper interosseous membrane.',
        points: [
          [-0.1173, -0.5401, -0.082],
          [-0.1168, -0.5801, -0.0808],
          [-0.1167, -0.62, -0.0787],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: ([2, 3, 4, 5] as const).map((toe) =>
      toeSlip(
        toe,
        'dorsal',
        'One of four tendon slips into the extensor expansion on top of the toe, ending on the middle and end phalanges',
      ),
    ),
    action: 'Straightens (lifts) the four small toes and helps lift the foot and turn its sole outward.',
    innervation: { nerve: 'Deep fibular nerve (branch of the common fibular nerve)', roots: 'L5–S1' },
    compartment: 'anterior-leg',
    layer: 1,
    shape: 'pennate',
    summary:
      'A long, feather-shaped muscle on the outer front of the leg, between tibialis anterior and the fibular muscles. Its tendon splits at the ankle into four slips that run along the top of the foot to the four small toes.',
    triggerPoints: [],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'extensor-hallucis-longus',
    name: 'Extensor hallucis longus',
    latin: 'Musculus extensor hallucis longus',
    layNames: ['big toe lifter', 'long extensor of the big toe', 'EHL'],
    // FMA id: Wikipedia infobox "Extensor hallucis longus muscle" (FMA 22533, TA A04.7.02.040).
    fmaId: 22533,
    origins: [
      {
        bone: 'fibula',
        landmark: 'medial-surface-of-fibula',
        description:
          'The middle half of the front (medial) surface of the fibula and the neighbouring interosseous membrane.',
        points: [
          [-0.1164, -0.64, -0.0777],
          [-0.116, -0.67, -0.0763],
          [-0.1157, -0.7, -0.0752],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'metatarsal-bones',
        landmark: 'distal-phalanx-of-great-toe',
        description: 'The top of the base of the end phalanx of the big toe.',
        points: [
          [-0.0602, -0.9294, 0.0997],
          [-0.06, -0.9312, 0.1054],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action: 'Lifts the big toe and helps lift the foot at the ankle.',
    innervation: { nerve: 'Deep fibular nerve (branch of the common fibular nerve)', roots: 'L5' },
    compartment: 'anterior-leg',
    layer: 2,
    shape: 'pennate',
    summary:
      'A thin muscle hidden between tibialis anterior and the long toe extensor in the middle of the leg; its tendon comes to the surface at the ankle and is the cord you see on top of the foot when you lift the big toe.',
    triggerPoints: [],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'fibularis-longus',
    name: 'Fibularis (peroneus) longus',
    latin: 'Musculus fibularis longus',
    layNames: ['peroneus longus', 'peroneal', 'peroneals', 'outer leg muscle', 'fibularis'],
    // FMA id: Wikipedia infobox "Fibularis longus" (FMA 22539, TA A04.7.02.041).
    fmaId: 22539,
    origins: [
      {
        bone: 'fibula',
        landmark: 'fibular-head',
        description:
          'The head and the upper two-thirds of the outer surface of the fibula (the common fibular nerve passes through a gap in this origin, round the neck of the fibula).',
        points: [
          [-0.1325, -0.5299, -0.0901],
          [-0.1277, -0.555, -0.088],
          [-0.1271, -0.58, -0.087],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'metatarsal-bones',
        landmark: 'medial-cuneiform',
        description:
          'Under the foot: the outer side of the medial cuneiform and the base of the first metatarsal, reached by a tendon that runs behind the outer ankle bone, along the outer side of the heel and across the sole in a groove of the cuboid.',
        points: [
          [-0.061, -0.9226, -0.0016],
          [-0.063, -0.922, 0.0147],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action:
      'Turns the sole of the foot outward and points the foot down; with tibialis anterior it supports the arches of the foot.',
    innervation: { nerve: 'Superficial fibular nerve (branch of the common fibular nerve)', roots: 'L5–S1' },
    compartment: 'lateral-leg',
    layer: 1,
    shape: 'pennate',
    summary:
      'The long muscle down the outside of the leg, over the fibula. Its tendon hooks behind the outer ankle bone and crosses under the foot to its inner side; it steadies the ankle against rolling over outward.',
    triggerPoints: [],
    notes: [soleNote],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'fibularis-brevis',
    name: 'Fibularis (peroneus) brevis',
    latin: 'Musculus fibularis brevis',
    layNames: ['peroneus brevis', 'peroneal', 'peroneals', 'short fibularis'],
    // FMA id: Wikipedia infobox "Fibularis brevis" (FMA 22540, TA A04.7.02.042).
    fmaId: 22540,
    origins: [
      {
        bone: 'fibula',
        landmark: 'lateral-surface-of-fibula',
        description: 'The lower two-thirds of the outer surface of the fibula, under fibularis longus.',
        points: [
          [-0.1252, -0.69, -0.0827],
          [-0.1253, -0.715, -0.0817],
          [-0.1256, -0.74, -0.0808],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'metatarsal-bones',
        landmark: 'tuberosity-of-fifth-metatarsal',
        description: 'The tuberosity at the base of the fifth metatarsal, on the outer edge of the foot.',
        points: [
          [-0.1277, -0.923, -0.003],
          [-0.1259, -0.9216, 0.0011],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action: 'Turns the sole of the foot outward and helps point the foot down.',
    innervation: { nerve: 'Superficial fibular nerve (branch of the common fibular nerve)', roots: 'L5–S1' },
    compartment: 'lateral-leg',
    layer: 2,
    shape: 'pennate',
    summary:
      'The shorter fibular muscle, lying under fibularis longus on the lower outer leg. Its tendon runs in front of the longus tendon behind the outer ankle bone to the bump halfway along the outer edge of the foot, which it can pull off in a bad ankle sprain.',
    triggerPoints: [],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'tibialis-posterior',
    name: 'Tibialis posterior',
    latin: 'Musculus tibialis posterior',
    layNames: ['posterior tibialis', 'tib post', 'arch muscle', 'deep calf muscle'],
    // FMA id: Wikipedia infobox "Tibialis posterior muscle" (FMA 51099, TA A04.7.02.051).
    fmaId: 51099,
    origins: [
      {
        bone: 'tibia',
        landmark: 'posterior-surface-of-tibia',
        description:
          'The outer part of the back of the tibia below the soleal line, upper two-thirds, and the interosseous membrane between the two bones.',
        points: [
          [-0.0833, -0.599, -0.0858],
          [-0.0833, -0.6397, -0.0794],
        ],
        sources: ['gray-anatomy'],
      },
      {
        bone: 'fibula',
        landmark: 'posterior-surface-of-fibula',
        description: 'The inner part of the back of the fibula, upper two-thirds.',
        points: [
          [-0.1164, -0.5999, -0.092],
          [-0.1157, -0.6399, -0.0891],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'metatarsal-bones',
        landmark: 'navicular-tuberosity',
        description:
          'Mainly the tuberosity of the navicular on the inner side of the foot, with slips under the foot to the cuneiforms, the cuboid and the middle metatarsal bases; reached by a tendon that runs behind the inner ankle bone.',
        points: [
          [-0.0491, -0.9098, -0.0225],
          [-0.0514, -0.9132, -0.0242],
          [-0.0523, -0.9135, -0.0203],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action:
      'The main muscle that turns the sole inward; it holds up the inner arch of the foot and helps point the foot down.',
    innervation: { nerve: 'Tibial nerve', roots: 'L4–L5', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 4,
    shape: 'pennate',
    summary:
      'The deepest calf muscle, lying on the membrane between the two leg bones under soleus and the long toe flexors. Its tendon runs behind the inner ankle bone to the bump of the navicular. When it fails the inner arch of the foot sinks (adult flat foot).',
    triggerPoints: [],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'flexor-digitorum-longus',
    name: 'Flexor digitorum longus',
    latin: 'Musculus flexor digitorum longus',
    layNames: ['long toe flexor', 'toe curler', 'FDL', 'deep calf muscle'],
    // FMA id: Wikipedia infobox "Flexor digitorum longus muscle" (FMA 51071, TA A04.7.02.052).
    fmaId: 51071,
    origins: [
      {
        bone: 'tibia',
        landmark: 'posterior-surface-of-tibia',
        description:
          'The inner part of the back of the tibia, from below the soleal line to a hand above the ankle, and the fascia over tibialis posterior.',
        points: [
          [-0.0709, -0.6399, -0.0815],
          [-0.0709, -0.6699, -0.0806],
          [-0.0709, -0.7, -0.08],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: ([2, 3, 4, 5] as const).map((toe) =>
      toeSlip(
        toe,
        'plantar',
        'One of four tendons under the foot, each passing through a split in the short flexor tendon to the base of the end phalanx',
      ),
    ),
    action: 'Curls the four small toes, helps point the foot down and supports the arch when pushing off.',
    innervation: { nerve: 'Tibial nerve', roots: 'S2–S3', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 3,
    shape: 'pennate',
    summary:
      'A deep calf muscle on the back of the tibia, on the inner side. Its tendon runs behind the inner ankle bone, crosses tibialis posterior and enters the sole, where it splits into four tendons to the small toes.',
    triggerPoints: [],
    notes: [soleNote],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'flexor-hallucis-longus',
    name: 'Flexor hallucis longus',
    latin: 'Musculus flexor hallucis longus',
    layNames: ['big toe flexor', 'long flexor of the big toe', 'FHL', 'deep calf muscle'],
    // FMA id: Wikipedia infobox "Flexor hallucis longus muscle" (FMA 22593, TA A04.7.02.053).
    fmaId: 22593,
    origins: [
      {
        bone: 'fibula',
        landmark: 'posterior-surface-of-fibula',
        description:
          'The lower two-thirds of the back of the fibula (apart from its lowest few centimetres) and the lower interosseous membrane.',
        points: [
          [-0.1208, -0.6898, -0.0888],
          [-0.1209, -0.7199, -0.0879],
          [-0.1211, -0.75, -0.0874],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'metatarsal-bones',
        landmark: 'distal-phalanx-of-great-toe',
        description:
          'The underside of the base of the end phalanx of the big toe, reached by a tendon that grooves the back of the talus and runs under the heel bone and along the sole.',
        points: [
          [-0.0602, -0.9432, 0.0999],
          [-0.06, -0.9417, 0.1056],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action: 'Curls the big toe (the final push-off in walking and running) and helps point the foot down.',
    innervation: { nerve: 'Tibial nerve', roots: 'S2–S3', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 3,
    shape: 'pennate',
    summary:
      'The strongest of the deep calf muscles, on the back of the fibula on the outer side, although its tendon ends on the big toe: it crosses behind the ankle and under the foot from the outer side to the inner.',
    triggerPoints: [],
    notes: [soleNote],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
];
