/**
 * Fascia, septa and tendon of the model (SPEC "Connective tissue"). `between` names the
 * compartments a septum separates (`Compartment` values) or the muscles a fascia or tendon serves
 * (muscle ids), so the scene and the panel can link them.
 */
import type { ConnectiveTissue } from './types.ts';

/** The circumferential-thigh idea (seed:003), shared by the fascia and the three septa. */
const circumferentialThighNote = {
  kind: 'seed-view',
  text:
    "One physiotherapist pictures the quadriceps' fascia like the cover of an upholstered chair seat: it wraps around the front and sides of the thigh " +
    "and tucks into the back of the thigh bone at the linea aspera. Because the quadriceps and adductors make up most of the thigh's girth, " +
    'he suggests their fascial stiffness can squeeze the hamstrings and the sciatic nerve, and that freeing the septa (pressure pushed ' +
    'sideways, across the thigh bone rather than into it) relieves stubborn hamstring tightness that hamstring stretching alone does not.',
  sources: ['seed:003'],
} as const;

const septaReferenceNote = {
  kind: 'reference-view',
  text:
    'Standard anatomy agrees that the septa run from the fascia lata to the linea aspera and separate the compartments. ' +
    "That stiffness in them compresses the hamstrings is that physiotherapist's idea from his own running and clinic, not a measured finding.",
  sources: ['gray-anatomy', 'seed:003'],
} as const;

