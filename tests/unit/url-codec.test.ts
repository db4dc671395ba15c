import { groupIds } from '../../src/anatomy/groups.ts';
import fc from 'fast-check';
import { appModes } from '../../src/state/app-mode.ts';
import { emptyMask } from '../../src/anatomy/surface-grid.ts';
import { encodeDrawing } from '../../src/state/drawing-codec.ts';
import { brushRadii, stampBrush } from '../../src/state/pain-drawing.ts';
import { describe, expect, it } from 'vitest';
import {
  layerIds,
  muscleIds,
  painSiteIds,
  selfTestIds,
  sides,
  structureIds,
  views,
} from '../../src/anatomy/ids.ts';
import { poseIds } from '../../src/kinematics/pose-ids.ts';
import {
  defaultUrlState,
  deepestMuscleLayer,
  parseUrlState,
  sanitiseWord,
  serialiseUrlState,
  type UrlState,
} from '../../src/state/url-codec.ts';

describe('parseUrlState: worked examples', () => {
  it('reads an empty query as the default state', () => {
    for (const q of ['', '?', '?&&', '&']) {
      expect(parseUrlState(q)).toEqual({ state: defaultUrlState, notices: [] });
    }
  });

  it('reads every setting', () => {
    const { state, notices } = parseUrlState(
      '?pain=popliteal-fossa,posterior-thigh-distal&drawn=aAQ&select=soleus&compare=popliteus' +
        '&positive=knee-curl,tiptoe-push-off&negative=sit-bone-press&side=left&view=lateral&layers=skin,bones&text=1' +
        '&pose=knee-curl&mode=quiz&ink=agABkqb',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual<UrlState>({
      pain: ['popliteal-fossa', 'posterior-thigh-distal'],
      drawn: 'aAQ',
      select: 'soleus',
      group: null,
      compare: 'popliteus',
      positive: ['knee-curl', 'tiptoe-push-off'],
      negative: ['sit-bone-press'],
      side: 'left',
      view: 'lateral',
      layers: ['skin', 'bones'],
      peel: 0,
      xray: false,
      isolate: false,
      hidden: [],
      text: true,
      pose: 'knee-curl',
      mode: 'quiz',
      ink: 'agABkqb',
    });
  });

  it('reads a muscle group from ?select= and writes it back the same way', () => {
    const { state, notices } = parseUrlState('?select=Hamstrings');
    expect(notices).toEqual([]);
    expect(state.select).toBeNull();
    expect(state.group).toBe('hamstrings');
    expect(serialiseUrlState(state)).toBe('?select=hamstrings');
    // A structure wins when both are set (the store never sets both).
    expect(serialiseUrlState({ ...defaultUrlState, select: 'soleus', group: 'adductors' })).toBe(
      '?select=soleus',
    );
    expect(parseUrlState('?select=abductors').notices).toEqual(['Ignored unknown structure "abductors".']);
  });

  it('reads a mode, and reports an unknown one without failing', () => {
    expect(parseUrlState('?mode=Summary').state.mode).toBe('summary');
    const { state, notices } = parseUrlState('?mode=slides&pain=heel');
    expect(state.mode).toBe('explore');
    expect(state.pain).toEqual(['heel']);
    expect(notices).toEqual(['Ignored unknown mode "slides"; use explore, quiz, summary or present.']);
    expect(serialiseUrlState({ ...defaultUrlState, mode: 'explore' })).toBe('');
  });

  it('reads a pose, and reports an unknown one without failing', () => {
    expect(parseUrlState('?pose=Straight-Leg-Raise').state.pose).toBe('straight-leg-raise');
    const { state, notices } = parseUrlState('?pose=sit-bone-press&pain=heel');
    expect(state.pose).toBeNull();
    expect(state.pain).toEqual(['heel']);
    expect(notices).toEqual(['Ignored unknown pose "sit-bone-press".']);
  });

  it('reads display modes from the layers words: peel, x-ray, isolate and hidden structures', () => {
    const { state, notices } = parseUrlState(
      '?layers=muscles,bones,peel-2,XRAY,isolate,hide-femur,hide-sartorius',
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      layers: ['muscles', 'bones'],
      peel: 2,
      xray: true,
      isolate: true,
      hidden: ['femur', 'sartorius'],
    });
    // Modes alone keep the default layers; `none` is an explicit empty list.
    expect(parseUrlState('?layers=xray').state).toMatchObject({ layers: null, xray: true });
    expect(parseUrlState('?layers=none,isolate').state).toMatchObject({ layers: [], isolate: true });
  });

  it('drops display words it cannot use, with a notice', () => {
    const { state, notices } = parseUrlState(
      `?layers=skin,peel-0,peel-${deepestMuscleLayer + 1},hide-nothing,hide-,peel-1.5`,
    );
    expect(state).toMatchObject({ layers: ['skin'], peel: 0, hidden: [] });
    expect(notices).toHaveLength(5);
    expect(notices.every((n) => n.startsWith('Ignored unknown layer'))).toBe(true);
  });

  it('accepts the query without its question mark, encoded commas, repeated keys and any case', () => {
    const { state, notices } = parseUrlState('pain=Buttock%2Cgroin&pain=heel&VIEW=Medial');
    expect(notices).toEqual([]);
    expect(state.pain).toEqual(['buttock', 'groin', 'heel']);
    expect(state.view).toBe('medial');
  });

  it('distinguishes an absent layers setting (app default) from an empty one (none)', () => {
    expect(parseUrlState('?pain=heel').state.layers).toBeNull();
    expect(parseUrlState('?layers=').state.layers).toEqual([]);
    expect(parseUrlState('?layers=nerves').state.layers).toEqual(['nerves']);
  });

  it('collapses duplicate words, keeping first-seen order', () => {
    const { state, notices } = parseUrlState('?pain=heel,groin,heel,,groin&layers=skin,skin');
    expect(state.pain).toEqual(['heel', 'groin']);
    expect(state.layers).toEqual(['skin']);
    expect(notices).toEqual([]);
  });

  it('selects any kind of structure, including landmarks and skin', () => {
    expect(parseUrlState('?select=ischial-tuberosity').state.select).toBe('ischial-tuberosity');
    expect(parseUrlState('?select=skin').state.select).toBe('skin');
    expect(parseUrlState('?select=calcaneal-tendon').state.select).toBe('calcaneal-tendon');
    expect(parseUrlState('?select=').state.select).toBeNull();
  });

  it('reads text=1 and text=0', () => {
    expect(parseUrlState('?text=1').state.text).toBe(true);
    expect(parseUrlState('?text=0').state.text).toBe(false);
  });
});

