/**
 * The three nerves of the model (SPEC "Connective tissue and nerves"). Paths are points in the
 * model frame (m, gait2392 size), top to bottom, placed by hand from the gait2392 anchors and the
 * landmarks: behind the hip between the sit bone and the greater trochanter, about 3 cm behind the
 * femur in the thigh, through the middle of the back of the knee, and round the fibular neck. The
 * tibial and common fibular nerves start where the sciatic nerve ends (its division). The hand-
 * placed points were then resampled every 3 cm and nudged a few millimetres against the bone
 * builder's distance fields and the lofted muscles, so that the smoothed tubes the soft-tissue
 * builder draws keep at least 4 mm off every bone, and run between the muscle bellies rather than
 * through them (the sciatic under gluteus maximus, the tibial under soleus, the common fibular
 * along the inner edge of the biceps femoris tendon).
 */
import type { Nerve, Vec3 } from './types.ts';

/** Where the sciatic nerve divides, a hand's width above the back of the knee. */
const division: Vec3 = [-0.093, -0.375, -0.099];

export const nerves: readonly Nerve[] = [
  {
    id: 'sciatic-nerve',
    name: 'Sciatic nerve',
    latin: 'Nervus ischiadicus',
    layNames: ['sciatic', 'the sciatica nerve'],
    fmaId: 19034,
    roots: 'L4–S3 (from the sacral plexus)',
    course:
      'The thickest nerve in the body, about as wide as a thumb. It forms inside the pelvis and leaves it through the greater sciatic ' +
      'foramen, usually just below piriformis, deep to gluteus maximus. It curves down behind the hip joint, midway between the sit bone ' +
      'and the bony point of the hip (greater trochanter), and runs down the back of the thigh on adductor magnus, under the long head of ' +
      "biceps femoris. A hand's width or so above the back of the knee it divides into the tibial and common fibular nerves; the two " +
      'run bound together as one cord until then.',
    path: [
      [-0.075, -0.035, -0.133],
      [-0.091, -0.062, -0.134],
      [-0.099, -0.091, -0.131],
      [-0.1, -0.121, -0.125],
      [-0.097, -0.151, -0.115],
      [-0.099, -0.181, -0.113],
      [-0.1, -0.211, -0.109],
      [-0.1, -0.242, -0.106],
      [-0.099, -0.272, -0.104],
      [-0.098, -0.302, -0.103],
      [-0.096, -0.333, -0.101],
      [-0.094, -0.363, -0.1],
      division,
    ],
    supplies: [
      'semitendinosus',
      'semimembranosus',
      'biceps-femoris-long-head',
      'biceps-femoris-short-head',
      'adductor-magnus',
    ],
    notes: [
      {
        kind: 'fact',
        text:
          'In the thigh it supplies the hamstrings and the part of adductor magnus that starts on the sit bone; the short head of biceps femoris ' +
          'is served by its fibular half, the rest by its tibial half.',
        sources: ['gray-anatomy'],
      },
      {
        kind: 'reference-view',
        text:
          'A tight piriformis can trap the sciatic nerve where it passes beneath it, giving burning, tingling or shooting pain down the leg and foot: ' +
          'nerve pain, distinct from the ache piriformis trigger points refer to the buttock and back of the thigh.',
        sources: ['referral-summaries'],
      },
      {
        kind: 'fact',
        text: 'In some people part of the nerve (usually its fibular half) passes through or above piriformis instead of below it.',
        sources: ['gray-anatomy'],
      },
      {
        kind: 'seed-view',
        text:
          'One physiotherapist\'s own "tight hamstrings" were partly nerve tension, and he suggests that stiff quadriceps fascia may compress the ' +
          'hamstrings and the sciatic nerve together; the back of the thigh collects trouble from the low back, pelvis and this nerve.',
        sources: ['seed:003'],
      },
      {
        kind: 'reference-view',
        text:
          'Gluteus minimus trigger points send pain down the back and side of the leg in a pattern often mistaken for sciatica ("pseudo-sciatica"), ' +
          'but without the numbness, pins and needles or weakness of a pinched nerve.',
        sources: ['referral-summaries', 'travell-simons'],
      },
      {
        kind: 'caution',
        text: 'Numbness, weakness, or a change in bladder or bowel control with back or leg pain is not a muscle problem: seek medical help urgently.',
        sources: ['clinical-guidance'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'referral-summaries', 'seed:003'],
  },
  {
    id: 'tibial-nerve',
    name: 'Tibial nerve',
    latin: 'Nervus tibialis',
    layNames: ['posterior tibial nerve', 'medial popliteal nerve'],
    // FMA id: Uberon-FMA bridge (obophenotype/uberon bridge/uberon-bridge-to-fma.obo), UBERON:0001323 "tibial nerve".
    fmaId: 19035,
    roots: 'L4–S3',
    course:
      'The larger of the two branches. It carries straight on down through the middle of the hollow at the back of the knee (the popliteal ' +
      'fossa), where it is the most superficial of the nerve and blood vessels, then passes under the arch of soleus and runs deep in the ' +
      'calf, between soleus and the deepest calf muscles, to pass behind the inner ankle bone into the sole of the foot.',
    path: [
      division,
      [-0.089, -0.405, -0.104],
      [-0.087, -0.436, -0.108],
      [-0.086, -0.466, -0.112],
      [-0.085, -0.497, -0.112],
      [-0.083, -0.528, -0.111],
      [-0.082, -0.559, -0.108],
      [-0.08, -0.589, -0.106],
      [-0.078, -0.62, -0.101],
      [-0.075, -0.651, -0.1],
      [-0.075, -0.682, -0.099],
      [-0.072, -0.713, -0.1],
      [-0.071, -0.743, -0.1],
      [-0.069, -0.774, -0.099],
      [-0.066, -0.805, -0.099],
      [-0.063, -0.836, -0.099],
      [-0.059, -0.865, -0.099],
    ],
    supplies: [
      'gastrocnemius-medial-head',
      'gastrocnemius-lateral-head',
      'plantaris',
      'soleus',
      'popliteus',
      'tibialis-posterior',
      'flexor-digitorum-longus',
      'flexor-hallucis-longus',
    ],
    notes: [
      {
        kind: 'fact',
        text: 'Below the knee it also supplies the deep calf muscles that bend the toes and support the arch, and the skin of the sole.',
        sources: ['gray-anatomy'],
      },
      {
        kind: 'caution',
        text: "Swelling behind the knee (a Baker's cyst or a clot in the popliteal vein) lies right beside this nerve and its vessels: a swollen, warm or red calf needs checking.",
        sources: ['clinical-guidance', 'referral-summaries'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'common-fibular-nerve',
    name: 'Common fibular nerve',
    latin: 'Nervus fibularis communis',
    layNames: ['peroneal nerve', 'common peroneal nerve', 'lateral popliteal nerve', 'fibular nerve'],
    // FMA id: Uberon-FMA bridge (obophenotype/uberon bridge/uberon-bridge-to-fma.obo), UBERON:0001324 "common fibular nerve".
    fmaId: 19039,
    roots: 'L4–S2',
    course:
      'The smaller branch. It runs down and out along the inner edge of the biceps femoris tendon on the outer side of the back of the knee, ' +
      'passes behind the head of the fibula and winds forward round the neck of the fibula just below it, close under the skin, where it ' +
      'divides into the superficial and deep fibular nerves for the outer and front muscles of the lower leg and the top of the foot.',
    path: [
      division,
      [-0.1, -0.404, -0.104],
      [-0.106, -0.44, -0.112],
      [-0.109, -0.457, -0.116],
      [-0.114, -0.473, -0.118],
      [-0.123, -0.492, -0.115],
      [-0.133, -0.508, -0.107],
      [-0.139, -0.522, -0.097],
      [-0.14, -0.533, -0.086],
      [-0.134, -0.542, -0.075],
    ],
    supplies: ['biceps-femoris-short-head'],
    notes: [
      {
        kind: 'fact',
        text:
          'In the thigh its fibres serve the short head of biceps femoris (still inside the sciatic nerve). Below the knee it serves the muscles ' +
          'that lift the foot and toes and turn the foot out, which are not part of this model.',
        sources: ['gray-anatomy'],
      },
      {
        kind: 'caution',
        text:
          'Where it winds round the fibular neck it is easily pressed: long leg-crossing, a tight cast or boot top, or long squatting can numb the ' +
          'outside of the leg and top of the foot or weaken lifting the foot (foot drop), which needs a clinician.',
        sources: ['gray-anatomy', 'clinical-guidance'],
      },
      {
        kind: 'reference-view',
        text: 'A straight-leg raise with the foot pulled across the body (as in the toe-out hamstring stretch) tensions this nerve as well as the outer hamstring.',
        sources: ['referral-summaries'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'referral-summaries'],
  },
];
