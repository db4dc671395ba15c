/**
 * The back of the leg: the two heads of gastrocnemius, plantaris, soleus and popliteus.
 * Attachment points at gait2392 size in the model frame. Plantaris and popliteus are in neither
 * gait2392 nor Rajagopal: they are placed from standard anatomy relative to the landmarks.
 *
 * Referral zones are drawn by hand as smooth closed outlines in the body-surface coordinate
 * (`../surface.ts`: [angle°, height m], 0° front, 90° outer side, 180° back, 270° inner side),
 * following the landmarks the clinical charts follow; the pain sites they cover are computed from
 * the shapes (`../zone-coverage.ts`), never listed by hand.
 */
import type { Attachment, Muscle, SourcedNote } from '../types.ts';

/** The calcaneal (Achilles) tendon's end on the back of the heel, shared by the calf muscles. */
function achillesInsertion(part: string): Attachment {
  return {
    bone: 'calcaneus',
    landmark: 'calcaneal-tuberosity',
    description: `Through the calcaneal (Achilles) tendon, which ${part} forms with the other calf muscles, onto the middle of the back of the heel bone.`,
    points: [
      [-0.0861, -0.9029, -0.124],
      [-0.087, -0.913, -0.128],
      [-0.081, -0.909, -0.126],
      [-0.092, -0.909, -0.126],
    ],
    sources: ['gait2392', 'gray-anatomy'],
  };
}

const calfSeedNote: SourcedNote = {
  kind: 'seed-view',
  text: 'A chiropractor finds the calf to be the culprit in back-of-thigh and back-of-knee trouble more often than the hamstrings, and locates the gastrocnemius trigger points just above the crease of the knee, on the inner and outer sides.',
  sources: ['seed:000'],
};

const gastrocnemiusOriginNote: SourcedNote = {
  kind: 'disagreement',
  text: 'Rajagopal puts both gastrocnemius origins 2–3 cm higher and further forward than gait2392, nearly inside the condyles. Anatomy texts place them on the back of the femoral condyles, which matches gait2392, so the model uses gait2392.',
  sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
};

