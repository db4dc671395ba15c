/** The presentation pen's link word (`?ink=`): known vectors, bad input, limits and round trips. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeInk, inkMaxX, inkMaxY, inkMinX, maxInkChars } from '../../src/state/ink-codec.ts';
import {
  encodeInk,
  fromInkUnits,
  inkFits,
  normaliseStroke,
  simplifyStroke,
  toInkUnits,
} from '../../src/state/ink-pen.ts';
import { parseUrlState, serialiseUrlState, defaultUrlState } from '../../src/state/url-codec.ts';

describe('ink word: worked examples', () => {
  it('writes the first point in full and each further point as a step', () => {
    // x 0 → 2048 = 32·64 + 0 → "gA"; y 100 = 1·64 + 36 → "Bk"; step (+10, −5) → 42, 27 → "qb".
    expect(encodeInk([[0, 100, 10, 95]])).toBe('agABkqb');
    expect(decodeInk('agABkqb')).toEqual({ ok: true, ink: [[0, 100, 10, 95]] });
    // Two strokes, a dot at the top left corner of the range and one at the top centre.
    expect(
      encodeInk([
        [inkMinX, 0],
        [0, 0],
      ]),
    ).toBe('aAAAA,gAAA');
  });

  it('splits long steps so the drawn line stays the same', () => {
    const stroke = normaliseStroke([0, 0, 100, 0]);
    expect(stroke[0]).toBe(0);
    expect(stroke.at(-2)).toBe(100);
    for (let i = 2; i < stroke.length; i += 2) {
      expect(stroke[i]! - stroke[i - 2]!).toBeLessThanOrEqual(31);
      expect(stroke[i + 1]).toBe(0);
    }
    expect(decodeInk(encodeInk([[0, 0, 100, 0]]))).toEqual({ ok: true, ink: [stroke] });
  });

  it('writes nothing for no strokes, and leaves empty strokes out', () => {
    expect(encodeInk([])).toBe('');
    expect(encodeInk([[], [5, 5]])).toBe(encodeInk([[5, 5]]));
  });

  it('keeps a point on the limb when the screen changes shape', () => {
    // The centre of the area's top edge is (0, 0) on any screen; the bottom centre is (0, 1023).
    expect(toInkUnits(640, 0, 1280, 800)).toEqual([0, 0]);
    expect(toInkUnits(400, 800, 800, 800)).toEqual([0, inkMaxY]);
    const [x, y] = toInkUnits(840, 400, 1280, 800);
    const [px, py] = fromInkUnits(x, y, 390, 500);
    expect(px).toBeCloseTo(195 + 200 * (500 / 800), 0);
    expect(py).toBeCloseTo(250, 0);
  });

  it('drops points a slow hand adds along a straight line', () => {
    const wobbly = [0, 0, 10, 1, 20, 0, 30, 1, 40, 0, 40, 40];
    expect(simplifyStroke(wobbly)).toEqual([0, 0, 40, 0, 40, 40]);
  });
});

describe('ink word: bad input', () => {
  it.each([
    ['', 'it is empty'],
    ['bgABk', 'it is not in a format this version can read'],
    ['agAB', 'a stroke is cut short'],
    ['agABkq', 'a stroke is cut short'],
    ['agA*k', 'it contains characters the format does not use'],
    ['agA__', 'a point lies outside the picture'],
    ['a__AA__', 'a point lies outside the picture'],
    [`a${'gABk,'.repeat(41)}gABk`, 'it has more than 40 strokes'],
    [`agABk${'gg'.repeat(maxInkChars)}`, 'it is longer than the app accepts'],
  ])('rejects a bad word (%#): %s', (word, reason) => {
    expect(decodeInk(word)).toEqual({ ok: false, reason });
  });

  it('ignores a bad ink word in the address with a notice, keeping the rest', () => {
    const { state, notices } = parseUrlState('?select=soleus&mode=present&ink=zzz');
    expect(state.select).toBe('soleus');
    expect(state.mode).toBe('present');
    expect(state.ink).toBe('');
    expect(notices).toEqual([
      'Ignored the pen drawing in the address: it is not in a format this version can read.',
    ]);
  });

  it('says when the ink is full', () => {
    const long = Array.from({ length: 300 }, (_, i) => [i % 2 === 0 ? 0 : 30, i * 3]).flat();
    expect(inkFits([[0, 0]])).toBe(true);
    expect(inkFits([long, long])).toBe(false);
  });
});

const point = fc.tuple(fc.integer({ min: inkMinX, max: inkMaxX }), fc.integer({ min: 0, max: inkMaxY }));
const stroke = fc.array(point, { minLength: 1, maxLength: 12 }).map((ps) => ps.flat());

describe('ink word: properties', () => {
  it('reads back what it wrote: the same strokes, normalised', () => {
    fc.assert(
      fc.property(fc.array(stroke, { maxLength: 6 }), (ink) => {
        const word = encodeInk(ink);
        const decoded = decodeInk(word);
        if (ink.length === 0) {
          expect(word).toBe('');
          return;
        }
        if (word.length - 1 > maxInkChars) {
          expect(decoded.ok).toBe(false);
          return;
        }
        expect(decoded).toEqual({ ok: true, ink: ink.map(normaliseStroke) });
        // The encoder's own words are canonical: writing what was read gives the same word.
        if (decoded.ok) expect(encodeInk(decoded.ink)).toBe(word);
      }),
    );
  });

  it('survives the address: serialise then parse gives the same word', () => {
    fc.assert(
      fc.property(fc.array(stroke, { minLength: 1, maxLength: 4 }), (ink) => {
        const word = encodeInk(ink);
        fc.pre(word.length - 1 <= maxInkChars);
        const query = serialiseUrlState({ ...defaultUrlState, mode: 'present', ink: word });
        const { state, notices } = parseUrlState(query);
        expect(notices).toEqual([]);
        expect(state.ink).toBe(word);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = decodeInk(`a${text}`);
        if (result.ok) for (const s of result.ink) expect(s.length % 2).toBe(0);
      }),
    );
  });
});
