/**
 * The referral maps as drawn: every muscle's map covers the pain sites its references name (the
 * sites are computed from the hand-drawn outlines, never listed by hand), and the representation
 * itself (islands, the seam at the front midline, smooth organic edges rather than boxes) behaves.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MuscleId, PainSiteId } from '../../src/anatomy/ids.ts';
import { muscles } from '../../src/anatomy/muscles/index.ts';
import { painSites } from '../../src/anatomy/pain-sites.ts';
import { outlinePolygon, regionContains } from '../../src/anatomy/surface-outline.ts';
import type { ReferralZone, SurfaceOutline } from '../../src/anatomy/types.ts';
import { zoneSites } from '../../src/anatomy/zone-coverage.ts';

type Source = 'travell-simons' | 'seed:000' | 'seed:001' | 'seed:002';

/**
 * The pain sites the references name for each muscle's map, as `[site, level, source]`: an
 * 'essential' site must be covered by one of the muscle's essential zones, a 'spillover' site by an
 * essential or a spillover zone. Checked against ../shared/reference/referral-patterns.md (T&S as
 * summarised by the public pages it cites) and the seeds; sites the old hand-written lists carried
 * but no reference names are left out (noted per muscle).
 */
type Row = readonly [site: PainSiteId, level: 'essential' | 'spillover', source: Source];

