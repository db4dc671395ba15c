/** A structure's shown name by id, in the chosen style (see `look/display-name.ts`). */
import { structureName, structures } from '../anatomy/index.ts';
import { shownName, type NameStyle, type ShownName } from '../look/display-name.ts';

/** An unknown id reads as its words, in English. */
export function nameOf(id: string, style: NameStyle): ShownName {
  const known = structures.find((s) => s.id === id);
  return known ? shownName(known, style) : { main: structureName(id), other: null, lang: 'en' };
}
