import { afterEach, describe, expect, it } from 'vitest';
import { defaultUrlState, parseUrlState, serialiseUrlState } from '../../src/state/url-codec.ts';
import {
  addressWith,
  changeKind,
  historyMethod,
  rapidWindowMs,
  storePatchOf,
  urlStateOf,
} from '../../src/state/url-sync.ts';
import { initialState, useExplorer, type ExplorerState } from '../../src/state/store.ts';

afterEach(() => {
  useExplorer.setState(initialState);
});

const stateWith = (patch: Partial<ExplorerState>): ExplorerState => ({ ...initialState, ...patch });

describe('store → URL state', () => {
  it('gives the empty query for the initial store', () => {
    expect(urlStateOf(initialState)).toEqual(defaultUrlState);
    expect(serialiseUrlState(urlStateOf(initialState))).toBe('');
  });

  it('lists results in vocabulary order so equal states give equal URLs', () => {
    const a = urlStateOf(stateWith({ results: { 'toe-touch': 'positive', 'knee-curl': 'positive' } }));
    const b = urlStateOf(stateWith({ results: { 'knee-curl': 'positive', 'toe-touch': 'positive' } }));
    expect(a.positive).toEqual(['knee-curl', 'toe-touch']);
    expect(serialiseUrlState(a)).toBe(serialiseUrlState(b));
  });

  it('writes layers only when they differ from the default set', () => {
    expect(urlStateOf(stateWith({ layers: ['nerves', 'bones', 'muscles', 'skin'] })).layers).toBeNull();
    expect(urlStateOf(stateWith({ layers: ['bones', 'skin'] })).layers).toEqual(['skin', 'bones']);
    expect(urlStateOf(stateWith({ layers: [] })).layers).toEqual([]);
  });
});

describe('URL state → store', () => {
  it('round-trips a full state through the URL', () => {
    const state = stateWith({
      painSites: ['popliteal-fossa', 'posterolateral-knee'],
      selected: 'biceps-femoris-long-head',
      results: { 'knee-curl': 'positive', 'tiptoe-push-off': 'negative' },
      side: 'left',
      view: 'lateral',
      layers: ['skin', 'attachments'],
      textView: true,
    });
    const { state: parsed, notices } = parseUrlState(serialiseUrlState(urlStateOf(state)));
    expect(notices).toEqual([]);
    const patch = storePatchOf(parsed);
    expect(patch).toMatchObject({
      painSites: state.painSites,
      selected: state.selected,
      results: state.results,
      side: 'left',
      view: 'lateral',
      textView: true,
    });
    expect([...(patch.layers ?? [])].sort()).toEqual(['attachments', 'skin']);
  });

  it('round-trips peel, x-ray, isolate and hidden structures, so a shared view opens as it was', () => {
    const state = stateWith({ peel: 2, xray: true, isolate: true, hidden: ['sartorius', 'femur'] });
    const search = serialiseUrlState(urlStateOf(state));
    expect(search).toBe('?layers=peel-2,xray,isolate,hide-femur,hide-sartorius');
    const patch = storePatchOf(parseUrlState(search).state);
    expect(patch).toMatchObject({ peel: 2, xray: true, isolate: true, layers: initialState.layers });
    expect([...(patch.hidden ?? [])].sort()).toEqual(['femur', 'sartorius']);
    // Back to an address without them turns them off again.
    expect(storePatchOf(defaultUrlState)).toMatchObject({ peel: 0, xray: false, isolate: false, hidden: [] });
  });

  it('restores the default layers and clears results absent from the URL (back/forward is exact)', () => {
    const patch = storePatchOf({ ...defaultUrlState, pain: ['heel'] });
    expect(patch.layers).toEqual(initialState.layers);
    expect(patch.results).toEqual({});
    expect(patch.selected).toBeNull();
  });

  it('lets neither result win for a test listed as both positive and negative', () => {
    const patch = storePatchOf({ ...defaultUrlState, positive: ['knee-curl'], negative: ['knee-curl'] });
    expect(patch.results).toEqual({});
  });

  it('applies a hostile URL as defaults plus what was understood, with notices', () => {
    const { state, notices } = parseUrlState(
      '?pain=<script>alert(1)</script>,__proto__,heel&view=%E0%A4%A&constructor=1',
    );
    useExplorer.getState().hydrate(storePatchOf(state));
    expect(useExplorer.getState().painSites).toEqual(['heel']);
    expect(useExplorer.getState().view).toBe('posterior');
    expect(notices.length).toBeGreaterThan(0);
  });
});

describe('history writes', () => {
  const base = { ...defaultUrlState, pain: ['heel' as const] };

  it('calls pain, selection, results and side changes content', () => {
    expect(changeKind(base, { ...base, pain: ['heel', 'calf-middle'] })).toBe('content');
    expect(changeKind(base, { ...base, select: 'soleus' })).toBe('content');
    expect(changeKind(base, { ...base, positive: ['knee-curl'] })).toBe('content');
    expect(changeKind(base, { ...base, side: 'left' })).toBe('content');
    // Showing a pose is its own step: the back button returns the limb to standing.
    expect(changeKind(base, { ...base, pose: 'knee-curl' })).toBe('content');
    expect(changeKind(base, { ...base, view: 'anterior' })).toBe('display');
    expect(changeKind(base, { ...base, layers: ['bones'] })).toBe('display');
  });

  it('pushes content changes always, and display changes unless one just came before', () => {
    expect(historyMethod('content', { kind: 'content', at: 0 }, 10)).toBe('push');
    expect(historyMethod('content', { kind: 'display', at: 0 }, 10)).toBe('push');
    expect(historyMethod('display', { kind: 'content', at: 0 }, 10)).toBe('push');
    expect(historyMethod('display', { kind: 'load', at: 0 }, 10)).toBe('push');
    expect(historyMethod('display', { kind: 'display', at: 1000 }, 1000 + rapidWindowMs - 1)).toBe('replace');
    expect(historyMethod('display', { kind: 'display', at: 1000 }, 1000 + rapidWindowMs)).toBe('push');
  });

  it('keeps the path and hash when writing the query', () => {
    expect(addressWith('?pain=heel', { pathname: '/app/', hash: '#panel' })).toBe('/app/?pain=heel#panel');
    expect(addressWith('', { pathname: '/app/', hash: '' })).toBe('/app/');
  });
});
