/**
 * Where it hurts as one area of skin (the chosen sites' regions and the pain drawing together), and
 * how much of it each muscle's referral map explains. The ranking's map evidence comes from here.
 */
import type { PainSiteId } from '../anatomy/ids.ts';
import type { Muscle, PainSite, TriggerPoint } from '../anatomy/types.ts';
import { isEmptyMask, maskArea, unionMasks, type SurfaceMask } from '../anatomy/surface-grid.ts';
import { maskCoversSite, muscleMap, siteMask, zoneMasks } from '../anatomy/zone-coverage.ts';
import { MIN_MAP_SHARE } from './scoring.ts';
import { listWords, siteWords } from './wording.ts';

export interface PainArea {
  mask: SurfaceMask;
  /** Skin area in m² (0 when nothing is chosen or drawn). */
  area: number;
  /** The chosen sites, in the order chosen. */
  sites: readonly PainSiteId[];
  /** Whether the person drew on the skin (the reasons then say "where you drew"). */
  drawn: boolean;
  /** Pain sites the area touches: the ones reasons may name. */
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
  const area = maskArea(mask);
  const touched = area > 0 ? painSites.filter((s) => maskCoversSite(mask, s)) : [];
  return { mask, area, sites, drawn, touched };
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

/** The named sites lying in `overlap`, for the reasons: "(the buttock and the sit bone)". */
function namedIn(overlap: SurfaceMask, pain: PainArea, painSites: readonly PainSite[]): string {
  const named = pain.touched.filter((site) => maskCoversSite(overlap, site));
  if (named.length === 0) return '';
  return `: ${listWords(named.map((site) => siteWords(site.id, painSites)))}`;
}

function intersect(a: SurfaceMask, b: SurfaceMask): SurfaceMask {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] && b[i] ? 1 : 0;
  return out;
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
  const essentialShare = maskArea(pain.mask, map.essential) / pain.area;
  const spilloverShare = maskArea(pain.mask, map.spillover) / pain.area;
  const hasEssential = essentialShare >= MIN_MAP_SHARE;
  const hasSpillover = spilloverShare >= MIN_MAP_SHARE;
  if (!hasEssential && !hasSpillover) return noMatch;

  const where = pain.drawn ? 'where you drew' : 'where it hurts';
  const reasons: string[] = [];
  if (hasEssential) {
    const named = namedIn(intersect(pain.mask, map.essential), pain, painSites);
    reasons.push(`its map usually covers ${shareWords(essentialShare)} ${where}${named}`);
  }
  if (hasSpillover) {
    const named = namedIn(intersect(pain.mask, map.spillover), pain, painSites);
    const lead = hasEssential ? 'and sometimes spreads over' : 'its map sometimes spreads over';
    reasons.push(`${lead} ${shareWords(spilloverShare)} ${hasEssential ? 'the rest' : where}${named}`);
  }
  const either = unionMasks([map.essential, map.spillover]);
  const sitesCovered = pain.sites.filter((id) => {
    const site = painSites.find((s) => s.id === id);
    return !!site && maskCoversSite(either, site);
  });
  const points = muscle.triggerPoints.filter((tp) => {
    const zone = zoneMasks(tp.zone);
    const reach = maskArea(pain.mask, zone.essential) + maskArea(pain.mask, zone.spillover);
    return reach / pain.area >= MIN_MAP_SHARE;
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
