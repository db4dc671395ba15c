/**
 * The inner thigh: pectineus, adductor longus, brevis and magnus, and gracilis. Attachment
 * points at gait2392 size in the model frame; gait2392's three adductor magnus lines are all
 * covered. Rajagopal models the adductors differently (magnus in four parts, longus and brevis
 * origins further forward on the pubis); the differences are noted per muscle.
 *
 * Referral zones are drawn by hand as smooth closed outlines in the body-surface coordinate
 * (`../surface.ts`: [angle°, height m], 0° front, 90° outer side, 180° back, 270° inner side),
 * following the landmarks the clinical charts follow; the pain sites they cover are computed from
 * the shapes (`../zone-coverage.ts`), never listed by hand.
 */
import type { Muscle, ReferralZone } from '../types.ts';

/**
 * The upper adductor longus and brevis points: a deep groin ache under the thigh crease running
 * down the upper front-inner thigh (angles below 0 are the inner side of the front midline),
 * with spillover up toward the front of the hip.
 */
const upperAdductorZone: ReferralZone = {
  essential: [
    [
      [-40, -0.015],
      [-14, -0.03],
      [0, -0.075],
      [-3, -0.14],
      [-16, -0.215],
      [-36, -0.265],
      [-57, -0.24],
      [-68, -0.16],
      [-63, -0.075],
    ],
  ],
  spillover: [
    [
      [-6, 0.0],
      [20, 0.005],
      [42, -0.025],
      [40, -0.08],
      [22, -0.105],
      [2, -0.095],
      [-12, -0.05],
    ],
  ],
};

/**
 * The lower adductor longus points: the upper inner knee, with spillover running down the inner side
 * of the shin bone (skin the model has, though no pain site is named there), tapering toward the
 * inner ankle.
 */
const lowerAdductorZone: ReferralZone = {
  essential: [
    [
      [283, -0.355],
      [302, -0.37],
      [312, -0.42],
      [305, -0.48],
      [285, -0.505],
      [262, -0.485],
      [252, -0.43],
      [262, -0.37],
    ],
  ],
  spillover: [
    [
      [282, -0.47],
      [303, -0.48],
      [306, -0.56],
      [301, -0.68],
      [294, -0.79],
      [284, -0.82],
      [277, -0.74],
      [273, -0.6],
      [270, -0.51],
    ],
  ],
};

