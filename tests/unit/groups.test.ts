import { describe, expect, it } from 'vitest';
import {
  groupById,
  groupIds,
  groupsOf,
  isGroupId,
  isGroupMember,
  muscleGroups,
} from '../../src/anatomy/groups.ts';
import { isStructureId, kb } from '../../src/anatomy/index.ts';
import { sources } from '../../src/anatomy/sources.ts';

describe('muscle groups', () => {
  it('has ids that are not structure ids, so ?select= can name either', () => {
    for (const id of groupIds) expect(isStructureId(id), id).toBe(false);
    expect(muscleGroups.map((g) => g.id)).toEqual([...groupIds]);
  });

  it('lists known muscles only, each once, with named sources', () => {
    const muscles = new Set<string>(kb.muscles.map((m) => m.id));
    for (const group of muscleGroups) {
      expect(group.members.length, group.id).toBeGreaterThan(1);
      expect(new Set(group.members).size).toBe(group.members.length);
      for (const m of group.members) expect(muscles.has(m), `${group.id}: ${m}`).toBe(true);
      expect(group.sources.length).toBeGreaterThan(0);
      for (const s of group.sources) expect(sources[s], s).toBeDefined();
    }
  });

  it('holds the standard members of the groups people ask for', () => {
    expect(groupById('adductors')?.members).toEqual(
      expect.arrayContaining([
        'pectineus',
        'gracilis',
        'adductor-longus',
        'adductor-brevis',
        'adductor-magnus',
      ]),
    );
    expect(groupById('quadriceps')?.members).toHaveLength(4);
    expect(groupById('deep-hip-rotators')?.members).toHaveLength(6);
    expect(groupById('hamstrings')?.members).toEqual(
      expect.arrayContaining(['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head']),
    );
  });

  it('answers membership and lookups, and rejects unknown words', () => {
    expect(isGroupId('hamstrings')).toBe(true);
    expect(isGroupId('semitendinosus')).toBe(false);
    expect(isGroupId(42)).toBe(false);
    expect(isGroupMember('hamstrings', 'semitendinosus')).toBe(true);
    expect(isGroupMember('hamstrings', 'gracilis')).toBe(false);
    expect(isGroupMember(null, 'gracilis')).toBe(false);
    expect(isGroupMember('nonsense', 'gracilis')).toBe(false);
    expect(groupsOf('gracilis').map((g) => g.id)).toEqual(['adductors']);
    expect(groupsOf('femur')).toEqual([]);
  });
});
