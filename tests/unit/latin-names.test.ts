/**
 * The Latin / Terminologia Anatomica names the name toggle shows: every structure and muscle group
 * has one, written as a Latin term, and its entry names where it comes from. And the choice of name
 * itself (look/display-name.ts): Latin when asked, the English kept beside it, English by default.
 */
import { describe, expect, it } from 'vitest';
import { kb } from '../../src/anatomy/index.ts';
import { muscleGroups } from '../../src/anatomy/groups.ts';
import type { SourceId } from '../../src/anatomy/sources.ts';
import { shownName } from '../../src/look/display-name.ts';
import { partLabel } from '../../src/scene/part-label.ts';

interface Entry {
  id: string;
  name: string;
  latin: string;
  sources: readonly SourceId[];
}

/** Sources that give a structure's Latin name: TA itself, or the standard anatomy text. */
const namingSources: readonly SourceId[] = ['terminologia-anatomica', 'gray-anatomy'];

/** What is wrong with the Latin names of `entries` (empty when all is well). */
function latinNameProblems(entries: readonly Entry[], mustCiteTa: boolean): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const latin = e.latin.trim();
    if (latin === '') problems.push(`${e.id}: no Latin name`);
    // Latin terms: letters (with the few accented ones TA uses), spaces and joining marks only;
    // never the kebab-case id copied in.
    else if (!/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ,;()'’–-]*$/.test(latin) || latin === e.id)
      problems.push(`${e.id}: "${latin}" is not written as a Latin term`);
    if (!e.sources.some((s) => namingSources.includes(s)))
      problems.push(`${e.id}: its sources name no anatomy reference for the Latin name`);
    if (mustCiteTa && !e.sources.includes('terminologia-anatomica'))
      problems.push(`${e.id}: does not cite Terminologia Anatomica`);
  }
  return problems;
}

describe('Latin (TA) names', () => {
  it('every muscle, bone, nerve, tissue and the skin has a Latin name and cites Terminologia Anatomica', () => {
    const entries = [...kb.muscles, ...kb.bones, ...kb.nerves, ...kb.connectiveTissues, kb.skin];
    expect(entries.length).toBeGreaterThan(50);
    expect(latinNameProblems(entries, true)).toEqual([]);
  });

  it('every landmark and muscle group has a Latin name from a named anatomy reference', () => {
    const entries = [...kb.landmarks, ...muscleGroups];
    expect(entries.length).toBeGreaterThan(40);
    expect(latinNameProblems(entries, false)).toEqual([]);
  });

  it('the check fails on a missing, copied or unsourced Latin name', () => {
    const muscle = kb.muscles[0]!;
    expect(latinNameProblems([{ ...muscle, latin: ' ' }], false)).toEqual([`${muscle.id}: no Latin name`]);
    expect(latinNameProblems([{ ...muscle, latin: muscle.id }], false)[0]).toMatch(/not written as a Latin/);
    expect(latinNameProblems([{ ...muscle, sources: ['seed:000'] }], false)[0]).toMatch(
      /no anatomy reference/,
    );
    expect(latinNameProblems([{ ...muscle, sources: ['gray-anatomy'] }], true)[0]).toMatch(/Terminologia/);
  });
});

describe('which name is shown', () => {
  const biceps = { name: 'Biceps femoris (long head)', latin: 'Caput longum musculi bicipitis femoris' };

  it('shows English by default, with the Latin as the other name', () => {
    expect(shownName(biceps, 'english')).toEqual({ main: biceps.name, other: biceps.latin, lang: 'en' });
  });

  it('shows the Latin when chosen, keeping the English for patients', () => {
    expect(shownName(biceps, 'latin')).toEqual({ main: biceps.latin, other: biceps.name, lang: 'la' });
  });

  it('falls back to English when there is no Latin name, and drops an "other" that reads the same', () => {
    expect(shownName({ name: 'Femur', latin: '' }, 'latin')).toEqual({
      main: 'Femur',
      other: null,
      lang: 'en',
    });
    expect(shownName({ name: 'Femur', latin: 'Femur' }, 'latin')).toEqual({
      main: 'Femur',
      other: null,
      lang: 'la',
    });
  });
});

describe('the hover label', () => {
  const origin = {
    name: 'gluteus-medius-origin',
    kind: 'attachment',
    structure: 'gluteus-medius',
    role: 'origin',
  } as const;

  it('names a part in English by default', () => {
    expect(partLabel(origin)).toBe('Gluteus medius: origin');
  });

  it('keeps the English in brackets after a Latin name', () => {
    expect(partLabel(origin, 'latin')).toBe('Musculus gluteus medius (Gluteus medius): origin');
  });

  it('shows a name once where Latin and English read the same', () => {
    expect(partLabel({ name: 'femur', kind: 'bone', structure: 'femur' }, 'latin')).toBe('Femur');
  });
});
