/**
 * Which pain sites a referral zone covers, computed from its shapes on the pain grid (never listed
 * by hand), and the masks the ranking compares with where it hurts.
 */
import type { MuscleId, PainSiteId } from './ids.ts';
import type { Muscle, PainSite, ReferralZone, TriggerPoint } from './types.ts';
import { painSites } from './pain-sites.ts';
import {
  maskArea,
  rasteriseOutlines,
  rasterisePatches,
  subtractMask,
  unionMasks,
  type SurfaceMask,
} from './surface-grid.ts';

/**
 * A zone covers a site when it spreads over at least this share of the site's skin, or when at least
 * this share of the zone lies inside the site (a small zone well inside a big site, such as a
 * gluteus maximus spot over the sit bone).
 */
export const SITE_COVER_SHARE = 0.2;

export interface ZoneMasks {
  essential: SurfaceMask;
  /** Spillover cells outside the essential zone. */
  spillover: SurfaceMask;
}

const zoneCache = new WeakMap<ReferralZone, ZoneMasks>();

export function zoneMasks(zone: ReferralZone): ZoneMasks {
  let masks = zoneCache.get(zone);
  if (!masks) {
    const essential = rasteriseOutlines(zone.essential);
    masks = { essential, spillover: subtractMask(rasteriseOutlines(zone.spillover), essential) };
    zoneCache.set(zone, masks);
  }
  return masks;
}

const siteCache = new WeakMap<PainSite, SurfaceMask>();

export function siteMask(site: PainSite): SurfaceMask {
  let mask = siteCache.get(site);
  if (!mask) {
    mask = rasterisePatches(site.patches);
    siteCache.set(site, mask);
  }
  return mask;
}

/** Whether a region covers a site, by the rule of `SITE_COVER_SHARE`. */
export function maskCoversSite(mask: SurfaceMask, site: PainSite): boolean {
  const sMask = siteMask(site);
  const shared = maskArea(mask, sMask);
  if (shared <= 0) return false;
  return shared >= SITE_COVER_SHARE * maskArea(sMask) || shared >= SITE_COVER_SHARE * maskArea(mask);
}

export interface ZoneSites {
  essential: PainSiteId[];
  /** Sites only the spillover covers. */
  spillover: PainSiteId[];
}

const sitesCache = new WeakMap<ReferralZone, ZoneSites>();

/** The pain sites a zone covers, in the order of the pain-site list. */
export function zoneSites(zone: ReferralZone, sites: readonly PainSite[] = painSites): ZoneSites {
  let found = sites === painSites ? sitesCache.get(zone) : undefined;
  if (!found) {
    const masks = zoneMasks(zone);
    const essential = sites.filter((s) => maskCoversSite(masks.essential, s)).map((s) => s.id);
    const either = unionMasks([masks.essential, masks.spillover]);
    const spillover = sites
      .filter((s) => !essential.includes(s.id) && maskCoversSite(either, s))
      .map((s) => s.id);
    found = { essential, spillover };
    if (sites === painSites) sitesCache.set(zone, found);
  }
  return found;
}

/** A muscle's whole map: the union of its trigger points' zones. */
export interface MuscleMap extends ZoneMasks {
  id: MuscleId;
}

const mapCache = new WeakMap<Muscle, MuscleMap>();

export function muscleMap(muscle: Muscle): MuscleMap {
  let map = mapCache.get(muscle);
  if (!map) map = pointsMap(muscle.id, muscle.triggerPoints);
  mapCache.set(muscle, map);
  return map;
}

/** The union of some trigger points' zones. */
export function pointsMap(id: MuscleId, points: readonly TriggerPoint[]): MuscleMap {
  const essential = unionMasks(points.map((tp) => zoneMasks(tp.zone).essential));
  const spill = unionMasks(points.map((tp) => zoneMasks(tp.zone).spillover));
  return { id, essential, spillover: subtractMask(spill, essential) };
}
