/**
 * Bony landmarks of the right limb, at gait2392 size, in the model frame (metres; +Y up, +Z
 * front, +X toward the left; see `types.ts`). Each position is a point on the bone's surface; the
 * bone generator shapes the bones through them, so they must agree with the muscle attachments.
 *
 * How the positions were chosen (all figures in `../shared/reference/`):
 * - Where gait2392 has a muscle point that sits on the landmark (hamstring origins on the
 *   ischial tuberosity, gluteus medius/minimus insertions on the greater trochanter, iliopsoas on
 *   the lesser trochanter, gastrocnemius heads on the condyles, biceps femoris on the fibular
 *   head…), the landmark is placed among those points.
 * - Rajagopal markers (RASI, RPSI, RLFC/RMFC, RCAL, the tibial plateau) were moved into the
 *   gait2392 frame first: subtract Rajagopal's origin of the marker's body, add gait2392's origin
 *   of the same body (`body-origins.csv`). Skin markers were then pulled a few millimetres in to
 *   the bone.
 * - The rest follow standard anatomy relative to the gait2392 joint centres (hip, knee, ankle).
 * FMA ids are given only where a public ontology source ties one to this exact landmark (named in
 * the entry's comment); the others carry an `fmaNote` comment saying why there is none.
 */
import type { Landmark } from './types.ts';

