/**
 * Issue 10, item 6 "Plain words": what a person reads carries no internal words. The source
 * documents are cited in each entry's `sources` list (shown as a sources list), never by their
 * internal numbers in the sentences ("Seed 000: …", "the tennis-ball spot of seed 001"); referral
 * zones are "usually" and "sometimes", not "essential" and "spillover"; no raw identifiers.
 *
 * The walk is generic: every string in the knowledge base (and in the pose texts the panel shows)
 * is read, except the fields that hold identifiers or the source list. A new field of text is
 * checked without changing this test.
 */
import { describe, expect, it } from 'vitest';
import { kb } from '../../src/anatomy/index.ts';
import {
  boneIds,
  connectiveTissueIds,
  landmarkIds,
  muscleIds,
  nerveIds,
  painSiteIds,
  selfTestIds,
} from '../../src/anatomy/ids.ts';
import { sources } from '../../src/anatomy/sources.ts';
import { notStretched, poses } from '../../src/kinematics/index.ts';

/**
 * Fields whose strings are identifiers or closed-vocabulary words, not text for a person (skipped
 * only where they hold strings: `kb.painSites` is a list of entries, a self-test's `painSites` ids).
 */
const idFields = new Set([
  'id',
  'sources',
  'kind',
  'structure',
  'painSites',
  'serves',
  'bone',
  'landmark',
  'nerveId',
  'essentialSites',
  'spilloverSites',
  'supplies',
  'between',
  'compartment',
  'shape',
  'urgency',
  'prevalence',
  'toward',
  'depth',
  'belly',
  'muscle',
  'pose',
  'effort',
]);

interface Text {
  /** Where it is: "selfTests<tennis-ball-gluteus-minimus>.steps[1]". */
  where: string;
  text: string;
}

/** Every string a person can read under `value`, each named by its path (entries by their id). */
function readableStrings(value: unknown, where: string, out: Text[] = []): Text[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => readableStrings(item, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const entry = value as Record<string, unknown>;
    const named = typeof entry.id === 'string' ? `${where}<${entry.id}>` : where;
    for (const [key, item] of Object.entries(entry)) {
      const ids =
        typeof item === 'string' || (Array.isArray(item) && item.every((x) => typeof x === 'string'));
      if (!(idFields.has(key) && ids)) readableStrings(item, `${named}.${key}`, out);
    }
  }
  return out;
}

const texts: Text[] = [
  ...readableStrings(kb, 'kb'),
  ...readableStrings(poses, 'poses'),
  ...readableStrings(notStretched, 'notStretched'),
  ...readableStrings(
    Object.values(sources).map((s) => s.title),
    'sources',
  ),
];

/** Identifiers that must not show up in a sentence (hyphenated ones: a bare "femur" is a word). */
const rawIds = [
  ...boneIds,
  ...landmarkIds,
  ...muscleIds,
  ...connectiveTissueIds,
  ...nerveIds,
  ...painSiteIds,
  ...selfTestIds,
  ...kb.rehab.map((r) => r.id),
  ...kb.redFlags.map((f) => f.id),
  ...kb.muscles.flatMap((m) => m.triggerPoints.map((tp) => tp.id)),
].filter((id) => id.includes('-'));

/** Ids that are also ordinary hyphenated English, as a self-test or exercise name reads. */
const alsoWords = new Set(['heel-to-buttock', 'toe-touch', 'knee-curl', 'low-back']);

function offenders(test: (text: string) => boolean): string[] {
  return texts.filter(({ text }) => test(text)).map(({ where, text }) => `${where}: ${text}`);
}

describe('plain words in what a person reads', () => {
  it('walks the whole knowledge base', () => {
    // A guard against a walk that silently reads nothing: every kind of entry contributes text.
    for (const part of [
      'kb.bones',
      'kb.landmarks',
      'kb.muscles',
      'kb.connectiveTissues',
      'kb.nerves',
      'kb.painSites',
      'kb.selfTests',
      'kb.rehab',
      'kb.redFlags',
      'kb.skin',
      'kb.adviceNotes',
      'poses',
      'notStretched',
    ]) {
      expect(
        texts.some((t) => t.where.startsWith(part)),
        part,
      ).toBe(true);
    }
    for (const field of [
      '.steps[',
      '.notes[',
      '.location',
      '.summary',
      '.reason',
      '.description',
      '.cautions[',
    ]) {
      expect(
        texts.some((t) => t.where.includes(field)),
        field,
      ).toBe(true);
    }
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('never names a source by its internal number: sources go in the sources list', () => {
    expect(offenders((t) => /\bseed\b/i.test(t))).toEqual([]);
    expect(offenders((t) => /\bseed:\d/i.test(t))).toEqual([]);
    const sourceIds = Object.keys(sources);
    expect(offenders((t) => sourceIds.some((id) => id.startsWith('seed:') && t.includes(id)))).toEqual([]);
  });

  it('says "usually" and "sometimes", not "essential zone" and "spillover"', () => {
    expect(offenders((t) => /\bspill-?over\b/i.test(t))).toEqual([]);
    expect(offenders((t) => /\bessential (zone|site|area|pattern)s?\b/i.test(t))).toEqual([]);
  });

  it('carries no raw identifiers, file names or issue numbers', () => {
    const idPattern = new RegExp(
      `(^|[^\\w-])(${rawIds
        .filter((id) => !alsoWords.has(id))
        .map((id) => id.replace(/[-]/g, '\\-'))
        .join('|')})(?![\\w-])`,
    );
    expect(offenders((t) => idPattern.test(t))).toEqual([]);
    expect(offenders((t) => /\b[\w-]+\.(ts|tsx|md|json|txt)\b/.test(t))).toEqual([]);
    expect(offenders((t) => /\bissue \d+/i.test(t))).toEqual([]);
  });

  it('still cites the seeds the texts draw on', () => {
    // A practitioner's view names its practitioner in plain words and its seed in `sources`.
    const seedViews = readableNotes().filter((n) => n.note.kind === 'seed-view');
    expect(seedViews.length).toBeGreaterThan(20);
    for (const { where, note } of seedViews) {
      expect(
        note.sources.some((s) => s.startsWith('seed:')),
        `${where} is one practitioner's view but cites no seed`,
      ).toBe(true);
    }
  });
});

/** Every sourced note in the knowledge base, with where it is. */
function readableNotes(): { where: string; note: { kind?: string; sources: readonly string[] } }[] {
  const out: { where: string; note: { kind?: string; sources: readonly string[] } }[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      const entry = value as Record<string, unknown>;
      if (typeof entry.text === 'string' && Array.isArray(entry.sources))
        out.push({ where, note: entry as { kind?: string; sources: readonly string[] } });
      const named = typeof entry.id === 'string' ? `${where}<${entry.id}>` : where;
      for (const [key, item] of Object.entries(entry)) walk(item, `${named}.${key}`);
    }
  };
  walk(kb, 'kb');
  return out;
}
