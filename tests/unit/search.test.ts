import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSearch,
  editDistance,
  searchGroups,
  searchPainSites,
  searchStructures,
  searchWords,
} from '../../src/anatomy/search.ts';

const topId = (query: string) => searchStructures(query)[0]?.id;
const topIds = (query: string, n: number) => searchStructures(query, n).map((r) => r.id);

describe('searchWords', () => {
  it('ignores case, hyphens, apostrophes, accents, plurals and filler words', () => {
    expect(searchWords('Back-of-the KNEES')).toEqual(['back', 'knee']);
    expect(searchWords("Gerdy's tubercle")).toEqual(['gerdy', 'tubercle']);
    expect(searchWords('Calves')).toEqual(['calf']);
    expect(searchWords('Hamstrings')).toEqual(['hamstring']);
    expect(searchWords('Grass')).toEqual(['grass']);
    expect(searchWords('Fémur')).toEqual(['femur']);
  });
});

describe('editDistance', () => {
  it('counts edits and adjacent swaps, and gives up past the budget', () => {
    expect(editDistance('soleus', 'soleus', 2)).toBe(0);
    expect(editDistance('soleus', 'soelus', 2)).toBe(1);
    expect(editDistance('sartorious', 'sartorius', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('createSearch ranking', () => {
  const search = createSearch([
    { id: 'c', name: 'Patellar ligament', fields: [{ text: 'Patellar ligament', weight: 0 }] },
    { id: 'b', name: 'Pat', fields: [{ text: 'Pat', weight: 0 }] },
    { id: 'a', name: 'Patella', fields: [{ text: 'Patella', weight: 0 }] },
    { id: 'd', name: 'Patela', fields: [{ text: 'Patela', weight: 0 }] },
  ]);

  it('puts an exact match first, then prefixes, then typos', () => {
    expect(search('patell').map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(search('patella').map((r) => r.id)[0]).toBe('a');
    expect(search('pat').map((r) => r.id)[0]).toBe('b');
  });

  it('takes a word that is itself a name as meant, not as a typo of a neighbour', () => {
    // "patella" is a word of the data, so "Patela" (one letter away) is not offered for it...
    expect(search('patella').map((r) => r.id)).toEqual(['a', 'c']);
    // ...while a word found nowhere still reaches its nearest names.
    expect(search('patelal').map((r) => r.id)).toEqual(expect.arrayContaining(['a', 'd']));
  });

  it('falls back to the entries matching some of the words when none matches them all', () => {
    expect(search('patella xqzvw').map((r) => r.id)[0]).toBe('a');
    expect(search('patella ligament').map((r) => r.id)).toEqual(['c']);
  });

  it('returns nothing for an empty or meaningless query and honours the limit', () => {
    expect(search('')).toEqual([]);
    expect(search('  --  ')).toEqual([]);
    expect(search('the of')).toEqual([]);
    expect(search('pat', 1)).toHaveLength(1);
  });
});

describe('searchStructures', () => {
  it('finds lay names', () => {
    expect(topId('sit bone')).toBe('ischial-tuberosity');
    expect(topId('sitting bones')).toBe('ischial-tuberosity');
    expect(topId('glute max')).toBe('gluteus-maximus');
    expect(topId('IT band')).toBe('iliotibial-tract');
    expect(topId('ITB')).toBe('iliotibial-tract');
    expect(topId('achilles')).toBe('calcaneal-tendon');
    expect(topId('kneecap')).toBe('patella');
    expect(topId('knee cap')).toBe('patella');
    expect(topId('thigh bone')).toBe('femur');
    expect(topId('shin bone')).toBe('tibia');
  });

  it('finds the hamstrings by their lay name, singular or plural', () => {
    const hamstrings = ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'];
    for (const q of ['hamstring', 'Hamstrings', 'hammy']) {
      expect(topIds(q, 4), q).toEqual(expect.arrayContaining(hamstrings));
    }
  });

  it('finds display names, ids and Latin names regardless of case and hyphens', () => {
    expect(topId('GLUTEUS-MAXIMUS')).toBe('gluteus-maximus');
    expect(topId('biceps femoris long head')).toBe('biceps-femoris-long-head');
    expect(topId('tensor fasciae latae')).toBe('tensor-fasciae-latae');
    expect(topId('os coxae')).toBe('hip-bone');
    expect(topId('Skin')).toBe('skin');
  });

  it('tolerates small typos', () => {
    expect(topId('semitendinosis')).toBe('semitendinosus');
    expect(topId('sartorious')).toBe('sartorius');
    expect(topId('piriformes')).toBe('piriformis');
    expect(topIds('gastrocnemeus', 2).sort()).toEqual([
      'gastrocnemius-lateral-head',
      'gastrocnemius-medial-head',
    ]);
  });

  it('ranks the exact name before names that merely start with it', () => {
    expect(topId('soleus')).toBe('soleus');
    expect(topId('patella')).toBe('patella');
    expect(topId('femur')).toBe('femur');
    expect(topIds('gluteus', 3).sort()).toEqual(['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus']);
  });

  it('says which name matched and gives each structure once', () => {
    const [hit] = searchStructures('sit bone');
    expect(hit?.matched.toLowerCase()).toBe('sit bone');
    expect(hit?.name).not.toBe('sit bone');
    const ids = searchStructures('bone', 50).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds a group's members by the group name, not its one-letter neighbours", () => {
    const adductors = topIds('adductors', 10);
    expect(adductors).toEqual(
      expect.arrayContaining([
        'pectineus',
        'gracilis',
        'adductor-longus',
        'adductor-brevis',
        'adductor-magnus',
      ]),
    );
    // "hip abductor" is one letter from "hip adductor": not a match for a word the data uses.
    expect(adductors).not.toContain('gluteus-medius');
    expect(adductors.indexOf('gracilis')).toBeLessThan(adductors.indexOf('adductor-tubercle'));
    const quads = ['rectus-femoris', 'vastus-lateralis', 'vastus-intermedius', 'vastus-medialis'];
    expect(topIds('quadriceps', 4).sort()).toEqual([...quads].sort());
    expect(topIds('quads', 4).sort()).toEqual([...quads].sort());
  });

  it('finds something sensible for "hamstring tendon"', () => {
    const ids = topIds('hamstring tendon', 4);
    expect(ids[0]).toBe('ischial-tuberosity'); // the common tendon's origin
    expect(ids).toEqual(expect.arrayContaining(['semitendinosus', 'biceps-femoris-long-head']));
    expect(ids).not.toContain('calcaneal-tendon');
  });

  it('does not read "sit bone" as "shin bone" or "hip bone"', () => {
    const ids = searchStructures('sit bone').map((r) => r.id);
    expect(ids[0]).toBe('ischial-tuberosity');
    expect(ids).not.toContain('tibia');
    expect(ids).not.toContain('medial-tibial-surface');
    expect(ids).not.toContain('hip-bone');
  });

  it('finds nothing for nonsense', () => {
    expect(searchStructures('xqzvw')).toEqual([]);
    expect(searchStructures('')).toEqual([]);
  });

  it('never throws and never returns more than asked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 0, max: 20 }), (q, limit) => {
        expect(searchStructures(q, limit).length).toBeLessThanOrEqual(limit);
        expect(searchPainSites(q, limit).length).toBeLessThanOrEqual(limit);
      }),
    );
  }, 30_000); // generous: the machine is shared and fast-check runs 100 searches
});

describe('searchGroups', () => {
  it('finds the muscle groups by name, lay name and Latin name', () => {
    expect(searchGroups('hamstrings')[0]?.id).toBe('hamstrings');
    expect(searchGroups('adductors')[0]?.id).toBe('adductors');
    expect(searchGroups('quads')[0]?.id).toBe('quadriceps');
    expect(searchGroups('glutes')[0]?.id).toBe('gluteals');
    expect(searchGroups('deep six')[0]?.id).toBe('deep-hip-rotators');
    expect(searchGroups('calf muscles')[0]?.id).toBe('triceps-surae');
    expect(searchGroups('musculi ischiocrurales')[0]?.id).toBe('hamstrings');
    expect(searchGroups('abductors')).toEqual([]);
  });
});

describe('searchPainSites', () => {
  it('finds pain sites by their ids in words', () => {
    expect(searchPainSites('popliteal fossa')[0]?.id).toBe('popliteal-fossa');
    expect(searchPainSites('Heel')[0]?.id).toBe('heel');
    expect(searchPainSites('low back')[0]?.id).toBe('low-back');
  });

  it('finds pain sites by their plain labels', () => {
    expect(searchPainSites('back of the knee').map((r) => r.id)).toContain('popliteal-fossa');
    expect(searchPainSites('buttocks')[0]?.id).toBe('buttock');
  });
});
