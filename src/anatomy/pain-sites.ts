/**
 * The 22 pain sites of SPEC "Pain sites": named regions of the right limb's skin, drawn in the
 * body-surface coordinates of `surface.ts` (height y in model-frame metres; angle 0 front,
 * 90 outer side, 180 back, 270 inner side). They tile the hip, thigh and knee without gaps, with
 * small overlaps at the borders (a click on a border belongs to both sites). The front of the
 * shin and the lower abdomen are left out on purpose: no referral pattern in the data needs them.
 *
 * Heights at gait2392 size: iliac crest top ≈ +0.07, hip point (ASIS) ≈ +0.02, hip joint ≈ -0.066,
 * gluteal fold ≈ -0.16, top of the kneecap ≈ -0.41, knee joint line ≈ -0.47, ankle ≈ -0.89,
 * bottom of the heel ≈ -0.94. Above the hip the angle is measured around the right half of the
 * pelvis, so the spine and the buttock cleft lie at about 210–230° and the pubic midline at about
 * 310–330°.
 */
import type { PainSite } from './types.ts';

export const painSites: readonly PainSite[] = [
  {
    id: 'low-back',
    label: 'Low back',
    description:
      'The lower back on this side, from the top of the hip bone up toward the waist, between the spine and the flank.',
    patches: [{ y: [0.07, 0.2], angle: [135, 245] }],
    sources: ['gray-anatomy', 'seed:004'],
  },
  {
    id: 'sacroiliac',
    label: 'Low back dimple (sacroiliac area)',
    description:
      'The flat area at the base of the spine and the dimple beside it, just above the buttock, over the joint between the spine and the hip bone.',
    patches: [{ y: [-0.02, 0.08], angle: [190, 245] }],
    sources: ['gray-anatomy', 'travell-simons'],
  },
  {
    id: 'buttock',
    label: 'Buttock',
    description:
      'The rounded muscle of the bottom, from just below the hip bone ridge to the crease under the buttock, apart from the sit bone at its lower inner part.',
    patches: [
      { y: [-0.165, 0.06], angle: [110, 170] },
      { y: [-0.09, -0.02], angle: [168, 240] },
      { y: [-0.02, 0.06], angle: [168, 192] },
    ],
    sources: ['gray-anatomy', 'travell-simons', 'seed:000'],
  },
  {
    id: 'ischial-tuberosity',
    label: 'Sit bone',
    description:
      'The lower inner part of the buttock over the sit bone, just above the buttock crease: the spot that presses into a hard chair.',
    patches: [{ y: [-0.165, -0.085], angle: [168, 228] }],
    sources: ['gray-anatomy', 'seed:000'],
  },
  {
    id: 'lateral-hip',
    label: 'Side of the hip',
    description:
      'The outer side of the hip, from below the hip bone ridge down over the bony bump of the hip (greater trochanter).',
    patches: [{ y: [-0.15, 0.07], angle: [40, 115] }],
    sources: ['gray-anatomy', 'seed:001'],
  },
  {
    id: 'groin',
    label: 'Groin',
    description:
      'The crease at the front of the hip where the thigh meets the body, and the top of the inner thigh just below it.',
    patches: [{ y: [-0.13, 0.0], angle: [295, 45] }],
    sources: ['gray-anatomy'],
  },
  {
    id: 'anterior-thigh',
    label: 'Front of the thigh',
    description: 'The front of the thigh, from below the groin crease down to just above the kneecap.',
    patches: [{ y: [-0.4, -0.12], angle: [325, 50] }],
    sources: ['gray-anatomy', 'seed:003'],
  },
  {
    id: 'medial-thigh',
    label: 'Inner thigh',
    description: 'The inner side of the thigh, from the groin down to just above the inner knee.',
    patches: [{ y: [-0.4, -0.09], angle: [228, 328] }],
    sources: ['gray-anatomy', 'seed:003'],
  },
  {
    id: 'lateral-thigh',
    label: 'Outer thigh',
    description: 'The outer side of the thigh, from below the hip bump down to just above the outer knee.',
    patches: [{ y: [-0.4, -0.13], angle: [45, 140] }],
    sources: ['gray-anatomy', 'seed:003'],
  },
  {
    id: 'posterior-thigh-proximal',
    label: 'Back of the thigh, top',
    description: 'The top third of the back of the thigh, just below the buttock crease.',
    patches: [{ y: [-0.24, -0.155], angle: [135, 230] }],
    sources: ['gray-anatomy', 'seed:000', 'seed:001'],
  },
  {
    id: 'posterior-thigh-middle',
    label: 'Back of the thigh, middle',
    description: 'The middle third of the back of the thigh, over the belly of the hamstrings.',
    patches: [{ y: [-0.32, -0.235], angle: [135, 230] }],
    sources: ['gray-anatomy', 'seed:000', 'seed:001'],
  },
  {
    id: 'posterior-thigh-distal',
    label: 'Back of the thigh, lower',
    description: 'The lower third of the back of the thigh, a hand or so above the back of the knee.',
    patches: [{ y: [-0.4, -0.315], angle: [135, 230] }],
    sources: ['gray-anatomy', 'seed:000'],
  },
  {
    id: 'popliteal-fossa',
    label: 'Back of the knee',
    description: 'The soft hollow in the middle of the back of the knee, including the knee crease.',
    patches: [{ y: [-0.52, -0.4], angle: [155, 205] }],
    sources: ['gray-anatomy', 'seed:000', 'seed:001', 'seed:002'],
  },
  {
    id: 'posterolateral-knee',
    label: 'Back of the knee, outer side',
    description:
      'The outer edge of the back of the knee, where the outer hamstring tendon runs down to the top of the fibula.',
    patches: [{ y: [-0.52, -0.4], angle: [120, 160] }],
    sources: ['gray-anatomy', 'seed:001', 'seed:002'],
  },
  {
    id: 'posteromedial-knee',
    label: 'Back of the knee, inner side',
    description:
      'The inner edge of the back of the knee, where the inner hamstring tendons run down to the shin bone.',
    patches: [{ y: [-0.52, -0.4], angle: [200, 240] }],
    sources: ['gray-anatomy', 'seed:002'],
  },
  {
    id: 'anterior-knee',
    label: 'Front of the knee',
    description: 'The kneecap and the skin around it, from just above the kneecap to the bump below it.',
    patches: [{ y: [-0.53, -0.39], angle: [320, 40] }],
    sources: ['gray-anatomy'],
  },
  {
    id: 'medial-knee',
    label: 'Inner knee',
    description: 'The inner side of the knee, above and below the joint line.',
    patches: [{ y: [-0.54, -0.4], angle: [240, 325] }],
    sources: ['gray-anatomy'],
  },
  {
    id: 'lateral-knee',
    label: 'Outer knee',
    description: 'The outer side of the knee, above and below the joint line.',
    patches: [{ y: [-0.54, -0.4], angle: [40, 125] }],
    sources: ['gray-anatomy'],
  },
  {
    id: 'calf-proximal',
    label: 'Upper calf',
    description: 'The top of the calf, just below the back of the knee, where the calf muscle is thickest.',
    patches: [{ y: [-0.66, -0.52], angle: [140, 240] }],
    sources: ['gray-anatomy', 'seed:000', 'seed:002'],
  },
  {
    id: 'calf-middle',
    label: 'Middle of the calf',
    description: 'The lower half of the calf, down to where the muscle narrows into the Achilles tendon.',
    patches: [{ y: [-0.8, -0.65], angle: [140, 240] }],
    sources: ['gray-anatomy', 'seed:000'],
  },
  {
    id: 'lateral-leg',
    label: 'Outer side of the lower leg',
    description: 'The outer side of the lower leg, from below the knee down toward the outer ankle bone.',
    patches: [{ y: [-0.88, -0.52], angle: [60, 140] }],
    sources: ['gray-anatomy'],
  },
  {
    id: 'heel',
    label: 'Heel',
    description:
      'The back and underside of the heel and the lowest part of the Achilles tendon just above it.',
    patches: [{ y: [-0.97, -0.83], angle: [110, 250] }],
    sources: ['gray-anatomy', 'travell-simons'],
  },
];