export const landmarks: readonly Landmark[] = [
  {
    id: 'iliac-crest',
    name: 'Iliac crest',
    latin: 'Crista iliaca',
    layNames: [
      'hip bone ridge',
      'top of the hip bone',
      'where you put your hands on your hips',
      'waist bone',
    ],
    // FMA id: Uberon FMA cross-reference of UBERON:0014437 "iliac crest".
    fmaId: 16914,
    bone: 'hip-bone',
    // Highest point of the crest, above the side of the hip (about 14 cm from the midline).
    position: [-0.128, 0.068, -0.07],
    howToFind:
      'Put your hands on your hips as if impatient: the firm curved ridge under your palms, just below the waist, is the iliac crest.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'rajagopal2016'],
  },
  {
    id: 'anterior-superior-iliac-spine',
    name: 'Anterior superior iliac spine (ASIS)',
    latin: 'Spina iliaca anterior superior',
    layNames: ['hip point', 'front hip bone', 'ASIS', 'hip bone point'],
    // FMA id: Uberon FMA cross-reference of UBERON:0013708 "anterior superior iliac spine".
    fmaId: 49465,
    bone: 'hip-bone',
    // Rajagopal RASI (pelvis origins coincide), pulled 1 cm into the bone toward sartorius' origin.
    position: [-0.1245, 0.01, -0.002],
    howToFind:
      'Follow the ridge of your hip bone forward and down: the bony point at its front end, where a belt buckle sits at the side, is the hip point.',
    sources: ['gray-anatomy', 'rajagopal2016', 'gait2392'],
  },
  {
    id: 'anterior-inferior-iliac-spine',
    name: 'Anterior inferior iliac spine (AIIS)',
    latin: 'Spina iliaca anterior inferior',
    layNames: ['AIIS', 'lower front hip point'],
    // FMA id: Uberon FMA cross-reference of UBERON:0013709 "anterior inferior iliac spine".
    fmaId: 63614,
    bone: 'hip-bone',
    // Beside gait2392's rectus femoris origin (straight head).
    position: [-0.099, -0.029, -0.025],
    howToFind:
      'It lies deep, about three fingers below and slightly inside the hip point; you cannot usually feel it, but it is where the front thigh muscle (rectus femoris) starts.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'posterior-superior-iliac-spine',
    name: 'Posterior superior iliac spine (PSIS)',
    latin: 'Spina iliaca posterior superior',
    layNames: ['PSIS', 'back hip point', 'dimples of Venus', 'low back dimples'],
    // FMA id: Uberon FMA cross-reference of UBERON:0013710 "posterior superior iliac spine".
    fmaId: 49468,
    bone: 'hip-bone',
    // Rajagopal RPSI skin marker, pulled 1 cm in to the bone.
    position: [-0.045, 0.03, -0.145],
    howToFind:
      'The two small dimples low on your back, either side of the spine just above the buttocks, sit over these bony points.',
    sources: ['gray-anatomy', 'rajagopal2016'],
  },
  {
    id: 'ischial-tuberosity',
    name: 'Ischial tuberosity',
    latin: 'Tuber ischiadicum',
    layNames: ['sit bone', 'sitting bone', 'sits bone', 'seat bone', 'common hamstring tendon'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'hip-bone',
    // Among gait2392's hamstring origins (semimembranosus, semitendinosus, biceps long head).
    position: [-0.065, -0.11, -0.124],
    howToFind:
      'Sit on a hard chair and rock side to side: the firm knob you feel under each buttock is the sit bone. Standing, it lies under the lower inner part of the buttock, just above the crease.',
    sources: ['gray-anatomy', 'gait2392', 'seed:000'],
  },
  {
    id: 'pubic-body',
    name: 'Body of the pubis',
    latin: 'Corpus ossis pubis',
    layNames: ['pubic bone', 'pubis'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'hip-bone',
    // Front of the pubic body, beside gait2392's adductor longus origin.
    position: [-0.018, -0.082, -0.03],
    howToFind:
      'The firm bone low in the middle of the front of the pelvis, at the top of the inner thigh; the tendon of adductor longus stands out here when you squeeze your knees together.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'greater-trochanter',
    name: 'Greater trochanter',
    latin: 'Trochanter major',
    layNames: ['hip bone bump', 'side of the hip', 'outer hip bone', 'trochanter'],
    // FMA id: Uberon FMA cross-reference of UBERON:0002503 "greater trochanter".
    fmaId: 32852,
    bone: 'femur',
    // Lateral face, among gait2392's gluteus medius and minimus insertions.
    position: [-0.141, -0.078, -0.088],
    howToFind:
      'Standing, press the side of your hip about a hand below the top of the hip bone; the broad bony bump that moves under your fingers when you turn the foot in and out is the greater trochanter.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'lesser-trochanter',
    name: 'Lesser trochanter',
    latin: 'Trochanter minor',
    layNames: ['lesser trochanter'],
    // FMA id: Uberon-FMA bridge (obophenotype/uberon bridge/uberon-bridge-to-fma.obo), UBERON:0002504 "lesser trochanter".
    fmaId: 32853,
    bone: 'femur',
    // Among gait2392's iliacus and psoas insertions, at the back-inner side of the upper femur.
    position: [-0.094, -0.128, -0.091],
    howToFind:
      'It is deep at the back-inner side of the top of the thigh bone and cannot be felt through the muscles.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'gluteal-tuberosity',
    name: 'Gluteal tuberosity',
    latin: 'Tuberositas glutea',
    layNames: ['gluteal ridge'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'femur',
    // Between gait2392's gluteus maximus insertions (lines 1-3).
    position: [-0.127, -0.162, -0.088],
    howToFind:
      'A rough ridge on the back-outer side of the upper thigh bone, below the hip bump; too deep to feel.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'linea-aspera',
    name: 'Linea aspera',
    latin: 'Linea aspera',
    layNames: ['back ridge of the thigh bone'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'femur',
    // Mid-shaft, at gait2392's adductor longus insertion / biceps short-head origin.
    position: [-0.106, -0.28, -0.067],
    howToFind:
      'The rough ridge down the back of the thigh bone where the adductors and the short head of biceps attach; deep, not felt through the skin.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'adductor-tubercle',
    name: 'Adductor tubercle',
    latin: 'Tuberculum adductorium',
    layNames: ['adductor tubercle'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'femur',
    // Near gait2392's adductor magnus (line 3) insertion, just above the medial epicondyle.
    position: [-0.048, -0.448, -0.068],
    howToFind:
      'Slide your fingers up the inner side of the knee from the joint line: the small bony bump at the top of the inner knob, where a tendon ends, is the adductor tubercle.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'medial-femoral-condyle',
    name: 'Medial femoral condyle',
    latin: 'Condylus medialis femoris',
    layNames: ['inner knee bone', 'inner knuckle of the thigh bone'],
    // FMA id: Uberon FMA cross-reference of UBERON:0009984 "medial condyle of femur".
    fmaId: 32858,
    bone: 'femur',
    // Rajagopal RMFC moved to gait2392 (femur origins differ) and pulled 4 mm in to the bone.
    position: [-0.04, -0.47, -0.072],
    howToFind: 'The large rounded bony knob on the inner side of the knee, just above the joint line.',
    sources: ['gray-anatomy', 'rajagopal2016', 'gait2392'],
  },
  {
    id: 'lateral-femoral-condyle',
    name: 'Lateral femoral condyle',
    latin: 'Condylus lateralis femoris',
    layNames: ['outer knee bone', 'outer knuckle of the thigh bone'],
    // FMA id: Uberon FMA cross-reference of UBERON:0009985 "lateral condyle of femur".
    fmaId: 32859,
    bone: 'femur',
    // Rajagopal RLFC moved to gait2392 and pulled 6 mm in to the bone.
    position: [-0.127, -0.47, -0.072],
    howToFind: 'The rounded bony knob on the outer side of the knee, just above the joint line.',
    sources: ['gray-anatomy', 'rajagopal2016', 'gait2392'],
  },
  {
    id: 'fibular-head',
    name: 'Head of the fibula',
    latin: 'Caput fibulae',
    layNames: ['fibula head', 'outer knee bump', 'top of the fibula'],
    // FMA id: Uberon FMA cross-reference of UBERON:0008775, whose synonym "head of fibula" Uberon takes from this FMA class.
    fmaId: 33729,
    bone: 'fibula',
    // At gait2392's biceps femoris insertion.
    position: [-0.121, -0.522, -0.094],
    howToFind:
      'Below the outer side of the knee and a little behind: the small round bony knob at the end of the tendon you feel at the back-outer corner of the bent knee.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'medial-tibial-condyle',
    name: 'Medial tibial condyle',
    latin: 'Condylus medialis tibiae',
    layNames: ['inner shin plateau', 'top of the shin bone, inner side'],
    // FMA id: Uberon FMA cross-reference of UBERON:0009990 "medial condyle of tibia".
    fmaId: 35445,
    bone: 'tibia',
    position: [-0.045, -0.492, -0.078],
    howToFind: 'Just below the inner knee joint line: the broad top of the shin bone on the inner side.',
    sources: ['gray-anatomy', 'rajagopal2016'],
  },
  {
    id: 'lateral-tibial-condyle',
    name: 'Lateral tibial condyle',
    latin: 'Condylus lateralis tibiae',
    layNames: ['outer shin plateau', "Gerdy's tubercle area"],
    // FMA id: Uberon FMA cross-reference of UBERON:0009991 "lateral condyle of tibia".
    fmaId: 35448,
    bone: 'tibia',
    position: [-0.121, -0.492, -0.078],
    howToFind:
      'Just below the outer knee joint line, in front of the fibular head: the top of the shin bone, where the band down the side of the thigh ends.',
    sources: ['gray-anatomy', 'rajagopal2016', 'gait2392'],
  },
  {
    id: 'tibial-tuberosity',
    name: 'Tibial tuberosity',
    latin: 'Tuberositas tibiae',
    layNames: ['shin bump', 'bump below the kneecap'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'tibia',
    // Rajagopal's quadriceps insertion on the tibia, moved to gait2392's tibia origin.
    position: [-0.082, -0.522, -0.04],
    howToFind:
      'The bony bump at the top of the shin, about three fingers below the kneecap, where the kneecap tendon ends.',
    sources: ['gray-anatomy', 'rajagopal2016'],
  },
  {
    id: 'pes-anserinus',
    name: 'Pes anserinus',
    latin: 'Pes anserinus',
    layNames: ["goose's foot", 'inner knee tendon insertion'],
    // fmaNote: Uberon's "pes anserinus of tibia" (UBERON:0008977) carries no FMA cross-reference.
    bone: 'tibia',
    // Among gait2392's sartorius, gracilis and semitendinosus insertions.
    position: [-0.06, -0.551, -0.064],
    howToFind:
      'On the inner side of the shin, about a hand-width below the inner knee joint line and a little toward the front, where three tendons end together.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'soleal-line',
    name: 'Soleal line',
    latin: 'Linea musculi solei',
    layNames: ['soleal line'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'tibia',
    // On the back of the upper tibia, above gait2392's soleus origin.
    position: [-0.082, -0.588, -0.091],
    howToFind: 'An oblique ridge across the back of the upper shin bone, under the calf; too deep to feel.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'calcaneal-tuberosity',
    name: 'Calcaneal tuberosity',
    latin: 'Tuber calcanei',
    layNames: ['heel bone', 'back of the heel'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'calcaneus',
    // Back of the heel bone, by gait2392's calcaneal-tendon insertion (Rajagopal RCAL agrees once moved).
    position: [-0.087, -0.911, -0.13],
    howToFind: 'The back of the heel bone, where the Achilles tendon ends.',
    sources: ['gray-anatomy', 'gait2392', 'rajagopal2016'],
  },
  {
    id: 'sacrum-dorsal-surface',
    name: 'Dorsal surface of the sacrum',
    latin: 'Facies dorsalis ossis sacri',
    layNames: ['back of the sacrum', 'base of the spine'],
    // fmaNote: a surface drawn for an attachment; no FMA id seen tied to it.
    bone: 'sacrum',
    position: [-0.012, -0.01, -0.158],
    howToFind:
      'The flat bony area in the middle of the low back between the buttocks, below the two dimples.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'greater-sciatic-notch',
    name: 'Greater sciatic notch',
    latin: 'Incisura ischiadica major',
    layNames: ['sciatic notch'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'hip-bone',
    // Upper rim of the notch, just above gait2392's piriformis path through it.
    position: [-0.07, -0.018, -0.113],
    howToFind:
      'Deep in the middle of the buttock, roughly halfway between the back dimple and the hip bump; piriformis and the sciatic nerve pass through it.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'inferior-pubic-ramus',
    name: 'Inferior pubic ramus',
    latin: 'Ramus inferior ossis pubis',
    layNames: ['lower pubic bone'],
    // FMA id: Uberon FMA cross-reference of UBERON:0014439 "inferior pubic ramus".
    fmaId: 16989,
    bone: 'hip-bone',
    // At gait2392's gracilis and adductor magnus (line 1) origins.
    position: [-0.028, -0.116, -0.072],
    howToFind:
      'The bone along the top of the inner thigh, in the groin crease, running back from the pubic bone toward the sit bone.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'gluteal-surface-of-ilium',
    name: 'Gluteal surface of the ilium',
    latin: 'Facies glutea ossis ilii',
    layNames: ['outer hip bone', 'outer wing of the pelvis'],
    // fmaNote: no FMA id seen tied to it in the sources searched.
    bone: 'hip-bone',
    // Outer face of the iliac wing, between gait2392's gluteus medius and minimus origins.
    position: [-0.104, 0.02, -0.066],
    howToFind:
      'The broad outer face of the hip bone below the crest, under the upper buttock and the side of the hip; the small gluteal muscles lie on it.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'intertrochanteric-line',
    name: 'Intertrochanteric line',
    latin: 'Linea intertrochanterica',
    layNames: ['front ridge at the top of the thigh bone'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'femur',
    position: [-0.112, -0.1, -0.052],
    howToFind:
      'A ridge across the front of the top of the thigh bone, between the hip bump and the lesser trochanter; deep.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'pectineal-line',
    name: 'Pectineal line of the femur',
    latin: 'Linea pectinea',
    layNames: ['pectineal line'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'femur',
    // At gait2392's pectineus insertion.
    position: [-0.108, -0.148, -0.083],
    howToFind: 'A short ridge on the back of the upper thigh bone, just below the lesser trochanter; deep.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'trochanteric-fossa',
    name: 'Trochanteric fossa',
    latin: 'Fossa trochanterica',
    layNames: ['trochanteric fossa'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'femur',
    position: [-0.117, -0.08, -0.092],
    howToFind:
      'A pit on the inner-back side of the hip bump (greater trochanter), where deep hip rotator tendons end; deep.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  {
    id: 'popliteal-surface',
    name: 'Popliteal surface of the femur',
    latin: 'Facies poplitea femoris',
    layNames: ['back of the lower thigh bone'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'femur',
    position: [-0.085, -0.425, -0.083],
    howToFind:
      'The flat triangle at the back of the lower thigh bone, forming the floor of the hollow behind the knee; deep.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'patella-base',
    name: 'Base of the patella',
    latin: 'Basis patellae',
    layNames: ['top of the kneecap', 'kneecap'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'patella',
    // Upper border of the kneecap, just above gait2392's quadriceps end points.
    position: [-0.084, -0.425, -0.014],
    howToFind:
      'The upper edge of the kneecap; with the leg relaxed and straight you can grip the kneecap and feel its top border.',
    sources: ['gray-anatomy', 'gait2392', 'rajagopal2016'],
  },
  {
    id: 'medial-tibial-surface',
    name: 'Medial surface of the tibia',
    latin: 'Facies medialis tibiae',
    layNames: ['shin bone', 'inner shin'],
    // fmaNote: no FMA id seen tied to this landmark in the sources searched (Uberon xrefs, BodyParts3D).
    bone: 'tibia',
    position: [-0.066, -0.68, -0.062],
    howToFind: 'The flat bone you feel directly under the skin on the inner front of your shin.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'posterior-tibial-condyle',
    name: 'Back of the medial tibial condyle',
    latin: 'Facies posterior condyli medialis tibiae',
    layNames: ['back of the top of the shin bone'],
    // fmaNote: a part of the medial condyle chosen for an attachment; no FMA id seen tied to it.
    bone: 'tibia',
    // At gait2392's semimembranosus insertion (posteromedial tibial condyle).
    position: [-0.064, -0.507, -0.1],
    howToFind: 'At the back-inner corner of the knee, just below the joint line; covered by tendons.',
    sources: ['gray-anatomy', 'gait2392'],
  },
  // Attachments of the deep hip rotators and of the leg muscles below the knee. Positions are
  // points on the model's bone surfaces (gait2392 size), placed from standard anatomy relative to
  // the neighbouring landmarks and joint centres; neither gait2392 nor Rajagopal has these muscles'
  // lines in reference/attachments.csv.
  {
    id: 'ischial-spine',
    name: 'Ischial spine',
    latin: 'Spina ischiadica',
    layNames: ['ischial spine'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'hip-bone',
    // The point of the spine, between the greater and lesser sciatic notches.
    position: [-0.058, -0.0759, -0.1299],
    howToFind:
      'A short bony point on the back of the pelvis, deep in the buttock above the sit bone; it cannot be felt through the buttock.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'obturator-foramen',
    name: 'Obturator foramen',
    latin: 'Foramen obturatum',
    layNames: ['obturator foramen', 'hole in the hip bone'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'hip-bone',
    // On the lower inner margin of the opening (the ischiopubic ramus), outer side.
    position: [-0.0354, -0.1179, -0.0693],
    howToFind:
      'The large opening in the front of the hip bone below the hip socket, closed by a membrane; deep, under the inner thigh muscles.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'intertrochanteric-crest',
    name: 'Intertrochanteric crest (quadrate tubercle)',
    latin: 'Crista intertrochanterica',
    layNames: ['back of the hip bone bump', 'quadrate tubercle'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'femur',
    // The quadrate tubercle, about the middle of the crest on the back of the femur.
    position: [-0.1188, -0.1027, -0.1029],
    howToFind:
      'The ridge on the back of the top of the thigh bone joining the two trochanters; deep under the buttock.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'lateral-surface-of-tibia',
    name: 'Lateral surface of the tibia',
    latin: 'Facies lateralis tibiae',
    layNames: ['outer shin', 'front of the shin, outer side'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'tibia',
    position: [-0.0966, -0.559, -0.0623],
    howToFind:
      'Run a finger down the sharp front edge of your shin bone and slip it just to the outer side: the fleshy ridge there lies on this surface.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'posterior-surface-of-tibia',
    name: 'Posterior surface of the tibia',
    latin: 'Facies posterior tibiae',
    layNames: ['back of the shin bone'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'tibia',
    // Below the soleal line, where the deep calf muscles arise.
    position: [-0.0741, -0.66, -0.082],
    howToFind: 'The back of the shin bone, deep under the calf muscles; it cannot be felt.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'medial-surface-of-fibula',
    name: 'Medial (extensor) surface of the fibula',
    latin: 'Facies medialis fibulae',
    layNames: ['front of the fibula'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'fibula',
    position: [-0.1167, -0.62, -0.0787],
    howToFind: 'The narrow front face of the thin outer leg bone, deep under the muscles that lift the toes.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'lateral-surface-of-fibula',
    name: 'Lateral surface of the fibula',
    latin: 'Facies lateralis fibulae',
    layNames: ['outer side of the fibula', 'outer leg bone'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'fibula',
    position: [-0.1253, -0.6799, -0.0826],
    howToFind:
      'The outer face of the thin leg bone, under the fibularis muscles on the outside of the leg; only its lowest part, above the outer ankle bone, is felt under the skin.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'posterior-surface-of-fibula',
    name: 'Posterior surface of the fibula',
    latin: 'Facies posterior fibulae',
    layNames: ['back of the fibula'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'fibula',
    position: [-0.1204, -0.6647, -0.0901],
    howToFind: 'The back of the thin outer leg bone, deep under soleus; it cannot be felt.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'medial-cuneiform',
    name: 'Medial cuneiform',
    latin: 'Os cuneiforme mediale',
    layNames: ['inner midfoot bone', 'top of the arch'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'metatarsal-bones',
    // Its medial and lower face (the model's midfoot bones are one part, metatarsal-bones).
    position: [-0.0535, -0.9185, -0.0041],
    howToFind:
      'On the inner side of the foot, a thumb-width in front of the bump of the navicular; the tendon of tibialis anterior runs onto it when you lift the foot.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'navicular-tuberosity',
    name: 'Tuberosity of the navicular',
    latin: 'Tuberositas ossis navicularis',
    layNames: ['navicular bump', 'bump on the inner foot'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'metatarsal-bones',
    position: [-0.0491, -0.9098, -0.0225],
    howToFind:
      'The bony bump on the inner side of the foot, about two fingers in front of and below the inner ankle bone.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'tuberosity-of-fifth-metatarsal',
    name: 'Tuberosity of the fifth metatarsal',
    latin: 'Tuberositas ossis metatarsi quinti',
    layNames: ['bump on the outer foot', 'fifth metatarsal base'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'metatarsal-bones',
    position: [-0.1277, -0.923, -0.003],
    howToFind: 'The bony knob halfway along the outer edge of the foot.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'distal-phalanx-of-great-toe',
    name: 'Distal phalanx of the great toe',
    latin: 'Phalanx distalis hallucis',
    layNames: ['tip of the big toe', 'big toe'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'metatarsal-bones',
    // Base of the phalanx, upper side (the model's toe bones are part of metatarsal-bones).
    position: [-0.0602, -0.9294, 0.0997],
    howToFind: 'The end bone of the big toe, under the nail.',
    sources: ['gray-anatomy'],
  },
  {
    id: 'phalanges-of-lesser-toes',
    name: 'Phalanges of the second to fifth toes',
    latin: 'Phalanges digitorum pedis II–V',
    layNames: ['small toes', 'toe bones'],
    // fmaNote: no FMA id confirmed for this landmark in the sources searched.
    bone: 'metatarsal-bones',
    // The third toe's middle phalanx, upper side: within reach of every slip to toes 2-5.
    position: [-0.0967, -0.9351, 0.0869],
    howToFind: 'The small bones of the four outer toes.',
    sources: ['gray-anatomy'],
  },
];