/** Keyed by muscle id, so a misspelt muscle fails to compile. */
const named: Partial<Record<MuscleId, readonly Row[]>> = {
  // TrP1 crescent from the SI joint along the cleft to the fold; TrP2 whole buttock, lower sacrum,
  // "sitting on a nail"; TrP1 spills onto the top of the back of the thigh.
  'gluteus-maximus': [
    ['sacroiliac', 'essential', 'travell-simons'],
    ['buttock', 'essential', 'travell-simons'],
    ['ischial-tuberosity', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
  ],
  // TrP1 posterior crest, SI joint and sacrum ("low back pain"); TrP2 lateral and middle buttock
  // spilling onto the upper posterolateral thigh; TrP3 along the crest.
  'gluteus-medius': [
    ['sacroiliac', 'essential', 'travell-simons'],
    ['buttock', 'essential', 'travell-simons'],
    ['low-back', 'essential', 'travell-simons'],
    ['lateral-hip', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
  ],
  // Anterior part: lower lateral buttock, lateral thigh and knee, spilling down the outer leg;
  // posterior part: lower medial buttock and back of the thigh, spilling down the calf; seed 001's
  // "seizing hamstring" at the back of the thigh, back of the hip or calf.
  'gluteus-minimus': [
    ['buttock', 'essential', 'travell-simons'],
    ['lateral-hip', 'essential', 'travell-simons'],
    ['lateral-thigh', 'essential', 'travell-simons'],
    ['lateral-knee', 'essential', 'travell-simons'],
    ['ischial-tuberosity', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'essential', 'travell-simons'],
    ['posterior-thigh-middle', 'essential', 'seed:001'],
    ['posterior-thigh-distal', 'essential', 'travell-simons'],
    ['lateral-leg', 'spillover', 'travell-simons'],
    ['popliteal-fossa', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
    ['calf-middle', 'spillover', 'seed:001'],
  ],
  // SI region, buttock and back of the hip; spillover over the upper two-thirds of the back of the thigh.
  piriformis: [
    ['sacroiliac', 'essential', 'travell-simons'],
    ['buttock', 'essential', 'travell-simons'],
    ['ischial-tuberosity', 'spillover', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
    ['posterior-thigh-middle', 'spillover', 'travell-simons'],
  ],
  // The anterolateral hip over the trochanter; spillover down the outer thigh toward the knee (the
  // old list's outer knee is not named: "toward", not "to").
  'tensor-fasciae-latae': [
    ['lateral-hip', 'essential', 'travell-simons'],
    ['lateral-thigh', 'spillover', 'travell-simons'],
  ],
  // A band beside the lumbar spine to the SI region and upper buttock; spillover groin and upper front thigh.
  iliopsoas: [
    ['low-back', 'essential', 'travell-simons'],
    ['sacroiliac', 'essential', 'travell-simons'],
    ['buttock', 'essential', 'travell-simons'],
    ['groin', 'spillover', 'travell-simons'],
    ['anterior-thigh', 'spillover', 'travell-simons'],
  ],
  // Along the strap's diagonal course from the front of the hip to the inner knee.
  sartorius: [
    ['groin', 'essential', 'travell-simons'],
    ['anterior-thigh', 'essential', 'travell-simons'],
    ['medial-thigh', 'essential', 'travell-simons'],
    ['medial-knee', 'essential', 'travell-simons'],
  ],
  'rectus-femoris': [
    ['anterior-knee', 'essential', 'travell-simons'],
    ['anterior-thigh', 'spillover', 'travell-simons'],
  ],
  // The outer thigh from the trochanter to the outer knee; lateral border of the kneecap; the distal
  // posterior point behind and posterolateral to the knee. (The old list's middle and lower back of the
  // thigh are not named by the references.)
  'vastus-lateralis': [
    ['lateral-thigh', 'essential', 'travell-simons'],
    ['lateral-knee', 'essential', 'travell-simons'],
    ['lateral-hip', 'essential', 'travell-simons'],
    ['anterior-knee', 'spillover', 'travell-simons'],
    ['posterolateral-knee', 'spillover', 'travell-simons'],
    ['popliteal-fossa', 'spillover', 'travell-simons'],
  ],
  'vastus-intermedius': [['anterior-thigh', 'essential', 'travell-simons']],
  'vastus-medialis': [
    ['anterior-knee', 'essential', 'travell-simons'],
    ['medial-knee', 'essential', 'travell-simons'],
    ['medial-thigh', 'spillover', 'travell-simons'],
  ],
  // Deep groin below the inguinal ligament, spilling onto the upper front-inner thigh.
  pectineus: [
    ['groin', 'essential', 'travell-simons'],
    ['medial-thigh', 'spillover', 'travell-simons'],
    ['anterior-thigh', 'spillover', 'travell-simons'],
  ],
  // Proximal points: groin and upper anteromedial thigh; distal points: upper inner knee.
  'adductor-longus': [
    ['groin', 'essential', 'travell-simons'],
    ['medial-thigh', 'essential', 'travell-simons'],
    ['anterior-thigh', 'spillover', 'travell-simons'],
    ['medial-knee', 'essential', 'travell-simons'],
  ],
  // No separate brevis pattern is published: the longus's proximal pattern.
  'adductor-brevis': [
    ['groin', 'essential', 'travell-simons'],
    ['medial-thigh', 'essential', 'travell-simons'],
    ['anterior-thigh', 'spillover', 'travell-simons'],
  ],
  // TrP1: the anteromedial thigh from the groin to just above the knee (TrP2 is inside the pelvis).
  'adductor-magnus': [
    ['medial-thigh', 'essential', 'travell-simons'],
    ['anterior-thigh', 'essential', 'travell-simons'],
    ['groin', 'essential', 'travell-simons'],
  ],
  // Up and down the inner thigh along the whole muscle, to the inner knee.
  gracilis: [
    ['medial-thigh', 'essential', 'travell-simons'],
    ['medial-knee', 'essential', 'travell-simons'],
  ],
  // Upward to the gluteal fold; spillover down the posteromedial thigh to the back of the knee and
  // onto the medial calf. (The back-inner thigh lies in the back-of-the-thigh sites, which reach
  // 230°: the old list's inner thigh, 228–328°, is not what "posteromedial" names.)
  semitendinosus: [
    ['ischial-tuberosity', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'essential', 'travell-simons'],
    ['posterior-thigh-middle', 'spillover', 'travell-simons'],
    ['posterior-thigh-distal', 'spillover', 'travell-simons'],
    ['popliteal-fossa', 'spillover', 'travell-simons'],
    ['posteromedial-knee', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
  ],
  semimembranosus: [
    ['ischial-tuberosity', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'essential', 'travell-simons'],
    ['posterior-thigh-middle', 'spillover', 'travell-simons'],
    ['posterior-thigh-distal', 'spillover', 'travell-simons'],
    ['popliteal-fossa', 'spillover', 'travell-simons'],
    ['posteromedial-knee', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
  ],
  // Behind the knee, weighted to the outer side (seed 001: the lateral hamstring's pain behind the
  // knee); spillover up the posterolateral thigh toward the fold and onto the top of the calf. (The
  // back-outer thigh lies in the back-of-the-thigh sites, from 135°; the old list's outer thigh and
  // outer leg are not named by the references.)
  'biceps-femoris-long-head': [
    ['popliteal-fossa', 'essential', 'seed:001'],
    ['posterolateral-knee', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
    ['posterior-thigh-middle', 'spillover', 'travell-simons'],
    ['posterior-thigh-distal', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
  ],
  'biceps-femoris-short-head': [
    ['popliteal-fossa', 'essential', 'travell-simons'],
    ['posterolateral-knee', 'essential', 'travell-simons'],
    ['posterior-thigh-distal', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
  ],
  // High points just above the knee crease: the back of the knee (seed 000); TrP1 (instep, off the
  // model) spills from the lower back of the thigh through the knee down the posteromedial calf.
  'gastrocnemius-medial-head': [
    ['popliteal-fossa', 'essential', 'seed:000'],
    ['posteromedial-knee', 'essential', 'seed:002'],
    ['posterior-thigh-distal', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
    ['calf-middle', 'spillover', 'travell-simons'],
  ],
  // The lateral-head point refers locally over the posterolateral calf (and, NAMTPT, the outer leg
  // below the knee); the high point behind the knee.
  'gastrocnemius-lateral-head': [
    ['calf-proximal', 'essential', 'travell-simons'],
    ['popliteal-fossa', 'essential', 'seed:000'],
    ['posterolateral-knee', 'essential', 'seed:002'],
    ['calf-middle', 'spillover', 'travell-simons'],
    ['lateral-leg', 'spillover', 'travell-simons'],
  ],
  plantaris: [
    ['popliteal-fossa', 'essential', 'travell-simons'],
    ['posterolateral-knee', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
    ['calf-middle', 'spillover', 'travell-simons'],
  ],
  // TrP1 heel; TrP2 upper and middle calf; TrP3 the sacroiliac joint.
  soleus: [
    ['heel', 'essential', 'travell-simons'],
    ['calf-proximal', 'essential', 'travell-simons'],
    ['calf-middle', 'essential', 'travell-simons'],
    ['sacroiliac', 'essential', 'travell-simons'],
  ],
  // The short lateral rotators: T&S give them a pattern like piriformis's (buttock over the back of
  // the hip, spilling down the back of the thigh); obturator internus also the anococcygeal region.
  'gemellus-superior': [
    ['buttock', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
  ],
  'gemellus-inferior': [
    ['buttock', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
  ],
  'obturator-internus': [
    ['buttock', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
  ],
  'quadratus-femoris': [
    ['buttock', 'essential', 'travell-simons'],
    ['ischial-tuberosity', 'essential', 'travell-simons'],
    ['posterior-thigh-proximal', 'spillover', 'travell-simons'],
  ],
  popliteus: [
    ['popliteal-fossa', 'essential', 'travell-simons'],
    ['posteromedial-knee', 'spillover', 'travell-simons'],
    ['calf-proximal', 'spillover', 'travell-simons'],
  ],
};

const mapped = muscles.filter((m) => m.triggerPoints.length > 0);

function coverage(id: string): { essential: Set<PainSiteId>; either: Set<PainSiteId> } {
  const muscle = muscles.find((m) => m.id === id)!;
  const essential = new Set<PainSiteId>();
  const either = new Set<PainSiteId>();
  for (const tp of muscle.triggerPoints) {
    const sites = zoneSites(tp.zone);
    for (const s of sites.essential) {
      essential.add(s);
      either.add(s);
    }
    for (const s of sites.spillover) either.add(s);
  }
  return { essential, either };
}

describe('every muscle map covers the pain sites its references name', () => {
  it('names every muscle with trigger points, and only sites and muscles that exist', () => {
    expect(Object.keys(named).sort()).toEqual(mapped.map((m) => m.id as string).sort());
    const siteIds = new Set(painSites.map((s) => s.id));
    for (const rows of Object.values(named)) for (const [site] of rows ?? []) expect(siteIds).toContain(site);
  });

  it.each(Object.entries(named).map(([id, rows]) => [id, rows ?? []] as const))('%s', (id, rows) => {
    const { essential, either } = coverage(id);
    const missing = rows
      .filter(([site, level]) => !(level === 'essential' ? essential : either).has(site))
      .map(([site, level, source]) => `${site} (${level}, ${source})`);
    expect(missing).toEqual([]);
  });

  it('gives every zone drawn on the skin an essential zone that covers some pain site', () => {
    const empty: string[] = [];
    for (const m of mapped)
      for (const tp of m.triggerPoints) {
        // Only a zone whose essential pain lies off the modelled skin (the instep, inside the
        // pelvis) may have none, and it must say where.
        if (tp.zone.essential.length === 0) {
          if (!tp.zone.beyondModel) empty.push(`${tp.id}: no essential zone and no beyondModel`);
          continue;
        }
        if (zoneSites(tp.zone).essential.length === 0) empty.push(tp.id);
      }
    expect(empty).toEqual([]);
  });

  it('keeps every trigger point sourced', () => {
    for (const m of mapped) for (const tp of m.triggerPoints) expect(tp.sources.length).toBeGreaterThan(0);
  });
});

describe('zone representation', () => {
  /** A smooth oval island of about ±`da` degrees by ±`dy` metres round a centre. */
  const oval = (a: number, y: number, da: number, dy: number): SurfaceOutline =>
    Array.from({ length: 8 }, (_, i) => {
      const t = (i / 8) * 2 * Math.PI;
      return [a + da * Math.cos(t), y + dy * Math.sin(t)] as const;
    });

  it('covers both islands of a two-island zone and not the gap between them', () => {
    const region = [oval(180, -0.2, 20, 0.04), oval(180, -0.6, 20, 0.04)];
    expect(regionContains(region, { angle: 180, y: -0.2 })).toBe(true);
    expect(regionContains(region, { angle: 180, y: -0.6 })).toBe(true);
    expect(regionContains(region, { angle: 180, y: -0.4 })).toBe(false);
    // The same by the site rule: the thigh and calf islands reach their sites, the knee between does not.
    const zone: ReferralZone = { essential: region, spillover: [] };
    const sites = zoneSites(zone).essential;
    expect(sites).toEqual(expect.arrayContaining(['posterior-thigh-proximal', 'calf-proximal']));
    expect(sites).not.toContain('popliteal-fossa');
  });

  it('keeps the real two-island zones apart: gluteus minimus (seed 001 point) at the hip and the calf, not the knee', () => {
    const spill = muscles.find((m) => m.id === 'gluteus-minimus')!.triggerPoints[2]!.zone.spillover;
    expect(spill).toHaveLength(2);
    expect(regionContains(spill, { angle: 155, y: -0.045 })).toBe(true);
    expect(regionContains(spill, { angle: 185, y: -0.65 })).toBe(true);
    expect(regionContains(spill, { angle: 185, y: -0.3 })).toBe(false);
    expect(regionContains(spill, { angle: 185, y: -0.48 })).toBe(false);
  });

  it('wraps round the front midline: an outline from -20° to 30° covers 355° and 5°, not 180°', () => {
    const front = [oval(5, -0.25, 25, 0.06)];
    expect(regionContains(front, { angle: 355, y: -0.25 })).toBe(true);
    expect(regionContains(front, { angle: 5, y: -0.25 })).toBe(true);
    expect(regionContains(front, { angle: -5, y: -0.25 })).toBe(true);
    expect(regionContains(front, { angle: 180, y: -0.25 })).toBe(false);
    // Drawn past 360 instead of below 0, it is the same place.
    const past = [oval(365, -0.25, 25, 0.06)];
    expect(regionContains(past, { angle: 355, y: -0.25 })).toBe(true);
    expect(regionContains(past, { angle: 5, y: -0.25 })).toBe(true);
    expect(zoneSites({ essential: front, spillover: [] }).essential).toEqual(['anterior-thigh']);
    // Real data: vastus medialis runs from the kneecap (drawn at -5°…8°) round to the inner knee.
    const vm = muscles.find((m) => m.id === 'vastus-medialis')!.triggerPoints[0]!.zone.essential;
    expect(regionContains(vm, { angle: 0, y: -0.44 })).toBe(true);
    expect(regionContains(vm, { angle: 355, y: -0.45 })).toBe(true);
    expect(regionContains(vm, { angle: 300, y: -0.47 })).toBe(true);
    expect(regionContains(vm, { angle: 180, y: -0.47 })).toBe(false);
  });

  const outlines = mapped.flatMap((m) =>
    m.triggerPoints.flatMap((tp) =>
      [...tp.zone.essential, ...tp.zone.spillover].map((o, i) => ({ name: `${tp.id} island ${i + 1}`, o })),
    ),
  );

  it('draws every island with 6 to 16 control points', () => {
    const off = outlines
      .filter(({ o }) => o.length < 6 || o.length > 16)
      .map(({ name, o }) => `${name}: ${o.length}`);
    expect(off).toEqual([]);
  });

  it('draws no box: no outline on just two heights and two angles, no long axis-aligned edge meeting a right angle', () => {
    const boxes: string[] = [];
    for (const { name, o } of outlines) {
      const heights = new Set(o.map((p) => p[1].toFixed(3)));
      const angles = new Set(o.map((p) => p[0].toFixed(1)));
      if (heights.size <= 2 || angles.size <= 2)
        boxes.push(`${name}: on ${heights.size} heights, ${angles.size} angles`);
      const n = o.length;
      const axis = (a: readonly [number, number], b: readonly [number, number]) => {
        const da = Math.abs(b[0] - a[0]);
        const dy = Math.abs(b[1] - a[1]);
        // Long: over 3 cm of height, or over 20° of arc (about 3 cm on the thigh).
        if (da < 0.5 && dy > 0.03) return 'vertical';
        if (dy < 0.002 && da > 20) return 'horizontal';
        return null;
      };
      const kind = (a: readonly [number, number], b: readonly [number, number]) => {
        const da = Math.abs(b[0] - a[0]);
        const dy = Math.abs(b[1] - a[1]);
        if (da < 0.5 && dy > 0) return 'vertical';
        if (dy < 0.002 && da > 0) return 'horizontal';
        return null;
      };
      for (let i = 0; i < n; i++) {
        const a = o[i]!;
        const b = o[(i + 1) % n]!;
        const c = o[(i + 2) % n]!;
        const long = axis(a, b);
        const next = kind(b, c);
        if (long && next && next !== long)
          boxes.push(`${name}: points ${i + 1}-${((i + 1) % n) + 1} form a ${long} edge into a corner`);
      }
    }
    expect(boxes).toEqual([]);
  });

  it('draws every island as one simple closed curve (the smoothed outline never crosses itself)', () => {
    type P = readonly [number, number];
    const cross = (o: P, a: P, b: P) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    const intersects = (p1: P, p2: P, q1: P, q2: P) =>
      cross(p1, p2, q1) * cross(p1, p2, q2) < 0 && cross(q1, q2, p1) * cross(q1, q2, p2) < 0;
    const crossing: string[] = [];
    for (const { name, o } of outlines) {
      // Height in degrees' worth of arc, so both axes weigh alike.
      const poly = outlinePolygon(o).map(([a, y]) => [a, y / 0.0014] as const);
      const n = poly.length;
      outer: for (let i = 0; i < n; i++)
        for (let j = i + 2; j < n; j++) {
          if (i === 0 && j === n - 1) continue;
          if (intersects(poly[i]!, poly[(i + 1) % n]!, poly[j]!, poly[(j + 1) % n]!)) {
            crossing.push(name);
            break outer;
          }
        }
    }
    expect(crossing).toEqual([]);
  });

  it('has no provisional box helper left: patch.ts is gone', () => {
    expect(existsSync(new URL('../../src/anatomy/muscles/patch.ts', import.meta.url))).toBe(false);
  });
});
