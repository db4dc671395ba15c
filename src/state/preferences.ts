/**
 * Saved preferences: the display choices a person makes (side, layers, text view, x-ray) kept in
 * `localStorage` under one key, so the explorer opens the way they left it. Pain sites, the
 * selection and test results are never saved: they are health information and live only in the
 * link the person chooses to keep or share. Pure: parsing, validation and the merge with the URL;
 * the storage wiring is in `preferences-storage.ts`.
 */
import { z } from 'zod';
import { layerIds, sides } from '../anatomy/ids.ts';
import type { LayerId, Side } from '../anatomy/ids.ts';

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
}

// `.strict()` refuses unknown keys (including `__proto__` and `constructor`), so a stored object
// can only ever carry the four fields we wrote.
const preferencesSchema = z
  .object({
    version: z.literal(preferencesVersion),
    side: z.enum(sides),
    layers: z.array(z.enum(layerIds)).max(layerIds.length),
    textView: z.boolean(),
    xray: z.boolean(),
  })
  .strict();

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
  // JSON.parse makes `__proto__` an own key; refuse it explicitly as well as through `.strict()`.
  if (json !== null && typeof json === 'object' && Object.prototype.hasOwnProperty.call(json, '__proto__')) {
    return { kind: 'invalid', reason: 'hostile key' };
  }
  const result = preferencesSchema.safeParse(json);
  if (!result.success) return { kind: 'invalid', reason: result.error.issues[0]?.message ?? 'invalid' };
  const { side, layers, textView, xray } = result.data;
  return { kind: 'ok', preferences: { side, layers: [...new Set(layers)], textView, xray } };
}

export function serialisePreferences(p: Preferences): string {
  return JSON.stringify({
    version: preferencesVersion,
    side: p.side,
    layers: layerIds.filter((l) => p.layers.includes(l)),
    textView: p.textView,
    xray: p.xray,
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
  const out: Partial<Preferences> = { xray: p.xray };
  if (!inUrl.has('side')) out.side = p.side;
  if (!inUrl.has('layers')) out.layers = [...p.layers];
  if (!inUrl.has('textView')) out.textView = p.textView;
  return out;
}
