/**
 * The fixed identifier vocabularies of SPEC "Anatomical scope and identifiers", "Pain sites" and
 * "Self-tests". They are glTF node names, store keys and URL words: promises to users and tests.
 * Typed from `as const` arrays so every closed vocabulary is checked by the compiler.
 */

export const boneIds = [
  'hip-bone',
  'sacrum',
  'femur',
  'patella',
  'tibia',
  'fibula',
  'calcaneus',
  // Beyond SPEC's list (additive): the rest of the foot skeleton, so the heel bone is not alone.
  'talus',
  'metatarsal-bones',
] as const;
export type BoneId = (typeof boneIds)[number];

export const landmarkIds = [
  'iliac-crest',
  'anterior-superior-iliac-spine',
  'anterior-inferior-iliac-spine',
  'posterior-superior-iliac-spine',
  'ischial-tuberosity',
  'pubic-body',
  'greater-trochanter',
  'lesser-trochanter',
  'gluteal-tuberosity',
  'linea-aspera',
  'adductor-tubercle',
  'medial-femoral-condyle',
  'lateral-femoral-condyle',
  'fibular-head',
  'medial-tibial-condyle',
  'lateral-tibial-condyle',
  'tibial-tuberosity',
  'pes-anserinus',
  'soleal-line',
  'calcaneal-tuberosity',
  // Beyond SPEC's minimum: needed to place attachments precisely.
  'sacrum-dorsal-surface',
  'greater-sciatic-notch',
  'inferior-pubic-ramus',
  'gluteal-surface-of-ilium',
  'intertrochanteric-line',
  'pectineal-line',
  'trochanteric-fossa',
  'popliteal-surface',
  'patella-base',
  'medial-tibial-surface',
  'posterior-tibial-condyle',
  // Attachments of the deep hip rotators and of the leg muscles below the knee.
  'ischial-spine',
  'obturator-foramen',
  'intertrochanteric-crest',
  'lateral-surface-of-tibia',
  'posterior-surface-of-tibia',
  'medial-surface-of-fibula',
  'lateral-surface-of-fibula',
  'posterior-surface-of-fibula',
  'medial-cuneiform',
  'navicular-tuberosity',
  'tuberosity-of-fifth-metatarsal',
  'distal-phalanx-of-great-toe',
  'phalanges-of-lesser-toes',
] as const;
export type LandmarkId = (typeof landmarkIds)[number];

export const muscleIds = [
  'gluteus-maximus',
  'gluteus-medius',
  'gluteus-minimus',
  'piriformis',
  'tensor-fasciae-latae',
  'iliopsoas',
  'sartorius',
  'rectus-femoris',
  'vastus-lateralis',
  'vastus-intermedius',
  'vastus-medialis',
  'pectineus',
  'adductor-longus',
  'adductor-brevis',
  'adductor-magnus',
  'gracilis',
  'semitendinosus',
  'semimembranosus',
  'biceps-femoris-long-head',
  'biceps-femoris-short-head',
  'gastrocnemius-medial-head',
  'gastrocnemius-lateral-head',
  'plantaris',
  'soleus',
  'popliteus',
  // The deep hip rotators, under gluteus maximus between piriformis and the hamstring origin.
  'gemellus-superior',
  'gemellus-inferior',
  'obturator-internus',
  'obturator-externus',
  'quadratus-femoris',
  // The leg below the knee: front, outer side and the deep back of the calf.
  'tibialis-anterior',
  'extensor-digitorum-longus',
  'extensor-hallucis-longus',
  'fibularis-longus',
  'fibularis-brevis',
  'tibialis-posterior',
  'flexor-digitorum-longus',
  'flexor-hallucis-longus',
] as const;
export type MuscleId = (typeof muscleIds)[number];

export const connectiveTissueIds = [
  'fascia-lata',
  'iliotibial-tract',
  'lateral-intermuscular-septum',
  'medial-intermuscular-septum',
  'posterior-intermuscular-septum',
  'calcaneal-tendon',
] as const;
export type ConnectiveTissueId = (typeof connectiveTissueIds)[number];

