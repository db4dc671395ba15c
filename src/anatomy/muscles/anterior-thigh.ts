/**
 * The front of the hip and thigh: iliopsoas, sartorius and the four parts of the quadriceps.
 * Attachment points at gait2392 size in the model frame. gait2392 ends the quadriceps at a point
 * near the kneecap that moves with the knee (its standing value is used); the quadriceps really
 * end on the kneecap through the quadriceps tendon and continue, through the patellar ligament,
 * to the tibial tuberosity (as Rajagopal models them), so each has both insertions.
 *
 * Referral zones are drawn by hand as smooth closed outlines in the body-surface coordinate
 * (`../surface.ts`: [angle°, height m], 0° front, 90° outer side, 180° back, 270° inner side),
 * following the landmarks the clinical charts follow; the pain sites they cover are computed from
 * the shapes (`../zone-coverage.ts`), never listed by hand.
 */
import type { Attachment, Muscle, ReferralZone, SourcedNote } from '../types.ts';

/** The patellar ligament's end, shared by rectus femoris and the vasti. */
function tibialTuberosityVia(part: string): Attachment {
  return {
    bone: 'tibia',
    landmark: 'tibial-tuberosity',
    description: `Through the patellar ligament (the kneecap tendon), which continues the pull of ${part} from the lower tip of the kneecap to the tibial tuberosity.`,
    points: [
      [-0.083, -0.525, -0.043],
      [-0.078, -0.518, -0.041],
      [-0.087, -0.518, -0.041],
      [-0.082, -0.532, -0.045],
    ],
    sources: ['gray-anatomy', 'rajagopal2016'],
  };
}

/**
 * All three iliopsoas points share one map: a vertical band beside the lumbar spine running down to
 * the sacroiliac joint and fanning onto the upper buttock, and, on the front, a spillover over the
 * groin and the top of the front of the thigh (drawn across the front midline, hence angles below 0).
 */
const iliopsoasZone: ReferralZone = {
  essential: [
    [
      [214, 0.2],
      [234, 0.2],
      [241, 0.13],
      [243, 0.06],
      [238, 0.0],
      [224, -0.06],
      [198, -0.07],
      [176, -0.05],
      [180, -0.005],
      [200, 0.03],
      [209, 0.08],
      [209, 0.15],
    ],
  ],
  spillover: [
    [
      [-22, -0.005],
      [12, 0.0],
      [36, -0.03],
      [40, -0.1],
      [32, -0.19],
      [14, -0.26],
      [-6, -0.26],
      [-22, -0.2],
      [-32, -0.11],
      [-34, -0.04],
    ],
  ],
};

/**
 * Both rectus femoris points share one map: the kneecap and the skin round it (a rounded cap from just
 * above the kneecap to the bump below it), with spillover over the lower front of the thigh just above.
 */
const rectusFemorisZone: ReferralZone = {
  essential: [
    [
      [0, -0.385],
      [22, -0.393],
      [35, -0.43],
      [31, -0.482],
      [16, -0.508],
      [0, -0.514],
      [-16, -0.508],
      [-31, -0.482],
      [-35, -0.43],
      [-22, -0.393],
    ],
  ],
  spillover: [
    [
      [0, -0.265],
      [19, -0.285],
      [30, -0.35],
      [27, -0.42],
      [0, -0.41],
      [-27, -0.42],
      [-30, -0.35],
      [-19, -0.285],
    ],
  ],
  beyondModel: 'Deep inside the knee, behind the kneecap.',
};

/**
 * Both vastus medialis points share one map: a kidney over the front-inner knee, from the inner edge
 * of the kneecap round to the inner knee (angles below 0 are the inner side of the front midline),
 * with a spillover line up the lower inner thigh.
 */
const vastusMedialisZone: ReferralZone = {
  essential: [
    [
      [-5, -0.395],
      [8, -0.425],
      [5, -0.48],
      [-10, -0.512],
      [-35, -0.532],
      [-64, -0.522],
      [-84, -0.485],
      [-80, -0.432],
      [-60, -0.405],
      [-30, -0.382],
    ],
  ],
  spillover: [
    [
      [-56, -0.215],
      [-45, -0.25],
      [-44, -0.33],
      [-48, -0.41],
      [-62, -0.43],
      [-76, -0.4],
      [-76, -0.32],
      [-67, -0.245],
    ],
  ],
};

