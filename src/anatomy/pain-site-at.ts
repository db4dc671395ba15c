/**
 * Which pain sites lie under a point of the skin. The scene reads the body-surface coordinate
 * of a click on the skin (see `surface.ts`) and asks this function which named regions it falls
 * in; a point where two regions overlap belongs to both.
 */
import type { PainSiteId } from './ids.ts';
import type { PainSite } from './types.ts';
import { painSites } from './pain-sites.ts';
import { patchContains } from './surface.ts';

/** The pain sites whose patches contain `coord`, in the order of the pain-site list. */
export function painSitesAt(
  coord: { y: number; angle: number },
  sites: readonly PainSite[] = painSites,
): PainSiteId[] {
  return sites.filter((site) => site.patches.some((patch) => patchContains(patch, coord))).map((s) => s.id);
}

/**
 * The sites a click should toggle so that clicking a spot twice undoes it: when every site under
 * the spot is already chosen they are all removed, otherwise only the missing ones are added.
 */
export function sitesToToggle(
  chosen: readonly PainSiteId[],
  underClick: readonly PainSiteId[],
): PainSiteId[] {
  const missing = underClick.filter((site) => !chosen.includes(site));
  return missing.length > 0 ? missing : [...underClick];
}
