import { describe, expect, it } from 'vitest';
import { painSitesAt, sitesToToggle } from '../../src/anatomy/pain-site-at.ts';
import { painSites } from '../../src/anatomy/pain-sites.ts';
import { arcLength, normaliseAngle } from '../../src/anatomy/surface.ts';
import type { PainSite } from '../../src/anatomy/types.ts';

const centre = (patch: PainSite['patches'][number]) => ({
  y: (patch.y[0] + patch.y[1]) / 2,
  angle: normaliseAngle(patch.angle[0] + arcLength(patch.angle[0], patch.angle[1]) / 2),
});

describe('painSitesAt', () => {
  it('finds every site at the middle of each of its patches', () => {
    for (const site of painSites) {
      for (const patch of site.patches) expect(painSitesAt(centre(patch))).toContain(site.id);
    }
  });

  it('puts the back of the knee in the popliteal fossa, not the front of the knee', () => {
    const sites = painSitesAt({ y: -0.46, angle: 180 });
    expect(sites).toContain('popliteal-fossa');
    expect(sites).not.toContain('anterior-knee');
  });

  it('returns nothing off the modelled skin', () => {
    expect(painSitesAt({ y: 2, angle: 90 })).toEqual([]);
  });

  it('handles arcs that wrap past 360 and overlapping sites', () => {
    const sites: PainSite[] = [
      {
        id: 'anterior-thigh',
        label: 'a',
        description: '',
        patches: [{ y: [0, 1], angle: [330, 30] }],
        sources: [],
      },
      { id: 'groin', label: 'g', description: '', patches: [{ y: [0.5, 1], angle: [350, 10] }], sources: [] },
    ];
    expect(painSitesAt({ y: 0.2, angle: 10 }, sites)).toEqual(['anterior-thigh']);
    expect(painSitesAt({ y: 0.7, angle: 355 }, sites)).toEqual(['anterior-thigh', 'groin']);
    expect(painSitesAt({ y: 0.7, angle: 90 }, sites)).toEqual([]);
  });
});

describe('sitesToToggle', () => {
  it('adds the sites not yet chosen, and removes all when clicked again', () => {
    expect(sitesToToggle([], ['popliteal-fossa', 'posterolateral-knee'])).toEqual([
      'popliteal-fossa',
      'posterolateral-knee',
    ]);
    expect(sitesToToggle(['popliteal-fossa'], ['popliteal-fossa', 'posterolateral-knee'])).toEqual([
      'posterolateral-knee',
    ]);
    expect(sitesToToggle(['popliteal-fossa', 'heel'], ['popliteal-fossa'])).toEqual(['popliteal-fossa']);
  });
});
