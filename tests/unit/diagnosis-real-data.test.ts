/**
 * The engine on the project's real data: cases taken from the seeds (seed:000…004) and from the
 * Travell & Simons summaries in reference/referral-patterns.md. Each asserts who comes first or
 * what is included and in which order; none restates the scores.
 */
import { describe, expect, it } from 'vitest';
import type { MuscleId, PainSiteId, SelfTestId } from '../../src/anatomy/ids.ts';
import { painSiteIds } from '../../src/anatomy/ids.ts';
import {
  adviceFor,
  discriminatingTests,
  rankCandidates,
  redFlagsFor,
  rehabFor,
  testsForStructure,
  type Candidate,
  type TestResult,
} from '../../src/diagnosis/index.ts';

type Results = Partial<Record<SelfTestId, TestResult>>;

function rank(painSites: readonly PainSiteId[], results: Results = {}): Candidate[] {
  return rankCandidates({ painSites, results });
}
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const top = (list: readonly Candidate[], n: number) => ids(list.slice(0, n));
function position(list: readonly Candidate[], id: MuscleId): number {
  const index = list.findIndex((candidate) => candidate.id === id);
  return index === -1 ? Number.POSITIVE_INFINITY : index;
}

const hamstrings: readonly MuscleId[] = [
  'semitendinosus',
  'semimembranosus',
  'biceps-femoris-long-head',
  'biceps-femoris-short-head',
];
const gastrocnemius: readonly MuscleId[] = ['gastrocnemius-medial-head', 'gastrocnemius-lateral-head'];
const backOfThigh: readonly PainSiteId[] = [
  'posterior-thigh-proximal',
  'posterior-thigh-middle',
  'posterior-thigh-distal',
];