export const nerveIds = ['sciatic-nerve', 'tibial-nerve', 'common-fibular-nerve'] as const;
export type NerveId = (typeof nerveIds)[number];

export const skinId = 'skin' as const;
export type SkinId = typeof skinId;

/** Every structure a person can select, search for or put in `?select=`. */
export type StructureId = BoneId | LandmarkId | MuscleId | ConnectiveTissueId | NerveId | SkinId;

/** The whole closed vocabulary of structures, in one list (not only the ones that have data). */
export const structureIds: readonly StructureId[] = [
  ...boneIds,
  ...landmarkIds,
  ...muscleIds,
  ...connectiveTissueIds,
  ...nerveIds,
  skinId,
];

export const painSiteIds = [
  'low-back',
  'sacroiliac',
  'buttock',
  'ischial-tuberosity',
  'lateral-hip',
  'groin',
  'anterior-thigh',
  'medial-thigh',
  'lateral-thigh',
  'posterior-thigh-proximal',
  'posterior-thigh-middle',
  'posterior-thigh-distal',
  'popliteal-fossa',
  'posterolateral-knee',
  'posteromedial-knee',
  'anterior-knee',
  'medial-knee',
  'lateral-knee',
  'calf-proximal',
  'calf-middle',
  'lateral-leg',
  'heel',
] as const;
export type PainSiteId = (typeof painSiteIds)[number];

export const selfTestIds = [
  'knee-curl',
  'straight-leg-hip-extension',
  'knee-bend-foot-flexed',
  'tiptoe-push-off',
  'sit-bone-press',
  'hamstring-belly-palpation',
  'calf-origin-palpation',
  'straight-leg-raise',
  'straight-leg-raise-toe-out',
  'heel-to-buttock',
  'tennis-ball-gluteus-minimus',
  'resisted-knee-flexion',
  'toe-touch',
  'single-leg-squat',
  // Beyond SPEC's minimum.
  'prone-leg-raise',
  'hard-seat-sitting',
  // seed:001's driving and long-sitting cramp, so that history can reach the ranking.
  'long-sitting-or-driving',
  // Travell & Simons' trigger-point locations for the front, inner and outer thigh and the hip crest
  // (the seeds' tests all concern the back of the limb).
  'front-thigh-palpation',
  'inner-thigh-palpation',
  'outer-thigh-palpation',
  'iliac-crest-palpation',
] as const;
export type SelfTestId = (typeof selfTestIds)[number];

export const views = ['anterior', 'posterior', 'lateral', 'medial'] as const;
export type View = (typeof views)[number];

export const sides = ['right', 'left'] as const;
export type Side = (typeof sides)[number];

/** Layers a person can show or hide (URL `?layers=`). */
export const layerIds = [
  'skin',
  'fascia',
  'muscles',
  'bones',
  'nerves',
  'attachments',
  'trigger-points',
] as const;
export type LayerId = (typeof layerIds)[number];

/** Node name of a muscle's n-th origin or insertion footprint (n from 1; the first has no suffix). */
export function attachmentNodeName(muscle: MuscleId, role: 'origin' | 'insertion', index: number): string {
  return index === 0 ? `${muscle}-${role}` : `${muscle}-${role}-${index + 1}`;
}

/** Node name of a muscle's n-th trigger point (n from 1). */
export function triggerPointNodeName(muscle: MuscleId, index: number): string {
  return `${muscle}-trigger-point-${index + 1}`;
}

/**
 * Kinds of part in the generated model (glTF `extras.kind`): written by the generator, read by
 * the scene. One list so the two sides cannot drift apart.
 */
export const partKinds = [
  'bone',
  'landmark',
  'muscle',
  'tendon',
  'attachment',
  'septum',
  'fascia',
  'nerve',
  'skin',
  'trigger-point',
] as const;
export type PartKind = (typeof partKinds)[number];
