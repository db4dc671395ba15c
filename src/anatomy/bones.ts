/**
 * The bones of the model: SPEC's seven ("Bones") and, additively, the talus and the rest of the
 * foot skeleton (one part): naming, a plain-words description with the features that matter for
 * the thigh's muscles, and sources. FMA ids are the generic (not
 * left/right) classes, checked against UBERON's FMA cross-references.
 */
import type { Bone } from './types.ts';

export const bones: readonly Bone[] = [
  {
    id: 'hip-bone',
    name: 'Hip bone',
    latin: 'Os coxae',
    layNames: ['pelvis', 'pelvic bone', 'hip bone', 'innominate bone', 'coxal bone'],
    fmaId: 16585,
    description:
      'The large, twisted bone on each side of the pelvis, made of three bones that fuse in the teenage years: ' +
      'the ilium (the wing whose top edge is the iliac crest, the ridge you rest your hands on at your waist), ' +
      'the ischium (below and behind, ending in the ischial tuberosity: the "sit bone" you feel when sitting on a hard chair) ' +
      'and the pubis (in front, meeting its partner at the midline). The socket of the hip joint (acetabulum) lies where the three meet. ' +
      'Strictly, "pelvis" means both hip bones together with the sacrum and tailbone; in everyday speech people often mean this bone. ' +
      'The gluteal muscles start on the outer face of the ilium, the hamstrings on the sit bone, and the adductors on the pubis and ischium.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'seed:000'],
  },
  {
    id: 'sacrum',
    name: 'Sacrum',
    latin: 'Os sacrum',
    layNames: ['sacral bone', 'base of the spine', 'back of the pelvis'],
    fmaId: 16202,
    description:
      'A wedge-shaped bone at the base of the spine, made of five fused vertebrae, that sits between the two hip bones ' +
      'at the back of the pelvis and joins them at the sacroiliac joints (the two dimples low on the back mark them). ' +
      'It is not the tailbone: the tailbone (coccyx) is the small separate bone hanging from its lower tip, and is not modelled here. ' +
      'Part of gluteus maximus and piriformis start on its back and front surfaces.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma'],
  },
  {
    id: 'femur',
    name: 'Femur',
    latin: 'Femur',
    layNames: ['thigh bone', 'thighbone', 'big thigh bone'],
    fmaId: 9611,
    description:
      "The thigh bone: the longest and strongest bone in the body, about a quarter of a person's height. " +
      'At the top, a ball-shaped head on an angled neck fits the hip socket; beside it the greater trochanter is the bony point you feel ' +
      'on the side of the hip, and the lesser trochanter (where iliopsoas attaches) sits lower on the inner side. ' +
      'The shaft is bowed slightly forward; a rough ridge down its back, the linea aspera, anchors the adductors, the short head of ' +
      'biceps femoris, the vasti and the intermuscular septa that divide the thigh into compartments. ' +
      'At the bottom, two rounded condyles form the upper half of the knee joint; the two heads of the calf muscle (gastrocnemius) ' +
      'start just above them at the back.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'seed:000', 'seed:003', 'anatomy-figures'],
  },
  {
    id: 'patella',
    name: 'Patella',
    latin: 'Patella',
    layNames: ['kneecap', 'knee cap'],
    fmaId: 24485,
    description:
      'The kneecap: a flat, triangular bone that grows inside the tendon of the quadriceps, point downward, and glides in a groove ' +
      'on the front of the femur as the knee bends. It gives the thigh muscles better leverage to straighten the knee; ' +
      'below it the patellar ligament runs on to the tibial tuberosity.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma'],
  },
  {
    id: 'tibia',
    name: 'Tibia',
    latin: 'Tibia',
    layNames: ['shin bone', 'shinbone', 'shin'],
    fmaId: 24476,
    description:
      "The shin bone: the large inner bone of the lower leg that carries the body's weight from knee to ankle. " +
      'Its broad top (the tibial plateau with its medial and lateral condyles) forms the lower half of the knee joint; ' +
      'the front edge you feel down your shin is its sharp anterior border, and the bump below the kneecap is the tibial tuberosity. ' +
      'Two hamstrings (semitendinosus and semimembranosus) attach to the inner side of its top, semitendinosus with gracilis and ' +
      'sartorius at the pes anserinus; soleus starts on the soleal line across its back. Its lower end forms the inner ankle bone.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'seed:000', 'seed:002'],
  },
  {
    id: 'fibula',
    name: 'Fibula',
    latin: 'Fibula',
    layNames: ['calf bone', 'outer leg bone'],
    fmaId: 24479,
    description:
      'The thin outer bone of the lower leg, alongside the tibia. It carries little weight but anchors muscles and forms the outer ankle bone. ' +
      'Its head, a knob you can feel just below the outer side of the knee, is where biceps femoris (the outer hamstring) attaches; ' +
      'the common fibular nerve wraps around the neck just below it, close under the skin.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'seed:000'],
  },
  {
    id: 'calcaneus',
    name: 'Calcaneus',
    latin: 'Calcaneus',
    layNames: ['heel bone', 'heel', 'os calcis'],
    fmaId: 24496,
    description:
      'The heel bone: the largest bone of the foot, which takes the heel strike when walking. The calcaneal (Achilles) tendon ' +
      'of the calf muscles attaches to the back of it at the calcaneal tuberosity, so the calf pulls on it to rise onto the toes.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma'],
  },
  {
    id: 'talus',
    name: 'Talus',
    latin: 'Talus',
    layNames: ['ankle bone', 'astragalus', 'anklebone'],
    fmaId: 9708,
    description:
      'The ankle bone: it sits on top of the heel bone and fits between the two ankle knobs (the malleoli of the tibia and fibula), ' +
      'forming the ankle joint with them. Its rounded top (the trochlea) lets the foot point up and down; ' +
      'its head in front joins the navicular. No muscle attaches to it: it moves because the bones around it are moved.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392'],
  },
  {
    id: 'metatarsal-bones',
    name: 'Metatarsals, midfoot and toe bones',
    latin: 'Ossa metatarsi; os naviculare, os cuboideum, ossa cuneiformia; ossa digitorum pedis',
    layNames: [
      'metatarsals',
      'foot bones',
      'midfoot',
      'forefoot',
      'ball of the foot',
      'toe bones',
      'phalanges',
      'toes',
    ],
    // FMA id: "metatarsus skeleton" in the Uberon-FMA bridge (UBERON:0010545). It names the metatarsals only,
    // not the midfoot and toe bones drawn with them; no FMA class matches this simplified composite part.
    fmaId: 71340,
    description:
      'The five long metatarsal bones, whose heads form the ball of the foot. In this model the smaller bones in front of the ankle ' +
      'are drawn with them as one simplified part (the FMA id is that of the metatarsals as a set): the navicular, the cuboid and the ' +
      'three cuneiforms of the midfoot, and the toe bones (phalanges: two in the big toe, three in each of the others). ' +
      'The heel bone (calcaneus) and the ankle bone (talus) are shown on their own. ' +
      'Together they form the arches of the foot; when the calf muscles lift the heel, the body rolls over the metatarsal heads.',
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'gait2392', 'rajagopal2016'],
  },
];
