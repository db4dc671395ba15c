/** Pain sites grouped by body region for the "Where does it hurt?" list (sites added later land in "Elsewhere"). */
import { painSiteIds, type PainSiteId } from '../anatomy/ids.ts';

export interface PainSiteGroup {
  label: string;
  sites: readonly PainSiteId[];
}

const regions: readonly PainSiteGroup[] = [
  {
    label: 'Back, hip and buttock',
    sites: ['low-back', 'sacroiliac', 'buttock', 'ischial-tuberosity', 'lateral-hip', 'groin'],
  },
  {
    label: 'Thigh',
    sites: [
      'anterior-thigh',
      'medial-thigh',
      'lateral-thigh',
      'posterior-thigh-proximal',
      'posterior-thigh-middle',
      'posterior-thigh-distal',
    ],
  },
  {
    label: 'Knee',
    sites: [
      'popliteal-fossa',
      'posterolateral-knee',
      'posteromedial-knee',
      'anterior-knee',
      'medial-knee',
      'lateral-knee',
    ],
  },
  { label: 'Lower leg and heel', sites: ['calf-proximal', 'calf-middle', 'lateral-leg', 'heel'] },
];

/** Every pain site once, by region. */
export function painSiteGroups(all: readonly PainSiteId[] = painSiteIds): PainSiteGroup[] {
  const placed = new Set(regions.flatMap((g) => g.sites));
  const groups = regions
    .map((g) => ({ label: g.label, sites: g.sites.filter((s) => all.includes(s)) }))
    .filter((g) => g.sites.length > 0);
  const rest = all.filter((s) => !placed.has(s));
  return rest.length ? [...groups, { label: 'Elsewhere', sites: rest }] : groups;
}
