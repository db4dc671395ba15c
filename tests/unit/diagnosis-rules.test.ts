/** The ranking rules, checked on small in-memory fixtures (the real data is tested separately). */
import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../src/diagnosis/advice.ts';
import { discriminatingTestsIn } from '../../src/diagnosis/discriminate.ts';
import { redFlagsForIn, rehabForIn, testsForStructureIn } from '../../src/diagnosis/lookups.ts';
import { rankCandidatesIn } from '../../src/diagnosis/rank.ts';
import {
  fixtureData,
  fixtureFlag,
  fixtureMuscle,
  fixtureRehab,
  fixtureSite,
  fixtureTest,
  implies,
  zonePoint,
} from './diagnosis-fixtures.ts';

const ids = (candidates: readonly { id: string }[]) => candidates.map((candidate) => candidate.id);

describe('rankCandidates rules (fixtures)', () => {
  it('returns nothing without sites or results', () => {
    const data = fixtureData({ muscles: [fixtureMuscle('soleus', [zonePoint('soleus', 1, ['heel'])])] });
    expect(rankCandidatesIn({ painSites: [], results: {} }, data)).toEqual([]);
  });

  it('ranks an essential-zone match above a spillover match', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('semitendinosus', [zonePoint('semitendinosus', 1, [], ['popliteal-fossa'])]),
        fixtureMuscle('popliteus', [zonePoint('popliteus', 1, ['popliteal-fossa'])]),
      ],
    });
    const ranked = rankCandidatesIn({ painSites: ['popliteal-fossa'], results: {} }, data);
    expect(ids(ranked)).toEqual(['popliteus', 'semitendinosus']);
    expect(ranked[0]?.coverage).toBe('essential');
    expect(ranked[1]?.coverage).toBe('spillover');
    expect(ranked[0]?.reasons[0]).toBe('its map usually covers all of where it hurts: the back of the knee');
    expect(ranked[1]?.reasons[0]).toBe(
      'its map sometimes spreads over all of where it hurts: the back of the knee',
    );
  });

  it('ranks a source covering two chosen sites above one covering one', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('popliteus', [zonePoint('popliteus', 1, ['popliteal-fossa'])]),
        fixtureMuscle('biceps-femoris-long-head', [
          zonePoint('biceps-femoris-long-head', 1, ['popliteal-fossa'], ['posterior-thigh-middle']),
        ]),
      ],
    });
    const ranked = rankCandidatesIn(
      { painSites: ['popliteal-fossa', 'posterior-thigh-middle'], results: {} },
      data,
    );
    expect(ids(ranked)).toEqual(['biceps-femoris-long-head', 'popliteus']);
    expect(ranked[0]?.sitesCovered).toEqual(['popliteal-fossa', 'posterior-thigh-middle']);
  });

  it('says equal maps are tied: they share a rank, listed in the fixed muscle order', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('plantaris', [zonePoint('plantaris', 1, ['popliteal-fossa'])]),
        fixtureMuscle('biceps-femoris-long-head', [
          zonePoint('biceps-femoris-long-head', 1, ['popliteal-fossa']),
        ]),
        fixtureMuscle('gastrocnemius-lateral-head', [
          zonePoint('gastrocnemius-lateral-head', 1, ['popliteal-fossa']),
        ]),
        fixtureMuscle('popliteus', [zonePoint('popliteus', 1, ['popliteal-fossa'])]),
        fixtureMuscle('soleus', [zonePoint('soleus', 1, [], ['popliteal-fossa'])]),
      ],
    });
    const ranked = rankCandidatesIn({ painSites: ['popliteal-fossa'], results: {} }, data);
    // No unsourced "how common" prior breaks the tie.
    expect(ids(ranked)).toEqual([
      'biceps-femoris-long-head',
      'gastrocnemius-lateral-head',
      'plantaris',
      'popliteus',
      'soleus',
    ]);
    expect(ranked.map((candidate) => candidate.rank)).toEqual([1, 1, 1, 1, 5]);
    expect(ranked.map((candidate) => candidate.tied)).toEqual([true, true, true, true, false]);
  });

  it('lets a positive test raise a candidate and names the test in its reasons', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('gastrocnemius-medial-head', [
          zonePoint('gastrocnemius-medial-head', 1, ['popliteal-fossa']),
        ]),
        fixtureMuscle('biceps-femoris-long-head', [
          zonePoint('biceps-femoris-long-head', 1, ['popliteal-fossa']),
        ]),
      ],
      selfTests: [
        fixtureTest('straight-leg-raise-toe-out', [
          implies('biceps-femoris-long-head', 0.8, 'it stretches the outer hamstring'),
        ]),
      ],
    });
    const before = rankCandidatesIn({ painSites: ['popliteal-fossa'], results: {} }, data);
    expect(before.map((c) => c.rank)).toEqual([1, 1]);
    const after = rankCandidatesIn(
      { painSites: ['popliteal-fossa'], results: { 'straight-leg-raise-toe-out': 'positive' } },
      data,
    );
    expect(after[0]?.id).toBe('biceps-femoris-long-head');
    expect(after.map((c) => c.rank)).toEqual([1, 2]);
    expect(after[0]?.score).toBeGreaterThan(before[1]?.score ?? Infinity);
    expect(after[0]?.reasons).toContain(
      'positive test straight-leg-raise-toe-out: it stretches the outer hamstring',
    );
  });

  it('lets a negative test lower a candidate using the negative implications', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('semitendinosus', [zonePoint('semitendinosus', 1, ['posterior-thigh-middle'])]),
        fixtureMuscle('gluteus-minimus', [zonePoint('gluteus-minimus', 1, ['posterior-thigh-middle'])]),
      ],
      selfTests: [
        fixtureTest(
          'knee-curl',
          [implies('semitendinosus', 0.8)],
          [implies('semitendinosus', 0.5, 'no pain curling the knee')],
        ),
      ],
    });
    const plain = rankCandidatesIn({ painSites: ['posterior-thigh-middle'], results: {} }, data);
    expect(plain.map((c) => c.rank)).toEqual([1, 1]);
    const lowered = rankCandidatesIn(
      { painSites: ['posterior-thigh-middle'], results: { 'knee-curl': 'negative' } },
      data,
    );
    expect(ids(lowered)).toEqual(['gluteus-minimus', 'semitendinosus']);
    expect(lowered.map((c) => c.rank)).toEqual([1, 2]);
    expect(lowered[1]?.score).toBeLessThan(plain[0]?.score ?? -Infinity);
    expect(lowered[1]?.reasons.at(-1)).toBe('negative test knee-curl: no pain curling the knee');
  });

  it('falls back to lowering the positive implications when a test lists no negative ones', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('soleus', [zonePoint('soleus', 1, ['heel'])]),
        fixtureMuscle('gastrocnemius-medial-head', [zonePoint('gastrocnemius-medial-head', 1, ['heel'])]),
      ],
      selfTests: [fixtureTest('tiptoe-push-off', [implies('soleus', 1)])],
    });
    const ranked = rankCandidatesIn(
      { painSites: ['heel'], results: { 'tiptoe-push-off': 'negative' } },
      data,
    );
    expect(ids(ranked)).toEqual(['gastrocnemius-medial-head', 'soleus']);
  });

  it('ranks from a test result alone when no sites are chosen', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('gluteus-maximus', [zonePoint('gluteus-maximus', 1, ['buttock'])]),
        fixtureMuscle('semitendinosus', [zonePoint('semitendinosus', 1, ['posterior-thigh-middle'])]),
        fixtureMuscle('soleus', [zonePoint('soleus', 1, ['heel'])]),
      ],
      selfTests: [
        fixtureTest('straight-leg-hip-extension', [
          implies('gluteus-maximus', 0.8),
          implies('semitendinosus', 0.3),
        ]),
      ],
    });
    const ranked = rankCandidatesIn(
      { painSites: [], results: { 'straight-leg-hip-extension': 'positive' } },
      data,
    );
    expect(ids(ranked)).toEqual(['gluteus-maximus', 'semitendinosus']);
    expect(ranked[0]?.coverage).toBe('none');
    expect(ranked[0]?.triggerPoints.map((tp) => tp.id)).toEqual(['gluteus-maximus-trigger-point-1']);
  });

  it('a negative result alone lists nothing', () => {
    const data = fixtureData({
      muscles: [fixtureMuscle('soleus', [zonePoint('soleus', 1, ['heel'])])],
      selfTests: [fixtureTest('tiptoe-push-off', [implies('soleus', 1)])],
    });
    expect(rankCandidatesIn({ painSites: [], results: { 'tiptoe-push-off': 'negative' } }, data)).toEqual([]);
  });

  it('adds a test-only candidate to chosen sites and says its zones miss them', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('semitendinosus', [zonePoint('semitendinosus', 1, [], ['posterior-thigh-middle'])]),
        fixtureMuscle('gastrocnemius-medial-head', [zonePoint('gastrocnemius-medial-head', 1, ['heel'])]),
      ],
      selfTests: [fixtureTest('knee-bend-foot-flexed', [implies('gastrocnemius-medial-head', 0.8)])],
    });
    const ranked = rankCandidatesIn(
      { painSites: ['posterior-thigh-middle'], results: { 'knee-bend-foot-flexed': 'positive' } },
      data,
    );
    expect(ids(ranked)).toEqual(['gastrocnemius-medial-head', 'semitendinosus']);
    expect(ranked[0]?.sitesCovered).toEqual([]);
    expect(ranked[0]?.reasons[0]).toMatch(/does not reach where it hurts/);
  });

  it('keeps only the trigger points whose zones reach the chosen sites', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('soleus', [
          zonePoint('soleus', 1, ['heel']),
          zonePoint('soleus', 2, ['calf-middle']),
          zonePoint('soleus', 3, ['sacroiliac']),
        ]),
      ],
    });
    const [soleus] = rankCandidatesIn({ painSites: ['heel', 'sacroiliac'], results: {} }, data);
    expect(soleus?.triggerPoints.map((tp) => tp.id)).toEqual([
      'soleus-trigger-point-1',
      'soleus-trigger-point-3',
    ]);
  });

  it('counts a site once even when several points or duplicates cover it', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('vastus-lateralis', [
          zonePoint('vastus-lateralis', 1, ['lateral-thigh']),
          zonePoint('vastus-lateralis', 2, ['lateral-thigh'], ['lateral-knee']),
        ]),
        fixtureMuscle('tensor-fasciae-latae', [
          zonePoint('tensor-fasciae-latae', 1, ['lateral-thigh', 'lateral-hip']),
        ]),
      ],
    });
    const ranked = rankCandidatesIn(
      { painSites: ['lateral-thigh', 'lateral-thigh', 'lateral-hip', 'lateral-knee'], results: {} },
      data,
    );
    expect(ids(ranked)).toEqual(['tensor-fasciae-latae', 'vastus-lateralis']);
    expect(ranked[1]?.sitesCovered).toEqual(['lateral-thigh', 'lateral-knee']);
  });
});

