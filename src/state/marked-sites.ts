/**
 * The pain sites a person marked: those chosen by name plus those their drawing covers. Warning
 * signs and checks are looked up for these, so drawing instead of ticking loses nothing.
 */
import type { PainSiteId } from '../anatomy/ids.ts';
import { painSites } from '../anatomy/pain-sites.ts';
import { sitesUnderDrawing } from '../diagnosis/pain-area.ts';
import { useExplorer, type ExplorerState } from './store.ts';

let last: {
  chosen: readonly PainSiteId[];
  drawing: ExplorerState['drawing'];
  out: readonly PainSiteId[];
} | null = null;

export function selectMarkedSites(s: Pick<ExplorerState, 'painSites' | 'drawing'>): readonly PainSiteId[] {
  if (last && last.chosen === s.painSites && last.drawing === s.drawing) return last.out;
  const drawn = sitesUnderDrawing(s.drawing, painSites).filter((id) => !s.painSites.includes(id));
  const out = drawn.length ? [...s.painSites, ...drawn] : s.painSites;
  last = { chosen: s.painSites, drawing: s.drawing, out };
  return out;
}

export function useMarkedSites(): readonly PainSiteId[] {
  return useExplorer(selectMarkedSites);
}
