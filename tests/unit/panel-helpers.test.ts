import { describe, expect, it } from 'vitest';
import { painSiteIds, type PainSiteId } from '../../src/anatomy/ids.ts';
import { painSiteGroups } from '../../src/panel/pain-site-groups.ts';
import { announcement } from '../../src/panel/CandidateAnnouncer.tsx';
import { structureGroups } from '../../src/panel/structure-groups.ts';
import { describeSceneError } from '../../src/app/scene-error.ts';
import { kb } from '../../src/anatomy/index.ts';
import { rankCandidates } from '../../src/diagnosis/index.ts';

describe('pain-site groups', () => {
  it('list every pain site exactly once', () => {
    const listed = painSiteGroups().flatMap((g) => g.sites);
    expect([...listed].sort()).toEqual([...painSiteIds].sort());
  });

  it('put sites added later under "Elsewhere" rather than dropping them', () => {
    const extra = 'shin' as PainSiteId;
    const groups = painSiteGroups([...painSiteIds, extra]);
    expect(groups.at(-1)).toEqual({ label: 'Elsewhere', sites: [extra] });
  });
});

describe('structure list', () => {
  it('lists every structure of the knowledge base once, plus the skin', () => {
    const ids = structureGroups().flatMap((g) => g.items.map((i) => i.id));
    const expected = [...kb.muscles, ...kb.connectiveTissues, ...kb.nerves, ...kb.bones, ...kb.landmarks].map(
      (s) => s.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected, 'skin'].sort());
  });
});

describe('candidate announcement', () => {
  it('says nothing before any pain site is chosen', () => {
    expect(announcement([], false)).toBe('');
  });

  it('names the count and the top three in rank order', () => {
    const candidates = rankCandidates({ painSites: ['popliteal-fossa', 'posterolateral-knee'], results: {} });
    const text = announcement(candidates, true);
    expect(text).toContain(`${candidates.length} possible`);
    const positions = candidates.slice(0, 3).map((c) => text.indexOf(c.name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('scene error wording', () => {
  it('turns a 404 into a download problem and anything else into a read problem', () => {
    expect(describeSceneError(new Error('fetch for "x.glb" responded with 404: Not Found'))).toMatch(
      /could not be downloaded/,
    );
    expect(describeSceneError(new Error('Unexpected token in JSON'))).toMatch(/could not be read/);
    expect(
      describeSceneError(new TypeError('Failed to fetch dynamically imported module: http://x/a.js')),
    ).toMatch(/code that draws the 3D view/);
    expect(describeSceneError('weird')).toMatch(/could not be read/);
  });
});
