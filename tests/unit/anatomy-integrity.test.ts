import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { painSiteIds } from '../../src/anatomy/ids.ts';
import { kb, structures } from '../../src/anatomy/index.ts';
import type { KnowledgeBase } from '../../src/anatomy/schema.ts';
import { validateKnowledgeBase } from '../../src/anatomy/schema.ts';

/** A mutable deep copy to break on purpose. */
type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const cloneKb = (): Mutable<KnowledgeBase> => structuredClone(kb) as Mutable<KnowledgeBase>;

/** Validates a broken copy and expects a message containing every given fragment. */
function expectProblem(broken: unknown, ...fragments: string[]): string[] {
  const problems = validateKnowledgeBase(broken);
  const hit = problems.find((p) => fragments.every((f) => p.includes(f)));
  expect(
    hit,
    `no message contains ${fragments.map((f) => JSON.stringify(f)).join(' and ')}; got:\n${problems.join('\n')}`,
  ).toBeDefined();
  return problems;
}

function first<T>(list: readonly T[] | undefined, what: string): T {
  const item = list?.[0];
  if (item === undefined) throw new Error(`The knowledge base has no ${what} to break`);
  return item;
}

describe('knowledge base integrity', () => {
  it('has no problems', () => {
    const problems = validateKnowledgeBase(kb);
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});

describe('FMA ids', () => {
  it('name one structure each: no id is shared by two entries (a copied id is a wrong id)', () => {
    const owners = new Map<number, string[]>();
    for (const s of structures)
      if (s.fmaId !== undefined) owners.set(s.fmaId, [...(owners.get(s.fmaId) ?? []), s.id]);
    const shared = [...owners]
      .filter(([, ids]) => ids.length > 1)
      .map(([fma, ids]) => `${fma}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
    // Every muscle has one (each was checked against Uberon, the BodyParts3D parts list or a
    // published infobox), except gemellus superior: no source at hand confirmed its id, and a
    // guessed one would be worse than none.
    expect(kb.muscles.filter((m) => m.fmaId === undefined).map((m) => m.id)).toEqual(['gemellus-superior']);
  });
});

describe('validateKnowledgeBase catches injected faults', () => {
  it('a muscle attachment naming a landmark that does not exist', () => {
    const broken = cloneKb();
    const muscle = first(broken.muscles, 'muscle');
    first(muscle.origins, 'origin').landmark = 'nowhere' as never;
    expectProblem(broken, `muscle "${muscle.id}"`, 'origin 1', 'landmark "nowhere" which does not exist');
  });

  it('a landmark missing from its list, and the attachments that needed it', () => {
    const broken = cloneKb();
    const muscle = first(broken.muscles, 'muscle');
    const needed = first(muscle.insertions, 'insertion').landmark;
    broken.landmarks = broken.landmarks.filter((l) => l.id !== needed);
    expectProblem(broken, `landmark "${needed}" is missing`);
    expectProblem(broken, `muscle "${muscle.id}"`, 'insertion 1', `landmark "${needed}" which has no entry`);
  });

  it('an attachment on a different bone from its landmark', () => {
    const broken = cloneKb();
    const muscle = first(broken.muscles, 'muscle');
    const origin = first(muscle.origins, 'origin');
    origin.bone = origin.bone === 'calcaneus' ? 'sacrum' : 'calcaneus';
    expectProblem(broken, `muscle "${muscle.id}"`, 'origin 1', `its landmark "${origin.landmark}" lies on`);
  });

  it('a duplicated entry', () => {
    const broken = cloneKb();
    const bone = first(broken.bones, 'bone');
    broken.bones.push(structuredClone(bone));
    expectProblem(broken, `bone "${bone.id}" appears 2 times`);
  });

  it('a misspelt field (strict schemas)', () => {
    const broken = cloneKb();
    const muscle = first(broken.muscles, 'muscle');
    Object.assign(muscle, { summry: 'typo' });
    expectProblem(broken, `muscle "${muscle.id}"`, 'Unrecognized key: "summry"');
  });

  it('a referral outline that is no shape (too few points, or all on one line)', () => {
    const broken = cloneKb();
    const muscle = first(broken.muscles, 'muscle');
    const tp = first(muscle.triggerPoints, 'trigger point');
    tp.zone.essential = [
      [
        [180, -0.2],
        [190, -0.3],
      ],
      [
        [180, -0.2],
        [190, -0.3],
        [200, -0.4],
      ],
    ];
    expectProblem(broken, `muscle "${muscle.id}"`, `trigger point "${tp.id}"`, 'needs at least three points');
    expectProblem(broken, `muscle "${muscle.id}"`, `trigger point "${tp.id}"`, 'encloses no area');
  });

  it('a trigger point whose id breaks the node-name rule', () => {
    const broken = cloneKb();
    const muscle = first(broken.muscles, 'muscle');
    first(muscle.triggerPoints, 'trigger point').id = 'tp-one';
    expectProblem(
      broken,
      `muscle "${muscle.id}"`,
      'trigger point "tp-one"',
      `"${muscle.id}-trigger-point-1"`,
    );
  });

  it('an essential zone drawn where it covers no pain site', () => {
    const broken = cloneKb();
    const muscle = first(broken.muscles, 'muscle');
    const tp = first(muscle.triggerPoints, 'trigger point');
    // The front of the shin: skin the model has, but no pain site names it.
    tp.zone.essential = [
      [
        [0, -0.62],
        [12, -0.66],
        [10, -0.72],
        [0, -0.75],
        [-10, -0.72],
        [-12, -0.66],
      ],
    ];
    expectProblem(
      broken,
      `muscle "${muscle.id}"`,
      `trigger point "${tp.id}"`,
      'has an essential zone that covers no pain site',
    );
  });

  it('a muscle without an origin, or without a trigger point', () => {
    const broken = cloneKb();
    const [a, b] = broken.muscles;
    if (!a || !b) throw new Error('need two muscles');
    a.origins = [];
    b.triggerPoints = [];
    expectProblem(broken, `muscle "${a.id}"`, 'has no origin');
    expectProblem(broken, `muscle "${b.id}"`, 'has no trigger point');
  });

  it('a pain site that no referral zone reaches', () => {
    const broken = cloneKb();
    // Rub out every island that comes down to the ankle: nothing covers the heel any more.
    const aboveAnkle = (o: readonly (readonly [number, number])[]) => o.every(([, y]) => y > -0.8);
    for (const m of broken.muscles) {
      for (const tp of m.triggerPoints) {
        tp.zone.essential = tp.zone.essential.filter(aboveAnkle);
        tp.zone.spillover = tp.zone.spillover.filter(aboveAnkle);
      }
    }
    expectProblem(broken, 'pain site "heel"', "no trigger point's referral zone covers it");
  });

  it('a pain-site patch out of bounds', () => {
    const broken = cloneKb();
    const site = first(broken.painSites, 'pain site');
    first(site.patches, 'patch').angle = [10, 400];
    expectProblem(broken, `pain site "${site.id}"`, 'patches[0].angle[1]');
    first(site.patches, 'patch').y = [0.1, 0.6];
    expectProblem(broken, `pain site "${site.id}"`, 'patches[0].y[1]');
  });

  it('an unknown source, and an entry with no sources', () => {
    const broken = cloneKb();
    const bone = first(broken.bones, 'bone');
    bone.sources = ['seed:999' as never];
    const test = first(broken.selfTests, 'self-test');
    test.sources = [];
    expectProblem(broken, `bone "${bone.id}"`, 'source "seed:999" which does not exist');
    expectProblem(broken, `self-test "${test.id}"`, 'has no sources');
  });

  it('a self-test that implicates nothing, or a muscle that does not exist', () => {
    const broken = cloneKb();
    const [a, b] = broken.selfTests;
    if (!a || !b) throw new Error('need two self-tests');
    a.positive = [];
    a.negative = [];
    b.positive.push({ structure: 'quadriceps' as never, weight: 0.5, reason: 'made up' });
    expectProblem(broken, `self-test "${a.id}"`, 'implicates no structure');
    expectProblem(broken, `self-test "${b.id}"`, 'muscle "quadriceps" which does not exist');
  });

  it('broken references from nerves, rehab and red flags', () => {
    const broken = cloneKb();
    const nerve = first(broken.nerves, 'nerve');
    nerve.supplies.push('quadriceps' as never);
    const item = first(broken.rehab, 'rehab item');
    item.serves.push('kneecap' as never);
    const flag = first(broken.redFlags, 'red flag');
    flag.painSites.push('shin' as never);
    expectProblem(broken, `nerve "${nerve.id}"`, 'muscle "quadriceps"');
    expectProblem(broken, `rehab item "${item.id}"`, 'structure "kneecap"');
    expectProblem(broken, `red flag "${flag.id}"`, 'pain site "shin"');
  });

  it('a nerve and a muscle that disagree about innervation', () => {
    const broken = cloneKb();
    const muscle = broken.muscles.find((m) => m.innervation.nerveId);
    if (!muscle?.innervation.nerveId) throw new Error('no muscle names its nerve');
    const nerveId = muscle.innervation.nerveId;
    for (const n of broken.nerves) n.supplies = n.supplies.filter((s) => s !== muscle.id);
    expectProblem(broken, `muscle "${muscle.id}"`, `nerve "${nerveId}" but that nerve does not list it`);
  });

  it('a muscle whose entry was deleted while a nerve still supplies it', () => {
    const broken = cloneKb();
    const nerve = broken.nerves.find((n) => n.supplies.length > 0);
    if (!nerve) throw new Error('no nerve supplies anything');
    const supplied = first(nerve.supplies, 'supplied muscle');
    broken.muscles = broken.muscles.filter((m) => m.id !== supplied);
    expectProblem(broken, `muscle "${supplied}" is missing`);
    expectProblem(broken, `nerve "${nerve.id}"`, `muscle "${supplied}" which has no entry`);
  });

  it('a skin entry without sources, or with a misspelt field', () => {
    const broken = cloneKb();
    broken.skin.sources = [];
    Object.assign(broken.skin, { descripton: 'typo' });
    expectProblem(broken, 'skin', 'has no sources');
    expectProblem(broken, 'skin', 'Unrecognized key: "descripton"');
    const { skin: _dropped, ...noSkin } = cloneKb();
    expectProblem(noSkin, 'no "skin" entry');
  });

  it('an advice note with empty text, an unknown source or an unknown kind', () => {
    const broken = cloneKb();
    const [id, note] = first(Object.entries(broken.adviceNotes), 'advice note');
    note.text = '  ';
    note.sources = ['seed:999' as never];
    Object.assign(note, { kind: 'hunch' });
    expectProblem(broken, `advice note "${id}"`, 'is empty');
    expectProblem(broken, `advice note "${id}"`, 'source "seed:999" which does not exist');
    expectProblem(broken, `advice note "${id}"`, 'kind');
    expectProblem({ ...cloneKb(), adviceNotes: null }, 'no "adviceNotes" record');
  });

  it('garbage instead of a knowledge base, without throwing', () => {
    expect(validateKnowledgeBase(null)).toEqual(['The knowledge base is not an object.']);
    expect(validateKnowledgeBase({})).toContain('The knowledge base has no "muscles" list.');
    expect(
      validateKnowledgeBase({ ...kb, painSites: [null, 'x', { id: '__proto__' }] }).length,
    ).toBeGreaterThan(0);
  });

  it('the pain-site vocabulary is complete in the data', () => {
    expect(kb.painSites.map((p) => p.id).sort()).toEqual([...painSiteIds].sort());
  });
});

describe('pure modules stay pure', () => {
  const root = join(import.meta.dirname, '../../src');
  const forbidden = /^(react|react-dom|three|zustand|@react-three)(\/|$)/;

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
    });
  }

  /** Module specifiers of static imports, re-exports and dynamic imports. */
  function importsOf(path: string): string[] {
    const code = readFileSync(path, 'utf8');
    const specifiers = [
      ...code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ];
    return specifiers.map((m) => m[1]!);
  }

  const files = [
    ...sourceFiles(join(root, 'anatomy')),
    ...sourceFiles(join(root, 'diagnosis')),
    join(root, 'state/url-codec.ts'),
  ];

  it('finds the files and their imports (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(importsOf(join(root, 'anatomy/schema.ts'))).toContain('zod');
    expect(importsOf(join(root, 'state/store.ts'))).toContain('zustand');
  });

  it('src/anatomy, src/diagnosis and the URL codec import no UI or 3D library', () => {
    const offenders = files.flatMap((f) =>
      importsOf(f)
        .filter((s) => forbidden.test(s))
        .map((s) => `${relative(root, f)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
