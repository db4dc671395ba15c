/** A pain site's lay label, falling back to its id in words if the data lacks it. */
import type { PainSiteId } from '../anatomy/ids.ts';
import { painSiteById } from '../anatomy/index.ts';

export function painSiteLabel(id: PainSiteId): string {
  return painSiteById(id)?.label ?? id.replace(/-/g, ' ');
}