describe('parseUrlState: notices', () => {
  it('drops unknown words with a plain sentence naming each', () => {
    const { state, notices } = parseUrlState(
      '?pain=heel,xyz&select=femurr&positive=nope&side=middle&view=top&layers=skin,glow&text=maybe&colour=red',
    );
    expect(state).toEqual({ ...defaultUrlState, pain: ['heel'], layers: ['skin'] });
    expect(notices).toEqual([
      'Ignored unknown pain site "xyz".',
      'Ignored unknown structure "femurr".',
      'Ignored unknown self-test "nope".',
      'Ignored unknown side "middle"; use left or right.',
      'Ignored unknown view "top"; use anterior, posterior, lateral or medial.',
      'Ignored unknown layer "glow".',
      'Ignored unknown text setting "maybe"; use text=1.',
      'Ignored unknown setting "colour".',
    ]);
  });

  it('keeps neither result for a test marked both positive and negative', () => {
    const { state, notices } = parseUrlState('?positive=knee-curl,toe-touch&negative=knee-curl');
    expect(state.positive).toEqual(['toe-touch']);
    expect(state.negative).toEqual([]);
    expect(notices).toEqual([
      'Self-test "knee-curl" was marked both positive and negative, so neither result was kept.',
    ]);
  });

  it('keeps the first of two different scalar values and says so; a repeat of the same value is silent', () => {
    const twice = parseUrlState('?side=left&side=right');
    expect(twice.state.side).toBe('left');
    expect(twice.notices).toEqual(['Ignored a second "side" setting "right".']);
    expect(parseUrlState('?view=medial&view=medial').notices).toEqual([]);
  });

  it('allows one selected structure only', () => {
    const { state, notices } = parseUrlState('?select=femur,tibia');
    expect(state.select).toBe('femur');
    expect(notices).toEqual(['Only one structure can be selected; ignored "tibia".']);
  });

  it('reports broken percent-encoding without throwing', () => {
    const { state, notices } = parseUrlState('?pain=%E0%A4%A&view=lateral&%zz=1');
    expect(state.view).toBe('lateral');
    expect(state.pain).toEqual([]);
    expect(notices).toEqual([
      'Ignored a malformed part of the address: "pain=%E0%A4%A".',
      'Ignored a malformed part of the address: "%zz=1".',
    ]);
  });

  it('treats prototype words as plain unknown words', () => {
    const { state, notices } = parseUrlState(
      '?__proto__=1&constructor=x&pain=__proto__,constructor,toString&select=hasOwnProperty',
    );
    expect(state).toEqual(defaultUrlState);
    expect(notices).toContain('Ignored unknown setting "__proto__".');
    expect(notices).toContain('Ignored unknown pain site "constructor".');
    expect(notices).toContain('Ignored unknown structure "hasOwnProperty".');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('shows hostile words cut short and stripped of control characters', () => {
    const long = 'a'.repeat(5000);
    const { notices } = parseUrlState(`?pain=${long}`);
    expect(notices).toEqual([`Ignored unknown pain site "${'a'.repeat(40)}…".`]);

    const sneaky = parseUrlState('?pain=%3Cscript%3Ealert(1)%3C%2Fscript%3E%0A%1B%E2%80%AEevil');
    expect(sneaky.notices).toHaveLength(1);
    expect(sneaky.notices[0]).toBe('Ignored unknown pain site "<script>alert(1)</script>evil".');
    expect(sneaky.notices[0]).not.toMatch(/[\p{Cc}\u202e]/u);
  });

  it('never lets a flood of bad words flood the page', () => {
    const soup = Array.from({ length: 500 }, (_, i) => `junk${i}`).join(',');
    const { state, notices } = parseUrlState(`?pain=heel,${soup}`);
    expect(state.pain).toEqual(['heel']);
    expect(notices.length).toBeLessThanOrEqual(9);
    expect(notices.at(-1)).toBe('…and 492 more ignored parts of the address.');
  });

  it('cuts emoji on character boundaries', () => {
    const word = '🦵'.repeat(60);
    const shown = sanitiseWord(word);
    expect(Array.from(shown)).toHaveLength(41);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('serialiseUrlState', () => {
  it('writes nothing for the default state', () => {
    expect(serialiseUrlState(defaultUrlState)).toBe('');
  });

  it('writes a canonical query: fixed key order, defaults omitted, commas unencoded', () => {
    const state: UrlState = {
      text: true,
      layers: ['skin', 'nerves'],
      view: 'anterior',
      side: 'left',
      negative: ['toe-touch'],
      positive: ['knee-curl', 'sit-bone-press'],
      select: 'gluteus-minimus',
      group: null,
      pain: ['buttock', 'lateral-thigh'],
      peel: 0,
      xray: false,
      isolate: false,
      hidden: [],
      pose: 'heel-to-buttock',
      drawn: 'aAQ',
      compare: 'piriformis',
      mode: 'present',
      ink: 'agABkqb',
    };
    expect(serialiseUrlState(state)).toBe(
      '?pain=buttock,lateral-thigh&drawn=aAQ&select=gluteus-minimus&compare=piriformis' +
        '&positive=knee-curl,sit-bone-press' +
        '&negative=toe-touch&side=left&view=anterior&layers=skin,nerves&text=1&pose=heel-to-buttock' +
        '&mode=present&ink=agABkqb',
    );
    expect(serialiseUrlState({ ...defaultUrlState, view: 'posterior', side: 'right' })).toBe('');
    expect(serialiseUrlState({ ...defaultUrlState, layers: [] })).toBe('?layers=');
  });

  it('writes display modes after the layers, keeping the default layers implicit', () => {
    expect(serialiseUrlState({ ...defaultUrlState, xray: true, hidden: ['femur'] })).toBe(
      '?layers=xray,hide-femur',
    );
    expect(serialiseUrlState({ ...defaultUrlState, layers: [], isolate: true })).toBe('?layers=none,isolate');
    expect(serialiseUrlState({ ...defaultUrlState, layers: ['muscles'], peel: 1 })).toBe(
      '?layers=muscles,peel-1',
    );
    // A peel beyond the deepest muscle layer is not a state the app can show: left out.
    expect(serialiseUrlState({ ...defaultUrlState, peel: deepestMuscleLayer + 1 })).toBe('');
  });

  it('leaves out repeats and tests marked both ways', () => {
    const s = serialiseUrlState({
      ...defaultUrlState,
      pain: ['heel', 'heel'],
      positive: ['knee-curl', 'toe-touch'],
      negative: ['knee-curl'],
    });
    expect(s).toBe('?pain=heel&positive=toe-touch');
  });
});

/** A small drawing: one brush stamp behind the knee. */
function stampedMask() {
  const mask = emptyMask();
  stampBrush(mask, { y: -0.45, angle: 180 }, brushRadii.medium);
  return mask;
}

const validState: fc.Arbitrary<UrlState> = fc
  .record({
    pain: fc.uniqueArray(fc.constantFrom(...painSiteIds)),
    drawn: fc.constantFrom('', 'aAQ', encodeDrawing(stampedMask())),
    select: fc.option(fc.constantFrom(...structureIds), { nil: null }),
    group: fc.option(fc.constantFrom(...groupIds), { nil: null }),
    compare: fc.option(fc.constantFrom(...muscleIds), { nil: null }),
    results: fc.dictionary(fc.constantFrom(...selfTestIds), fc.constantFrom('positive', 'negative')),
    side: fc.constantFrom(...sides),
    view: fc.constantFrom(...views),
    layers: fc.option(fc.uniqueArray(fc.constantFrom(...layerIds)), { nil: null }),
    peel: fc.integer({ min: 0, max: deepestMuscleLayer }),
    xray: fc.boolean(),
    isolate: fc.boolean(),
    hidden: fc.uniqueArray(fc.constantFrom(...structureIds), { maxLength: 4 }),
    text: fc.boolean(),
    pose: fc.option(fc.constantFrom(...poseIds), { nil: null }),
    mode: fc.constantFrom(...appModes),
    ink: fc.constantFrom('', 'agABkqb', 'aAAAA,gABk'),
  })
  .map(({ results, group, ...rest }) => {
    const entries = Object.entries(results);
    return {
      ...rest,
      // One word of `?select=` names either a structure or a group.
      group: rest.select === null ? group : null,
      positive: entries.filter(([, r]) => r === 'positive').map(([t]) => t as UrlState['positive'][number]),
      negative: entries.filter(([, r]) => r === 'negative').map(([t]) => t as UrlState['negative'][number]),
    };
  });

/** Key=value soups mixing real keys and words with junk. */
const soup = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'pain',
          'drawn',
          'select',
          'compare',
          'positive',
          'negative',
          'side',
          'view',
          'layers',
          'text',
          'pose',
        ),
        fc.constantFrom('__proto__', 'constructor', 'prototype', ''),
        fc.string(),
        fc.string({ unit: 'binary' }),
      ),
      fc.oneof(
        fc.constantFrom(
          ...painSiteIds,
          ...selfTestIds,
          ...layerIds,
          ...views,
          ...sides,
          ...poseIds,
          'skin',
          '1',
        ),
        fc.constantFrom('%', '%E0%A4%A', '%zz', '%00', '<script>alert(1)</script>', '__proto__', ',,,'),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'grapheme' }),
      ),
    ),
    { maxLength: 30 },
  )
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