export const connectiveTissues: readonly ConnectiveTissue[] = [
  {
    id: 'fascia-lata',
    name: 'Fascia lata',
    latin: 'Fascia lata',
    layNames: ['thigh fascia', 'deep fascia of the thigh', 'fascia'],
    // fmaNote: no FMA id seen tied to it in the sources searched (Uberon xrefs, BodyParts3D part list).
    kind: 'fascia',
    description:
      'The tough sleeve of deep fascia that wraps the whole thigh under the skin and fat, like a stocking. It is fixed above to the iliac crest, ' +
      'the groin ligament, the pubis, the sit bone and the back of the sacrum, and below to the kneecap, the tops of the tibia and fibula, ' +
      'continuing into the fascia of the lower leg. It is thin on the inner side and thickens on the outer side into the iliotibial tract. ' +
      'From its inner surface three sheets, the intermuscular septa, run in to the linea aspera on the back of the femur and divide the thigh ' +
      'into front (quadriceps), inner (adductors) and back (hamstrings) compartments. Tensor fasciae latae and most of gluteus maximus pull on it.',
    between: ['anterior-thigh', 'medial-thigh', 'posterior-thigh', 'tensor-fasciae-latae', 'gluteus-maximus'],
    notes: [circumferentialThighNote],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'seed:003'],
  },
  {
    id: 'iliotibial-tract',
    name: 'Iliotibial tract',
    latin: 'Tractus iliotibialis',
    layNames: ['IT band', 'ITB', 'iliotibial band', 'IT tract'],
    fmaId: 51048,
    kind: 'fascia',
    description:
      'A thick, flat band on the outside of the thigh: the strongest part of the fascia lata. It runs from the iliac crest down the outer thigh, ' +
      "over the outer side of the knee, to a bump on the outer top of the tibia (Gerdy's tubercle). Tensor fasciae latae in front and the " +
      'upper, superficial part of gluteus maximus behind both pull on it, so it works as their shared tendon; it steadies the hip and the knee ' +
      'when standing on one leg. Deep to it the lateral intermuscular septum ties it to the back of the femur.',
    between: ['tensor-fasciae-latae', 'gluteus-maximus', 'vastus-lateralis'],
    notes: [
      {
        kind: 'seed-view',
        text: 'Gluteus maximus joins the iliotibial band to reach the outside of the knee.',
        sources: ['seed:000'],
      },
      {
        kind: 'seed-view',
        text: 'One physiotherapist includes the front and side of the IT band in his whole-thigh foam rolling, together with the outer quadriceps.',
        sources: ['seed:003'],
      },
      {
        kind: 'reference-view',
        text:
          'Trigger points in tensor fasciae latae and vastus lateralis, which lie under and beside the band, send pain along the outer thigh ' +
          'and are often taken for iliotibial band friction syndrome or trochanteric bursitis.',
        sources: ['travell-simons', 'referral-summaries'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'fma', 'seed:000', 'seed:003'],
  },
  {
    id: 'lateral-intermuscular-septum',
    name: 'Lateral intermuscular septum of the thigh',
    latin: 'Septum intermusculare femoris laterale',
    layNames: ['outer septum', 'lateral septum', 'outer wall between the thigh compartments'],
    // fmaNote: no FMA id seen tied to it in the sources searched.
    kind: 'septum',
    description:
      'The strongest of the three septa: a sheet running from the underside of the iliotibial tract and fascia lata in to the outer lip of the ' +
      'linea aspera and on down the ridge to the outer femoral condyle. It separates the front compartment (vastus lateralis) from the back ' +
      'compartment (the short head of biceps femoris); both muscles take part of their origin from it.',
    between: ['anterior-thigh', 'posterior-thigh'],
    notes: [circumferentialThighNote, septaReferenceNote],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'seed:003'],
  },
  {
    id: 'medial-intermuscular-septum',
    name: 'Medial intermuscular septum of the thigh',
    latin: 'Septum intermusculare femoris mediale',
    layNames: ['inner septum', 'medial septum', 'inner wall between the thigh compartments'],
    // fmaNote: no FMA id seen tied to it in the sources searched.
    kind: 'septum',
    description:
      'A sheet on the inner side of the thigh from the fascia lata in to the inner lip of the linea aspera and on down to the adductor tubercle ' +
      'above the inner knee. It separates the front compartment (vastus medialis, which takes fibres from it) from the inner compartment ' +
      '(the adductors). Lower down it lies along the adductor canal, the channel that carries the main thigh artery toward the back of the knee.',
    between: ['anterior-thigh', 'medial-thigh'],
    notes: [circumferentialThighNote, septaReferenceNote],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'seed:003'],
  },
  {
    id: 'posterior-intermuscular-septum',
    name: 'Posterior intermuscular septum of the thigh',
    latin: 'Septum intermusculare femoris posterius',
    layNames: ['back septum', 'posterior septum'],
    // fmaNote: no FMA id seen tied to it in the sources searched.
    kind: 'septum',
    description:
      'The thinnest of the three: a layer from the fascia lata to the linea aspera that separates the inner compartment (the adductors, ' +
      'mainly adductor magnus) from the back compartment (the hamstrings).',
    between: ['medial-thigh', 'posterior-thigh'],
    notes: [
      circumferentialThighNote,
      septaReferenceNote,
      {
        kind: 'reference-view',
        text:
          'Many anatomy texts describe this septum as poorly defined, with adductor magnus itself forming most of the wall between the two compartments; ' +
          'the model shows it as a thin sheet for clarity.',
        sources: ['gray-anatomy'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'seed:003'],
  },
  {
    id: 'calcaneal-tendon',
    name: 'Calcaneal tendon',
    latin: 'Tendo calcaneus',
    layNames: ['Achilles tendon', 'Achilles', 'heel cord'],
    // FMA id: Uberon FMA cross-reference of UBERON:0003701 "calcaneal tendon".
    fmaId: 51061,
    kind: 'tendon',
    description:
      'The thick cord you can pinch above the back of the heel: the shared tendon of the two heads of gastrocnemius and of soleus, and the ' +
      'thickest, strongest tendon in the body. It starts about halfway down the calf, narrows above the ankle and attaches to the middle of ' +
      'the back of the heel bone. The thin plantaris tendon runs beside its inner edge to the heel. It lifts the heel when you rise onto your toes and push off.',
    between: ['gastrocnemius-medial-head', 'gastrocnemius-lateral-head', 'soleus', 'plantaris'],
    notes: [
      {
        kind: 'seed-view',
        text: 'The gastrocnemius runs down the leg and joins other muscles in the Achilles tendon to point the foot.',
        sources: ['seed:002'],
      },
      {
        kind: 'reference-view',
        text: "Soleus' most common trigger point, low in the calf, sends pain to the back of the heel and the lower Achilles tendon.",
        sources: ['travell-simons', 'referral-summaries'],
      },
      {
        kind: 'caution',
        text:
          'A sudden snap or a feeling of being kicked at the back of the ankle, followed by difficulty pushing off, can mean the tendon has torn: ' +
          'it needs prompt assessment.',
        sources: ['clinical-guidance'],
      },
    ],
    sources: ['gray-anatomy', 'terminologia-anatomica', 'seed:002'],
  },
];
