/**
 * LeanCanvas registers only `sceneElements` with R3F: a lowercase JSX element written anywhere in
 * src/scene that is not listed there would fail at run time ("not part of the THREE namespace").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneElements } from '../../src/scene/scene-elements.ts';

const sceneDir = join(import.meta.dirname, '../../src/scene');
const domElements = new Set(['div', 'span', 'canvas', 'p']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? tsxFiles(join(dir, entry.name))
      : entry.name.endsWith('.tsx')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('scene elements', () => {
  it('lists every three.js element the scene writes in JSX', () => {
    const used = new Set<string>();
    for (const file of tsxFiles(sceneDir)) {
      const source = readFileSync(file, 'utf8');
      // JSX opening tags only: `<mesh` at the start of an element, not generics such as `<string>`.
      for (const match of source.matchAll(/(?:^|[\s({>])<([a-z][A-Za-z0-9]*)[\s/>]/gm)) {
        const tag = match[1]!;
        if (!domElements.has(tag) && tag !== 'primitive') used.add(tag);
      }
    }
    expect(used.size).toBeGreaterThan(3);
    const registered = new Set(Object.keys(sceneElements).map((k) => k[0]!.toLowerCase() + k.slice(1)));
    expect([...used].filter((tag) => !registered.has(tag))).toEqual([]);
  });
});
