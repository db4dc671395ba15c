/**
 * The back of the thigh: the hamstrings (semitendinosus, semimembranosus, the two heads of
 * biceps femoris). Attachment points at gait2392 size in the model frame.
 *
 * Referral zones are drawn by hand as smooth closed outlines in the body-surface coordinate
 * (`../surface.ts`: [angle°, height m], 0° front, 90° outer side, 180° back, 270° inner side),
 * following the landmarks the clinical charts follow; the pain sites they cover are computed from
 * the shapes (`../zone-coverage.ts`), never listed by hand.
 */
import type { Muscle, ReferralZone, SourcedNote } from '../types.ts';

/**
 * The medial hamstrings project their pain upward: a strong oval about 10 cm across straddling the
 * gluteal fold under the sit bone, with spillover running down the back-inner thigh, through the inner
 * half of the back of the knee and onto the inner calf, tapering as it goes.
 */
const medialHamstringZone: ReferralZone = {
  essential: [
    [
      [182, -0.1],
      [202, -0.093],
      [220, -0.11],
      [228, -0.15],
      [222, -0.2],
      [206, -0.232],
      [186, -0.226],
      [172, -0.19],
      [170, -0.14],
    ],
  ],
  spillover: [
    [
      [192, -0.2],
      [222, -0.195],
      [236, -0.28],
      [240, -0.38],
      [233, -0.46],
      [235, -0.56],
      [232, -0.68],
      [222, -0.765],
      [210, -0.72],
      [203, -0.6],
      [193, -0.5],
      [184, -0.42],
      [184, -0.3],
    ],
  ],
};

/**
 * Both biceps femoris heads share one map: the back of the knee, weighted to its outer side, with
 * spillover climbing the back-outer thigh toward the gluteal fold and a short way down onto the top of
 * the outer calf.
 */
const bicepsZone: ReferralZone = {
  essential: [
    [
      [150, -0.38],
      [174, -0.385],
      [192, -0.415],
      [196, -0.47],
      [186, -0.506],
      [164, -0.515],
      [144, -0.508],
      [131, -0.475],
      [134, -0.42],
    ],
  ],
  spillover: [
    [
      [142, -0.16],
      [160, -0.17],
      [172, -0.22],
      [178, -0.32],
      [188, -0.4],
      [184, -0.5],
      [174, -0.6],
      [158, -0.66],
      [140, -0.625],
      [127, -0.52],
      [124, -0.4],
      [126, -0.28],
      [131, -0.2],
    ],
  ],
};

const medialHamstringNote: SourcedNote = {
  kind: 'reference-view',
  text: 'Travell & Simons describe semitendinosus and semimembranosus together: the pain is projected upward to the buttock crease and top of the back of the thigh, spilling down the inner back of the thigh to the back of the knee and sometimes the inner calf (one summary carries it to the Achilles). Walking hurts and may cause a limp.',
  sources: ['travell-simons', 'referral-summaries'],
};

const lateralHamstringSeedNote: SourcedNote = {
  kind: 'seed-view',
  text: 'A neuromuscular therapist brings out the outer-hamstring pattern with a straight-leg hamstring stretch, the toe turned out with a strap and the foot pulled toward the opposite shoulder: the pain is felt behind the knee. Pressing the spots with a ball or foam roller does the same.',
  sources: ['seed:001'],
};

const bicepsSpillNote: SourcedNote = {
  kind: 'disagreement',
  text: 'One summary puts the pain some people also feel on the back-inner thigh ("posteromedial"); the others, and the muscle\'s outer position, point to the back-outer thigh, which is what is drawn.',
  sources: ['referral-summaries', 'travell-simons'],
};

const hamstringSeedNote: SourcedNote = {
  kind: 'seed-view',
  text: 'A chiropractor finds the calf (and glute max) to be the culprit in back-of-thigh trouble more often than the hamstrings, which get strained when tired neighbours leave them doing too much work.',
  sources: ['seed:000'],
};