describe('map fit and wording (fixtures)', () => {
  it('keeps a positive test as strong however many neighbouring sites are marked', () => {
    const backOfThigh = [
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
    ] as const;
    const data = fixtureData({
      muscles: [
        fixtureMuscle('gluteus-minimus', [zonePoint('gluteus-minimus', 1, backOfThigh)]),
        fixtureMuscle('gastrocnemius-medial-head', [
          zonePoint('gastrocnemius-medial-head', 1, [], ['posterior-thigh-distal']),
        ]),
      ],
      selfTests: [fixtureTest('knee-bend-foot-flexed', [implies('gastrocnemius-medial-head', 0.45)])],
    });
    const results = { 'knee-bend-foot-flexed': 'positive' } as const;
    expect(rankCandidatesIn({ painSites: ['posterior-thigh-distal'], results }, data)[0]?.id).toBe(
      'gastrocnemius-medial-head',
    );
    expect(rankCandidatesIn({ painSites: backOfThigh, results }, data)[0]?.id).toBe(
      'gastrocnemius-medial-head',
    );
    // Without the test, the broader map wins however many sites are marked.
    expect(rankCandidatesIn({ painSites: backOfThigh, results: {} }, data)[0]?.id).toBe('gluteus-minimus');
  });

  it('words a qualified site label as a parenthesis and lists several sites', () => {
    const data = fixtureData({
      painSites: [
        fixtureSite('popliteal-fossa', 'Back of the knee'),
        fixtureSite('posterolateral-knee', 'Back of the knee, outer side'),
      ],
      muscles: [
        fixtureMuscle('biceps-femoris-long-head', [
          zonePoint('biceps-femoris-long-head', 1, ['popliteal-fossa', 'posterolateral-knee']),
        ]),
      ],
    });
    const [candidate] = rankCandidatesIn(
      { painSites: ['popliteal-fossa', 'posterolateral-knee'], results: {} },
      data,
    );
    expect(candidate?.reasons[0]).toBe(
      'its map usually covers all of where it hurts: the back of the knee and the back of the knee (outer side)',
    );
  });
});

