/**
 * A small fuzzy search over the structures' display, Latin and lay names and identifiers, over the
 * muscle groups and over the pain sites' labels. Forgiving of case, hyphens, spacing ("knee cap"),
 * plurals ("hamstrings") and small typos ("semitendinosis"); exact and prefix matches rank first.
 * A word that is itself a name somewhere ("adductor", "sit") is taken as meant, never as a typo of
 * a neighbour ("abductor", "shin"). A muscle is also found by the names of its groups, so
 * "adductors" lists pectineus and gracilis. Pure, no dependencies.
 */
import type { PainSiteId, StructureId } from './ids.ts';
import { kb, structures } from './index.ts';
import { groupsOf, muscleGroups, type GroupId } from './groups.ts';

export interface SearchResult<T extends string = StructureId> {
  id: T;
  /** The display name (structures) or label (pain sites). */
  name: string;
  /** The name, Latin name, lay name or id that matched, as written in the data. */
  matched: string;
}

/** One thing to find and the texts it can be found by; a higher weight wins ties between fields. */
export interface SearchEntry<T extends string> {
  id: T;
  name: string;
  fields: readonly { text: string; weight: number }[];
}

/** Words that carry no meaning for finding a structure ("back of the knee" = "back knee"). */
const stopWords = new Set(['the', 'of', 'a', 'an', 'my', 'in', 'on', 'at', 'and', 'to']);

/** "Hamstrings" → "hamstring", "calves" → "calf", "bodies" → "body"; leaves short words and "-ss". */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ves')) return `${word.slice(0, -3)}f`;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower-case words without accents, punctuation, apostrophes, plurals or stop words. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !stopWords.has(w))
    .map(singular);
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rolling rows; allocated per call but small (search words are short).
  let prevPrev = new Uint16Array(b.length + 1);
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length]!;
}

/** Typos allowed in a word of this length: none below 4 letters, one up to 6, two from 7. */
const typoBudget = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * How well one query word matches one field word: 1 exact, less for a prefix or a typo, 0 none.
 * `known` query words (words that occur in some field) get no typo matches.
 */
function wordScore(q: string, f: string, known: boolean): number {
  if (q === f) return 1;
  if (f.startsWith(q)) return q.length >= 3 ? 0.85 : 0.6;
  const budget = known ? 0 : typoBudget(q.length);
  if (budget === 0) return 0;
  if (editDistance(q, f, budget) <= budget) return 0.7;
  // A typo inside a prefix ("semimembr" for "semimembranosus").
  if (f.length > q.length && editDistance(q, f.slice(0, q.length), 1) <= 1) return 0.5;
  return 0;
}

interface Prepared {
  text: string;
  weight: number;
  words: string[];
  compact: string;
}

/** A prepared query: its words, whether each is a known word, and the words run together. */
interface Query {
  words: readonly string[];
  known: readonly boolean[];
  compact: string;
}

/**
 * Score of a query against one field, 0 when it does not match. With `partial`, a field that
 * matches only some of the query's words scores by the share it matches (below any full match);
 * used only when nothing matches every word ("hamstring pain" still finds the hamstrings).
 */
function fieldScore(query: Query, field: Prepared, partial = false): number {
  const { words: queryWords, compact: queryCompact } = query;
  if (queryCompact.length === 0 || field.compact.length === 0) return 0;
  if (queryCompact === field.compact) return 100;
  if (field.compact.startsWith(queryCompact) && queryCompact.length >= 3)
    return 80 + (10 * queryCompact.length) / field.compact.length;
  // Every query word must find a word of the field (some of them when partial).
  let total = 0;
  let missed = 0;
  let inOrder = true;
  let lastIndex = -1;
  queryWords.forEach((q, qi) => {
    let best = 0;
    let bestIndex = -1;
    field.words.forEach((f, i) => {
      const s = wordScore(q, f, query.known[qi]!);
      if (s > best) {
        best = s;
        bestIndex = i;
      }
    });
    if (best === 0) {
      missed++;
      return;
    }
    if (bestIndex < lastIndex) inOrder = false;
    lastIndex = bestIndex;
    total += best;
  });
  if (total > 0 && missed === 0) {
    const coverage = queryWords.length / Math.max(field.words.length, queryWords.length);
    return 40 + 30 * (total / queryWords.length) + 5 * coverage + (inOrder ? 3 : 0);
  }
  if (partial) {
    if (total === 0) return 0;
    const coverage = (queryWords.length - missed) / Math.max(field.words.length, queryWords.length);
    return 20 * (total / queryWords.length) + 5 * coverage;
  }
  // Run-together or split words with a typo ("kneecapp", "hamstrng"), unless every word is a real
  // one ("sit bone" is not a typo of "shin bone").
  const budget = query.known.every(Boolean) ? 0 : typoBudget(queryCompact.length);
  if (budget > 0) {
    const d = editDistance(queryCompact, field.compact, budget);
    if (d <= budget) return 40 - 8 * d;
  }
  if (queryCompact.length >= 4 && field.compact.includes(queryCompact)) return 30;
  return 0;
}