describe('seed cases: telling the back of the thigh apart', () => {
  it('seed:001: a back of the thigh that cramps on heel-to-buttock puts gluteus minimus first', () => {
    const ranked = rank(backOfThigh, { 'heel-to-buttock': 'positive' });
    expect(ranked[0]?.id).toBe('gluteus-minimus');
    expect(ranked[0]?.reasons.some((reason) => /heel-to-buttock/i.test(reason))).toBe(true);
  });

  it('seed:001: a positive tennis-ball test on the side of the hip puts gluteus minimus first for mid-thigh pain', () => {
    expect(rank(['posterior-thigh-middle'], { 'tennis-ball-gluteus-minimus': 'positive' })[0]?.id).toBe(
      'gluteus-minimus',
    );
  });

  it('seed:001: a back of the thigh that cramps when driving or after long sitting puts gluteus minimus first, clear of the hamstrings', () => {
    const upper: PainSiteId[] = ['posterior-thigh-proximal'];
    const [first, second] = rank(upper, { 'long-sitting-or-driving': 'positive' });
    expect(first?.id).toBe('gluteus-minimus');
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(first?.reasons.some((reason) => /driving|sitting/i.test(reason))).toBe(true);
    // Wherever on the back of the thigh, the result widens gluteus minimus's lead over the rest.
    const lead = (ranked: ReturnType<typeof rank>): number => {
      const own = ranked.find((c) => c.id === 'gluteus-minimus')!.score;
      return own - Math.max(...ranked.filter((c) => c.id !== 'gluteus-minimus').map((c) => c.score));
    };
    for (const sites of [upper, backOfThigh, ['posterior-thigh-distal', 'popliteal-fossa'] as PainSiteId[]]) {
      const positive = rank(sites, { 'long-sitting-or-driving': 'positive' });
      expect(positive[0]?.id).toBe('gluteus-minimus');
      expect(lead(positive)).toBeGreaterThan(lead(rank(sites, {})));
    }
    // No trouble sitting lets a hamstring, equally fitting on the map, go ahead of it.
    expect(
      position(rank(upper, { 'long-sitting-or-driving': 'negative' }), 'gluteus-minimus'),
    ).toBeGreaterThan(0);
  });

  it('seed:001: pain behind the knee on the toe-out straight-leg raise puts biceps femoris first', () => {
    const ranked = rank(['popliteal-fossa', 'posterolateral-knee'], {
      'straight-leg-raise-toe-out': 'positive',
    });
    expect(ranked[0]?.id).toBe('biceps-femoris-long-head');
    expect(top(ranked, 3)).toContain('biceps-femoris-short-head');
    expect(ranked[0]?.reasons.some((reason) => /straight-leg raise, toes? turned out/i.test(reason))).toBe(
      true,
    );
  });

  it('seed:000: pain at the start of knee bending with the toes pulled up points to the calf', () => {
    // The whole back of the thigh marked: gluteus minimus's map covers all of it, yet the movement decides.
    const ranked = rank(backOfThigh, { 'knee-bend-foot-flexed': 'positive' });
    expect(gastrocnemius).toContain(ranked[0]?.id);
    expect(rank(['posterior-thigh-distal'], { 'knee-bend-foot-flexed': 'positive' })[0]?.id).toMatch(
      /^gastrocnemius-/,
    );
  });

  it('seed:000: pain through the middle of a knee curl points to a hamstring', () => {
    const ranked = rank(['posterior-thigh-middle'], { 'knee-curl': 'positive' });
    expect(hamstrings).toContain(ranked[0]?.id);
  });

  it('seed:000: pain moving the straight leg back points to gluteus maximus', () => {
    expect(rank(['buttock'], { 'straight-leg-hip-extension': 'positive' })[0]?.id).toBe('gluteus-maximus');
    expect(rank([], { 'straight-leg-hip-extension': 'positive' })[0]?.id).toBe('gluteus-maximus');
  });

  it('seed:000: pain pushing off onto tiptoe points to soleus, with or without a chosen site', () => {
    expect(rank([], { 'tiptoe-push-off': 'positive' })[0]?.id).toBe('soleus');
    expect(rank(['calf-middle'], { 'tiptoe-push-off': 'positive' })[0]?.id).toBe('soleus');
  });

  it('seed:002: back-of-knee pain on resisted knee bending points to the top of the calf', () => {
    const ranked = rank(['popliteal-fossa'], { 'resisted-knee-flexion': 'positive' });
    expect(gastrocnemius).toContain(ranked[0]?.id);
    expect(ranked[0]?.reasons.some((reason) => /against resistance/i.test(reason))).toBe(true);
  });

  it('seed:000/002 and T&S: for the back of the knee alone, a calf head ranks first', () => {
    // Gastrocnemius's high points send pain to the back of the knee (essential); vastus lateralis
    // reaches it only from its distal posterior point, which the reference table lists as spillover.
    expect(rank(['popliteal-fossa'])[0]?.id).toMatch(/^gastrocnemius-/);
  });

  it('seed:000: with equal evidence the calf ranks above the hamstring (it is the more common culprit)', () => {
    const ranked = rank(['popliteal-fossa']);
    const firstCalf = Math.min(...gastrocnemius.map((id) => position(ranked, id)));
    const firstHamstring = Math.min(...hamstrings.map((id) => position(ranked, id)));
    expect(firstCalf).toBeLessThan(firstHamstring);
  });

  it('seed:000: a pressed tender spot just above the knee crease puts the calf ahead of the hamstrings', () => {
    const ranked = rank(['popliteal-fossa', 'posterior-thigh-distal'], {
      'calf-origin-palpation': 'positive',
    });
    expect(gastrocnemius).toContain(ranked[0]?.id);
  });
});

