/**
 * The gluteal region: gluteus maximus, medius and minimus, piriformis and tensor fasciae latae.
 * Attachment points are at gait2392 size in the model frame (see `../landmarks.ts`); every
 * gait2392 origin and insertion point of each line lies within 15 mm of a footprint point.
 * Referral zones follow Travell & Simons as summarised in reference/referral-patterns.md.
 *
 * Referral zones are drawn by hand as smooth closed outlines in the body-surface coordinate
 * (`../surface.ts`: [angle°, height m], 0° front, 90° outer side, 180° back, 270° inner side),
 * following the landmarks the clinical charts follow; the pain sites they cover are computed from
 * the shapes (`../zone-coverage.ts`), never listed by hand.
 */
import type { Muscle, ReferralZone } from '../types.ts';

/**
 * Both piriformis points share one map (T&S draw them together): a diagonal lens across the
 * buttock from the sacroiliac joint out to the back of the hip joint, with a spillover tongue down
 * the upper two-thirds of the back of the thigh (stopping about 10 cm above the knee crease).
 */
const piriformisZone: ReferralZone = {
  essential: [
    [
      [206, 0.06],
      [226, 0.05],
      [236, 0.01],
      [230, -0.045],
      [208, -0.08],
      [178, -0.1],
      [146, -0.1],
      [124, -0.08],
      [118, -0.04],
      [134, -0.005],
      [164, 0.02],
      [188, 0.045],
    ],
  ],
  spillover: [
    [
      [152, -0.09],
      [198, -0.095],
      [222, -0.13],
      [220, -0.21],
      [210, -0.29],
      [194, -0.342],
      [172, -0.338],
      [155, -0.29],
      [146, -0.2],
      [145, -0.13],
    ],
  ],
};

