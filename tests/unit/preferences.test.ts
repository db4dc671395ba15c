import { describe, expect, it } from 'vitest';
import {
  maxStoredLength,
  parsePreferences,
  preferencesInUrl,
  preferencesToApply,
  preferencesVersion,
  serialisePreferences,
  type Preferences,
} from '../../src/state/preferences.ts';

const sample: Preferences = {
  side: 'left',
  layers: ['bones', 'muscles'],
  textView: true,
  xray: true,
  names: 'english',
  labels: false,
};

describe('saved preferences: parse and validate', () => {
  it('round-trips what it writes (layers in canonical order)', () => {
    const parsed = parsePreferences(serialisePreferences(sample));
    expect(parsed).toEqual({
      kind: 'ok',
      preferences: {
        side: 'left',
        layers: ['muscles', 'bones'],
        textView: true,
        xray: true,
        names: 'english',
        labels: false,
      },
    });
    expect(parsePreferences(serialisePreferences({ ...sample, names: 'latin', labels: true }))).toMatchObject(
      {
        kind: 'ok',
        preferences: { names: 'latin', labels: true },
      },
    );
  });

  it('still loads a version-1 record saved before names or labels could be chosen, as English, unlabelled', () => {
    // Exactly what the app wrote before the name choice existed.
    const older = '{"version":1,"side":"left","layers":["muscles","bones"],"textView":false,"xray":true}';
    expect(parsePreferences(older)).toEqual({
      kind: 'ok',
      preferences: {
        side: 'left',
        layers: ['muscles', 'bones'],
        textView: false,
        xray: true,
        names: 'english',
        labels: false,
      },
    });
  });

  it('writes English as before (no new key), so an older copy of the app still reads it', () => {
    expect(Object.keys(JSON.parse(serialisePreferences(sample)))).not.toContain('names');
    expect(JSON.parse(serialisePreferences({ ...sample, names: 'latin' })).names).toBe('latin');
    expect(Object.keys(JSON.parse(serialisePreferences(sample)))).not.toContain('labels');
    expect(JSON.parse(serialisePreferences({ ...sample, labels: true })).labels).toBe(true);
  });

  it('nothing saved is not an error', () => {
    expect(parsePreferences(null)).toEqual({ kind: 'none' });
  });

  it.each([
    ['bad JSON', '{"version":1,'],
    ['not an object', '42'],
    ['null JSON', 'null'],
    ['old version', JSON.stringify({ ...JSON.parse(serialisePreferences(sample)), version: 0 })],
    [
      'future version',
      JSON.stringify({ ...JSON.parse(serialisePreferences(sample)), version: preferencesVersion + 1 }),
    ],
    ['wrong side', JSON.stringify({ version: 1, side: 'middle', layers: [], textView: false, xray: false })],
    [
      'wrong type',
      JSON.stringify({ version: 1, side: 'left', layers: 'bones', textView: false, xray: false }),
    ],
    [
      'unknown layer',
      JSON.stringify({ version: 1, side: 'left', layers: ['<script>'], textView: false, xray: 0 }),
    ],
    [
      'extra key',
      JSON.stringify({ version: 1, side: 'left', layers: [], textView: false, xray: false, pain: ['heel'] }),
    ],
    [
      '__proto__ key',
      '{"version":1,"side":"left","layers":[],"textView":false,"xray":false,"__proto__":{"polluted":1}}',
    ],
    [
      'huge string',
      JSON.stringify({
        version: 1,
        side: 'x'.repeat(maxStoredLength * 4),
        layers: [],
        textView: false,
        xray: false,
      }),
    ],
    ['missing field', JSON.stringify({ version: 1, side: 'left' })],
    [
      'unknown name style',
      JSON.stringify({ version: 1, side: 'left', layers: [], textView: false, xray: false, names: 'greek' }),
    ],
    [
      'names of the wrong type',
      JSON.stringify({
        version: 1,
        side: 'left',
        layers: [],
        textView: false,
        xray: false,
        names: ['latin'],
      }),
    ],
    [
      'labels that are not a yes or no',
      JSON.stringify({ version: 1, side: 'left', layers: [], textView: false, xray: false, labels: 'on' }),
    ],
    [
      'names without the required fields',
      JSON.stringify({ version: 1, side: 'left', layers: [], textView: false, names: 'latin' }),
    ],
  ])('refuses %s', (_name, raw) => {
    const parsed = parsePreferences(raw);
    expect(parsed.kind).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses stored values that are not text', () => {
    expect(parsePreferences(12).kind).toBe('invalid');
  });

  it('never stores pain data', () => {
    const written = serialisePreferences({ ...sample, pain: ['heel'] } as Preferences);
    expect(written).not.toContain('heel');
    expect(Object.keys(JSON.parse(written)).sort()).toEqual([
      'layers',
      'side',
      'textView',
      'version',
      'xray',
    ]);
  });
});

describe('saved preferences: the URL wins', () => {
  it('finds which preferences the address names', () => {
    expect([...preferencesInUrl('?side=right&text=1')].sort()).toEqual(['side', 'textView']);
    expect([...preferencesInUrl('?pain=heel')]).toEqual([]);
    expect([...preferencesInUrl('?layers=%E0%A4%A')]).toEqual(['layers']);
  });

  it('applies only what the address leaves open', () => {
    expect(preferencesToApply(sample, new Set(['side']))).toEqual({
      layers: ['bones', 'muscles'],
      textView: true,
      xray: true,
      names: 'english',
      labels: false,
    });
    expect(preferencesToApply(sample, new Set())).toEqual(sample);
    // The name choice is not a word of the link: whatever the link says, the saved choice applies.
    expect(
      preferencesToApply(
        { ...sample, names: 'latin', labels: true },
        new Set(['side', 'layers', 'textView']),
      ),
    ).toEqual({
      xray: true,
      names: 'latin',
      labels: true,
    });
  });
});
