import { describe, expect, it } from 'vitest';
import { musclesAttachedTo } from '../../src/anatomy/attached-muscles.ts';
import { kb } from '../../src/anatomy/index.ts';

const ids = (structure: string) => musclesAttachedTo(structure).map((a) => a.muscle);
const rolesOf = (structure: string, muscle: string) =>
  musclesAttachedTo(structure).find((a) => a.muscle === muscle)?.roles;

describe('musclesAttachedTo', () => {
  it('lists the hamstrings (and adductor magnus) on the ischial tuberosity, as origins', () => {
    expect(ids('ischial-tuberosity')).toEqual(
      expect.arrayContaining(['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head']),
    );
    expect(rolesOf('ischial-tuberosity', 'semitendinosus')).toEqual(['origin']);
    expect(ids('ischial-tuberosity')).not.toContain('biceps-femoris-short-head');
  });

  it('lists the three muscles of the pes anserinus as insertions', () => {
    expect(ids('pes-anserinus').sort()).toEqual(['gracilis', 'sartorius', 'semitendinosus']);
    for (const m of ids('pes-anserinus')) expect(rolesOf('pes-anserinus', m)).toEqual(['insertion']);
  });

  it('collects every attachment on a bone, whatever its landmark', () => {
    const onFemur = ids('femur');
    for (const muscle of kb.muscles) {
      const touches = [...muscle.origins, ...muscle.insertions].some((a) => a.bone === 'femur');
      expect(onFemur.includes(muscle.id), muscle.id).toBe(touches);
    }
    expect(onFemur).toContain('gluteus-medius'); // greater trochanter
    expect(onFemur).toContain('vastus-lateralis');
  });

  it('gives nothing for a muscle, a nerve or an unknown word', () => {
    expect(musclesAttachedTo('soleus')).toEqual([]);
    expect(musclesAttachedTo('sciatic-nerve')).toEqual([]);
    expect(musclesAttachedTo('nonsense')).toEqual([]);
  });
});
