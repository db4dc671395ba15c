/**
 * The deep hip rotators under gluteus maximus, below piriformis: gemellus superior, obturator
 * internus, gemellus inferior, quadratus femoris, and obturator externus in front of them.
 * Attachments from standard anatomy texts, placed on the model's bones (gait2392 size) relative to
 * the ischial spine, ischial tuberosity, obturator foramen and greater trochanter. Neither
 * gait2392 nor Rajagopal gives these muscles path points in reference/attachments.csv; gait2392's
 * parameters (muscle-params.csv: `gem_r` for the gemelli, `quad_fem_r`) fix the sizes of the
 * gemelli and quadratus femoris.
 *
 * Referral maps (drawn like the other muscles' zones: smooth outlines in the body-surface
 * coordinate of `../surface.ts`, their pain sites computed): Travell & Simons treat the gemelli,
 * obturator internus and quadratus femoris with piriformis as the short lateral rotators, whose
 * points lie in the same deep layer and refer much as piriformis does, to the buttock over the back
 * of the hip and down the back of the thigh; obturator internus also refers into the pelvic floor.
 * No cited public page confirms these details (see the notes). Obturator externus has no pattern
 * in the references used, so it still waits (`awaitingTriggerPoints` in ../schema.ts).
 */
import type { Muscle, ReferralZone, SourcedNote } from '../types.ts';

const tendonNote: SourcedNote = {
  kind: 'fact',
  text: 'The two gemelli lie along the upper and lower edges of the obturator internus tendon and blend with it, so the three end together on the inner face of the greater trochanter and work as one unit (sometimes called the triceps coxae).',
  sources: ['gray-anatomy'],
};

const sizeNote: SourcedNote = {
  kind: 'fact',
  text: 'gait2392 models the two gemelli as one line (gem_r, 164 N × 2.4 cm fibres, about 7 cm³ together); the model sizes them to that volume.',
  sources: ['gait2392'],
};

const rotatorCaution: SourcedNote = {
  kind: 'caution',
  text: "Travell & Simons give the short lateral rotators a pattern like piriformis's (buttock and back of the hip, spilling down the back of the thigh) rather than a map of their own; this is recalled from the book, not confirmed on a cited public page.",
  sources: ['travell-simons'],
};

/**
 * The gemelli: a rounded zone over the back of the hip joint between the sit bone and the hip bump,
 * lower and more outer than piriformis's, spilling down the top of the back of the thigh.
 */
const gemelliZone: ReferralZone = {
  essential: [
    [
      [146, -0.02],
      [176, -0.018],
      [204, -0.04],
      [214, -0.08],
      [202, -0.118],
      [174, -0.13],
      [146, -0.12],
      [128, -0.09],
      [130, -0.045],
    ],
  ],
  spillover: [
    [
      [156, -0.11],
      [200, -0.112],
      [214, -0.16],
      [208, -0.235],
      [192, -0.275],
      [170, -0.272],
      [154, -0.23],
      [148, -0.16],
    ],
  ],
};

/**
 * Quadratus femoris: lowest of the rotators, from the sit bone to the back of the trochanter: a
 * zone across the lower buttock from the sit bone out toward the hip bump, spilling down the upper
 * back of the thigh.
 */
const quadratusFemorisZone: ReferralZone = {
  essential: [
    [
      [134, -0.055],
      [168, -0.06],
      [200, -0.078],
      [216, -0.11],
      [206, -0.152],
      [176, -0.16],
      [146, -0.15],
      [124, -0.12],
      [118, -0.08],
    ],
  ],
  spillover: [
    [
      [150, -0.14],
      [198, -0.145],
      [212, -0.19],
      [204, -0.265],
      [186, -0.3],
      [164, -0.29],
      [150, -0.24],
      [144, -0.18],
    ],
  ],
};

/**
 * Obturator internus: a spot at the foot of the buttock cleft beside the tailbone (the anococcygeal
 * region, as far as the modelled skin goes), the rest inside the pelvic floor; spillover onto the top
 * of the back of the thigh.
 */
