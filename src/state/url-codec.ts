/**
 * The URL half of the public contract (SPEC "Public contract"): the state that matters to a person
 * lives in the query string so any view can be bookmarked, shared and opened again exactly.
 *
 * Pure: no React, three or zustand. `parseUrlState` never throws; whatever it cannot use it drops
 * and describes in a short notice. Words from the URL are only ever looked up in Sets, never used
 * to index plain objects, so `__proto__` or `constructor` are just unknown words.
 */
import { layerIds, painSiteIds, selfTestIds, sides, structureIds, views } from '../anatomy/ids.ts';
import { kb } from '../anatomy/index.ts';
import type { LayerId, MuscleId, PainSiteId, SelfTestId, Side, StructureId, View } from '../anatomy/ids.ts';
import { muscleIds } from '../anatomy/ids.ts';
import { decodeDrawing } from './drawing-codec.ts';
import { isPoseId, type PoseId } from '../kinematics/pose-ids.ts';
import { isAppMode, type AppMode } from './app-mode.ts';
import { isGroupId, type GroupId } from '../anatomy/groups.ts';
import { decodeInk } from './ink-codec.ts';

export interface UrlState {
  pain: PainSiteId[];
  /** The pain drawing in its URL form (`drawing-codec.ts`); '' for none. */
  drawn: string;
  select: StructureId | null;
  /**
   * A muscle group selected as a whole (`anatomy/groups.ts`). It rides in `?select=` too
   * (`?select=hamstrings`): group ids are never structure ids, so one word names one or the other.
   */
  group: GroupId | null;
  /** A second candidate whose map is shown beside the focused one (`?compare=`). */
  compare: MuscleId | null;
  positive: SelfTestId[];
  negative: SelfTestId[];
  side: Side;
  view: View;
  /** null = the app's default layers; [] = none (`?layers=`). */
  layers: LayerId[] | null;
  /**
   * Display modes, written as extra words in `?layers=` (SPEC leaves its words to the app):
   * `peel-<n>` peels the n outermost muscle layers, `xray`, `isolate`, `hide-<structure>`.
   */
  peel: number;
  xray: boolean;
  isolate: boolean;
  hidden: StructureId[];
  /** `?text=1` forces the text view. */
  text: boolean;
  /** `?pose=<self-test>`: the limb shown in that test's pose (issue 14). */
  pose: PoseId | null;
  /** `?mode=`: explore (default), quiz, summary or present. */
  mode: AppMode;
  /** `?ink=`: the presentation pen's strokes in their URL form (`ink-codec.ts`); '' for none. */
  ink: string;
}

/** The state an empty query means; matches the store's initial side and view. */
export const defaultUrlState: UrlState = {
  pain: [],
  drawn: '',
  select: null,
  group: null,
  compare: null,
  positive: [],
  negative: [],
  side: 'right',
  view: 'posterior',
  layers: null,
  peel: 0,
  xray: false,
  isolate: false,
  hidden: [],
  text: false,
  pose: null,
  mode: 'explore',
  ink: '',
};

/** How many muscle layers can be peeled (the deepest layer number in the data). */
export const deepestMuscleLayer = Math.max(1, ...kb.muscles.map((m) => m.layer));
const peelWord = /^peel-(\d{1,2})$/;
const hidePrefix = 'hide-';
/** Written instead of an empty list when display words follow: `?layers=none,xray`. */
const noLayers = 'none';

/** Longest part of a hostile word shown back to the person. */
const maxShownLength = 40;
/** More notices than this would bury the page; the rest are summed up in one line. */
const maxNotices = 8;
/** Queries longer than this are cut before parsing: no real share link comes close. */
const maxQueryLength = 8192;

const painSiteSet: ReadonlySet<string> = new Set(painSiteIds);
const selfTestSet: ReadonlySet<string> = new Set(selfTestIds);
const sideSet: ReadonlySet<string> = new Set(sides);
const viewSet: ReadonlySet<string> = new Set(views);
const layerSet: ReadonlySet<string> = new Set(layerIds);
const structureSet: ReadonlySet<string> = new Set<string>(structureIds);
const muscleSet: ReadonlySet<string> = new Set<string>(muscleIds);

