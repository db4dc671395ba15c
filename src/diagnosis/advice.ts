/**
 * When to show the advice notes of the knowledge base (`src/anatomy/advice-notes.ts`): where the
 * seeds say the obvious muscle is often not the one to treat.
 */
import { adviceNotes } from '../anatomy/advice-notes.ts';
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
  if (seizing) notes.push(adviceNotes['seizing-hamstring']);
  if (results['heel-to-buttock'] === 'positive') notes.push(adviceNotes['heel-to-buttock-cramp']);

  if (results['resisted-knee-flexion'] === 'positive') notes.push(adviceNotes['calf-attachment-strain']);

  // Stubborn tightness: posterior-thigh pain, a hamstring first on the list, or a positive toe-touch.
  if (backOfThigh || hamstringLed || results['toe-touch'] === 'positive')
    notes.push(adviceNotes['circumferential-thigh']);

  const calfListed = candidates.slice(0, ADVICE_POOL + 2).some((candidate) => calves.includes(candidate.id));
  if (
    calfListed &&
    candidates.slice(0, ADVICE_POOL + 2).some((candidate) => hamstrings.includes(candidate.id))
  ) {
    notes.push(adviceNotes['calf-more-common']);
  }

  // Whatever the result: anyone who has done the straight-leg raise should know which feelings
  // during it mean a stretched nerve rather than a tight muscle.
  if (results['straight-leg-raise'] !== undefined || results['straight-leg-raise-toe-out'] !== undefined) {
    notes.push(adviceNotes['nerve-stretch']);
  }
  return notes;
}