describe('reference cases: where each muscle sends its pain (Travell & Simons)', () => {
  it('heel pain: soleus first', () => {
    expect(rank(['heel'])[0]?.id).toBe('soleus');
  });

  it('front of the knee: rectus femoris and vastus medialis lead', () => {
    const first = top(rank(['anterior-knee']), 3);
    expect(first).toContain('rectus-femoris');
    expect(first).toContain('vastus-medialis');
  });

  it('front of the knee: rectus femoris and vastus medialis (essential) rank above vastus lateralis (lateral patella: spillover)', () => {
    const ranked = rank(['anterior-knee']);
    expect(position(ranked, 'rectus-femoris')).toBeLessThan(position(ranked, 'vastus-lateralis'));
    expect(position(ranked, 'vastus-medialis')).toBeLessThan(position(ranked, 'vastus-lateralis'));
  });

  it('outer thigh: vastus lateralis, gluteus minimus and tensor fasciae latae are all listed near the top', () => {
    const ranked = rank(['lateral-thigh']);
    expect(top(ranked, 3)).toContain('vastus-lateralis');
    expect(top(ranked, 5)).toEqual(expect.arrayContaining(['gluteus-minimus', 'tensor-fasciae-latae']));
  });

  it('groin: adductor longus and pectineus lead; iliopsoas (groin is its spillover) follows them', () => {
    const ranked = rank(['groin']);
    expect(top(ranked, 5)).toEqual(expect.arrayContaining(['adductor-longus', 'pectineus']));
    expect(position(ranked, 'iliopsoas')).toBeLessThan(ranked.length);
    expect(position(ranked, 'iliopsoas')).toBeGreaterThan(position(ranked, 'adductor-longus'));
  });

  it('buttock: gluteus maximus, gluteus medius and piriformis are listed near the top', () => {
    expect(top(rank(['buttock']), 5)).toEqual(
      expect.arrayContaining(['gluteus-maximus', 'gluteus-medius', 'piriformis']),
    );
  });

  it('back of the knee: biceps femoris, the calf heads, popliteus and plantaris are all listed', () => {
    expect(ids(rank(['popliteal-fossa']))).toEqual(
      expect.arrayContaining(['biceps-femoris-long-head', ...gastrocnemius, 'popliteus', 'plantaris']),
    );
  });

  it('inner knee: vastus medialis and gracilis are listed', () => {
    expect(ids(rank(['medial-knee']))).toEqual(expect.arrayContaining(['vastus-medialis', 'gracilis']));
  });

  it('sacroiliac region: gluteus medius is listed and soleus (its third point) is too', () => {
    expect(ids(rank(['sacroiliac']))).toEqual(expect.arrayContaining(['gluteus-medius', 'soleus']));
  });

  it('the lower buttock crease and top of the back of the thigh: the inner hamstrings are listed', () => {
    expect(ids(rank(['posterior-thigh-proximal']))).toEqual(
      expect.arrayContaining(['semitendinosus', 'semimembranosus']),
    );
  });
});

describe('more cases from the seeds and references', () => {
  it('seed:000: a tender sit bone that brings on the pain puts a hamstring first', () => {
    expect(hamstrings).toContain(rank(['ischial-tuberosity'], { 'sit-bone-press': 'positive' })[0]?.id);
  });

  it('T&S: a "sitting on a nail" buttock on a hard seat puts gluteus maximus first', () => {
    expect(rank(['buttock'], { 'hard-seat-sitting': 'positive' })[0]?.id).toBe('gluteus-maximus');
  });

  it('seed:004: a pelvis that drops in a single-leg squat, with pain at the side of the hip, puts gluteus medius first', () => {
    expect(rank(['lateral-hip'], { 'single-leg-squat': 'positive' })[0]?.id).toBe('gluteus-medius');
  });

  it('seed:004: a weak face-down leg raise on its own puts gluteus maximus first', () => {
    expect(rank([], { 'prone-leg-raise': 'positive' })[0]?.id).toBe('gluteus-maximus');
  });

  it('side of the hip: tensor fasciae latae, gluteus minimus and gluteus medius are all near the top', () => {
    expect(top(rank(['lateral-hip']), 4)).toEqual(
      expect.arrayContaining(['tensor-fasciae-latae', 'gluteus-minimus', 'gluteus-medius']),
    );
  });

  it('seed:001 / T&S: a pain-free tennis-ball test drops gluteus minimus from the top of the back-of-thigh list', () => {
    expect(rank(backOfThigh)[0]?.id).toBe('gluteus-minimus');
    expect(rank(backOfThigh, { 'tennis-ball-gluteus-minimus': 'negative' })[0]?.id).not.toBe(
      'gluteus-minimus',
    );
  });

  it('calf pain on tiptoe with the knee straight: soleus first, then the calf heads', () => {
    const ranked = rank(['calf-middle'], { 'tiptoe-push-off': 'positive' });
    expect(ranked[0]?.id).toBe('soleus');
    expect(top(ranked, 3)).toEqual(expect.arrayContaining([...gastrocnemius]));
  });

  it('two results agreeing beat one: knee-curl and hamstring palpation put a hamstring above gluteus minimus at mid-thigh', () => {
    const ranked = rank(['posterior-thigh-middle'], {
      'knee-curl': 'positive',
      'hamstring-belly-palpation': 'positive',
    });
    expect(hamstrings).toContain(ranked[0]?.id);
    expect(position(ranked, 'gluteus-minimus')).toBeGreaterThan(3);
  });
});

