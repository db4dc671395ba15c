/**
 * URL ⇄ store. The URL is the shareable record of what a person chose (SPEC "Public contract"):
 * on load it is parsed into the store, every meaningful change writes a history entry (so the
 * browser's back button undoes it), and back/forward re-apply the entry. The mapping and the
 * push-or-replace decision are pure functions, tested alone; `useUrlSync` wires them to the page.
 */
import { useEffect } from 'react';
import { layerIds, selfTestIds, structureIds, type LayerId, type SelfTestId } from '../anatomy/ids.ts';
import { parseUrlState, serialiseUrlState, type UrlState } from './url-codec.ts';
import { decodeDrawing, encodeDrawing } from './drawing-codec.ts';
import type { SurfaceMask } from '../anatomy/surface-grid.ts';

/** The last drawing encoded: the store replaces the mask per stroke, so one encoding per stroke. */
let encoded: { mask: SurfaceMask | null; word: string } = { mask: null, word: '' };
function drawnWord(mask: SurfaceMask | null): string {
  if (encoded.mask !== mask) encoded = { mask, word: mask ? encodeDrawing(mask) : '' };
  return encoded.word;
}
import { defaultLayers, initialState, useExplorer, type ExplorerState, type TestResult } from './store.ts';

const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * The URL-backed part of the store, in canonical order (so equal states give equal URLs). In quiz
 * mode only the mode, side and text view are written: the quiz sets the selection, layers and
 * view for each question, and the address bar must neither give the answer away nor record it.
 */
export function urlStateOf(s: ExplorerState): UrlState {
  if (s.mode === 'quiz') return { ...urlStateOf(initialState), side: s.side, text: s.textView, mode: s.mode };
  const withResult = (r: TestResult): SelfTestId[] => selfTestIds.filter((t) => s.results[t] === r);
  const layers: LayerId[] | null = sameSet(s.layers, defaultLayers)
    ? null
    : layerIds.filter((l) => s.layers.includes(l));
  return {
    pain: [...s.painSites],
    drawn: drawnWord(s.drawing),
    select: s.selected,
    group: s.selected === null ? s.selectedGroup : null,
    compare: s.compareCandidate,
    positive: withResult('positive'),
    negative: withResult('negative'),
    side: s.side,
    view: s.view,
    layers,
    peel: s.peel,
    xray: s.xray,
    isolate: s.isolate,
    hidden: structureIds.filter((id) => s.hidden.includes(id)),
    text: s.textView,
    pose: s.pose,
    mode: s.mode,
    ink: s.ink,
  };
}

/** The store patch a parsed URL stands for. Everything URL-backed is replaced, so back/forward is exact. */
export function storePatchOf(u: UrlState): Partial<ExplorerState> {
  const results: Partial<Record<SelfTestId, TestResult>> = {};
  for (const t of u.positive) results[t] = 'positive';
  // A test listed as both cannot be both: the codec should prevent it; if not, neither wins.
  for (const t of u.negative) {
    if (results[t]) delete results[t];
    else results[t] = 'negative';
  }
  const decoded = u.drawn ? decodeDrawing(u.drawn) : null;
  const drawing = decoded?.ok && decoded.mask.some((v) => v !== 0) ? decoded.mask : null;
  if (drawing) encoded = { mask: drawing, word: u.drawn };
  return {
    painSites: [...new Set(u.pain)],
    drawing,
    compareCandidate: u.compare,
    previewedCandidate: null,
    selected: u.select,
    selectedGroup: u.select === null ? u.group : null,
    focusedCandidate: u.select,
    shownTriggerPoint: null,
    results,
    side: u.side,
    view: u.view,
    layers: u.layers ?? defaultLayers,
    peel: u.peel,
    xray: u.xray,
    isolate: u.isolate,
    hidden: [...u.hidden],
    textView: u.text,
    pose: u.pose,
    mode: u.mode,
    ink: u.ink,
  };
}

/** What kind of change a URL write records. */
export type ChangeKind = 'content' | 'display';

/**
 * Pain sites, the selection, test results and the side change what the person is looking at: each
 * gets its own history entry. View, layers (with peel, x-ray, isolate and hidden structures) and
 * the text view are display choices a person flicks through: a burst of them shares one entry.
 */
export function changeKind(prev: UrlState, next: UrlState): ChangeKind {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  const content =
    !same(prev.pain, next.pain) ||
    prev.drawn !== next.drawn ||
    prev.select !== next.select ||
    prev.group !== next.group ||
    prev.compare !== next.compare ||
    !same(prev.positive, next.positive) ||
    !same(prev.negative, next.negative) ||
    prev.side !== next.side ||
    prev.pose !== next.pose ||
    prev.mode !== next.mode ||
    prev.ink !== next.ink;
  return content ? 'content' : 'display';
}

/** Display changes closer together than this replace the entry the previous one pushed. */
export const rapidWindowMs = 1000;

export interface LastWrite {
  kind: ChangeKind | 'load';
  at: number;
}

/** Push a new history entry, or replace the current one (a rapid run of display changes). */
export function historyMethod(kind: ChangeKind, last: LastWrite, now: number): 'push' | 'replace' {
  return kind === 'display' && last.kind === 'display' && now - last.at < rapidWindowMs ? 'replace' : 'push';
}

/** The address for a serialised query string, keeping the path and hash. */
export function addressWith(search: string, loc: Pick<Location, 'pathname' | 'hash'>): string {
  return `${loc.pathname}${search}${loc.hash}`;
}

/**
 * Reads `location.search` into the store and shows the codec's notices. Called once before the
 * first render (so `?text=1` never starts loading the 3D code) and on every back/forward.
 */
export function hydrateFromLocation(): UrlState {
  const { state, notices } = parseUrlState(window.location.search);
  const store = useExplorer.getState();
  store.hydrate(storePatchOf(state));
  if (notices.length) store.addNotices(notices);
  return state;
}

/** Keeps the URL and the store in step for as long as the calling component is mounted. */
export function useUrlSync(): void {
  useEffect(() => {
    let current = urlStateOf(useExplorer.getState());
    let last: LastWrite = { kind: 'load', at: 0 };
    // A URL with unknown words is rewritten to what was understood (the notices say what was dropped).
    const canonical = serialiseUrlState(current);
    if (canonical !== window.location.search) {
      window.history.replaceState(window.history.state, '', addressWith(canonical, window.location));
    }

    let applying = false;
    const unsubscribe = useExplorer.subscribe((s) => {
      if (applying) return;
      const next = urlStateOf(s);
      const search = serialiseUrlState(next);
      if (search === serialiseUrlState(current)) return;
      const kind = changeKind(current, next);
      const now = performance.now();
      const address = addressWith(search, window.location);
      if (historyMethod(kind, last, now) === 'push') window.history.pushState(null, '', address);
      else window.history.replaceState(null, '', address);
      current = next;
      last = { kind, at: now };
    });

    const onPopState = () => {
      // The entry is already in the address bar: apply it without writing it back.
      applying = true;
      try {
        hydrateFromLocation();
      } finally {
        applying = false;
      }
      current = urlStateOf(useExplorer.getState());
      last = { kind: 'load', at: 0 };
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