const quadricepsInsertionNote: SourcedNote = {
  kind: 'disagreement',
  text: 'gait2392 ends this line at a point near the kneecap that moves as the knee bends; Rajagopal runs it over the kneecap to the tibial tuberosity, about 9 cm lower. Anatomy texts describe both: the quadriceps tendon ends on the kneecap and the patellar ligament carries the pull on to the tuberosity. The data keeps both as insertions.',
  sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
};

const vastusLateralisNote = {
  kind: 'caution' as const,
  text: 'Travell & Simons describe five vastus lateralis points; their numbering and the pattern of each are recalled from the book by the reference summary, not confirmed on the cited public pages (which give the overall pattern: the whole outer thigh down to the outer knee).',
  sources: ['travell-simons' as const],
};

export const anteriorThighMuscles: readonly Muscle[] = [
  {
    id: 'iliopsoas',
    name: 'Iliopsoas',
    latin: 'Musculus iliopsoas',
    layNames: ['hip flexor', 'psoas', 'iliacus', 'hip flexors', 'deep hip flexor'],
    fmaId: 64918,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'iliac-crest',
        description:
          'Iliacus: the hollow on the inner face of the iliac wing (iliac fossa) and the inner lip of the iliac crest.',
        points: [
          [-0.0854, 0.0365, -0.0674],
          [-0.098, 0.045, -0.048],
          [-0.08, 0.015, -0.055],
          [-0.106, 0.058, -0.06],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      {
        bone: 'sacrum',
        landmark: 'sacrum-dorsal-surface',
        description:
          "Psoas major: the sides of the lumbar vertebrae from the twelfth thoracic to the fifth lumbar and their discs. The lumbar spine is not modelled; the point marks gait2392's psoas origin beside the lowest lumbar vertebra, just above the sacrum.",
        points: [
          [-0.0289, 0.0887, -0.0647],
          [-0.032, 0.075, -0.066],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'lesser-trochanter',
        description: 'A shared tendon onto the lesser trochanter and the bone just below it.',
        points: [
          [-0.0964, -0.1282, -0.09],
          [-0.0939, -0.1258, -0.0895],
          [-0.097, -0.136, -0.089],
          [-0.093, -0.12, -0.087],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'The strongest hip flexor: lifts the thigh toward the trunk (climbing, running, getting up from lying), or bends the trunk forward over the fixed thigh; psoas also steadies the lumbar spine.',
    innervation: {
      nerve: 'Femoral nerve (iliacus) and branches of the lumbar plexus (psoas)',
      roots: 'L1–L3',
    },
    compartment: 'anterior-thigh',
    layer: 2,
    shape: 'fusiform',
    summary:
      'Two muscles with one tendon: psoas from the side of the lumbar spine and iliacus from the inside of the pelvis. They pass under the groin crease to the inner top of the thigh bone. It is hard to reach, and its pain is felt mostly in the low back rather than at the front.',
    triggerPoints: [
      {
        id: 'iliopsoas-trigger-point-1',
        placement: { along: 0.85, toward: 'anterior' },
        location:
          'In the upper inner thigh just below the groin crease, beside the pulse of the main artery: the only part you can press directly.',
        zone: iliopsoasZone,
        prevalence: 'common',
        sources: ['travell-simons'],
      },
      {
        id: 'iliopsoas-trigger-point-2',
        placement: { along: 0.35, toward: 'lateral', depth: 'deep', belly: 'iliacus', line: 1 },
        location:
          'Just inside the front of the hip bone ridge, a little behind the hip point; curl your fingers over the inner edge of the bone.',
        zone: iliopsoasZone,
        prevalence: 'common',
        sources: ['travell-simons'],
      },
      {
        id: 'iliopsoas-trigger-point-3',
        placement: { along: 0.2, toward: 'medial', depth: 'deep', belly: 'psoas' },
        location:
          'Psoas, deep in the belly beside the navel, reached only by pressing gently through the relaxed abdominal wall (best left to a professional).',
        zone: iliopsoasZone,
        prevalence: 'uncommon',
        sources: ['travell-simons'],
      },
    ],
    aggravators: [
      'Standing up straight after sitting, and getting up from a chair',
      'Long sitting with the hips bent',
      'Sit-ups and running uphill',
    ],
    notes: [
      {
        kind: 'reference-view',
        text: 'The pattern is a vertical band beside the lumbar spine down to the sacroiliac area and upper buttock, with spill to the groin and upper front of the thigh. It is eased by lying with the hip bent. The reference summary notes this chapter is from Travell & Simons as commonly summarised and should be checked against the book.',
        sources: ['travell-simons'],
      },
      {
        kind: 'fact',
        text: 'Rajagopal puts the psoas origin about 3 cm lower than gait2392 (its pelvis ends at a different level of the lumbar spine); both lie beside the lowest lumbar vertebrae, as anatomy texts describe. The model uses gait2392.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'travell-simons'],
  },
  {
    id: 'sartorius',
    name: 'Sartorius',
    latin: 'Musculus sartorius',
    layNames: ["tailor's muscle", 'sartorius', 'longest muscle'],
    fmaId: 22353,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'anterior-superior-iliac-spine',
        description: 'The hip point (ASIS) and the notch just below it.',
        points: [
          [-0.1242, -0.0013, -0.0153],
          [-0.1245, 0.008, -0.003],
          [-0.122, 0.002, -0.008],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'tibia',
        landmark: 'pes-anserinus',
        description:
          'The upper inner surface of the tibia, the most forward of the three tendons of the pes anserinus (in front of gracilis and semitendinosus).',
        points: [
          [-0.0583, -0.5459, -0.0509],
          [-0.062, -0.54, -0.048],
          [-0.058, -0.553, -0.055],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Bends the hip and the knee, and turns the thigh outward: together the movements of sitting cross-legged (the "tailor" position).',
    innervation: { nerve: 'Femoral nerve', roots: 'L2–L3' },
    compartment: 'anterior-thigh',
    layer: 1,
    shape: 'strap',
    summary:
      'The longest muscle in the body: a thin strap that runs from the hip point diagonally across the front of the thigh to the inner side of the knee. Its trigger points give a sharp or tingling surface pain along its course rather than a deep ache.',
    triggerPoints: [
      {
        id: 'sartorius-trigger-point-1',
        placement: { along: 0.2, toward: 'anterior', depth: 'superficial' },
        location:
          'A hand-width below the hip point, on the front of the upper thigh, along the strap as it heads inward.',
        zone: {
          // A diagonal streak along the strap below the hip point, heading down and inward.
          essential: [
            [
              [36, 0.008],
              [52, -0.025],
              [46, -0.1],
              [28, -0.18],
              [10, -0.238],
              [-4, -0.22],
              [2, -0.14],
              [14, -0.07],
              [24, -0.02],
            ],
          ],
          spillover: [],
        },
        prevalence: 'common',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'sartorius-trigger-point-2',
        placement: { along: 0.5, toward: 'anterior', depth: 'superficial' },
        location: 'Mid-thigh, on the front-inner side, where the strap crosses toward the inner thigh.',
        zone: {
          // Where the strap crosses the front of the thigh to the inner side (angles below 0).
          essential: [
            [
              [6, -0.155],
              [14, -0.2],
              [2, -0.27],
              [-20, -0.33],
              [-42, -0.385],
              [-56, -0.365],
              [-44, -0.29],
              [-22, -0.22],
              [-6, -0.17],
            ],
          ],
          spillover: [],
        },
        prevalence: 'common',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'sartorius-trigger-point-3',
        placement: { along: 0.8, toward: 'medial', depth: 'superficial' },
        location: 'A hand-width above the inner knee, on the inner side of the thigh.',
        zone: {
          // The lower inner thigh down over the inner knee, where the strap ends.
          essential: [
            [
              [300, -0.295],
              [313, -0.335],
              [302, -0.42],
              [291, -0.5],
              [276, -0.555],
              [261, -0.52],
              [267, -0.44],
              [279, -0.36],
              [289, -0.31],
            ],
          ],
          spillover: [],
        },
        prevalence: 'common',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Sitting cross-legged for long', 'Sudden twisting or cutting movements in sport'],
    notes: [
      {
        kind: 'caution',
        text: 'Upper points can sit alongside, or be confused with, irritation of the nerve to the skin of the outer front thigh (meralgia paraesthetica), which gives numbness or burning there.',
        sources: ['referral-summaries'],
      },
      {
        kind: 'disagreement',
        text: 'Rajagopal puts the origin about 2.4 cm further inward and the insertion about 2.5 cm further out (under the tibial tuberosity). Anatomy texts put the origin on the hip point itself and the insertion on the inner tibia in front of gracilis, which matches gait2392; the model uses gait2392.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'travell-simons'],
  },
  {
    id: 'rectus-femoris',
    name: 'Rectus femoris',
    latin: 'Musculus rectus femoris',
    layNames: ['quad', 'quads', 'front thigh muscle', 'rec fem', 'quadriceps'],
    fmaId: 22430,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'anterior-inferior-iliac-spine',
        description: 'Straight head: the anterior inferior iliac spine (AIIS).',
        points: [
          [-0.0968, -0.0311, -0.0295],
          [-0.099, -0.026, -0.024],
          [-0.094, -0.036, -0.026],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      {
        bone: 'hip-bone',
        landmark: 'anterior-inferior-iliac-spine',
        description: 'Reflected head: a groove on the ilium just above the rim of the hip socket.',
        points: [
          [-0.108, -0.035, -0.062],
          [-0.104, -0.032, -0.05],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'patella',
        landmark: 'patella-base',
        description: 'The top edge (base) of the kneecap, through the middle of the quadriceps tendon.',
        points: [
          [-0.0849, -0.4409, -0.0134],
          [-0.084, -0.426, -0.016],
          [-0.078, -0.427, -0.018],
          [-0.09, -0.427, -0.018],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      tibialTuberosityVia('rectus femoris'),
    ],
    action:
      'Straightens the knee and helps bend the hip: the kicking muscle. The only part of the quadriceps that crosses the hip.',
    innervation: { nerve: 'Femoral nerve', roots: 'L2–L4' },
    compartment: 'anterior-thigh',
    layer: 1,
    shape: 'pennate',
    summary:
      'The middle muscle at the front of the thigh, running straight down from the front of the pelvis to the kneecap and on, through the kneecap tendon, to the top of the shin. Its main trigger point sits high, near the hip, but the pain is felt at the knee.',
    triggerPoints: [
      {
        id: 'rectus-femoris-trigger-point-1',
        placement: { along: 0.12, toward: 'anterior' },
        location:
          'High on the front of the thigh, just below the groin crease, about a hand-width below and slightly inward from the hip point.',
        zone: rectusFemorisZone,
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Pain around and deep behind the kneecap, spilling onto the lower front of the thigh; the knee can feel weak going downstairs and ache at night above the kneecap.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'rectus-femoris-trigger-point-2',
        placement: { along: 0.85, toward: 'anterior' },
        location: 'Just above the kneecap, in the middle of the front of the thigh.',
        zone: rectusFemorisZone,
        prevalence: 'uncommon',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Going downstairs', 'Long sitting with the knee bent', 'Kicking and sprinting'],
    notes: [
      quadricepsInsertionNote,
      {
        kind: 'seed-view',
        text: 'Stiff quadriceps may press on the back of the thigh through the fascia that wraps the whole thigh; a physiotherapist suggests freeing and stretching the front of the thigh before stretching the hamstrings.',
        sources: ['seed:003'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'rajagopal2016', 'travell-simons'],
  },
  {
    id: 'vastus-lateralis',
    name: 'Vastus lateralis',
    latin: 'Musculus vastus lateralis',
    layNames: ['outer quad', 'VL', 'outer thigh muscle', 'quads'],
    fmaId: 22431,
    origins: [
      {
        bone: 'femur',
        landmark: 'linea-aspera',
        description:
          'A long strip on the upper femur: the upper intertrochanteric line, the front and bottom of the greater trochanter, the outer edge of the gluteal tuberosity and the upper half of the outer lip of the linea aspera.',
        points: [
          [-0.125, -0.105, -0.06],
          [-0.131, -0.14, -0.086],
          [-0.1184, -0.2515, -0.0659],
          [-0.112, -0.3, -0.068],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'patella',
        landmark: 'patella-base',
        description: 'The outer part of the kneecap base and its outer edge, through the quadriceps tendon.',
        points: [
          [-0.1, -0.4423, -0.0152],
          [-0.095, -0.428, -0.017],
          [-0.099, -0.455, -0.016],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      tibialTuberosityVia('vastus lateralis'),
    ],
    action: 'Straightens the knee; the largest of the quadriceps.',
    innervation: { nerve: 'Femoral nerve', roots: 'L2–L4' },
    compartment: 'anterior-thigh',
    layer: 1,
    shape: 'broad',
    summary:
      'The big muscle on the outside of the thigh, under the iliotibial band. It is wider than most people think, wrapping around toward the back of the thigh bone. Its many trigger points can make the whole outer thigh ache, from the hip to the outer knee.',
    triggerPoints: [
      {
        id: 'vastus-lateralis-trigger-point-1',
        label: 'TrP1',
        placement: { along: 0.85, toward: 'anterior' },
        location: 'Just above the kneecap on the outer side, about a hand-width above the outer knee.',
        zone: {
          // The outer knee and the lowest part of the outer thigh, bulging round the kneecap's outer corner.
          essential: [
            [
              [56, -0.3],
              [70, -0.32],
              [79, -0.4],
              [77, -0.48],
              [66, -0.53],
              [51, -0.535],
              [42, -0.475],
              [43, -0.385],
              [48, -0.325],
            ],
          ],
          // A crescent along the outer border of the kneecap.
          spillover: [
            [
              [24, -0.38],
              [40, -0.372],
              [50, -0.43],
              [48, -0.5],
              [36, -0.54],
              [17, -0.53],
              [20, -0.49],
              [23, -0.45],
              [19, -0.41],
            ],
          ],
        },
        prevalence: 'common',
        notes: [vastusLateralisNote],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'vastus-lateralis-trigger-point-2',
        label: 'TrP2',
        placement: { along: 0.5, toward: 'lateral' },
        location: 'In the middle of the outer thigh, halfway between the hip bump and the knee.',
        zone: {
          // "Explosions" up and down the outer thigh: a long band along the iliotibial band.
          essential: [
            [
              [86, -0.12],
              [106, -0.14],
              [116, -0.22],
              [113, -0.32],
              [105, -0.42],
              [92, -0.465],
              [78, -0.42],
              [70, -0.32],
              [68, -0.22],
              [74, -0.145],
            ],
          ],
          // A halo reaching up over the hip bump and down over the outer knee.
          spillover: [
            [
              [88, -0.045],
              [113, -0.08],
              [125, -0.2],
              [123, -0.34],
              [113, -0.46],
              [96, -0.525],
              [76, -0.5],
              [62, -0.38],
              [58, -0.24],
              [66, -0.11],
            ],
          ],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Described as "explosions" of pain up and down the outer thigh.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'vastus-lateralis-trigger-point-3',
        label: 'TrP3',
        placement: { along: 0.8, toward: 'posterior' },
        location:
          'Low on the back-outer side of the thigh, a hand-width above the outer corner of the back of the knee.',
        zone: {
          // The lower outer thigh and the outer knee.
          essential: [
            [
              [98, -0.28],
              [114, -0.3],
              [124, -0.38],
              [126, -0.46],
              [118, -0.53],
              [102, -0.55],
              [88, -0.5],
              [86, -0.4],
              [90, -0.32],
            ],
          ],
          // Round the back-outer corner of the knee into the hollow behind it.
          spillover: [
            [
              [124, -0.375],
              [150, -0.385],
              [178, -0.415],
              [192, -0.465],
              [180, -0.52],
              [152, -0.548],
              [126, -0.545],
              [114, -0.47],
            ],
          ],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'reference-view',
            text: 'This low back-outer point sends pain to the back-outer knee and behind the knee. Following the reference table for vastus lateralis, the outer thigh and outer knee are drawn as where the pain is usually felt, and the back of the knee (like the outer edge of the kneecap for the front point) as where it is sometimes felt too.',
            sources: ['travell-simons', 'referral-summaries'],
          },
          vastusLateralisNote,
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'vastus-lateralis-trigger-point-4',
        label: 'TrP4',
        placement: { along: 0.5, toward: 'posterior' },
        location: 'Mid-thigh on the back-outer side, just in front of the outer hamstring.',
        zone: {
          // Up and down the back-outer thigh from mid-thigh.
          essential: [
            [
              [100, -0.15],
              [122, -0.16],
              [134, -0.24],
              [132, -0.34],
              [120, -0.42],
              [104, -0.405],
              [92, -0.32],
              [89, -0.22],
            ],
          ],
          // Down to the outer knee.
          spillover: [
            [
              [96, -0.36],
              [118, -0.37],
              [127, -0.45],
              [116, -0.52],
              [98, -0.535],
              [84, -0.49],
              [86, -0.41],
            ],
          ],
        },
        prevalence: 'common',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'vastus-lateralis-trigger-point-5',
        label: 'TrP5',
        placement: { along: 0.12, toward: 'lateral' },
        location: 'High on the outer thigh, just below the hip bump.',
        zone: {
          // A rounded triangle hanging from the hip bump down the upper outer thigh.
          essential: [
            [
              [68, -0.075],
              [90, -0.065],
              [112, -0.08],
              [112, -0.12],
              [104, -0.19],
              [92, -0.265],
              [83, -0.29],
              [74, -0.24],
              [66, -0.15],
            ],
          ],
          spillover: [],
        },
        prevalence: 'uncommon',
        notes: [
          {
            kind: 'reference-view',
            text: 'A triangular patch of pain just below the hip bump.',
            sources: ['referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Lying on the painful side (disturbs sleep)',
      'Walking and climbing stairs',
      'Sudden overload such as a fall or a long downhill run',
      'Long periods with the knee held straight or bent without moving',
    ],
    notes: [
      quadricepsInsertionNote,
      {
        kind: 'reference-view',
        text: 'Can hold the kneecap toward the outside (a "stuck" kneecap) and can mimic iliotibial band syndrome, trochanteric bursitis or a torn outer meniscus.',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        kind: 'seed-view',
        text: 'So wide that it wraps nearly all the way round the femur toward the back of the thigh; a physiotherapist suggests working the back-outer thigh (its outer end) before the hamstrings.',
        sources: ['seed:003'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'travell-simons', 'seed:003'],
  },
  {
    id: 'vastus-intermedius',
    name: 'Vastus intermedius',
    latin: 'Musculus vastus intermedius',
    layNames: ['deep quad', 'middle quad', 'quads'],
    fmaId: 22433,
    origins: [
      {
        bone: 'femur',
        landmark: 'linea-aspera',
        description: 'The front and outer surfaces of the upper two-thirds of the femoral shaft.',
        points: [
          [-0.112, -0.17, -0.045],
          [-0.1145, -0.2585, -0.0417],
          [-0.121, -0.22, -0.052],
          [-0.105, -0.33, -0.04],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'patella',
        landmark: 'patella-base',
        description: 'The kneecap base, through the deepest layer of the quadriceps tendon.',
        points: [
          [-0.0853, -0.4366, -0.0197],
          [-0.084, -0.426, -0.019],
          [-0.08, -0.43, -0.02],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      tibialTuberosityVia('vastus intermedius'),
    ],
    action: 'Straightens the knee.',
    innervation: { nerve: 'Femoral nerve', roots: 'L2–L4' },
    compartment: 'anterior-thigh',
    layer: 2,
    shape: 'broad',
    summary:
      'The deepest of the quadriceps, lying directly on the front of the thigh bone under rectus femoris. Its trigger points can only be reached by pressing through or beside rectus femoris, and refer an ache to the middle of the front of the thigh.',
    triggerPoints: [
      {
        id: 'vastus-intermedius-trigger-point-1',
        placement: { along: 0.35, toward: 'anterior', depth: 'deep' },
        location:
          'Deep in the front of the upper-to-middle thigh, just to the outer side of the middle; press firmly beside the central muscle.',
        zone: {
          // The middle of the front of the thigh, a lens a little to the outer side of the midline.
          essential: [
            [
              [8, -0.155],
              [28, -0.19],
              [37, -0.265],
              [31, -0.335],
              [12, -0.375],
              [-8, -0.365],
              [-22, -0.31],
              [-25, -0.24],
              [-14, -0.18],
            ],
          ],
          // Down toward the top of the knee, stopping short of the kneecap.
          spillover: [
            [
              [2, -0.3],
              [24, -0.315],
              [30, -0.36],
              [18, -0.395],
              [0, -0.402],
              [-18, -0.392],
              [-26, -0.355],
              [-18, -0.315],
            ],
          ],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'The spill runs down toward, but usually stops short of, the top of the knee. One secondary page also reports spread up toward the groin; that is not in Travell & Simons as usually summarised, so it is not drawn.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Straightening the knee after sitting', 'Climbing stairs', 'Long downhill runs'],
    notes: [quadricepsInsertionNote],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'travell-simons'],
  },
  {
    id: 'vastus-medialis',
    name: 'Vastus medialis',
    latin: 'Musculus vastus medialis',
    layNames: ['VMO', 'inner quad', 'teardrop muscle', 'quads'],
    fmaId: 22432,
    origins: [
      {
        bone: 'femur',
        landmark: 'linea-aspera',
        description:
          'The lower intertrochanteric line, the spiral line, the inner lip of the linea aspera and the upper medial supracondylar line.',
        points: [
          [-0.106, -0.12, -0.056],
          [-0.101, -0.18, -0.072],
          [-0.1023, -0.276, -0.0567],
          [-0.078, -0.38, -0.072],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'patella',
        landmark: 'patella-base',
        description:
          'The inner part of the kneecap base and the upper half of its inner edge, through the quadriceps tendon.',
        points: [
          [-0.0689, -0.4401, -0.0192],
          [-0.072, -0.428, -0.018],
          [-0.07, -0.452, -0.017],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      tibialTuberosityVia('vastus medialis'),
    ],
    action: 'Straightens the knee; its lowest, most horizontal fibres help keep the kneecap centred.',
    innervation: { nerve: 'Femoral nerve', roots: 'L2–L4' },
    compartment: 'anterior-thigh',
    layer: 1,
    shape: 'broad',
    summary:
      'The teardrop-shaped muscle on the inner side of the thigh just above the knee. Its trigger points refer pain to the front and inner knee; after a while the pain may fade and leave a knee that gives way unexpectedly instead.',
    triggerPoints: [
      {
        id: 'vastus-medialis-trigger-point-1',
        placement: { along: 0.85, toward: 'medial' },
        location: 'Just above the inner side of the kneecap, in the teardrop bulge.',
        zone: vastusMedialisZone,
        prevalence: 'most-common',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'vastus-medialis-trigger-point-2',
        placement: { along: 0.55, toward: 'medial' },
        location:
          'Higher on the inner front of the thigh, about a hand-width above the first, near mid-thigh.',
        zone: vastusMedialisZone,
        prevalence: 'common',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Kneeling and squatting', 'Running on uneven ground', 'Falls onto the knee'],
    notes: [
      quadricepsInsertionNote,
      {
        kind: 'reference-view',
        text: 'Travell & Simons call it a "quitter": after weeks or months the pain can settle, leaving an inhibition phase in which the knee buckles without warning.',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'travell-simons'],
  },
];
