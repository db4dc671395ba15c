/** Words for a part in the hover label ("Semitendinosus: origin"), in the chosen name style. */
import { structureName, structures } from '../anatomy/index.ts';
import { shownName, type NameStyle } from '../look/display-name.ts';
import type { PartInfo } from './part-info.ts';

/**
 * The structure's name in the chosen style. Under a Latin name the English follows in brackets
 * ("Musculus gluteus minimus (Gluteus minimus)"): a patient reading the hover label must not lose
 * the plain name, as the card and list keep it too.
 */
export function structureLabel(structure: string, style: NameStyle): string {
  const known = structures.find((s) => s.id === structure);
  if (!known) return structureName(structure);
  const shown = shownName(known, style);
  return shown.lang === 'la' && shown.other ? `${shown.main} (${shown.other})` : shown.main;
}

export function partLabel(part: PartInfo, style: NameStyle = 'english'): string {
  const name = structureLabel(part.structure, style);
  switch (part.kind) {
    case 'attachment':
      return `${name}: ${part.role === 'insertion' ? 'insertion' : 'origin'}`;
    case 'trigger-point':
      return `${name}: trigger point${part.role ? ` ${part.role}` : ''}`;
    case 'tendon':
      return part.structure === part.name ? name : `${name}: tendon`;
    default:
      return name;
  }
}