const obturatorInternusZone: ReferralZone = {
  essential: [
    [
      [226, -0.035],
      [240, -0.04],
      [246, -0.066],
      [240, -0.093],
      [226, -0.1],
      [217, -0.076],
      [218, -0.052],
    ],
  ],
  spillover: [
    [
      [186, -0.13],
      [214, -0.128],
      [228, -0.16],
      [222, -0.235],
      [202, -0.262],
      [184, -0.235],
      [178, -0.18],
    ],
  ],
  beyondModel: 'The anococcygeal region and the pelvic floor (the vagina in women), off the modelled skin.',
};

export const deepHipMuscles: readonly Muscle[] = [
  {
    id: 'gemellus-superior',
    name: 'Gemellus superior',
    latin: 'Musculus gemellus superior',
    layNames: ['superior gemellus', 'upper gemellus', 'deep hip rotator', 'deep six'],
    // fmaNote: the gemellus inferior's FMA id (22320) was confirmed; none for this one in the sources searched.
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'ischial-spine',
        description: 'The outer (buttock) surface of the ischial spine, just above the lesser sciatic notch.',
        points: [
          [-0.058, -0.0759, -0.1299],
          [-0.0658, -0.0815, -0.1264],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'greater-trochanter',
        description:
          'With the upper edge of the obturator internus tendon onto the inner face of the greater trochanter, above the trochanteric fossa.',
        points: [
          [-0.1202, -0.0656, -0.101],
          [-0.1193, -0.0693, -0.1013],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action:
      'Turns the straightened thigh outward and helps move the bent thigh out to the side; with its partners it holds the head of the femur in its socket.',
    innervation: { nerve: 'Nerve to obturator internus (sacral plexus)', roots: 'L5–S2' },
    compartment: 'gluteal',
    layer: 2,
    shape: 'short',
    summary:
      'The smaller of two thin twin muscles that run sideways across the back of the hip joint, deep under gluteus maximus and just below piriformis. It runs from the pointed ischial spine to the top of the thigh bone along the upper edge of the obturator internus tendon, and helps turn the leg out.',
    triggerPoints: [
      {
        id: 'gemellus-superior-trigger-point-1',
        placement: { along: 0.5, toward: 'posterior', depth: 'deep' },
        location:
          'Deep in the buttock just below the level of piriformis, halfway between the sit bone and the hip bump; only firm pressure through gluteus maximus reaches it.',
        zone: gemelliZone,
        prevalence: 'common',
        notes: [rotatorCaution],
        sources: ['travell-simons'],
      },
    ],
    notes: [
      tendonNote,
      sizeNote,
      {
        kind: 'fact',
        text: 'It is the muscle most often missing among the deep rotators (absent in a few per cent of people).',
        sources: ['gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392'],
  },
  {
    id: 'gemellus-inferior',
    name: 'Gemellus inferior',
    latin: 'Musculus gemellus inferior',
    layNames: ['inferior gemellus', 'lower gemellus', 'deep hip rotator', 'deep six'],
    // FMA id: Wikipedia infobox "Inferior gemellus muscle" (FMA 22320, TA A04.7.02.014).
    fmaId: 22320,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'ischial-tuberosity',
        description:
          'The upper part of the ischial tuberosity (the sit bone), just below the groove where the obturator internus tendon turns round the bone.',
        points: [
          [-0.07, -0.0969, -0.134],
          [-0.079, -0.1002, -0.1317],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'greater-trochanter',
        description:
          'With the lower edge of the obturator internus tendon onto the inner face of the greater trochanter.',
        points: [
          [-0.1186, -0.0752, -0.1013],
          [-0.1176, -0.0788, -0.1017],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action:
      'Turns the straightened thigh outward and helps move the bent thigh out to the side; steadies the head of the femur in its socket.',
    innervation: { nerve: 'Nerve to quadratus femoris (sacral plexus)', roots: 'L4–S1' },
    compartment: 'gluteal',
    layer: 2,
    shape: 'short',
    summary:
      'The larger of the twin muscles, running sideways from the top of the sit bone to the top of the thigh bone along the lower edge of the obturator internus tendon, deep under gluteus maximus. The sciatic nerve crosses behind it.',
    triggerPoints: [
      {
        id: 'gemellus-inferior-trigger-point-1',
        placement: { along: 0.5, toward: 'posterior', depth: 'deep' },
        location:
          'Deep in the lower buttock, a finger above the top of the sit bone on a line toward the hip bump.',
        zone: gemelliZone,
        prevalence: 'common',
        notes: [rotatorCaution],
        sources: ['travell-simons'],
      },
    ],
    notes: [tendonNote, sizeNote],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392'],
  },
  {
    id: 'obturator-internus',
    name: 'Obturator internus',
    latin: 'Musculus obturatorius internus',
    layNames: ['internal obturator', 'obturator internus', 'deep hip rotator', 'deep six'],
    // FMA id: Wikipedia infobox "Internal obturator muscle" (FMA 22298, TA A04.7.02.012).
    fmaId: 22298,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'obturator-foramen',
        description:
          'The inner (pelvic) surface of the membrane that closes the obturator foramen and the bone around it, back to the inner wall of the hip socket.',
        points: [
          [-0.0548, -0.0793, -0.0719],
          [-0.0576, -0.0853, -0.0834],
          [-0.0412, -0.1154, -0.089],
          [-0.0286, -0.1103, -0.0709],
          [-0.0538, -0.0698, -0.059],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'greater-trochanter',
        description:
          'By a tendon that leaves the pelvis through the lesser sciatic foramen, turning a right angle round the bone between the ischial spine and the sit bone, onto the inner face of the greater trochanter.',
        points: [
          [-0.1196, -0.0702, -0.1017],
          [-0.1202, -0.0722, -0.1022],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action:
      'Turns the straightened thigh outward and moves the bent thigh out to the side; holds the head of the femur in its socket when walking.',
    innervation: { nerve: 'Nerve to obturator internus (sacral plexus)', roots: 'L5–S2' },
    compartment: 'gluteal',
    layer: 2,
    shape: 'fusiform',
    summary:
      'A fan-shaped muscle lining the inside of the front wall of the pelvis. Its fibres gather into a tendon that bends round the back of the pelvis below the ischial spine and crosses the back of the hip joint, between the two gemelli, to the top of the thigh bone. Only that outer part shows in the buttock.',
    triggerPoints: [
      {
        id: 'obturator-internus-trigger-point-1',
        placement: { along: 0.75, toward: 'posterior', depth: 'deep' },
        location:
          'Outside the pelvis its tendon runs deep in the lower buttock between the sit bone and the hip bump; its belly lies inside the pelvis, on the inner wall beside the pelvic floor.',
        zone: obturatorInternusZone,
        prevalence: 'uncommon',
        notes: [
          rotatorCaution,
          {
            kind: 'caution',
            text: 'Travell & Simons also list obturator internus among the pelvic floor muscles, referring to the anococcygeal region and the vagina and sometimes to the top of the back of the thigh; recalled from the book, not confirmed on a cited public page.',
            sources: ['travell-simons'],
          },
        ],
        sources: ['travell-simons'],
      },
    ],
    notes: [
      tendonNote,
      {
        kind: 'fact',
        text: 'Inside the pelvis its fascia forms part of the side wall that the pelvic floor hangs from; the model shows the part inside the pelvis only as the belly behind the hip bone.',
        sources: ['gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'obturator-externus',
    name: 'Obturator externus',
    latin: 'Musculus obturatorius externus',
    layNames: ['external obturator', 'obturator externus', 'deep hip rotator', 'deep six'],
    // FMA id: Wikipedia infobox "External obturator muscle" (FMA 22299, TA A04.7.02.031).
    fmaId: 22299,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'obturator-foramen',
        description:
          'The outer surface of the membrane over the obturator foramen and the bone around its inner and lower margin (the pubis and the ischiopubic ramus).',
        points: [
          [-0.0239, -0.1063, -0.05],
          [-0.0482, -0.0755, -0.0273],
          [-0.0354, -0.1179, -0.0693],
          [-0.0296, -0.1124, -0.0597],
          [-0.0469, -0.1218, -0.0847],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'trochanteric-fossa',
        description:
          'By a tendon passing under and behind the neck of the femur into the trochanteric fossa.',
        points: [
          [-0.1162, -0.0795, -0.101],
          [-0.1133, -0.0826, -0.1],
        ],
        sources: ['gray-anatomy'],
      },
    ],
    action: 'Turns the thigh outward and steadies the head of the femur in its socket.',
    innervation: { nerve: 'Obturator nerve (posterior branch)', roots: 'L3–L4' },
    compartment: 'gluteal',
    layer: 3,
    shape: 'broad',
    summary:
      'A flat, triangular muscle covering the outside of the front wall of the pelvis, under the inner-thigh muscles. Its tendon winds under the neck of the thigh bone to the pit behind the top of the bone. It is the deepest of the hip rotators and the only one supplied by the obturator nerve.',
    triggerPoints: [],
    notes: [
      {
        kind: 'fact',
        text: 'Texts group it with the adductors (by its nerve and position) or with the deep rotators of the buttock (by its action); here it is listed with the hip rotators.',
        sources: ['gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica'],
  },
  {
    id: 'quadratus-femoris',
    name: 'Quadratus femoris',
    latin: 'Musculus quadratus femoris',
    layNames: ['quadratus femoris', 'QF', 'square thigh muscle', 'deep hip rotator', 'deep six'],
    // FMA id: Wikipedia infobox "Quadratus femoris muscle" (FMA 22321, TA A04.7.02.015).
    fmaId: 22321,
    origins: [
      {
        bone: 'hip-bone',
        landmark: 'ischial-tuberosity',
        description:
          'The outer border of the ischial tuberosity (the sit bone), beside the hamstring origin.',
        points: [
          [-0.0822, -0.1121, -0.12],
          [-0.0823, -0.1034, -0.128],
          [-0.0788, -0.1219, -0.116],
        ],
        sources: ['gray-anatomy', 'gait2392'],
      },
    ],
    insertions: [
      {
        bone: 'femur',
        landmark: 'intertrochanteric-crest',
        description:
          'The quadrate tubercle on the intertrochanteric crest, on the back of the top of the thigh bone, and the line just below it.',
        points: [
          [-0.1188, -0.1027, -0.1029],
          [-0.114, -0.1131, -0.0982],
          [-0.1207, -0.0931, -0.1053],
        ],
        sources: ['gray-anatomy', 'gait2392'],
      },
    ],
    action: 'A strong outward turner of the thigh; it also helps pull the thigh inward and steadies the hip.',
    innervation: { nerve: 'Nerve to quadratus femoris (sacral plexus)', roots: 'L4–S1' },
    compartment: 'gluteal',
    layer: 2,
    shape: 'short',
    summary:
      'A thick, flat, square muscle at the bottom of the deep buttock, running straight out from the sit bone to the back of the top of the thigh bone, between gemellus inferior above and adductor magnus below. The sciatic nerve lies on it.',
    triggerPoints: [
      {
        id: 'quadratus-femoris-trigger-point-1',
        placement: { along: 0.5, toward: 'posterior', depth: 'deep' },
        location:
          'Deep in the lower buttock between the outer edge of the sit bone and the back of the hip bump, just above the buttock crease.',
        zone: quadratusFemorisZone,
        prevalence: 'common',
        notes: [rotatorCaution],
        sources: ['travell-simons'],
      },
    ],
    notes: [
      {
        kind: 'fact',
        text: 'Sized to gait2392 quad_fem_r (381 N × 5.4 cm fibres, about 34 cm³).',
        sources: ['gait2392'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'gait2392'],
  },
];
