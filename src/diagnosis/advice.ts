/**
 * Advice notes that go beyond "which muscle": where the seeds say the obvious muscle is often not
 * the one to treat. Facts from the seeds and references; the wording is ours.
 */
import type { MuscleId, PainSiteId, SelfTestId } from '../anatomy/ids.ts';
import type { SourcedNote } from '../anatomy/types.ts';
import type { Candidate, TestResult } from './rank.ts';

const hamstrings: readonly MuscleId[] = [
  'semitendinosus',
  'semimembranosus',
  'biceps-femoris-long-head',
  'biceps-femoris-short-head',
];
const calves: readonly MuscleId[] = ['gastrocnemius-medial-head', 'gastrocnemius-lateral-head', 'soleus'];
const posteriorThigh: readonly PainSiteId[] = [
  'posterior-thigh-proximal',
  'posterior-thigh-middle',
  'posterior-thigh-distal',
];

/** How far down the list a muscle may sit and still shape the advice. */
const ADVICE_POOL = 3;

export const circumferentialThighAdvice: SourcedNote = {
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
};

export const seizingHamstringAdvice: SourcedNote = {
  text:
    'A back of the thigh that seizes or cramps (bringing the heel to the buttock, driving, sitting for long) ' +
    'may be pain sent down from the gluteus minimus on the side of the hip rather than a hamstring problem, ' +
    'which is why more hamstring stretching often does not help. To check, lie on a tennis ball under the ' +
    'side of the hip, further forward than most people expect, and see whether it brings on the familiar pain.',
  sources: ['seed:001', 'travell-simons'],
  kind: 'seed-view',
};

export const heelToButtockCaution: SourcedNote = {
  text:
    'A cramp with the knee fully bent is also the ordinary hamstring cramp (the muscle working at its shortest), ' +
    'so that movement alone does not settle where the pain comes from; pressing the gluteus minimus and feeling ' +
    'the familiar pain is the stronger sign.',
  sources: ['referral-summaries', 'travell-simons'],
  kind: 'reference-view',
};

export const calfMoreCommonAdvice: SourcedNote = {
  text:
    'When the back of the thigh or knee hurts, the calf (gastrocnemius and soleus) more often needs the ' +
    'treatment than the hamstring: tired calves and glutes can leave the hamstring doing too much until it strains.',
  sources: ['seed:000'],
  kind: 'seed-view',
};

export const calfAttachmentAdvice: SourcedNote = {
  text:
    'Pain at the back of the knee brought on by bending the knee against resistance, with a tender top of the ' +
    'calf, fits a strain where the calf (or hamstring) attaches behind the knee, often after a forceful push-off ' +
    'with the knee straight and the ankle bent up.',
  sources: ['seed:002'],
  kind: 'seed-view',
};

export const nerveStretchCaution: SourcedNote = {
  text:
    'Tingling, pins and needles or shooting pain during a straight-leg raise points to a stretched nerve ' +
    '(the sciatic or common fibular nerve), not a muscle: ease off the stretch and tell a clinician.',
  sources: ['referral-summaries', 'clinical-guidance'],
  kind: 'caution',
};

/**
 * Advice for the chosen sites and the current candidates, most specific first. `results` (an
 * addition to the contract) lets a self-test result bring in the advice that belongs to it.
 */
export function adviceFor(
  painSites: readonly PainSiteId[],
  candidates: readonly Candidate[],
  results: Partial<Record<SelfTestId, TestResult>> = {},
): SourcedNote[] {
  const top = candidates.slice(0, ADVICE_POOL).map((candidate) => candidate.id);
  const listed = candidates.map((candidate) => candidate.id);
  const backOfThigh = painSites.some((site) => posteriorThigh.includes(site));
  // A hamstring at the head of the list (not merely listed: it is listed for most back-of-knee pain).
  const hamstringLed = top[0] !== undefined && hamstrings.includes(top[0]);
  const notes: SourcedNote[] = [];

  const seizing =
    results['heel-to-buttock'] === 'positive' ||
    results['tennis-ball-gluteus-minimus'] === 'positive' ||
    results['long-sitting-or-driving'] === 'positive' ||
    (backOfThigh && listed.includes('gluteus-minimus'));
  if (seizing) notes.push(seizingHamstringAdvice);
  if (results['heel-to-buttock'] === 'positive') notes.push(heelToButtockCaution);

  if (results['resisted-knee-flexion'] === 'positive') notes.push(calfAttachmentAdvice);

  // Stubborn tightness: posterior-thigh pain, a hamstring first on the list, or a positive toe-touch.
  if (backOfThigh || hamstringLed || results['toe-touch'] === 'positive')
    notes.push(circumferentialThighAdvice);

  const calfListed = candidates.slice(0, ADVICE_POOL + 2).some((candidate) => calves.includes(candidate.id));
  if (
    calfListed &&
    candidates.slice(0, ADVICE_POOL + 2).some((candidate) => hamstrings.includes(candidate.id))
  ) {
    notes.push(calfMoreCommonAdvice);
  }

  if (results['straight-leg-raise'] !== undefined || results['straight-leg-raise-toe-out'] !== undefined) {
    notes.push(nerveStretchCaution);
  }
  return notes;
}
