/**
 * Saved preferences: the display choices a person makes (side, layers, text view, x-ray, English
 * or Latin names, on-model labels) kept in
 * `localStorage` under one key, so the explorer opens the way they left it. Pain sites, the
 * selection and test results are never saved: they are health information and live only in the
 * link the person chooses to keep or share. Pure: parsing, validation and the merge with the URL;
 * the storage wiring is in `preferences-storage.ts`.
 */
import { layerIds, sides } from '../anatomy/ids.ts';
import type { LayerId, Side } from '../anatomy/ids.ts';
import { nameStyles, type NameStyle } from '../look/display-name.ts';

export const preferencesKey = 'thigh-explorer:preferences';
export const preferencesVersion = 1;
/** Anything longer than this was not written by us. */
export const maxStoredLength = 4096;
export const preferencesResetNotice = 'Saved settings could not be read and were reset.';

export interface Preferences {
  side: Side;
  layers: LayerId[];
  textView: boolean;
  xray: boolean;
  /**
   * Added later within version 1, so it is optional in what is stored: a record saved before it
   * existed still loads (as English), and English is not written, so older copies of the app still
   * read what this one saves.
   */
  names: NameStyle;
  /** On-model labels: optional in what is stored, like `names`; only `true` is written. */
  labels: boolean;
}

/** What storage holds: fields added later within version 1 may be missing. */
type Stored = Omit<Preferences, 'names' | 'labels'> & Partial<Pick<Preferences, 'names' | 'labels'>>;

const preferenceKeys = ['version', 'side', 'layers', 'textView', 'xray'] as const;
const optionalKeys = ['names', 'labels'] as const;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * Checks a parsed value field by field. Hand-written rather than zod: this runs in the app's first
 * chunk, and zod would cost more bytes than the whole panel. Only the five keys we always write and
 * the optional ones are accepted (so `__proto__`, `constructor` or any extra key is refused).
 * Returns a reason or null.
 */
function invalidReason(json: unknown): string | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return 'not an object';
  const keys = Object.keys(json);
  if (
    !preferenceKeys.every((k) => keys.includes(k)) ||
    !keys.every((k) => isOneOf(preferenceKeys, k) || isOneOf(optionalKeys, k))
  ) {
    return 'unexpected keys';
  }
  const o = json as Record<(typeof preferenceKeys)[number] | (typeof optionalKeys)[number], unknown>;
  if (o.version !== preferencesVersion) return 'other version';
  if (!isOneOf(sides, o.side)) return 'bad side';
  if (
    !Array.isArray(o.layers) ||
    o.layers.length > layerIds.length ||
    !o.layers.every((l) => isOneOf(layerIds, l))
  ) {
    return 'bad layers';
  }
  if (typeof o.textView !== 'boolean' || typeof o.xray !== 'boolean') return 'bad switches';
  if (o.names !== undefined && !isOneOf(nameStyles, o.names)) return 'bad names';
  if (o.labels !== undefined && typeof o.labels !== 'boolean') return 'bad labels';
  return null;
}

export type ParsedPreferences =
  { kind: 'none' } | { kind: 'ok'; preferences: Preferences } | { kind: 'invalid'; reason: string };

/** Reads what storage held (null = nothing saved). Never throws. */
export function parsePreferences(raw: unknown): ParsedPreferences {
  if (raw === null || raw === undefined) return { kind: 'none' };
  if (typeof raw !== 'string') return { kind: 'invalid', reason: 'not text' };
  if (raw.length > maxStoredLength) return { kind: 'invalid', reason: 'too long' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'not JSON' };
  }
  // JSON.parse makes `__proto__` an own key; refuse it explicitly as well as by the key check.
  if (json !== null && typeof json === 'object' && Object.prototype.hasOwnProperty.call(json, '__proto__')) {
    return { kind: 'invalid', reason: 'hostile key' };
  }
  const reason = invalidReason(json);
  if (reason) return { kind: 'invalid', reason };
  const { side, layers, textView, xray, names = 'english', labels = false } = json as Stored;
  return { kind: 'ok', preferences: { side, layers: [...new Set(layers)], textView, xray, names, labels } };
}

export function serialisePreferences(p: Preferences): string {
  return JSON.stringify({
    version: preferencesVersion,
    side: p.side,
    layers: layerIds.filter((l) => p.layers.includes(l)),
    textView: p.textView,
    xray: p.xray,
    ...(p.names === 'latin' && { names: p.names }),
    ...(p.labels && { labels: true }),
  });
}

/** The URL parameters that carry a preference: when the link names one, the link wins. */
export const urlKeysOfPreference = { side: 'side', layers: 'layers', textView: 'text' } as const;

/** Which preferences the address sets itself. Never throws. */
export function preferencesInUrl(search: string): Set<keyof typeof urlKeysOfPreference> {
  const named = new Set<keyof typeof urlKeysOfPreference>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return named;
  }
  for (const [pref, key] of Object.entries(urlKeysOfPreference) as [
    keyof typeof urlKeysOfPreference,
    string,
  ][])
    if (params.has(key)) named.add(pref);
  return named;
}

/** The stored preferences the address does not override. */
export function preferencesToApply(p: Preferences, inUrl: ReadonlySet<string>): Partial<Preferences> {
  // Names and labels are not in the link (a reader's own choice, like a language): the saved one
  // always applies.
  const out: Partial<Preferences> = { xray: p.xray, names: p.names, labels: p.labels };
  if (!inUrl.has('side')) out.side = p.side;
  if (!inUrl.has('layers')) out.layers = [...p.layers];
  if (!inUrl.has('textView')) out.textView = p.textView;
  return out;
}