describe('rules on the real data', () => {
  it('no sites and no results: no candidates', () => {
    expect(rank([])).toEqual([]);
  });

  it('every single site: a map whose essential zone covers most of it ranks above every spillover-only map', () => {
    for (const site of painSiteIds) {
      const ranked = rank([site]);
      const strong = ranked.filter((c) => c.essentialShare >= 0.6);
      const spillOnly = ranked.filter((c) => c.coverage === 'spillover');
      for (const s of strong)
        for (const w of spillOnly) expect(s.rank, `${site}: ${s.id} vs ${w.id}`).toBeLessThan(w.rank);
    }
  });

  it('every pair of sites: a map that reaches more of them, no less in either zone, never ranks lower', () => {
    const violations: string[] = [];
    for (const a of painSiteIds) {
      for (const b of painSiteIds) {
        if (a >= b) continue;
        const ranked = rank([a, b]);
        for (const [i, upper] of ranked.entries()) {
          for (const lower of ranked.slice(i + 1)) {
            const dominates =
              upper.sitesCovered.every((site) => lower.sitesCovered.includes(site)) &&
              lower.sitesCovered.length > upper.sitesCovered.length &&
              lower.essentialShare >= upper.essentialShare &&
              lower.spilloverShare >= upper.spilloverShare &&
              lower.rank > upper.rank;
            if (dominates) violations.push(`${a}+${b}: ${lower.id} covers more than ${upper.id}`);
          }
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('a negative result lowers the candidate it points away from', () => {
    const plain = rank(['popliteal-fossa', 'posterolateral-knee']);
    const lowered = rank(['popliteal-fossa', 'posterolateral-knee'], {
      'straight-leg-raise-toe-out': 'negative',
    });
    const before = plain.find((candidate) => candidate.id === 'biceps-femoris-long-head');
    const after = lowered.find((candidate) => candidate.id === 'biceps-femoris-long-head');
    expect(after?.score).toBeLessThan(before?.score ?? Number.NEGATIVE_INFINITY);
    expect(position(lowered, 'biceps-femoris-long-head')).toBeGreaterThanOrEqual(
      position(plain, 'biceps-femoris-long-head'),
    );
    expect(after?.reasons.some((reason) => reason.startsWith('negative'))).toBe(true);
  });

  it('every candidate for a chosen site explains itself and shows where its trigger points are', () => {
    const problems: string[] = [];
    for (const site of painSiteIds) {
      for (const candidate of rank([site])) {
        if (candidate.reasons.length === 0) problems.push(`${site}: ${candidate.id} has no reasons`);
        if (candidate.triggerPoints.length === 0)
          problems.push(`${site}: ${candidate.id} has no trigger points`);
        // It covers the chosen site, or reaches a real share of it without covering it.
        if (candidate.sitesCovered.some((s) => s !== site))
          problems.push(`${site}: ${candidate.id} covers ${candidate.sitesCovered.join()}`);
        if (candidate.essentialShare + candidate.spilloverShare < 0.05 && candidate.sitesCovered.length === 0)
          problems.push(`${site}: ${candidate.id} is listed without reaching it`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('discriminating tests, look-ups, advice and warnings on the real data', () => {
  it('for the back of the knee, suggests tests made for it that tell the calf from the outer hamstring', () => {
    const tests = discriminatingTests(rank(['popliteal-fossa']), ['popliteal-fossa']);
    expect(tests.length).toBeGreaterThan(0);
    expect(tests[0]?.painSites).toContain('popliteal-fossa');
    expect(ids(tests.slice(0, 5))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(calf-origin-palpation|knee-bend-foot-flexed|straight-leg-raise-toe-out)$/),
      ]),
    );
  });

  it('for the back of the thigh, suggests a gluteus minimus test among the first ones', () => {
    const tests = discriminatingTests(rank(backOfThigh), backOfThigh);
    expect(ids(tests.slice(0, 5))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(tennis-ball-gluteus-minimus|heel-to-buttock)$/)]),
    );
  });

  it('lists the tennis-ball test first for gluteus minimus and the tiptoe push-off for soleus', () => {
    expect(testsForStructure('gluteus-minimus')[0]?.id).toBe('tennis-ball-gluteus-minimus');
    expect(ids(testsForStructure('soleus'))).toContain('tiptoe-push-off');
  });

  it('seed:003: a positive toe-touch brings the circumferential-thigh advice (quadriceps, adductors, septa)', () => {
    const results: Results = { 'toe-touch': 'positive' };
    const notes = adviceFor([], rank([], results), results);
    const note = notes.find((n) => n.sources.includes('seed:003'));
    expect(note?.text).toMatch(/quadriceps/i);
    expect(note?.text).toMatch(/adductors/i);
    expect(note?.text).toMatch(/septa/i);
    expect(note?.text).toMatch(/hamstrings/i);
  });

  it('with no pain site chosen (the panel then ranks nothing), each recorded result still brings its advice', () => {
    const adviceForResults = (results: Results) => adviceFor([], [], results);
    expect(adviceForResults({})).toEqual([]);
    const heel = adviceForResults({ 'heel-to-buttock': 'positive' });
    expect(heel.some((n) => n.sources.includes('seed:001') && /gluteus minimus/i.test(n.text))).toBe(true);
    expect(heel.some((n) => n.kind === 'reference-view' && /cramp/i.test(n.text))).toBe(true);
    expect(
      adviceForResults({ 'long-sitting-or-driving': 'positive' }).some(
        (n) => n.sources.includes('seed:001') && /gluteus minimus/i.test(n.text),
      ),
    ).toBe(true);
    expect(
      adviceForResults({ 'resisted-knee-flexion': 'positive' }).some(
        (n) => n.sources.includes('seed:002') && /behind the knee/i.test(n.text),
      ),
    ).toBe(true);
    expect(
      adviceForResults({ 'straight-leg-raise': 'positive' }).some(
        (n) => n.kind === 'caution' && /nerve/i.test(n.text),
      ),
    ).toBe(true);
    // A negative toe-touch is not stubborn tightness: no circumferential-thigh advice.
    expect(adviceForResults({ 'toe-touch': 'negative' }).some((n) => n.sources.includes('seed:003'))).toBe(
      false,
    );
  });

  it('seed:001: pain in the back of the thigh brings the note that the seizing hamstring may be gluteus minimus', () => {
    const notes = adviceFor(backOfThigh, rank(backOfThigh));
    expect(notes.some((n) => n.sources.includes('seed:001') && /gluteus minimus/i.test(n.text))).toBe(true);
  });

  it('warning signs for the back of the knee include a deep-vein thrombosis', () => {
    const flags = redFlagsFor(['popliteal-fossa']);
    expect(
      flags.some((flag) => /thrombosis|DVT|blood clot/i.test(`${flag.id} ${flag.title} ${flag.signs}`)),
    ).toBe(true);
  });

  it('warning signs for the calf include a deep-vein thrombosis', () => {
    const flags = redFlagsFor(['calf-middle']);
    expect(
      flags.some((flag) => /thrombosis|DVT|blood clot/i.test(`${flag.id} ${flag.title} ${flag.signs}`)),
    ).toBe(true);
  });

  it('rehab for the hamstrings includes a single-leg deadlift (seed:000)', () => {
    expect(rehabFor('semitendinosus').some((item) => /dead ?lift/i.test(item.name))).toBe(true);
  });
});