function expectWellFormed(result: { state: UrlState; notices: string[] }): void {
  const { state, notices } = result;
  expect(painSiteIds).toEqual(expect.arrayContaining(state.pain));
  expect(new Set(state.pain).size).toBe(state.pain.length);
  expect(state.positive.filter((t) => state.negative.includes(t))).toEqual([]);
  expect(sides).toContain(state.side);
  expect(views).toContain(state.view);
  if (state.select !== null) expect(structureIds).toContain(state.select);
  expect(notices.length).toBeLessThanOrEqual(9);
  for (const n of notices) {
    expect(n.length).toBeLessThan(200);
    expect(n).not.toMatch(/\p{Cc}/u);
  }
}

// Property tests get a generous timeout: the machine is shared, and a timeout is not a finding.
describe('parseUrlState: properties', { timeout: 30_000 }, () => {
  // fast-check 4 spells fullUnicodeString() as string({ unit: 'binary' }) (any code point, lone
  // surrogates included via 'binary'; graphemes via 'grapheme').
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (s) => {
          expectWellFormed(parseUrlState(s));
          expectWellFormed(parseUrlState(`?${s}`));
          expectWellFormed(parseUrlState(`?pain=${s}&select=${s}&${s}=1`));
        },
      ),
    );
  });

  it('never throws on key=value soups and always returns a usable state', () => {
    fc.assert(fc.property(soup, (q) => expectWellFormed(parseUrlState(q))));
  });

  it('survives non-string input from untyped callers', () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(parseUrlState(bad as unknown as string).state).toEqual(defaultUrlState);
    }
  });

  it('round-trips every valid state without notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const query = serialiseUrlState(state);
        expect(parseUrlState(query)).toEqual({ state, notices: [] });
        // Canonical: serialising the parsed state gives the same text.
        expect(serialiseUrlState(parseUrlState(query).state)).toBe(query);
      }),
    );
  });

  it('writes only unreserved characters besides its own separators', () => {
    fc.assert(
      fc.property(validState, (state) => {
        // The drawing is base64url (A–Z, a–z, 0–9, - and _): unreserved too.
        expect(serialiseUrlState(state)).toMatch(/^(\?[A-Za-z0-9=,&_-]+)?$/);
      }),
    );
  });
});
