/**
 * Wires saved preferences to the store: read once at start-up (after the URL, which wins), then
 * written whenever a saved field changes. Storage that throws (private mode, disabled, full) is
 * tolerated: preferences are then simply not kept.
 */
import { useExplorer, type ExplorerState } from './store.ts';
import {
  parsePreferences,
  preferencesInUrl,
  preferencesKey,
  preferencesResetNotice,
  preferencesToApply,
  serialisePreferences,
  type Preferences,
} from './preferences.ts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function preferencesOf(s: ExplorerState): Preferences {
  return {
    side: s.side,
    layers: [...s.layers],
    textView: s.textView,
    xray: s.xray,
    names: s.names,
    labels: s.labels,
  };
}

/** Applies saved preferences the URL does not override; bad stored data is dropped with a notice. */
export function loadPreferences(search: string): void {
  let raw: string | null;
  try {
    raw = storage()?.getItem(preferencesKey) ?? null;
  } catch {
    return;
  }
  const parsed = parsePreferences(raw);
  const store = useExplorer.getState();
  if (parsed.kind === 'invalid') {
    try {
      storage()?.removeItem(preferencesKey);
    } catch {
      // Nothing more to do: the bad entry is ignored either way.
    }
    store.addNotices([preferencesResetNotice]);
    return;
  }
  if (parsed.kind === 'ok') store.hydrate(preferencesToApply(parsed.preferences, preferencesInUrl(search)));
}

/** Saves preferences whenever one changes. Returns the unsubscribe function. */
export function savePreferencesOnChange(): () => void {
  let last = serialisePreferences(preferencesOf(useExplorer.getState()));
  return useExplorer.subscribe((s) => {
    const next = serialisePreferences(preferencesOf(s));
    if (next === last) return;
    last = next;
    try {
      storage()?.setItem(preferencesKey, next);
    } catch {
      // Storage full or refused: preferences are not kept this time.
    }
  });
}

/**
 * The first-visit guide is shown until the person skips or finishes it, once per browser: kept under
 * its own key (not in the preferences record, whose strict reader would reset older saved settings).
 */
export const firstVisitKey = 'thigh-explorer:first-visit-done';

export function firstVisitDone(): boolean {
  try {
    return storage()?.getItem(firstVisitKey) === '1';
  } catch {
    // Unreadable storage: treat as seen rather than showing the guide on every visit.
    return true;
  }
}

export function markFirstVisitDone(): void {
  try {
    storage()?.setItem(firstVisitKey, '1');
  } catch {
    // Not kept: the guide may show again next time, which is harmless.
  }
}