const isPainSite = (w: string): w is PainSiteId => painSiteSet.has(w);
const isSelfTest = (w: string): w is SelfTestId => selfTestSet.has(w);
const isSide = (w: string): w is Side => sideSet.has(w);
const isView = (w: string): w is View => viewSet.has(w);
const isLayer = (w: string): w is LayerId => layerSet.has(w);
const isStructure = (w: string): w is StructureId => structureSet.has(w);
const isMuscle = (w: string): w is MuscleId => muscleSet.has(w);

/**
 * A word safe to show in a notice: control, format (e.g. bidi overrides) and lone-surrogate
 * characters removed, whitespace collapsed, cut to about 40 characters.
 */
export function sanitiseWord(word: string): string {
  const clean = word
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > maxShownLength ? `${chars.slice(0, maxShownLength).join('')}…` : clean;
}

/** decodeURIComponent that reads '+' as a space and returns null instead of throwing. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Words of a comma list, trimmed, empty entries skipped; case is kept for notices. */
function wordsOf(value: string): string[] {
  return value
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/**
 * Adds the known words of `words` (matched case-insensitively) to `into`, keeping first-seen order
 * and skipping repeats, and reports the rest as typed.
 */
function collect<T extends string>(
  words: readonly string[],
  into: T[],
  isKnown: (w: string) => w is T,
  unknown: (w: string) => void,
): void {
  for (const typed of words) {
    const w = typed.toLowerCase();
    if (!isKnown(w)) unknown(typed);
    else if (!into.includes(w)) into.push(w);
  }
}

/**
 * Applies one display-mode word of `?layers=` to the state; false for any other word, including a
 * mode word with an unusable value (`peel-99`, `hide-nothing`), which the caller then reports as an
 * unknown layer. `none` (no layers at all) is handled by the caller.
 */
function readDisplayWord(w: string, state: UrlState): boolean {
  if (w === 'xray') state.xray = true;
  else if (w === 'isolate') state.isolate = true;
  else if (peelWord.test(w)) {
    const n = Number(peelWord.exec(w)![1]);
    if (n < 1 || n > deepestMuscleLayer) return false;
    state.peel = n;
  } else if (w.startsWith(hidePrefix) && isStructure(w.slice(hidePrefix.length))) {
    const id = w.slice(hidePrefix.length) as StructureId;
    if (!state.hidden.includes(id)) state.hidden.push(id);
  } else return false;
  return true;
}

export function parseUrlState(search: string): { state: UrlState; notices: string[] } {
  const state: UrlState = { ...defaultUrlState, pain: [], positive: [], negative: [], hidden: [] };
  const notices: string[] = [];
  let dropped = 0;
  const notify = (text: string) => {
    if (notices.includes(text)) return;
    if (notices.length < maxNotices) notices.push(text);
    else dropped++;
  };
  const quoted = (w: string) => `"${sanitiseWord(w)}"`;

  if (typeof search !== 'string') return { state, notices };
  let query = search.startsWith('?') ? search.slice(1) : search;
  const hash = query.indexOf('#');
  if (hash >= 0) query = query.slice(0, hash);
  if (query.length > maxQueryLength) {
    query = query.slice(0, maxQueryLength);
    notify('The address was too long; only its beginning was read.');
  }

  const seenScalar = new Map<string, string>();
  /** Scalar settings keep their first value; a later, different value is reported. */
  const firstOnly = (key: string, raw: string): boolean => {
    const first = seenScalar.get(key);
    if (first === undefined) {
      seenScalar.set(key, raw.trim().toLowerCase());
      return true;
    }
    if (first !== raw.trim().toLowerCase()) notify(`Ignored a second "${key}" setting ${quoted(raw)}.`);
    return false;
  };

  for (const pair of query.split('&')) {
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq >= 0 ? pair.slice(0, eq) : pair;
    const rawValue = eq >= 0 ? pair.slice(eq + 1) : '';
    const keyText = decodePart(rawKey);
    const value = decodePart(rawValue);
    if (keyText === null || value === null) {
      notify(`Ignored a malformed part of the address: ${quoted(pair)}.`);
      continue;
    }
    const key = keyText.trim().toLowerCase();
    const words = wordsOf(value);

    switch (key) {
      case 'pain':
        collect(words, state.pain, isPainSite, (w) => notify(`Ignored unknown pain site ${quoted(w)}.`));
        break;
      case 'positive':
        collect(words, state.positive, isSelfTest, (w) => notify(`Ignored unknown self-test ${quoted(w)}.`));
        break;
      case 'negative':
        collect(words, state.negative, isSelfTest, (w) => notify(`Ignored unknown self-test ${quoted(w)}.`));
        break;
      case 'layers': {
        // Display-mode words ride along with the layer words; modes alone keep the default
        // layers, and `none` stands for an empty list.
        const rest = words.filter((w) => !readDisplayWord(w.toLowerCase(), state));
        if (rest.length > 0 || words.length === 0) state.layers ??= [];
        const layerWords = rest.filter((w) => w.toLowerCase() !== noLayers);
        if (state.layers)
          collect(layerWords, state.layers, isLayer, (w) => notify(`Ignored unknown layer ${quoted(w)}.`));
        break;
      }
      case 'select': {
        if (words.length === 0) break;
        if (!firstOnly(key, value)) break;
        const [first, ...rest] = words;
        if (rest.length > 0) notify(`Only one structure can be selected; ignored ${quoted(rest.join(','))}.`);
        const id = (first ?? '').toLowerCase();
        if (isStructure(id)) state.select = id;
        else if (isGroupId(id)) state.group = id;
        else notify(`Ignored unknown structure ${quoted(first ?? '')}.`);
        break;
      }
      case 'drawn': {
        if (!firstOnly(key, value)) break;
        const word = value.trim();
        const decoded = decodeDrawing(word);
        if (decoded.ok) state.drawn = word;
        else notify(`Ignored the pain drawing in the address: ${decoded.reason}.`);
        break;
      }
      case 'compare': {
        if (!firstOnly(key, value)) break;
        const w = value.trim().toLowerCase();
        if (isMuscle(w)) state.compare = w;
        else notify(`Ignored unknown muscle to compare ${quoted(value)}.`);
        break;
      }
      case 'side': {
        if (!firstOnly(key, value)) break;
        const w = value.trim().toLowerCase();
        if (isSide(w)) state.side = w;
        else notify(`Ignored unknown side ${quoted(value)}; use left or right.`);
        break;
      }
      case 'view': {
        if (!firstOnly(key, value)) break;
        const w = value.trim().toLowerCase();
        if (isView(w)) state.view = w;
        else notify(`Ignored unknown view ${quoted(value)}; use anterior, posterior, lateral or medial.`);
        break;
      }
      case 'text': {
        if (!firstOnly(key, value)) break;
        const w = value.trim().toLowerCase();
        if (w === '1' || w === 'true' || w === '') state.text = true;
        else if (w === '0' || w === 'false') state.text = false;
        else notify(`Ignored unknown text setting ${quoted(value)}; use text=1.`);
        break;
      }
      case 'pose': {
        if (!firstOnly(key, value)) break;
        const w = value.trim().toLowerCase();
        if (isPoseId(w)) state.pose = w;
        else notify(`Ignored unknown pose ${quoted(value)}.`);
        break;
      }
      case 'mode': {
        if (!firstOnly(key, value)) break;
        const w = value.trim().toLowerCase();
        if (isAppMode(w)) state.mode = w;
        else notify(`Ignored unknown mode ${quoted(value)}; use explore, quiz, summary or present.`);
        break;
      }
      case 'ink': {
        if (!firstOnly(key, value)) break;
        const word = value.trim();
        const decoded = decodeInk(word);
        if (decoded.ok) state.ink = word;
        else notify(`Ignored the pen drawing in the address: ${decoded.reason}.`);
        break;
      }
      default:
        if (key.length > 0) notify(`Ignored unknown setting ${quoted(keyText)}.`);
        else notify(`Ignored a malformed part of the address: ${quoted(pair)}.`);
    }
  }

  // A test cannot be both: keep neither rather than guess.
  const conflicted = state.positive.filter((t) => state.negative.includes(t));
  if (conflicted.length > 0) {
    state.positive = state.positive.filter((t) => !conflicted.includes(t));
    state.negative = state.negative.filter((t) => !conflicted.includes(t));
    for (const t of conflicted) {
      notify(`Self-test "${t}" was marked both positive and negative, so neither result was kept.`);
    }
  }

  if (dropped > 0)
    notices.push(`…and ${dropped} more ignored ${dropped === 1 ? 'part' : 'parts'} of the address.`);
  return { state, notices };
}

/** Known words of a list, without repeats, in the given order. */
function listOf<T extends string>(list: readonly T[], isKnown: (w: string) => w is T): T[] {
  const out: T[] = [];
  for (const w of list) if (isKnown(w) && !out.includes(w)) out.push(w);
  return out;
}

/**
 * The canonical query for a state: keys in a fixed order (pain, drawn, select, compare, positive,
 * negative, side, view, layers with display modes, text, pose, mode, ink), defaults omitted, commas unencoded;
 * '' when everything is the default.
 * Unknown words, repeats and tests marked both ways are left out, as `parseUrlState` would.
 */
export function serialiseUrlState(state: UrlState): string {
  const parts: string[] = [];
  const pain = listOf(state.pain, isPainSite);
  let positive = listOf(state.positive, isSelfTest);
  let negative = listOf(state.negative, isSelfTest);
  const both = positive.filter((t) => negative.includes(t));
  positive = positive.filter((t) => !both.includes(t));
  negative = negative.filter((t) => !both.includes(t));

  if (pain.length > 0) parts.push(`pain=${pain.join(',')}`);
  if (state.drawn && decodeDrawing(state.drawn).ok) parts.push(`drawn=${state.drawn}`);
  if (state.select !== null && isStructure(state.select)) parts.push(`select=${state.select}`);
  else if (state.group !== null && isGroupId(state.group)) parts.push(`select=${state.group}`);
  if (state.compare !== null && isMuscle(state.compare)) parts.push(`compare=${state.compare}`);
  if (positive.length > 0) parts.push(`positive=${positive.join(',')}`);
  if (negative.length > 0) parts.push(`negative=${negative.join(',')}`);
  if (state.side !== defaultUrlState.side && isSide(state.side)) parts.push(`side=${state.side}`);
  if (state.view !== defaultUrlState.view && isView(state.view)) parts.push(`view=${state.view}`);
  const display = [
    ...(Number.isInteger(state.peel) && state.peel >= 1 && state.peel <= deepestMuscleLayer
      ? [`peel-${state.peel}`]
      : []),
    ...(state.xray ? ['xray'] : []),
    ...(state.isolate ? ['isolate'] : []),
    ...listOf(state.hidden, isStructure).map((id) => `${hidePrefix}${id}`),
  ];
  if (state.layers !== null || display.length > 0) {
    const layers = state.layers ? listOf(state.layers, isLayer) : [];
    const noneWord = state.layers !== null && layers.length === 0 && display.length > 0 ? [noLayers] : [];
    parts.push(`layers=${[...noneWord, ...layers, ...display].join(',')}`);
  }
  if (state.text) parts.push('text=1');
  if (state.pose !== null && isPoseId(state.pose)) parts.push(`pose=${state.pose}`);
  if (state.mode !== defaultUrlState.mode && isAppMode(state.mode)) parts.push(`mode=${state.mode}`);
  if (state.ink && decodeInk(state.ink).ok) parts.push(`ink=${state.ink}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