describe('discriminatingTests (fixtures)', () => {
  const muscles = [
    fixtureMuscle('semitendinosus', [zonePoint('semitendinosus', 1, ['posterior-thigh-middle'])]),
    fixtureMuscle('gluteus-minimus', [zonePoint('gluteus-minimus', 1, ['posterior-thigh-middle'])]),
  ];
  const tests = [
    fixtureTest('single-leg-squat', [implies('semitendinosus', 0.3), implies('gluteus-minimus', 0.3)]),
    fixtureTest('knee-curl', [implies('semitendinosus', 0.5)]),
    fixtureTest('tennis-ball-gluteus-minimus', [implies('gluteus-minimus', 0.9)]),
    fixtureTest('heel-to-buttock', [implies('gluteus-minimus', 0.4)], [], ['posterior-thigh-middle']),
    fixtureTest('tiptoe-push-off', [implies('soleus', 1)]),
  ];
  const data = fixtureData({ muscles, selfTests: tests });
  const candidates = rankCandidatesIn({ painSites: ['posterior-thigh-middle'], results: {} }, data);

  it('puts site-matched tests first, then the tests that separate the candidates most', () => {
    expect(ids(discriminatingTestsIn(candidates, ['posterior-thigh-middle'], data))).toEqual([
      'heel-to-buttock',
      'tennis-ball-gluteus-minimus',
      'knee-curl',
    ]);
  });

  it('leaves out answered tests', () => {
    const open = discriminatingTestsIn(candidates, ['posterior-thigh-middle'], data, {
      'heel-to-buttock': 'positive',
    });
    expect(ids(open)).toEqual(['tennis-ball-gluteus-minimus', 'knee-curl']);
  });
});