export const posteriorThighMuscles: readonly Muscle[] = [
  {
    id: 'semitendinosus',
    name: 'Semitendinosus',
    latin: 'Musculus semitendinosus',
    layNames: [
      'hamstring',
      'hammy',
      'hamstrings',
      'inner hamstring',
      'medial hamstring',
      'inner hamstring tendon',
    ],
    fmaId: 22357,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'ischial-tuberosity',
        description:
          'The lower inner part of the ischial tuberosity (sit bone), by a tendon shared with the long head of biceps femoris.',
        points: [
          [-0.0604, -0.1099, -0.1264],
          [-0.064, -0.104, -0.126],
          [-0.057, -0.115, -0.123],
        ],
        sources: ['gait2392', 'gray-anatomy', 'seed:000'],
      },
    ],
    insertions: [
      {
        bone: 'tibia',
        landmark: 'pes-anserinus',
        description:
          'The upper inner surface of the tibia, the hindmost tendon of the pes anserinus, behind gracilis.',
        points: [
          [-0.0642, -0.5575, -0.0725],
          [-0.063, -0.562, -0.068],
          [-0.065, -0.552, -0.075],
        ],
        sources: ['gait2392', 'gray-anatomy', 'seed:000'],
      },
    ],
    action: 'Bends the knee and straightens the hip; turns the bent knee inward.',
    innervation: { nerve: 'Tibial part of the sciatic nerve', roots: 'L5–S2', nerveId: 'sciatic-nerve' },
    compartment: 'posterior-thigh',
    layer: 1,
    shape: 'fusiform',
    summary:
      'One of the two inner hamstrings, from the sit bone to the inner side of the shin just below the knee. Its muscle belly stops around mid-thigh and continues as a long cord-like tendon you can feel at the inner back of the bent knee.',
    triggerPoints: [
      {
        id: 'semitendinosus-trigger-point-1',
        placement: { along: 0.5, toward: 'posterior' },
        location:
          'In the middle of the back of the thigh, on the inner side, about halfway between the buttock crease and the back of the knee.',
        zone: medialHamstringZone,
        prevalence: 'most-common',
        notes: [medialHamstringNote],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Sprinting, kicking and fast twisting movements',
      'Sitting on a hard edge that presses into the back of the thigh (car or garden chair)',
      'Low fitness or poor flexibility',
    ],
    notes: [
      hamstringSeedNote,
      {
        kind: 'fact',
        text: 'Rajagopal puts the origin about 3 cm further inward and forward than gait2392 and the insertion about 2 cm higher; both fall on the sit bone and inner tibia as anatomy texts describe. The model uses gait2392.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: [
      'gray-anatomy',
      'terminologia-anatomica',
      'fma',
      'gait2392',
      'travell-simons',
      'seed:000',
      'seed:002',
    ],
  },
  {
    id: 'semimembranosus',
    name: 'Semimembranosus',
    latin: 'Musculus semimembranosus',
    layNames: [
      'hamstring',
      'hammy',
      'hamstrings',
      'inner hamstring',
      'medial hamstring',
      'inner hamstring tendon',
    ],
    // FMA id: Uberon-FMA bridge, UBERON:0001381 "semimembranosus muscle".
    fmaId: 22438,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'ischial-tuberosity',
        description: 'The upper outer part of the ischial tuberosity, by a broad flat tendon.',
        points: [
          [-0.0715, -0.0975, -0.1192],
          [-0.074, -0.103, -0.121],
          [-0.068, -0.095, -0.118],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'tibia',
        landmark: 'posterior-tibial-condyle',
        description:
          'A groove on the back of the medial tibial condyle, with slips to the back of the knee capsule and the popliteus fascia.',
        points: [
          [-0.0639, -0.5096, -0.1022],
          [-0.056, -0.51, -0.095],
          [-0.07, -0.505, -0.1],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Bends the knee and straightens the hip; turns the bent knee inward; tightens the back of the knee capsule.',
    innervation: { nerve: 'Tibial part of the sciatic nerve', roots: 'L5–S2', nerveId: 'sciatic-nerve' },
    compartment: 'posterior-thigh',
    layer: 2,
    shape: 'fusiform',
    summary:
      'The deeper and broader of the inner hamstrings, lying under semitendinosus, from the sit bone to the back of the inner top of the shin bone. Its belly is lower than semitendinosus, bulging either side of its partner above the inner back of the knee.',
    triggerPoints: [
      {
        id: 'semimembranosus-trigger-point-1',
        placement: { along: 0.65, toward: 'medial' },
        location:
          'Lower on the inner back of the thigh, a hand-width or so above the inner corner of the back of the knee.',
        zone: medialHamstringZone,
        prevalence: 'most-common',
        notes: [medialHamstringNote],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Sprinting, kicking and fast twisting movements',
      'Sitting on a hard edge that presses into the back of the thigh',
      'Low fitness or poor flexibility',
    ],
    notes: [
      hamstringSeedNote,
      {
        kind: 'fact',
        text: 'Rajagopal puts the origin about 3 cm further forward and inward than gait2392; both lie on the sit bone. The model uses gait2392.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons', 'seed:000', 'seed:002'],
  },
  {
    id: 'biceps-femoris-long-head',
    name: 'Biceps femoris (long head)',
    latin: 'Caput longum musculi bicipitis femoris',
    layNames: [
      'outer hamstring',
      'lateral hamstring',
      'hamstring',
      'hammy',
      'biceps femoris',
      'outer hamstring tendon',
    ],
    // FMA id: BodyParts3D R4 parts list (FMA-named): "long head of biceps femoris" (parent of the sided parts).
    fmaId: 45887,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'ischial-tuberosity',
        description:
          'The lower inner part of the ischial tuberosity, by a tendon shared with semitendinosus.',
        points: [
          [-0.0694, -0.1026, -0.126],
          [-0.066, -0.108, -0.127],
          [-0.071, -0.098, -0.124],
        ],
        sources: ['gait2392', 'gray-anatomy', 'seed:000'],
      },
    ],
    insertions: [
      {
        bone: 'fibula',
        landmark: 'fibular-head',
        description:
          'The head of the fibula (with a slip to the lateral tibial condyle), by the tendon you feel at the back-outer corner of the bent knee.',
        points: [
          [-0.1178, -0.5182, -0.0986],
          [-0.122, -0.525, -0.092],
          [-0.119, -0.52, -0.1],
        ],
        sources: ['gait2392', 'gray-anatomy', 'seed:000'],
      },
    ],
    action: 'Bends the knee and straightens the hip; turns the bent knee outward.',
    innervation: { nerve: 'Tibial part of the sciatic nerve', roots: 'L5–S2', nerveId: 'sciatic-nerve' },
    compartment: 'posterior-thigh',
    layer: 1,
    shape: 'fusiform',
    summary:
      'The outer hamstring, from the sit bone down the back-outer thigh to the top of the fibula just below the outer knee. It is the hamstring most often strained in sprinting. Its trigger points send pain to the back of the knee.',
    triggerPoints: [
      {
        id: 'biceps-femoris-long-head-trigger-point-1',
        placement: { along: 0.7, toward: 'lateral' },
        location: 'A hand-width above the back of the knee, on the outer side of the back of the thigh.',
        zone: bicepsZone,
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Pain at the back of the knee, weighted to the outer side, spilling up the back-outer thigh (sometimes to the buttock crease) and a little way onto the upper outer calf. It may wake people at night and is worse walking and rising from a chair.',
            sources: ['travell-simons', 'referral-summaries'],
          },
          lateralHamstringSeedNote,
          bicepsSpillNote,
        ],
        sources: ['travell-simons', 'referral-summaries', 'seed:001'],
      },
    ],
    aggravators: [
      'Sprinting, jumping and kicking, especially when tired',
      'Sitting with the back of the thigh pressed on a chair edge',
      'Stretching it hard while it is irritated (can create extra "satellite" points)',
    ],
    notes: [
      hamstringSeedNote,
      {
        kind: 'disagreement',
        text: 'Rajagopal places the origin about 3 cm further inward and forward than gait2392. Both lie on the sit bone; gait2392 sits on its back-outer part, where anatomy texts put the common hamstring tendon, and the model uses it.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: [
      'gray-anatomy',
      'terminologia-anatomica',
      'gait2392',
      'travell-simons',
      'seed:000',
      'seed:001',
      'seed:002',
    ],
  },
  {
    id: 'biceps-femoris-short-head',
    name: 'Biceps femoris (short head)',
    latin: 'Caput breve musculi bicipitis femoris',
    layNames: ['outer hamstring', 'lateral hamstring', 'hamstring', 'short head of biceps'],
    // FMA id: BodyParts3D R4 parts list (FMA-named): "short head of biceps femoris" (parent of the sided parts).
    fmaId: 45890,
    origins: [
      {
        bone: 'femur',
        landmark: 'linea-aspera',
        description:
          'The outer lip of the lower half of the linea aspera and the upper lateral supracondylar line.',
        points: [
          [-0.1069, -0.2772, -0.0657],
          [-0.11, -0.32, -0.068],
          [-0.108, -0.37, -0.075],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'fibula',
        landmark: 'fibular-head',
        description: 'The head of the fibula, joining the tendon of the long head.',
        points: [
          [-0.1178, -0.5182, -0.0986],
          [-0.121, -0.523, -0.094],
          [-0.116, -0.516, -0.095],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Bends the knee and turns the bent knee outward. The only hamstring part that does not cross the hip.',
    innervation: {
      nerve: 'Common fibular part of the sciatic nerve',
      roots: 'L5–S2',
      nerveId: 'common-fibular-nerve',
    },
    compartment: 'posterior-thigh',
    layer: 2,
    shape: 'fusiform',
    summary:
      "The short head of biceps starts on the back of the thigh bone rather than the sit bone and joins the long head's tendon to the top of the fibula. It lies under the long head in the lower outer back of the thigh.",
    triggerPoints: [
      {
        id: 'biceps-femoris-short-head-trigger-point-1',
        placement: { along: 0.55, toward: 'lateral', depth: 'deep' },
        location:
          'Low on the outer back of the thigh, just above the outer corner of the back of the knee, deep to the long head.',
        zone: bicepsZone,
        prevalence: 'common',
        notes: [lateralHamstringSeedNote, bicepsSpillNote],
        sources: ['travell-simons', 'referral-summaries', 'seed:001'],
      },
    ],
    aggravators: ['Sprinting and fast knee bending', 'Long periods with the knee bent (sitting)'],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons', 'seed:001'],
  },
];
