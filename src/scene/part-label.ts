/** Words for a part in the hover label ("Semitendinosus: origin"), in the chosen name style. */
import { structureName, structures } from '../anatomy/index.ts';
import { shownName, type NameStyle } from '../look/display-name.ts';
import type { PartInfo } from './part-info.ts';

/** The structure's name alone, in the chosen style (the model's labels use it too). */
export function structureLabel(structure: string, style: NameStyle): string {
  const known = structures.find((s) => s.id === structure);
  return known ? shownName(known, style).main : structureName(structure);
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
