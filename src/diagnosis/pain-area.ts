/**
 * Where it hurts as one area of skin (the chosen sites' regions and the pain drawing together), and
 * how much of it each muscle's referral map explains. The ranking's map evidence comes from here.
 */
import type { PainSiteId } from '../anatomy/ids.ts';
import type { Muscle, PainSite, TriggerPoint } from '../anatomy/types.ts';
import {
  cellAreas,
  isEmptyMask,
  maskArea,
  painGrid,
  unionMasks,
  type SurfaceMask,
} from '../anatomy/surface-grid.ts';
import {
  maskCoversSite,
  muscleMap,
  SITE_COVER_SHARE,
  siteMask,
  zoneMasks,
} from '../anatomy/zone-coverage.ts';
import { MIN_MAP_SHARE } from './scoring.ts';
import { listWords, siteWords } from './wording.ts';

export interface PainArea {
  mask: SurfaceMask;
  /** The marked cells and their skin areas: overlaps are sums over these, not over the whole grid. */
  cells: Uint32Array;
  weights: Float64Array;
  /** Skin area in m² (0 when nothing is chosen or drawn). */
  area: number;
  /** The chosen sites, in the order chosen. */
  sites: readonly PainSiteId[];
  /** Whether the person drew on the skin (the reasons then say "where you drew"). */
  drawn: boolean;
  /** Pain sites the area covers: the ones reasons may name. */
  touched: readonly PainSite[];
}

export function painAreaOf(
  sites: readonly PainSiteId[],
  drawing: SurfaceMask | null,
  painSites: readonly PainSite[],
): PainArea {
  const chosen = sites.flatMap((id) => painSites.find((s) => s.id === id) ?? []);
  const drawn = !!drawing && !isEmptyMask(drawing);
  const masks = chosen.map(siteMask);
  if (drawn) masks.push(drawing);
  const mask = unionMasks(masks);
  const indices: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) indices.push(i);
  const cells = Uint32Array.from(indices);
  const weights = new Float64Array(cells.length);
  cells.forEach((cell, k) => (weights[k] = rowAreas[Math.floor(cell / painGrid.cols)]!));
  const area = weights.reduce((sum, w) => sum + w, 0);
  const pain: PainArea = { mask, cells, weights, area, sites, drawn, touched: [] };
  // The sites the marked area covers, by the share rule of zone coverage.
  pain.touched = painSites.filter((site) => {
    const shared = overlapArea(pain, siteMask(site));
    return shared > 0 && (shared >= SITE_COVER_SHARE * siteArea(site) || shared >= SITE_COVER_SHARE * area);
  });
  return pain;
}

const rowAreas = cellAreas(painGrid);

/** Skin area (m²) of the marked cells that are also set in `mask` (and in `and`, when given). */
export function overlapArea(pain: PainArea, mask: SurfaceMask, and?: SurfaceMask): number {
  let area = 0;
  for (let k = 0; k < pain.cells.length; k++) {
    const i = pain.cells[k]!;
    if (mask[i] && (!and || and[i])) area += pain.weights[k]!;
  }
  return area;
}

export interface AreaMatch {
  covered: boolean;
  coverage: 'essential' | 'spillover' | 'none';
  essentialShare: number;
  spilloverShare: number;
  sitesCovered: PainSiteId[];
  /** Trigger points whose zones reach the area. */
  points: TriggerPoint[];
  /** Why, in plain words ("usually" for essential, "sometimes" for spillover). */
  reasons: string[];
}

/** "all of", "most of", …: a share in words, never a number a patient must interpret. */
export function shareWords(share: number): string {
  if (share >= 0.9) return 'all of';
  if (share >= 0.6) return 'most of';
  if (share >= 0.3) return 'much of';
  return 'part of';
}

const mapSitesCache = new WeakMap<Muscle, Set<PainSiteId>>();

/** The pain sites a muscle's whole map covers (essential or spillover), computed once per muscle. */
function mapSites(muscle: Muscle, painSites: readonly PainSite[]): Set<PainSiteId> {
  let sites = mapSitesCache.get(muscle);
  if (!sites) {
    const map = muscleMap(muscle);
    const either = unionMasks([map.essential, map.spillover]);
    sites = new Set(painSites.filter((site) => maskCoversSite(either, site)).map((site) => site.id));
    mapSitesCache.set(muscle, sites);
  }
  return sites;
}