export const medialThighMuscles: readonly Muscle[] = [
  {
    id: 'pectineus',
    name: 'Pectineus',
    latin: 'Musculus pectineus',
    layNames: ['pectineus', 'groin muscle'],
    // FMA id: Uberon-FMA bridge, UBERON:0001382 "pectineus muscle"; same id in the BodyParts3D R4 parts list (FMA-named).
    fmaId: 22440,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'pubic-body',
        description:
          'The pecten (sharp upper edge) of the superior pubic ramus, between the pubic tubercle and the hip socket.',
        points: [
          [-0.0451, -0.0768, -0.0431],
          [-0.035, -0.074, -0.038],
          [-0.056, -0.072, -0.046],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'pectineal-line',
        description: 'The pectineal line of the femur, below the lesser trochanter.',
        points: [
          [-0.1088, -0.1483, -0.0829],
          [-0.105, -0.138, -0.085],
          [-0.108, -0.158, -0.08],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action: 'Draws the thigh inward and helps bend the hip.',
    innervation: {
      nerve: 'Femoral nerve (sometimes also the obturator or an accessory obturator nerve)',
      roots: 'L2–L3',
    },
    compartment: 'medial-thigh',
    layer: 1,
    shape: 'short',
    summary:
      'A short, flat, square muscle high in the groin, between the hip flexor and adductor longus, forming part of the floor of the hollow at the top of the inner thigh. Its trigger point gives a deep groin ache.',
    triggerPoints: [
      {
        id: 'pectineus-trigger-point-1',
        placement: { along: 0.3, toward: 'anterior' },
        location:
          'Just below the bony ridge of the pubic bone in the groin crease, a couple of fingers out from the tendon you feel when you squeeze your knees together.',
        zone: {
          // A deep ache in the groin just below the inguinal ligament.
          essential: [
            [
              [310, -0.028],
              [331, -0.022],
              [346, -0.045],
              [348, -0.085],
              [334, -0.122],
              [314, -0.132],
              [300, -0.105],
              [298, -0.06],
            ],
          ],
          // Spilling onto the upper front-inner thigh.
          spillover: [
            [
              [302, -0.085],
              [336, -0.09],
              [352, -0.14],
              [346, -0.215],
              [326, -0.255],
              [302, -0.24],
              [289, -0.165],
            ],
          ],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'A deep ache in the groin just below the inguinal ligament, spilling onto the upper front-inner thigh. The reference summary notes this is from Travell & Simons as commonly summarised and should be checked against the book.',
            sources: ['travell-simons'],
          },
        ],
        sources: ['travell-simons'],
      },
    ],
    aggravators: ['Sudden sideways moves and kicks in sport', 'Sitting cross-legged', 'Horse riding'],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons'],
  },
  {
    id: 'adductor-longus',
    name: 'Adductor longus',
    latin: 'Musculus adductor longus',
    layNames: ['groin muscle', 'adductor', 'inner thigh muscle', 'adductors'],
    // FMA id: BodyParts3D R4 parts list (FMA-named): "adductor longus".
    fmaId: 22441,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'pubic-body',
        description:
          'The front of the body of the pubis, just below the pubic crest, by a strong rounded tendon.',
        points: [
          [-0.0169, -0.0836, -0.0316],
          [-0.022, -0.08, -0.028],
          [-0.015, -0.09, -0.035],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'linea-aspera',
        description: 'The middle third of the linea aspera, between vastus medialis and the other adductors.',
        points: [
          [-0.1069, -0.2772, -0.0657],
          [-0.104, -0.24, -0.066],
          [-0.101, -0.305, -0.066],
        ],
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    action: 'Draws the thigh inward and helps bend the hip.',
    innervation: { nerve: 'Obturator nerve (front branch)', roots: 'L2–L4' },
    compartment: 'medial-thigh',
    layer: 1,
    shape: 'broad',
    summary:
      'The most superficial adductor, a fan from the pubic bone to the middle of the back of the thigh bone. Its tendon is the cord you feel at the top of the inner thigh when you squeeze your knees together. It is the most common muscle source of groin pain.',
    triggerPoints: [
      {
        id: 'adductor-longus-trigger-point-1',
        placement: { along: 0.2, toward: 'medial' },
        location:
          'High in the inner thigh, a few fingers below the pubic bone, along the tendon you feel when squeezing your knees together.',
        zone: upperAdductorZone,
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Upper points: a deep groin ache and pain in the upper front-inner thigh, spilling toward the front of the hip.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'adductor-longus-trigger-point-2',
        placement: { along: 0.5, toward: 'medial' },
        location: 'Lower in the inner thigh, about a third of the way from the groin to the knee.',
        zone: lowerAdductorZone,
        prevalence: 'common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Lower points: pain at the upper inner knee, spilling down the inner shin.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Vigorous activity and sudden twists of the hip',
      'Sprinting, kicking and skating',
      'Long sitting with the legs crossed',
    ],
    notes: [
      {
        kind: 'disagreement',
        text: 'Rajagopal puts the origin about 2.5 cm further forward on the pubis and the insertion about 3 cm lower. Anatomy texts place the origin on the front of the pubic body below the crest (close to both) and the insertion along the middle third of the linea aspera, which spans both models; the footprint covers gait2392 and reaches down toward Rajagopal.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'rajagopal2016', 'travell-simons'],
  },
  {
    id: 'adductor-brevis',
    name: 'Adductor brevis',
    latin: 'Musculus adductor brevis',
    layNames: ['short adductor', 'adductors', 'groin muscle'],
    // FMA id: BodyParts3D R4 parts list (FMA-named): "adductor brevis".
    fmaId: 22442,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'pubic-body',
        description: 'The body and inferior ramus of the pubis, below and behind adductor longus.',
        points: [
          [-0.0164, -0.0915, -0.0587],
          [-0.02, -0.1, -0.062],
          [-0.018, -0.088, -0.047],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'pectineal-line',
        description: 'The lower pectineal line and the upper part of the linea aspera.',
        points: [
          [-0.1129, -0.1857, -0.0698],
          [-0.11, -0.16, -0.078],
          [-0.108, -0.21, -0.068],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action: 'Draws the thigh inward.',
    innervation: { nerve: 'Obturator nerve', roots: 'L2–L4' },
    compartment: 'medial-thigh',
    layer: 2,
    shape: 'short',
    summary:
      'A short triangular adductor lying behind adductor longus and pectineus, from the pubis to the upper back of the thigh bone. Its referral is described together with adductor longus.',
    triggerPoints: [
      {
        id: 'adductor-brevis-trigger-point-1',
        placement: { along: 0.3, toward: 'medial', depth: 'deep' },
        location: 'Deep in the upper inner thigh, under adductor longus, a few fingers below the pubic bone.',
        zone: upperAdductorZone,
        prevalence: 'most-common',
        notes: [
          {
            kind: 'caution',
            text: 'No public summary gives a separate pattern for adductor brevis; every one combines it with adductor longus, and so do we.',
            sources: ['referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Vigorous activity and sudden twists of the hip'],
    notes: [
      {
        kind: 'fact',
        text: 'Rajagopal puts the origin about 4 cm further forward on the pubis than gait2392; anatomy texts place it on the body and inferior ramus, behind adductor longus, which matches gait2392, so the model uses gait2392.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons'],
  },
  {
    id: 'adductor-magnus',
    name: 'Adductor magnus',
    latin: 'Musculus adductor magnus',
    layNames: ['big adductor', 'adductors', 'inner thigh muscle', 'fourth hamstring'],
    // FMA id: BodyParts3D R4 parts list (FMA-named): "adductor magnus".
    fmaId: 22443,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'inferior-pubic-ramus',
        description: 'Adductor part: the inferior pubic ramus and the ischial ramus.',
        points: [
          [-0.0255, -0.1174, -0.0732],
          [-0.0308, -0.1192, -0.0831],
          [-0.04, -0.12, -0.095],
          [-0.021, -0.108, -0.065],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      {
        bone: 'hip-bone',
        landmark: 'ischial-tuberosity',
        description: 'Hamstring part: the lower outer part of the ischial tuberosity.',
        points: [
          [-0.0488, -0.1141, -0.1111],
          [-0.056, -0.118, -0.117],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'linea-aspera',
        description:
          'Adductor part: a long line from the gluteal tuberosity down the linea aspera to the medial supracondylar line, interrupted by openings for the vessels.',
        points: [
          [-0.1174, -0.1872, -0.0752],
          [-0.1062, -0.2946, -0.0653],
          [-0.113, -0.24, -0.07],
          [-0.085, -0.37, -0.074],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      {
        bone: 'femur',
        landmark: 'adductor-tubercle',
        description: 'Hamstring part: a rounded tendon to the adductor tubercle above the inner knee.',
        points: [
          [-0.0569, -0.4498, -0.0637],
          [-0.05, -0.445, -0.066],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Draws the thigh inward powerfully; its adductor part helps bend the hip and its hamstring part helps straighten it.',
    innervation: {
      nerve: 'Obturator nerve (adductor part) and the tibial part of the sciatic nerve (hamstring part)',
      roots: 'L2–L4',
      nerveId: 'sciatic-nerve',
    },
    compartment: 'medial-thigh',
    layer: 3,
    shape: 'broad',
    summary:
      'The largest and deepest adductor: a great triangular sheet from the pubic and ischial rami and the sit bone to the whole length of the back of the thigh bone and the inner knee. Its hamstring part behaves like a fourth hamstring.',
    triggerPoints: [
      {
        id: 'adductor-magnus-trigger-point-1',
        label: 'TrP1',
        placement: { along: 0.5, toward: 'medial', line: 2 },
        location:
          'In the middle of the inner thigh, about halfway between the groin and the knee, deep in the inner muscle mass.',
        zone: {
          // A long tongue down the front-inner thigh from the groin to just above the knee.
          essential: [
            [
              [-36, -0.02],
              [-14, -0.06],
              [-8, -0.16],
              [-13, -0.27],
              [-24, -0.36],
              [-40, -0.405],
              [-57, -0.385],
              [-67, -0.3],
              [-70, -0.18],
              [-60, -0.07],
            ],
          ],
          spillover: [],
        },
        prevalence: 'most-common',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'adductor-magnus-trigger-point-2',
        label: 'TrP2',
        placement: { along: 0.1, toward: 'medial', depth: 'deep', line: 1 },
        location:
          'High in the inner thigh, right against the bone of the pelvis between the groin and the sit bone.',
        zone: {
          essential: [],
          spillover: [],
          beyondModel:
            'Deep inside the pelvis: the pubic bone, vagina or rectum, possibly the bladder; a shooting pain, sometimes only during intercourse.',
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'disagreement',
            text: 'One article (Kent) numbers both of its points as referring into the pelvis; other summaries tie the pelvic pain to the high point only. We follow the majority: the high point refers into the pelvis, the mid-thigh point to the inner thigh.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Skiing, horse riding and other sustained squeezing of the knees',
      'Climbing uphill',
      'Sleeping on the side with the top knee dropped',
    ],
    notes: [
      {
        kind: 'fact',
        text: 'gait2392 splits it into three lines and Rajagopal into four; their points differ by 1.5–4.5 cm because the parts are drawn differently. The footprints follow gait2392, whose lines span the pubic ramus to the sit bone and the gluteal tuberosity to the adductor tubercle, as anatomy texts describe.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'rajagopal2016', 'travell-simons'],
  },
  {
    id: 'gracilis',
    name: 'Gracilis',
    latin: 'Musculus gracilis',
    layNames: ['gracilis', 'inner thigh muscle', 'slender muscle'],
    // FMA id: BodyParts3D R4 parts list (FMA-named): "gracilis".
    fmaId: 43882,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'inferior-pubic-ramus',
        description: 'The lower body of the pubis and the inferior pubic ramus, beside the midline.',
        points: [
          [-0.0279, -0.1187, -0.074],
          [-0.022, -0.105, -0.06],
          [-0.031, -0.125, -0.08],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'tibia',
        landmark: 'pes-anserinus',
        description:
          'The upper inner surface of the tibia, the middle tendon of the pes anserinus (between sartorius and semitendinosus).',
        points: [
          [-0.0607, -0.5455, -0.0692],
          [-0.06, -0.553, -0.065],
          [-0.062, -0.54, -0.071],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action: 'Draws the thigh inward, bends the knee and turns the bent knee inward.',
    innervation: { nerve: 'Obturator nerve (front branch)', roots: 'L2–L3' },
    compartment: 'medial-thigh',
    layer: 1,
    shape: 'strap',
    summary:
      'A long thin strap down the inner side of the thigh, from the pubic bone to the inner shin just below the knee. Its trigger points give a hot, stinging pain along the inner thigh.',
    triggerPoints: [
      {
        id: 'gracilis-trigger-point-1',
        placement: { along: 0.45, toward: 'medial', depth: 'superficial' },
        location: 'On the inner side of the thigh, around its middle, in the thin strap just under the skin.',
        zone: {
          // A narrow, superficial band along the whole inner thigh down to the inner knee.
          essential: [
            [
              [275, -0.1],
              [288, -0.12],
              [292, -0.2],
              [290, -0.3],
              [287, -0.4],
              [285, -0.475],
              [273, -0.545],
              [257, -0.52],
              [253, -0.45],
              [258, -0.35],
              [261, -0.25],
              [264, -0.15],
            ],
          ],
          spillover: [],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'A superficial, hot, stinging pain up and down the inner thigh along the whole muscle, reaching the inner knee. It persists at rest, no position eases it, and walking tends to help.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Sudden sideways lunges', 'Horse riding'],
    notes: [
      {
        kind: 'fact',
        text: 'Rajagopal places the origin about 3 cm further forward and the insertion about 1.6 cm higher; gait2392 matches the anatomy texts (lower pubis and inferior ramus; pes anserinus between sartorius and semitendinosus) as closely, and the model is built on it.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons'],
  },
];
