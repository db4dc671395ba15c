/**
 * Which name a structure is shown by: plain English (the default) or its Latin / Terminologia
 * Anatomica name, as the person chose (a saved preference). Wherever the Latin is shown, the English
 * stays at hand (`other`) so a patient never loses the plain name. Pure: shared by panel and scene.
 * It imports no anatomy data on purpose: imported from both the entry and the scene's chunk, a
 * module that did made the bundler split the whole knowledge base into a chunk of its own (about
 * 0.5 KB gzip more before ready). Look-ups by id are in `panel/shown-names.ts` and `scene/part-label.ts`.
 */
export type NameStyle = 'english' | 'latin';
export const nameStyles: readonly NameStyle[] = ['english', 'latin'];

export interface ShownName {
  /** The name to show. */
  main: string;
  /** The other name (the English when Latin is shown, and the reverse); null when they read the same. */
  other: string | null;
  /** Language of `main`, for the `lang` attribute (a screen reader then reads Latin as Latin). */
  lang: 'en' | 'la';
}

/** Picks the name to show; an empty Latin name falls back to the English one. */
export function shownName(n: { name: string; latin: string }, style: NameStyle): ShownName {
  const latin = style === 'latin' && n.latin.trim() !== '';
  const [main, other] = latin ? [n.latin, n.name] : [n.name, n.latin];
  return {
    main,
    other: other.trim() === '' || other.toLowerCase() === main.toLowerCase() ? null : other,
    lang: latin ? 'la' : 'en',
  };
}
