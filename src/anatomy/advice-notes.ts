/**
 * Advice notes that go beyond "which muscle": where the seeds say the obvious muscle is often not
 * the one to treat. Part of the knowledge base so `validateKnowledgeBase` checks them (text,
 * sources, kind) like every other entry; `src/diagnosis/advice.ts` decides when each is shown.
 * Facts from the seeds and references; the wording is ours.
 */
import type { SourcedNote } from './types.ts';

export const adviceNotes = {
  'circumferential-thigh': {
    text:
      'Hamstrings that stay tight however often you stretch them may be hemmed in by their neighbours. ' +
      'The quadriceps and adductors make up about three-quarters of the thigh’s girth, and the sheath of the ' +
      'quadriceps wraps round to anchor on the back of the thighbone, so stiffness there can squeeze the ' +
      'hamstrings. Loosen the whole thigh first: the front and outer thigh (quadriceps and the iliotibial band), ' +
      'the inner thigh (adductors) and the outer back of the thigh, pressing sideways along the muscle borders ' +
      '(the intermuscular septa) rather than straight down into the bone. Then stretch the hip flexors, ' +
      'quadriceps and adductors, and only after that the hamstrings.',
    sources: ['seed:003'],
    kind: 'seed-view',
  },
  'seizing-hamstring': {
    text:
      'A back of the thigh that seizes or cramps (bringing the heel to the buttock, driving, sitting for long) ' +
      'may be pain sent down from the gluteus minimus on the side of the hip rather than a hamstring problem, ' +
      'which is why more hamstring stretching often does not help. To check, lie on a tennis ball under the ' +
      'side of the hip, further forward than most people expect, and see whether it brings on the familiar pain.',
    sources: ['seed:001', 'travell-simons'],
    kind: 'seed-view',
  },
  'heel-to-buttock-cramp': {
    text:
      'A cramp with the knee fully bent is also the ordinary hamstring cramp (the muscle working at its shortest), ' +
      'so that movement alone does not settle where the pain comes from; pressing the gluteus minimus and feeling ' +
      'the familiar pain is the stronger sign.',
    sources: ['referral-summaries', 'travell-simons'],
    kind: 'reference-view',
  },
  'calf-more-common': {
    text:
      'When the back of the thigh or knee hurts, the calf (gastrocnemius and soleus) more often needs the ' +
      'treatment than the hamstring: tired calves and glutes can leave the hamstring doing too much until it strains.',
    sources: ['seed:000'],
    kind: 'seed-view',
  },
  'calf-attachment-strain': {
    text:
      'Pain at the back of the knee brought on by bending the knee against resistance, with a tender top of the ' +
      'calf, fits a strain where the calf (or hamstring) attaches behind the knee, often after a forceful push-off ' +
      'with the knee straight and the ankle bent up.',
    sources: ['seed:002'],
    kind: 'seed-view',
  },
  'nerve-stretch': {
    text:
      'Tingling, pins and needles or shooting pain during a straight-leg raise points to a stretched nerve ' +
      '(the sciatic or common fibular nerve), not a muscle: ease off the stretch and tell a clinician.',
    sources: ['referral-summaries', 'clinical-guidance'],
    kind: 'caution',
  },
} as const satisfies Readonly<Record<string, SourcedNote>>;

export type AdviceNoteId = keyof typeof adviceNotes;
