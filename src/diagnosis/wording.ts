/**
 * Turns ids into the plain words the candidate reasons use. Labels come from the data
 * (`PainSite.label`, `SelfTest.name`), so the wording follows whatever the content authors wrote.
 */
import type { PainSiteId } from '../anatomy/ids.ts';
import type { PainSite, SelfTest } from '../anatomy/types.ts';

export function lowerFirst(text: string): string {
  // Keep acronyms ("ITB") as written; lower only an ordinary capitalised word.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * "Back of the knee" → "the back of the knee"; "Back of the knee, outer side" → "the back of the
 * knee (outer side)", so that several sites read clearly in one list. Falls back to the id.
 */
export function siteWords(id: PainSiteId, painSites: readonly PainSite[]): string {
  const label = painSites.find((site) => site.id === id)?.label ?? id.replace(/-/g, ' ');
  const parts = label.trim().split(/\s*,\s*/);
  const qualified = parts.length === 2 && !label.includes('(') ? `${parts[0]} (${parts[1]})` : label.trim();
  const words = lowerFirst(qualified);
  return /^(the|your|a|an)\s/i.test(words) ? words : `the ${words}`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Straight-leg raise, toe turned out" → "straight-leg raise, toe turned out". */
export function testWords(test: SelfTest): string {
  return lowerFirst(test.name.trim());
}