describe('look-ups (fixtures)', () => {
  it('lists the tests for a structure, strongest implication first', () => {
    const data = fixtureData({
      selfTests: [
        fixtureTest('knee-curl', [implies('semitendinosus', 0.4)]),
        fixtureTest('toe-touch', [], [implies('semitendinosus', 0.2)]),
        fixtureTest('hamstring-belly-palpation', [implies('semitendinosus', 0.9)]),
        fixtureTest('tiptoe-push-off', [implies('soleus', 1)]),
      ],
    });
    expect(ids(testsForStructureIn('semitendinosus', data))).toEqual([
      'hamstring-belly-palpation',
      'knee-curl',
      'toe-touch',
    ]);
  });

  it('gives red flags for the chosen sites plus general ones, most urgent first', () => {
    const data = fixtureData({
      redFlags: [
        fixtureFlag('tear', 'soon', ['posterior-thigh-middle']),
        fixtureFlag('nerve', 'urgent', []),
        fixtureFlag('dvt', 'emergency', ['popliteal-fossa', 'calf-middle']),
      ],
    });
    expect(ids(redFlagsForIn(['popliteal-fossa'], data))).toEqual(['dvt', 'nerve']);
    expect(ids(redFlagsForIn(['posterior-thigh-middle', 'calf-middle'], data))).toEqual([
      'dvt',
      'nerve',
      'tear',
    ]);
    expect(ids(redFlagsForIn([], data))).toEqual(['nerve']);
  });

  it('orders rehab by its intended order', () => {
    const data = fixtureData({
      rehab: [
        fixtureRehab('hamstring-stretch', ['semitendinosus'], 3),
        fixtureRehab('deadlift', ['semitendinosus', 'gluteus-maximus']),
        fixtureRehab('quad-stretch', ['rectus-femoris', 'semitendinosus'], 1),
      ],
    });
    expect(ids(rehabForIn('semitendinosus', data))).toEqual([
      'quad-stretch',
      'hamstring-stretch',
      'deadlift',
    ]);
    expect(ids(rehabForIn('gluteus-maximus', data))).toEqual(['deadlift']);
  });
});

describe('adviceFor (fixtures)', () => {
  const candidate = (id: Parameters<typeof fixtureMuscle>[0]) =>
    rankCandidatesIn(
      { painSites: ['posterior-thigh-middle'], results: {} },
      fixtureData({ muscles: [fixtureMuscle(id, [zonePoint(id, 1, ['posterior-thigh-middle'])])] }),
    );

  it('gives the circumferential-thigh advice for a positive toe-touch, with its seed', () => {
    const notes = adviceFor([], [], { 'toe-touch': 'positive' });
    const note = notes.find((n) => n.sources.includes('seed:003'));
    expect(note?.text).toMatch(/quadriceps/);
    expect(note?.text).toMatch(/adductors/);
    expect(note?.text).toMatch(/septa/);
  });

  it('names the gluteus minimus for a seizing back of the thigh', () => {
    const notes = adviceFor(['posterior-thigh-middle'], candidate('gluteus-minimus'));
    expect(notes.some((n) => n.sources.includes('seed:001') && /gluteus minimus/.test(n.text))).toBe(true);
  });

  it('gives the circumferential-thigh advice when a hamstring leads, not when one is merely listed', () => {
    const data = fixtureData({
      muscles: [
        fixtureMuscle('gastrocnemius-medial-head', [
          zonePoint('gastrocnemius-medial-head', 1, ['popliteal-fossa']),
        ]),
        fixtureMuscle('biceps-femoris-long-head', [
          zonePoint('biceps-femoris-long-head', 1, [], ['popliteal-fossa']),
        ]),
      ],
    });
    const calfFirst = rankCandidatesIn({ painSites: ['popliteal-fossa'], results: {} }, data);
    expect(adviceFor(['popliteal-fossa'], calfFirst).some((n) => n.sources.includes('seed:003'))).toBe(false);
    const hamstringFirst = calfFirst.slice(1);
    expect(adviceFor(['popliteal-fossa'], hamstringFirst).some((n) => n.sources.includes('seed:003'))).toBe(
      true,
    );
  });

  it('gives no thigh advice for a heel with no results', () => {
    expect(adviceFor(['heel'], [], {})).toEqual([]);
  });
});
