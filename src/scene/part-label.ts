/** Words for a part in the hover label ("Semitendinosus: origin"). */
import { structureName } from '../anatomy/index.ts';
import type { PartInfo } from './part-info.ts';

export function partLabel(part: PartInfo): string {
  const name = structureName(part.structure);
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