/**
 * A search function over fixed entries; fields are normalised once. `otherWords` joins the known
 * words (those never taken as typos) of related searches: "abductor" is a word of the structures,
 * so the groups' search must not read it as "adductor" either.
 */
export function createSearch<T extends string>(
  entries: readonly SearchEntry<T>[],
  otherWords: Iterable<string> = [],
): (query: string, limit?: number) => SearchResult<T>[] {
  const prepared = entries.map((entry, order) => ({
    entry,
    order,
    fields: entry.fields.map((f): Prepared => {
      const words = searchWords(f.text);
      return { text: f.text, weight: f.weight, words, compact: words.join('') };
    }),
  }));
  const vocabulary = new Set([...prepared.flatMap((p) => p.fields.flatMap((f) => f.words)), ...otherWords]);
  const rank = (query: Query, partial: boolean) => {
    const scored: { result: SearchResult<T>; score: number; order: number }[] = [];
    for (const { entry, order, fields } of prepared) {
      let best: { score: number; text: string } | null = null;
      for (const field of fields) {
        const base = fieldScore(query, field, partial);
        if (base === 0) continue;
        const score = base + field.weight;
        if (!best || score > best.score) best = { score, text: field.text };
      }
      if (best)
        scored.push({
          result: { id: entry.id, name: entry.name, matched: best.text },
          score: best.score,
          order,
        });
    }
    // Ties keep the entries' own order (bones before landmarks: "kneecap" is the patella first).
    return scored.sort((a, b) => b.score - a.score || a.order - b.order);
  };
  return (text, limit = 10) => {
    if (typeof text !== 'string') return [];
    // Nobody types more than a few words; a pasted essay must not stall typing.
    const words = searchWords(text.slice(0, 100)).slice(0, 6);
    const query: Query = { words, known: words.map((w) => vocabulary.has(w)), compact: words.join('') };
    if (query.compact.length === 0) return [];
    let scored = rank(query, false);
    if (scored.length === 0 && words.length > 1) scored = rank(query, true);
    return scored.slice(0, Math.max(0, limit)).map((s) => s.result);
  };
}

const idWords = (id: string) => id.replace(/-/g, ' ');

const structureEntries = structures.map((s): SearchEntry<StructureId> => ({
  id: s.id,
  name: s.name,
  fields: [
    { text: s.name, weight: 2 },
    { text: idWords(s.id), weight: 2 },
    ...s.layNames.map((text) => ({ text, weight: 1.5 })),
    { text: s.latin, weight: 1 },
    // A member is found by its groups' names, below its own names ("adductors" → gracilis).
    ...groupsOf(s.id).flatMap((g) =>
      [g.name, idWords(g.id), ...g.layNames].map((text) => ({ text, weight: 0.5 })),
    ),
  ],
}));
const structureSearch = createSearch<StructureId>(structureEntries);

const groupSearch = createSearch<GroupId>(
  muscleGroups.map((g) => ({
    id: g.id,
    name: g.name,
    fields: [
      { text: g.name, weight: 2 },
      { text: idWords(g.id), weight: 2 },
      ...g.layNames.map((text) => ({ text, weight: 1.5 })),
      { text: g.latin, weight: 1 },
    ],
  })),
  structureEntries.flatMap((e) => e.fields.flatMap((f) => searchWords(f.text))),
);

const painSiteSearch = createSearch<PainSiteId>(
  kb.painSites.map((p) => ({
    id: p.id,
    name: p.label,
    fields: [
      { text: p.label, weight: 2 },
      { text: idWords(p.id), weight: 2 },
    ],
  })),
);

/** Structures whose names, Latin or lay names or id match the query, best first. */
export function searchStructures(query: string, limit = 10): SearchResult<StructureId>[] {
  return structureSearch(query, limit);
}

/** Muscle groups whose names, lay names or Latin names match the query, best first. */
export function searchGroups(query: string, limit = 3): SearchResult<GroupId>[] {
  return groupSearch(query, limit);
}

/** Pain sites whose labels or ids match the query, best first. */
export function searchPainSites(query: string, limit = 10): SearchResult<PainSiteId>[] {
  return painSiteSearch(query, limit);
}