export const legMuscles: readonly Muscle[] = [
  {
    id: 'gastrocnemius-medial-head',
    name: 'Gastrocnemius (medial head)',
    latin: 'Caput mediale musculi gastrocnemii',
    layNames: ['calf', 'calf muscle', 'gastroc', 'inner calf'],
    // FMA id: Uberon FMA cross-reference of UBERON:0011907 "gastrocnemius medialis".
    fmaId: 45956,
    origins: [
      {
        bone: 'femur',
        landmark: 'medial-femoral-condyle',
        description: 'The back of the medial femoral condyle and the popliteal surface just above it.',
        points: [
          [-0.06, -0.459, -0.0897],
          [-0.055, -0.451, -0.085],
          [-0.066, -0.465, -0.095],
          [-0.07, -0.445, -0.085],
        ],
        sources: ['gait2392', 'gray-anatomy', 'seed:002'],
      },
    ],
    insertions: [achillesInsertion('gastrocnemius')],
    action:
      'Points the foot (pushing off, rising on the toes) and helps bend the knee, most at the start of bending.',
    innervation: { nerve: 'Tibial nerve', roots: 'S1–S2', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 1,
    shape: 'fusiform',
    summary:
      'The larger, inner half of the calf bulge, from the back of the inner knee to the Achilles tendon. It crosses both the knee and the ankle, so it works hardest when pushing off with a straight knee and is stretched most with the knee straight and the foot pulled up.',
    triggerPoints: [
      {
        id: 'gastrocnemius-medial-head-trigger-point-1',
        label: 'TrP1',
        placement: { along: 0.3, toward: 'medial' },
        location:
          'In the upper inner calf, a hand-width below the back of the knee, in the thickest part of the inner bulge.',
        zone: {
          essential: [],
          // One winding stippled band: from the lower back of the thigh through the back of the
          // knee, down the inner back of the calf, round to the inner ankle bone.
          spillover: [
            [
              [176, -0.33],
              [200, -0.33],
              [213, -0.4],
              [222, -0.48],
              [238, -0.57],
              [247, -0.69],
              [256, -0.8],
              [270, -0.855],
              [282, -0.895],
              [272, -0.925],
              [254, -0.915],
              [232, -0.84],
              [208, -0.72],
              [194, -0.6],
              [180, -0.5],
              [170, -0.42],
            ],
          ],
          beyondModel: 'Usually the instep (arch) of the foot, which the model does not show.',
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'The main pain goes to the instep; the spill runs from the lower back of the thigh through the back of the knee and down the inner back of the calf to the inner ankle. Calf cramps at night are linked to a point in this head.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'gastrocnemius-medial-head-trigger-point-2',
        placement: { along: 0.05, toward: 'posterior' },
        location:
          'Just above the crease at the back of the knee, on the inner side: with the knee slightly bent and the foot pulled up, feel for a tender spot in the muscle next to the inner tendons.',
        zone: {
          // The back of the knee, leaning to its inner side.
          essential: [
            [
              [168, -0.405],
              [192, -0.4],
              [214, -0.418],
              [221, -0.46],
              [210, -0.51],
              [186, -0.525],
              [164, -0.515],
              [154, -0.47],
              [156, -0.42],
            ],
          ],
          // A little way down the top of the inner calf.
          spillover: [
            [
              [170, -0.48],
              [210, -0.48],
              [224, -0.55],
              [215, -0.625],
              [194, -0.655],
              [174, -0.625],
              [164, -0.56],
            ],
          ],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Travell & Simons describe two high points near the femoral attachments (their TrP3 and TrP4) that refer to the back of the knee; the numbering of the two is recalled from the book, not confirmed on a cited page.',
            sources: ['travell-simons', 'referral-summaries'],
          },
          calfSeedNote,
        ],
        sources: ['seed:000', 'travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Walking or running up slopes, and climbing',
      'Pushing off hard, sprinting and jumping',
      'Sleeping with the foot pointed (blankets pressing the toes down)',
      'A forceful push-off with the knee straight and the ankle bent up, when the muscle is at full stretch',
    ],
    notes: [
      calfSeedNote,
      {
        kind: 'seed-view',
        text: 'A podiatry clinic describes strain at the top of the calf as gradual pain at the back of the knee, a tender top of the calf, and pain when bending the knee against resistance.',
        sources: ['seed:002'],
      },
      gastrocnemiusOriginNote,
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons', 'seed:000', 'seed:002'],
  },
  {
    id: 'gastrocnemius-lateral-head',
    name: 'Gastrocnemius (lateral head)',
    latin: 'Caput laterale musculi gastrocnemii',
    layNames: ['calf', 'calf muscle', 'gastroc', 'outer calf'],
    // FMA id: Uberon FMA cross-reference of UBERON:0011908 "gastrocnemius lateralis"; same id in the BodyParts3D R4 parts list (FMA-named).
    fmaId: 45959,
    origins: [
      {
        bone: 'femur',
        landmark: 'lateral-femoral-condyle',
        description: 'The back-outer surface of the lateral femoral condyle.',
        points: [
          [-0.1107, -0.4607, -0.0927],
          [-0.115, -0.454, -0.088],
          [-0.107, -0.467, -0.097],
          [-0.1, -0.447, -0.086],
        ],
        sources: ['gait2392', 'gray-anatomy', 'seed:002'],
      },
    ],
    insertions: [achillesInsertion('gastrocnemius')],
    action: 'Points the foot and helps bend the knee.',
    innervation: { nerve: 'Tibial nerve', roots: 'S1–S2', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 1,
    shape: 'fusiform',
    summary:
      'The smaller, outer half of the calf bulge, from the back of the outer knee to the Achilles tendon. Its high point just above the outer knee crease refers pain into the back of the knee.',
    triggerPoints: [
      {
        id: 'gastrocnemius-lateral-head-trigger-point-1',
        label: 'TrP2',
        placement: { along: 0.3, toward: 'lateral' },
        location: 'In the upper outer calf, a hand-width below the back of the knee, in the outer bulge.',
        zone: {
          // A local oval over the back-outer calf, round the point itself.
          essential: [
            [
              [150, -0.5],
              [168, -0.515],
              [177, -0.58],
              [174, -0.66],
              [163, -0.72],
              [146, -0.71],
              [136, -0.64],
              [135, -0.56],
            ],
          ],
          // A halo round it, up to the outer corner of the back of the knee and round onto the outer leg.
          spillover: [
            [
              [136, -0.44],
              [164, -0.45],
              [177, -0.52],
              [178, -0.64],
              [170, -0.75],
              [150, -0.79],
              [128, -0.765],
              [114, -0.66],
              [113, -0.54],
            ],
          ],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'reference-view',
            text: 'The lateral-head point refers locally over the back-outer calf; one summary also lists the outer leg below the knee.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'gastrocnemius-lateral-head-trigger-point-2',
        placement: { along: 0.05, toward: 'posterior' },
        location:
          'Just above the crease at the back of the knee, on the outer side, beside the outer hamstring tendon: knee slightly bent, foot pulled up.',
        zone: {
          // The back of the knee, leaning to its outer side.
          essential: [
            [
              [150, -0.405],
              [174, -0.4],
              [194, -0.43],
              [196, -0.485],
              [180, -0.52],
              [156, -0.522],
              [139, -0.485],
              [140, -0.438],
            ],
          ],
          // A little way down the top of the outer calf.
          spillover: [
            [
              [150, -0.48],
              [190, -0.48],
              [197, -0.56],
              [186, -0.64],
              [162, -0.66],
              [143, -0.6],
              [138, -0.53],
            ],
          ],
        },
        prevalence: 'common',
        notes: [calfSeedNote],
        sources: ['seed:000', 'travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Walking or running up slopes, and climbing',
      'Pushing off hard, sprinting and jumping',
      'High heels, or shoes that keep the foot pointed',
    ],
    notes: [calfSeedNote, gastrocnemiusOriginNote],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons', 'seed:000', 'seed:002'],
  },
  {
    id: 'plantaris',
    name: 'Plantaris',
    latin: 'Musculus plantaris',
    layNames: ['plantaris', 'small calf muscle'],
    // FMA id: Uberon FMA cross-reference of UBERON:0011905 "plantaris"; same id in the BodyParts3D R4 parts list (FMA-named).
    fmaId: 22543,
    origins: [
      {
        bone: 'femur',
        landmark: 'lateral-femoral-condyle',
        description:
          'The lower end of the lateral supracondylar line, just above and inside the origin of the lateral head of gastrocnemius.',
        points: [
          [-0.112, -0.445, -0.09],
          [-0.106, -0.44, -0.088],
          [-0.116, -0.451, -0.09],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'calcaneus',
        landmark: 'calcaneal-tuberosity',
        description:
          'A very long thin tendon running down the inner edge of the Achilles tendon to the back of the heel bone.',
        points: [
          [-0.08, -0.906, -0.125],
          [-0.078, -0.913, -0.127],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action: 'Weakly helps point the foot and bend the knee.',
    innervation: { nerve: 'Tibial nerve', roots: 'S1–S2', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 2,
    shape: 'fusiform',
    summary:
      'A small muscle with a belly only a few fingers long at the back-outer knee and the longest tendon in the body, running down between gastrocnemius and soleus to the heel. Some people do not have one.',
    triggerPoints: [
      {
        id: 'plantaris-trigger-point-1',
        placement: { along: 0.1, toward: 'posterior', depth: 'deep' },
        location: 'In the back of the knee, toward the outer side, next to the top of the outer calf bulge.',
        zone: {
          // The back of the knee, round the crease.
          essential: [
            [
              [160, -0.405],
              [184, -0.405],
              [199, -0.44],
              [197, -0.5],
              [182, -0.532],
              [160, -0.526],
              [145, -0.49],
              [146, -0.435],
            ],
          ],
          // Down the upper and middle calf.
          spillover: [
            [
              [158, -0.49],
              [198, -0.49],
              [211, -0.56],
              [209, -0.66],
              [199, -0.76],
              [180, -0.8],
              [163, -0.765],
              [154, -0.66],
              [150, -0.56],
            ],
          ],
          beyondModel: 'Rarely reported: the big toe or the ball of the foot.',
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'caution',
            text: "The trigger point's position is Travell & Simons detail, not confirmed on the cited pages. Travell & Simons treat plantaris with soleus; it may join in calf cramps.",
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Running and jumping', 'Calf cramps'],
    notes: [
      {
        kind: 'fact',
        text: 'Not in gait2392 or Rajagopal: placed from standard anatomy, from just above the lateral femoral condyle to the heel, beside the gastrocnemius attachments of gait2392.',
        sources: ['gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'travell-simons'],
  },
  {
    id: 'soleus',
    name: 'Soleus',
    latin: 'Musculus soleus',
    layNames: ['calf', 'deep calf', 'soleus', 'calf muscle'],
    fmaId: 22542,
    origins: [
      {
        bone: 'fibula',
        landmark: 'fibular-head',
        description: 'The back of the fibular head and the upper quarter of the back of the fibula.',
        points: [
          [-0.118, -0.531, -0.098],
          [-0.115, -0.56, -0.095],
          [-0.112, -0.6, -0.092],
        ],
        sources: ['gray-anatomy', 'rajagopal2016'],
      },
      {
        bone: 'tibia',
        landmark: 'soleal-line',
        description:
          'The soleal line on the back of the tibia and the middle third of its inner border, with a fibrous arch between tibia and fibula.',
        points: [
          [-0.095, -0.57, -0.092],
          [-0.092, -0.61, -0.088],
          [-0.072, -0.625, -0.086],
          [-0.066, -0.66, -0.08],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [achillesInsertion('soleus')],
    action:
      'Points the foot, above all with the knee bent; keeps the body from tipping forward when standing; its squeeze pumps blood back up from the leg.',
    innervation: { nerve: 'Tibial nerve', roots: 'S1–S2', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 2,
    shape: 'pennate',
    summary:
      'The broad flat calf muscle under gastrocnemius, from the top of the fibula and the back of the tibia to the Achilles tendon. It does not cross the knee, so it works most when pushing up on the toes with the knee bent. Its commonest trigger point sends pain to the heel.',
    triggerPoints: [
      {
        id: 'soleus-trigger-point-1',
        label: 'TrP1',
        placement: { along: 0.75, toward: 'medial' },
        location:
          'Low in the calf, a few fingers below where the calf bulge ends, slightly to the inner side of the Achilles tendon.',
        zone: {
          // The back and underside of the heel and the lowest part of the Achilles tendon.
          essential: [
            [
              [166, -0.83],
              [196, -0.83],
              [212, -0.87],
              [226, -0.91],
              [222, -0.95],
              [200, -0.965],
              [166, -0.965],
              [142, -0.95],
              [138, -0.91],
              [150, -0.868],
            ],
          ],
          // Up the Achilles tendon toward the back of the ankle, and round the sides of the heel.
          spillover: [
            [
              [170, -0.74],
              [194, -0.74],
              [206, -0.8],
              [232, -0.86],
              [242, -0.92],
              [228, -0.972],
              [134, -0.972],
              [120, -0.92],
              [130, -0.86],
              [158, -0.8],
            ],
          ],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Pain at the back and underside of the heel and the lowest part of the Achilles tendon, sometimes so intense that standing on the foot is unbearable; often taken for plantar fasciitis.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'soleus-trigger-point-2',
        label: 'TrP2',
        placement: { along: 0.2, toward: 'lateral' },
        location:
          'High in the outer calf, a hand-width below the back of the knee, under the outer calf bulge.',
        zone: {
          // The upper and middle calf: a long oval over the calf's bulk.
          essential: [
            [
              [164, -0.527],
              [200, -0.527],
              [218, -0.575],
              [222, -0.66],
              [212, -0.76],
              [192, -0.805],
              [168, -0.795],
              [150, -0.72],
              [145, -0.6],
            ],
          ],
          spillover: [],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'caution',
            text: "Upper soleus points can weaken the calf's pumping of blood and lead to ankle swelling. A swollen, warm, tender calf needs a doctor first: it can be a blood clot.",
            sources: ['referral-summaries', 'clinical-guidance'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'soleus-trigger-point-3',
        label: 'TrP3',
        placement: { along: 0.65, toward: 'lateral' },
        location: 'Low in the calf, just above and to the outer side of the first point.',
        zone: {
          // An oval over the sacroiliac joint, far from the point.
          essential: [
            [
              [206, 0.066],
              [226, 0.07],
              [239, 0.042],
              [236, 0.0],
              [220, -0.016],
              [204, -0.006],
              [197, 0.03],
            ],
          ],
          spillover: [],
          beyondModel: 'Rarely reported: one soleus point is said to refer to the jaw on the same side.',
        },
        prevalence: 'uncommon',
        notes: [
          {
            kind: 'disagreement',
            text: 'The locations in this list are Travell & Simons detail; one summary (realbodywork) puts the point that refers to the sacroiliac joint and low back in the upper soleus instead.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Walking or running uphill, and stairs',
      'Pushing off on the toes (tiptoe work) with the knee bent',
      'High heels, and long sitting with the feet pointed',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'A chiropractor ties soleus to pushing off on the toes and propelling forward, and counts the calf among the commoner sources of back-of-leg trouble.',
        sources: ['seed:000'],
      },
      {
        kind: 'disagreement',
        text: 'gait2392 places one origin point mid-way down the back of the tibia; Rajagopal places it about 6 cm higher, near the top of the tibia and fibula. Anatomy texts give a long origin spanning both (fibular head and upper fibula, soleal line, inner tibial border), so the footprints cover both.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: [
      'gray-anatomy',
      'terminologia-anatomica',
      'fma',
      'gait2392',
      'rajagopal2016',
      'travell-simons',
      'seed:000',
    ],
  },
  {
    id: 'popliteus',
    name: 'Popliteus',
    latin: 'Musculus popliteus',
    layNames: ['popliteus', 'knee unlocker', 'back of knee muscle'],
    // FMA id: Uberon-FMA bridge, UBERON:0001391 "popliteus muscle"; same id in the BodyParts3D R4 parts list (FMA-named).
    fmaId: 22590,
    origins: [
      {
        bone: 'femur',
        landmark: 'lateral-femoral-condyle',
        description:
          'A pit on the outer surface of the lateral femoral condyle, below the epicondyle, inside the knee joint capsule (with fibres to the lateral meniscus).',
        points: [
          [-0.128, -0.478, -0.074],
          [-0.126, -0.483, -0.082],
          [-0.127, -0.474, -0.068],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'tibia',
        landmark: 'soleal-line',
        description: 'The triangular area on the back of the tibia above the soleal line.',
        points: [
          [-0.065, -0.53, -0.095],
          [-0.075, -0.55, -0.094],
          [-0.062, -0.56, -0.09],
          [-0.086, -0.536, -0.097],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action:
      'Unlocks the straightened knee by turning the tibia inward (or the femur outward) at the start of bending; steadies the back of the knee and the outer meniscus.',
    innervation: { nerve: 'Tibial nerve', roots: 'L4–S1', nerveId: 'tibial-nerve' },
    compartment: 'posterior-leg',
    layer: 3,
    shape: 'short',
    summary:
      'A small flat triangular muscle deep in the back of the knee, running from the outer femoral condyle obliquely down and inward to the back of the top of the tibia. It unlocks the knee so it can bend.',
    triggerPoints: [
      {
        id: 'popliteus-trigger-point-1',
        placement: { along: 0.7, toward: 'posterior', depth: 'deep' },
        location:
          'Deep in the back of the knee, just below the crease toward the inner side, above the upper inner edge of the calf.',
        zone: {
          // The back of the knee.
          essential: [
            [
              [166, -0.41],
              [195, -0.405],
              [215, -0.43],
              [220, -0.478],
              [206, -0.518],
              [180, -0.53],
              [160, -0.51],
              [154, -0.46],
            ],
          ],
          // Just onto the top of the calf.
          spillover: [
            [
              [166, -0.5],
              [210, -0.5],
              [216, -0.55],
              [205, -0.6],
              [185, -0.615],
              [165, -0.6],
              [159, -0.55],
            ],
          ],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Pain at the back of the knee when crouching, running or walking, above all downhill or downstairs; the knee may not quite straighten. The outer femoral end is tender too.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: ['Running or walking downhill and downstairs', 'Crouching', 'Twisting on a bent knee'],
    notes: [
      {
        kind: 'fact',
        text: 'Not in gait2392 or Rajagopal: placed from standard anatomy, from the lateral femoral condyle to the back of the tibia above the soleal line.',
        sources: ['gray-anatomy'],
      },
      {
        kind: 'caution',
        text: "Pain and swelling at the back of the knee or calf can be a blood clot or a burst Baker's cyst: get it checked before treating it as a muscle.",
        sources: ['clinical-guidance', 'referral-summaries'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'travell-simons'],
  },
];