const siteAreas = new WeakMap<PainSite, number>();
function siteArea(site: PainSite): number {
  let area = siteAreas.get(site);
  if (area === undefined) {
    area = maskArea(siteMask(site));
    siteAreas.set(site, area);
  }
  return area;
}

/**
 * The named sites lying where a zone meets the marked area, for the reasons: ": the buttock and the
 * sit bone". A site is named by the same share rule as zone coverage (`SITE_COVER_SHARE`).
 */
function namedIn(zone: SurfaceMask, shared: number, pain: PainArea, painSites: readonly PainSite[]): string {
  const named = pain.touched.filter((site) => {
    const inSite = overlapArea(pain, zone, siteMask(site));
    return inSite > 0 && (inSite >= SITE_COVER_SHARE * siteArea(site) || inSite >= SITE_COVER_SHARE * shared);
  });
  if (named.length === 0) return '';
  return `: ${listWords(named.map((site) => siteWords(site.id, painSites)))}`;
}

/** Whether a zone covers any of the sites the marked area covers, within the marked area. */
function coversMarkedSite(pain: PainArea, zone: SurfaceMask): boolean {
  return pain.touched.some(
    (site) => overlapArea(pain, zone, siteMask(site)) >= SITE_COVER_SHARE * siteArea(site),
  );
}

const noMatch: AreaMatch = {
  covered: false,
  coverage: 'none',
  essentialShare: 0,
  spilloverShare: 0,
  sitesCovered: [],
  points: [],
  reasons: [],
};

export function matchArea(muscle: Muscle, pain: PainArea, painSites: readonly PainSite[]): AreaMatch {
  if (pain.area <= 0) return noMatch;
  const map = muscleMap(muscle);
  const essentialArea = overlapArea(pain, map.essential);
  const spilloverArea = overlapArea(pain, map.spillover);
  const essentialShare = essentialArea / pain.area;
  const spilloverShare = spilloverArea / pain.area;
  // A map counts when it explains a real share of the marked area, or covers one of the marked
  // sites (a small site chosen beside a large one is still explained by the map that covers it).
  const hasEssential = essentialShare >= MIN_MAP_SHARE || coversMarkedSite(pain, map.essential);
  const hasSpillover = spilloverShare >= MIN_MAP_SHARE || coversMarkedSite(pain, map.spillover);
  if (!hasEssential && !hasSpillover) return noMatch;

  const where = pain.drawn ? 'where you drew' : 'where it hurts';
  const reasons: string[] = [];
  if (hasEssential) {
    const named = namedIn(map.essential, essentialArea, pain, painSites);
    reasons.push(`its map usually covers ${shareWords(essentialShare)} ${where}${named}`);
  }
  if (hasSpillover) {
    const named = namedIn(map.spillover, spilloverArea, pain, painSites);
    const lead = hasEssential ? 'and sometimes spreads over' : 'its map sometimes spreads over';
    reasons.push(`${lead} ${shareWords(spilloverShare)} ${hasEssential ? 'the rest' : where}${named}`);
  }
  const sitesCovered = pain.sites.filter((id) => mapSites(muscle, painSites).has(id));
  const points = muscle.triggerPoints.filter((tp) => {
    const zone = zoneMasks(tp.zone);
    const reach = overlapArea(pain, zone.essential) + overlapArea(pain, zone.spillover);
    return (
      reach / pain.area >= MIN_MAP_SHARE ||
      coversMarkedSite(pain, zone.essential) ||
      coversMarkedSite(pain, zone.spillover)
    );
  });
  return {
    covered: true,
    coverage: hasEssential ? 'essential' : 'spillover',
    essentialShare,
    spilloverShare,
    sitesCovered,
    points,
    reasons,
  };
}

/** The named sites a drawing covers (for warning signs and checks), in the order of the site list. */
export function sitesUnderDrawing(drawing: SurfaceMask | null, painSites: readonly PainSite[]): PainSiteId[] {
  if (!drawing || isEmptyMask(drawing)) return [];
  return painSites.filter((s) => maskCoversSite(drawing, s)).map((s) => s.id);
}