export const glutealMuscles: readonly Muscle[] = [
  {
    id: 'gluteus-maximus',
    name: 'Gluteus maximus',
    latin: 'Musculus gluteus maximus',
    layNames: ['glute max', 'glutes', 'butt muscle', 'buttock muscle', 'bum muscle', 'glute'],
    fmaId: 22314,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'posterior-superior-iliac-spine',
        description:
          'The back of the outer surface of the ilium behind the posterior gluteal line, the back part of the iliac crest and the area around the PSIS.',
        points: [
          [-0.07, 0.0612, -0.1195],
          [-0.0563, 0.0176, -0.1349],
          [-0.085, 0.066, -0.106],
          [-0.047, 0.03, -0.146],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
      {
        bone: 'sacrum',
        landmark: 'sacrum-dorsal-surface',
        description:
          'The back and side of the lower sacrum and the side of the tailbone, continuing onto the sacrotuberous ligament (not modelled).',
        points: [
          [-0.0058, -0.0314, -0.1556],
          [-0.024, 0.0, -0.155],
          [-0.02, -0.045, -0.15],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'gluteal-tuberosity',
        description:
          'The deep lower fibres end on the gluteal tuberosity of the femur. Most of the muscle (the upper and superficial fibres) ends instead in the iliotibial tract, which carries its pull down to the outer tibia.',
        points: [
          [-0.1305, -0.1227, -0.0984],
          [-0.1254, -0.1677, -0.0863],
          [-0.1246, -0.208, -0.0767],
          [-0.128, -0.145, -0.092],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Straightens the hip with force (rising from a chair or a squat, climbing stairs, running uphill) and turns the thigh outward; through the iliotibial tract it also steadies the straightened knee.',
    innervation: { nerve: 'Inferior gluteal nerve', roots: 'L5–S2' },
    compartment: 'gluteal',
    layer: 1,
    shape: 'broad',
    summary:
      'The big, thick muscle that makes the shape of the buttock. It runs from the back of the pelvis and sacrum down and outward to the top of the thigh bone and the band on the outside of the thigh. It does the heavy work of pushing the body up and forward. Its trigger points keep their pain in the buttock itself rather than sending it down the leg.',
    triggerPoints: [
      {
        id: 'gluteus-maximus-trigger-point-1',
        label: 'TrP1',
        placement: { along: 0.2, toward: 'posterior', depth: 'superficial', line: 2 },
        location:
          'In the upper inner buttock, about two fingers out from the bony middle of the low back (the sacrum).',
        zone: {
          // A crescent hugging the buttock cleft, from the sacroiliac joint down to the gluteal fold.
          essential: [
            [
              [212, 0.06],
              [227, 0.055],
              [238, 0.02],
              [240, -0.04],
              [234, -0.1],
              [222, -0.142],
              [206, -0.16],
              [194, -0.15],
              [206, -0.12],
              [216, -0.065],
              [218, -0.01],
              [208, 0.03],
            ],
          ],
          // A short tongue just under the fold, onto the top of the back of the thigh.
          spillover: [
            [
              [188, -0.14],
              [214, -0.145],
              [228, -0.17],
              [222, -0.215],
              [202, -0.235],
              [182, -0.22],
              [175, -0.185],
            ],
          ],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'reference-view',
            text: 'The pain forms a crescent along the buttock cleft, from the joint beside the sacrum down to the buttock crease, with a little spill onto the top of the back of the thigh.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'gluteus-maximus-trigger-point-2',
        label: 'TrP2',
        placement: { along: 0.45, toward: 'posterior', depth: 'superficial', line: 3 },
        location:
          'Low in the buttock, just above the sit bone: press upward from the buttock crease under the bony knob.',
        zone: {
          // The whole rounded buttock, from the lower sacrum out to just under the hip bone ridge at
          // the side and down to the gluteal fold.
          essential: [
            [
              [128, 0.05],
              [152, 0.062],
              [182, 0.055],
              [206, 0.035],
              [232, 0.01],
              [238, -0.04],
              [230, -0.1],
              [208, -0.146],
              [182, -0.158],
              [156, -0.152],
              [134, -0.125],
              [119, -0.075],
              [116, -0.01],
            ],
          ],
          spillover: [],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'The most common gluteus maximus point. It aches over the whole buttock, the lower sacrum and out toward the side just under the hip bone ridge; sitting on a hard seat can feel like sitting on a nail.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'gluteus-maximus-trigger-point-3',
        label: 'TrP3',
        placement: { along: 0.1, toward: 'medial', depth: 'superficial', line: 3 },
        location: 'At the lowest inner edge of the buttock, right beside the tailbone.',
        zone: {
          // A small spot at the foot of the cleft, over the tailbone.
          essential: [
            [
              [233, -0.025],
              [243, -0.035],
              [247, -0.06],
              [241, -0.085],
              [231, -0.082],
              [226, -0.055],
            ],
          ],
          spillover: [],
          beyondModel: 'The tailbone (coccyx): a muscular cause of tailbone pain.',
        },
        prevalence: 'uncommon',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Sitting for a long time, especially on a hard seat or with a wallet in the back pocket',
      'Climbing hills or stairs, and running uphill',
      'Rising from a deep squat or a low chair with heavy loads',
      'Sleeping curled up with the hip bent for hours',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'A chiropractor finds that in back-of-thigh pain the glute max and calf often need treating more than the hamstrings, which get overworked when those muscles are tired; straightening the hip with the leg straight brings glute max in.',
        sources: ['seed:000'],
      },
      {
        kind: 'fact',
        text: 'Rajagopal puts the upper and lower origin lines about 2–3 cm from gait2392 (closer to the sacrum and lower on it). Both lie on the back of the ilium and sacrum where anatomy texts put the origin; the footprint uses gait2392, whose pelvis the model is built on.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'travell-simons', 'seed:000'],
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    latin: 'Musculus gluteus medius',
    layNames: ['glute med', 'side glute', 'hip abductor', 'glute medius'],
    fmaId: 22315,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'gluteal-surface-of-ilium',
        description:
          'The outer surface of the ilium between the anterior and posterior gluteal lines, just below the iliac crest, from near the hip point back almost to the PSIS.',
        points: [
          [-0.1209, 0.0304, -0.0408],
          [-0.0766, 0.0445, -0.0855],
          [-0.0648, 0.0105, -0.1223],
          [-0.118, 0.058, -0.066],
          [-0.1, 0.045, -0.07],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'greater-trochanter',
        description: 'An oblique ridge across the outer surface of the greater trochanter.',
        points: [
          [-0.139, -0.0778, -0.0925],
          [-0.1362, -0.0719, -0.0965],
          [-0.1353, -0.0708, -0.1016],
          [-0.141, -0.084, -0.084],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Lifts the leg out to the side and, above all, keeps the pelvis level when you stand on one leg, as at every step of walking and running. Its front fibres turn the thigh in, its back fibres turn it out.',
    innervation: { nerve: 'Superior gluteal nerve', roots: 'L4–S1' },
    compartment: 'gluteal',
    layer: 2,
    shape: 'broad',
    summary:
      'A fan-shaped muscle on the side of the hip, partly under gluteus maximus, running from the outer face of the hip bone to the bony bump at the top of the thigh. It holds the pelvis level with each step. Its trigger points lie in a row just under the hip bone ridge and are a common cause of pain felt as "low back" or "side of the buttock" pain.',
    triggerPoints: [
      {
        id: 'gluteus-medius-trigger-point-1',
        label: 'TrP1',
        placement: { along: 0.15, toward: 'posterior', line: 3 },
        location:
          'Just below the back part of the hip bone ridge, a couple of fingers out from the low-back dimple.',
        zone: {
          // Along the back of the hip bone ridge, widening over the sacroiliac joint and the sacrum.
          essential: [
            [
              [150, 0.085],
              [176, 0.1],
              [206, 0.102],
              [232, 0.088],
              [245, 0.05],
              [243, 0.0],
              [232, -0.035],
              [214, -0.035],
              [204, 0.01],
              [188, 0.04],
              [168, 0.05],
              [151, 0.062],
            ],
          ],
          // Into the neighbouring upper buttock.
          spillover: [
            [
              [160, 0.055],
              [192, 0.04],
              [210, -0.02],
              [202, -0.07],
              [180, -0.085],
              [158, -0.06],
              [149, -0.005],
            ],
          ],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Felt along the back of the hip bone ridge, over the sacroiliac joint and sacrum and into the nearby buttock; people usually call it low back pain.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'gluteus-medius-trigger-point-2',
        label: 'TrP2',
        placement: { along: 0.2, toward: 'lateral', line: 2 },
        location: 'Just below the middle of the hip bone ridge, on the side of the hip above the hip bump.',
        zone: {
          // The outer and middle buttock, a rounded patch under the middle of the ridge.
          essential: [
            [
              [122, 0.045],
              [150, 0.055],
              [176, 0.04],
              [190, -0.005],
              [186, -0.065],
              [166, -0.1],
              [140, -0.105],
              [120, -0.075],
              [110, -0.02],
            ],
          ],
          // Spilling down onto the upper back-outer thigh below the fold.
          spillover: [
            [
              [124, -0.075],
              [152, -0.085],
              [170, -0.13],
              [168, -0.2],
              [156, -0.255],
              [138, -0.26],
              [126, -0.2],
              [118, -0.13],
            ],
          ],
        },
        prevalence: 'common',
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'gluteus-medius-trigger-point-3',
        label: 'TrP3',
        placement: { along: 0.15, toward: 'lateral', line: 1 },
        location: 'Just below the front part of the hip bone ridge, a hand-width behind the hip point.',
        zone: {
          // A band along the whole hip bone ridge from near the hip point round to the sacrum,
          // swelling over the low back beside it.
          essential: [
            [
              [62, 0.04],
              [95, 0.07],
              [132, 0.09],
              [172, 0.105],
              [208, 0.12],
              [236, 0.11],
              [246, 0.07],
              [238, 0.03],
              [218, 0.035],
              [190, 0.065],
              [150, 0.05],
              [112, 0.03],
              [78, 0.01],
            ],
          ],
          spillover: [],
        },
        prevalence: 'uncommon',
        notes: [
          {
            kind: 'caution',
            text: 'The least common of the three. This pattern (along the hip bone ridge and over the low back and sacrum) is Travell & Simons detail recalled by the reference summary, not confirmed on a cited public page.',
            sources: ['travell-simons'],
          },
        ],
        sources: ['travell-simons'],
      },
    ],
    aggravators: [
      'Walking or running a lot, especially on a camber or with a limp',
      'Lying on the painful side, or on the back',
      'Sitting slumped, or sitting on a wallet',
      'Standing with the weight on one leg for long periods',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'A running physiotherapist links hips that sway side to side in running to weak gluteal muscles and to low back pain.',
        sources: ['seed:004'],
      },
      {
        kind: 'fact',
        text: 'Rajagopal places the middle and back origin lines 1.5–2.5 cm from gait2392; both sets lie on the outer ilium under the crest, where anatomy texts put the origin, so the footprint keeps gait2392 and spans the area between.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'travell-simons', 'seed:004'],
  },
  {
    id: 'gluteus-minimus',
    name: 'Gluteus minimus',
    latin: 'Musculus gluteus minimus',
    layNames: ['glute min', 'glute minimus', 'deep glute', 'pseudo-sciatica muscle'],
    // FMA id: Uberon FMA cross-reference of UBERON:0008521 "gluteus minimus".
    fmaId: 22317,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'gluteal-surface-of-ilium',
        description:
          'The outer surface of the ilium between the anterior and inferior gluteal lines, below gluteus medius and just above the hip joint.',
        points: [
          [-0.1056, -0.008, -0.0467],
          [-0.0991, -0.0065, -0.0633],
          [-0.0856, -0.0063, -0.0834],
          [-0.113, 0.012, -0.045],
          [-0.095, 0.01, -0.075],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'greater-trochanter',
        description: 'The front face of the greater trochanter.',
        points: [
          [-0.1395, -0.0765, -0.0779],
          [-0.1395, -0.0765, -0.0803],
          [-0.1385, -0.0744, -0.0842],
          [-0.137, -0.082, -0.073],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Works with gluteus medius to keep the pelvis level on one leg and to lift the leg out to the side; its front fibres turn the thigh inward and help bend the hip.',
    innervation: { nerve: 'Superior gluteal nerve', roots: 'L4–S1' },
    compartment: 'gluteal',
    layer: 3,
    shape: 'broad',
    summary:
      'The smallest and deepest of the three gluteal muscles, a fan under gluteus medius on the side of the hip. It steadies the hip when sitting, walking and running. Its trigger points are a well-known hidden source of pain down the side or back of the leg that is easily mistaken for sciatica or for a hamstring problem.',
    triggerPoints: [
      {
        id: 'gluteus-minimus-trigger-point-1',
        label: 'anterior part',
        placement: { along: 0.35, toward: 'lateral', depth: 'deep', line: 1 },
        location:
          'Deep on the side of the hip, between the front of the hip bone ridge and the hip bump, under the front of gluteus medius: lie on your side and press a tennis ball there, further forward than you would guess.',
        zone: {
          // One band from the lower outer buttock, down the outer thigh along the iliotibial band,
          // widening a little over the outer knee.
          essential: [
            [
              [100, -0.02],
              [126, -0.025],
              [150, -0.045],
              [158, -0.1],
              [146, -0.155],
              [122, -0.2],
              [110, -0.3],
              [108, -0.4],
              [104, -0.48],
              [90, -0.535],
              [72, -0.51],
              [64, -0.43],
              [70, -0.31],
              [78, -0.2],
              [86, -0.11],
              [90, -0.04],
            ],
          ],
          // On down the outer (peroneal) side of the leg, tapering to the outer ankle.
          spillover: [
            [
              [78, -0.48],
              [100, -0.47],
              [110, -0.56],
              [106, -0.7],
              [98, -0.82],
              [88, -0.885],
              [78, -0.86],
              [72, -0.73],
              [70, -0.58],
            ],
          ],
          beyondModel: 'Usually stops at the ankle; rarely reaches the top of the foot.',
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Travell & Simons: the front part sends pain to the lower outer buttock, the outer thigh and outer knee, spilling down the outer leg toward the ankle. The pain can be severe and lasting and is often taken for an L5/S1 nerve root problem.',
            sources: ['travell-simons', 'referral-summaries'],
          },
          {
            kind: 'seed-view',
            text: 'A neuromuscular therapist puts the tennis-ball self-test here, toward the front of the hip: most people place the ball too far back and need to roll onto their side with the ball further forward.',
            sources: ['seed:001'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries', 'seed:001'],
      },
      {
        id: 'gluteus-minimus-trigger-point-2',
        label: 'posterior part',
        placement: { along: 0.4, toward: 'posterior', depth: 'deep', line: 3 },
        location:
          'Deep in the upper-outer buttock, under both gluteus maximus and medius, just above the line from the top of the sacrum to the hip bump.',
        zone: {
          // The lower inner buttock and a long band down the middle of the back of the thigh,
          // stopping above the knee crease.
          essential: [
            [
              [188, -0.035],
              [212, -0.045],
              [228, -0.09],
              [226, -0.15],
              [215, -0.22],
              [210, -0.32],
              [202, -0.4],
              [186, -0.428],
              [168, -0.41],
              [158, -0.32],
              [156, -0.22],
              [162, -0.14],
              [172, -0.07],
            ],
          ],
          // Through the back of the knee and down the calf, narrowing toward the ankle.
          spillover: [
            [
              [170, -0.4],
              [200, -0.4],
              [207, -0.48],
              [205, -0.6],
              [199, -0.73],
              [190, -0.83],
              [178, -0.825],
              [170, -0.72],
              [166, -0.6],
              [164, -0.48],
            ],
          ],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'disagreement',
            text: 'Travell & Simons give the back-of-thigh and calf pattern to these back fibres, deep under gluteus maximus. A neuromuscular therapist finds the "seizing hamstring" pattern with the ball placed toward the front of the hip instead. Both places are shown: try both.',
            sources: ['travell-simons', 'referral-summaries', 'seed:001'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'gluteus-minimus-trigger-point-3',
        placement: { along: 0.45, toward: 'lateral', depth: 'deep', line: 1 },
        location:
          'The tennis-ball spot a neuromuscular therapist uses, toward the front corner of the hip between the hip bone ridge and the hip bump: lie on your side on a tennis ball and work it forward until the familiar back-of-thigh pain appears (most people start too far back).',
        zone: {
          // The "seizing hamstring": a spindle down the back of the thigh from the gluteal fold to
          // just above the knee crease.
          essential: [
            [
              [180, -0.155],
              [202, -0.165],
              [214, -0.24],
              [211, -0.33],
              [199, -0.41],
              [180, -0.435],
              [161, -0.405],
              [150, -0.32],
              [152, -0.23],
              [164, -0.17],
            ],
          ],
          // People who sit a lot feel it at the back of the hip, or in the calf instead.
          spillover: [
            [
              [138, 0.0],
              [166, 0.008],
              [184, -0.03],
              [178, -0.078],
              [154, -0.095],
              [132, -0.066],
              [126, -0.03],
            ],
            [
              [168, -0.53],
              [200, -0.53],
              [208, -0.62],
              [202, -0.74],
              [186, -0.8],
              [170, -0.755],
              [162, -0.64],
            ],
          ],
        },
        prevalence: 'common',
        notes: [
          {
            kind: 'seed-view',
            text: 'The "seizing hamstring": a painful cramp in the back of the thigh, often when bending the knee to bring the heel to the buttock, while driving or after long sitting, that stretching the hamstring does not fix. The therapist shows it is referred from gluteus minimus; people who sit a lot may feel it at the back of the hip or in the calf instead.',
            sources: ['seed:001'],
          },
          {
            kind: 'disagreement',
            text: 'This is the neuromuscular therapist\'s placement ("more anterior than people guess"). Travell & Simons attribute the back-of-thigh pattern to the posterior fibres (trigger point 2) and give the front fibres an outer-thigh pattern.',
            sources: ['seed:001', 'travell-simons'],
          },
        ],
        sources: ['seed:001'],
      },
    ],
    aggravators: [
      'Cycling, and leaning on the handles of a stair climber (hip bent while it works)',
      'Hiking uphill, especially over uneven ground',
      'Activities that make the hips wobble side to side',
      'Driving with the seat pushed back and the hips slid forward, and long sitting',
      'A stride that uses more hip and less knee (seen in runners)',
      'The pain often flares a day or two after the activity, not during it',
    ],
    notes: [
      {
        kind: 'seed-view',
        text: 'Hidden source: back-of-thigh cramps and pain that keep coming back despite hamstring stretching may come from this deep hip muscle.',
        sources: ['seed:001'],
      },
      {
        kind: 'fact',
        text: 'Rajagopal and gait2392 agree on its attachments within about 1 cm.',
        sources: ['gait2392', 'rajagopal2016'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons', 'seed:001'],
  },
  {
    id: 'piriformis',
    name: 'Piriformis',
    latin: 'Musculus piriformis',
    layNames: ['piriformis', 'deep hip rotator', 'pear-shaped muscle'],
    // FMA id: Uberon FMA cross-reference of UBERON:0008529 "piriformis muscle"; same id in the BodyParts3D R4 parts list (FMA-named).
    fmaId: 19082,
    origins: [
      {
        bone: 'sacrum',
        landmark: 'sacrum-dorsal-surface',
        description:
          'The front (pelvic) surface of the sacrum between the openings for the sacral nerves, roughly its second to fourth segments, and the upper edge of the greater sciatic notch.',
        points: [
          [-0.0235, 0.0003, -0.1396],
          [-0.03, 0.015, -0.136],
          [-0.028, -0.02, -0.139],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'greater-trochanter',
        description: 'The upper edge of the greater trochanter, by a rounded tendon.',
        points: [
          [-0.1272, -0.0697, -0.0855],
          [-0.131, -0.066, -0.09],
          [-0.124, -0.072, -0.092],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Turns the straightened thigh outward; with the hip bent it helps move the thigh out to the side; it also holds the head of the femur in its socket.',
    innervation: { nerve: 'Nerve to piriformis (branches of the sacral plexus)', roots: 'S1–S2' },
    compartment: 'gluteal',
    layer: 2,
    shape: 'fusiform',
    summary:
      'A pear-shaped muscle deep in the buttock, running from the inside of the sacrum out through the sciatic notch to the top of the hip bump. The sciatic nerve passes just below it (and in some people through it), so a tight piriformis can both refer pain and press on the nerve.',
    triggerPoints: [
      {
        id: 'piriformis-trigger-point-1',
        placement: { along: 0.75, toward: 'posterior', depth: 'deep' },
        location:
          'Deep in the buttock, about two fingers in from the top of the hip bump, on a line toward the sacrum.',
        zone: piriformisZone,
        prevalence: 'common',
        notes: [
          {
            kind: 'caution',
            text: 'The positions of the two points are Travell & Simons detail, not confirmed on the cited public page.',
            sources: ['travell-simons'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        id: 'piriformis-trigger-point-2',
        placement: { along: 0.3, toward: 'posterior', depth: 'deep' },
        location:
          'Deep in the middle of the buttock, close to the edge of the sacrum, halfway between the low-back dimple and the sit bone.',
        zone: piriformisZone,
        prevalence: 'common',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Long sitting, especially with the legs crossed or on a wallet',
      'Running, and getting up from a chair',
      'Twisting while lifting',
    ],
    notes: [
      {
        kind: 'caution',
        text: 'Separate from its referred pain, a tight piriformis can squeeze the sciatic nerve: burning, tingling or numbness down the leg and into the foot is nerve pain, not a referral pattern. Pain on opening the bowels is also reported.',
        sources: ['referral-summaries', 'gray-anatomy'],
      },
      {
        kind: 'disagreement',
        text: 'Rajagopal places the origin about 4 cm further forward than gait2392. Anatomy texts put it on the front (pelvic) surface of the sacrum; the model keeps gait2392 because its sacrum is built at gait2392 size, with the footprint on the front of that sacrum.',
        sources: ['gait2392', 'rajagopal2016', 'gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons'],
  },
  {
    id: 'tensor-fasciae-latae',
    name: 'Tensor fasciae latae',
    latin: 'Musculus tensor fasciae latae',
    layNames: ['TFL', 'tensor', 'hip flexor on the side', 'pocket muscle'],
    // FMA id: Uberon-FMA bridge, UBERON:0001376 "tensor fasciae latae muscle"; same id in the BodyParts3D R4 parts list (FMA-named).
    fmaId: 22423,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'anterior-superior-iliac-spine',
        description: 'The outer lip of the front of the iliac crest, just behind the hip point (ASIS).',
        points: [
          [-0.1241, 0.0214, -0.0311],
          [-0.126, 0.012, -0.006],
          [-0.128, 0.032, -0.045],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'tibia',
        landmark: 'lateral-tibial-condyle',
        description:
          "Through the iliotibial tract: the muscle belly ends in the tract about a third of the way down the thigh, and the tract ends on the front-outer bump of the lateral tibial condyle (Gerdy's tubercle).",
        points: [
          [-0.1132, -0.5106, -0.0692],
          [-0.116, -0.505, -0.06],
          [-0.112, -0.512, -0.077],
        ],
        sources: ['gait2392', 'gray-anatomy'],
      },
    ],
    action:
      'Helps bend the hip, move it out to the side and turn it inward; tightens the iliotibial tract, which steadies the knee and the hip when standing on one leg.',
    innervation: { nerve: 'Superior gluteal nerve', roots: 'L4–S1' },
    compartment: 'gluteal',
    layer: 1,
    shape: 'fusiform',
    summary:
      'A short, flat muscle at the front corner of the hip, just below and behind the hip point, about where a trouser pocket sits. It pulls on the long iliotibial band down the outside of the thigh. Its trigger points make the hip joint itself seem to hurt.',
    triggerPoints: [
      {
        id: 'tensor-fasciae-latae-trigger-point-1',
        placement: { along: 0.3, toward: 'anterior', depth: 'superficial' },
        location:
          'At the front corner of the hip, a couple of fingers below and slightly behind the hip point; the muscle tightens under your fingers when you turn the foot inward.',
        zone: {
          // An oval over and just in front of the hip bump (greater trochanter): "the hip joint".
          essential: [
            [
              [56, 0.015],
              [82, 0.02],
              [102, -0.01],
              [110, -0.06],
              [103, -0.115],
              [85, -0.145],
              [62, -0.125],
              [49, -0.075],
              [47, -0.02],
            ],
          ],
          // Down the front-outer thigh toward the knee, narrowing as it goes.
          spillover: [
            [
              [62, -0.1],
              [96, -0.1],
              [102, -0.2],
              [95, -0.31],
              [86, -0.41],
              [76, -0.455],
              [64, -0.44],
              [56, -0.35],
              [52, -0.24],
              [54, -0.15],
            ],
          ],
        },
        prevalence: 'most-common',
        notes: [
          {
            kind: 'reference-view',
            text: 'Felt at the front-outer hip over and in front of the hip bump, as if in the hip joint, spilling down the outer thigh toward the knee. Often diagnosed as trochanteric bursitis or iliotibial band syndrome. Some describe a second point an inch further out.',
            sources: ['travell-simons', 'referral-summaries'],
          },
        ],
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    aggravators: [
      'Lying on the painful side',
      'Straightening up after sitting for a long time',
      'Sitting with the hips sharply bent, and long walks or runs on a camber',
    ],
    notes: [
      {
        kind: 'fact',
        text: 'The gait2392 and Rajagopal lines run on past the muscle to the outer tibia: they stand for the muscle and its iliotibial tract together.',
        sources: ['gait2392', 'rajagopal2016'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392', 'travell-simons'],
  },
];
