/**
 * Geometry of the muscle data: attachments against the gait2392 reference figures, referral
 * zones against the pain sites computed from their shapes, and the pain sites' tiling of the skin. (The general
 * integrity of the knowledge base is tested in anatomy-integrity.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { landmarkIds, muscleIds, painSiteIds } from '../../src/anatomy/ids.ts';
import { landmarks } from '../../src/anatomy/landmarks.ts';
import { muscles } from '../../src/anatomy/muscles/index.ts';
import { painSites } from '../../src/anatomy/pain-sites.ts';
import { arcLength, patchContains, patchOverlap } from '../../src/anatomy/surface.ts';
import { isEmptyMask } from '../../src/anatomy/surface-grid.ts';
import { regionBounds, regionContains } from '../../src/anatomy/surface-outline.ts';
import { zoneMasks, zoneSites } from '../../src/anatomy/zone-coverage.ts';
import type { PainSiteId } from '../../src/anatomy/ids.ts';
import type { SurfacePatch, Vec3 } from '../../src/anatomy/types.ts';
import { gait2392Lines } from '../../src/generator/soft-tissue/gait2392.ts';

interface ReferencePoint {
  line: string;
  structure: string;
  role: 'origin' | 'insertion';
  at: Vec3;
}

/**
 * gait2392's origin and insertion points, from the repository's verbatim copy of
 * ../shared/reference/attachments.csv (a fresh clone has no ../shared).
 */
function gait2392Attachments(): ReferencePoint[] {
  return gait2392Lines.flatMap((line) =>
    line.points.flatMap((point) =>
      point.role === 'via'
        ? []
        : [{ line: line.line, structure: line.muscle, role: point.role, at: point.at }],
    ),
  );
}

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const triggerPoints = muscles.flatMap((m) => m.triggerPoints.map((tp) => ({ muscle: m.id, tp })));

describe('muscle attachments', () => {
  const reference = gait2392Attachments();

  it('reads every gait2392 muscle line of the reference (23 of our muscles, both ends)', () => {
    const structures = new Set(reference.map((r) => r.structure));
    expect(structures.size).toBe(23);
    for (const s of structures) expect(muscleIds).toContain(s);
    // Split muscles keep all their lines: three each for the glutei and adductor magnus, two for iliopsoas.
    const linesOf = (s: string) =>
      new Set(reference.filter((r) => r.structure === s).map((r) => r.line)).size;
    expect(linesOf('gluteus-maximus')).toBe(3);
    expect(linesOf('adductor-magnus')).toBe(3);
    expect(linesOf('iliopsoas')).toBe(2);
  });

  it.each(muscleIds.map((id) => [id]))(
    '%s: every gait2392 attachment point lies within 15 mm of its footprint',
    (id) => {
      const muscle = muscles.find((m) => m.id === id)!;
      const misses = reference
        .filter((r) => r.structure === id)
        .map((r) => {
          const footprint = (r.role === 'origin' ? muscle.origins : muscle.insertions).flatMap(
            (a) => a.points,
          );
          const nearest = Math.min(...footprint.map((p) => distance(p, r.at)));
          return { point: `${r.line} ${r.role}`, mm: Math.round(nearest * 1000) };
        })
        .filter((m) => m.mm > 15);
      expect(misses).toEqual([]);
    },
  );

  it('gives every footprint 2–8 points, and names a landmark on the same bone within 4 cm of it', () => {
    const problems: string[] = [];
    for (const m of muscles) {
      for (const a of [...m.origins, ...m.insertions]) {
        if (a.points.length < 2 || a.points.length > 8) problems.push(`${m.id}: ${a.points.length} points`);
        const landmark = landmarks.find((l) => l.id === a.landmark)!;
        if (landmark.bone !== a.bone) problems.push(`${m.id}: landmark ${a.landmark} is not on ${a.bone}`);
        // Psoas starts on the lumbar spine, which the model leaves out: its nearest modelled landmark is far away.
        const isPsoasOrigin = m.id === 'iliopsoas' && a.description.startsWith('Psoas');
        const nearest = Math.min(...a.points.map((p) => distance(p, landmark.position)));
        if (!isPsoasOrigin && nearest > 0.04)
          problems.push(`${m.id}: ${a.landmark} is ${Math.round(nearest * 1000)} mm from the footprint`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts the quadriceps on both the kneecap and, through the patellar ligament, the tibial tuberosity', () => {
    for (const id of [
      'rectus-femoris',
      'vastus-lateralis',
      'vastus-intermedius',
      'vastus-medialis',
    ] as const) {
      const muscle = muscles.find((m) => m.id === id)!;
      expect(muscle.insertions.map((a) => a.landmark)).toEqual(['patella-base', 'tibial-tuberosity']);
    }
  });
});

describe('landmarks', () => {
  const at = (id: (typeof landmarkIds)[number]) => landmarks.find((l) => l.id === id)!.position;

  it('has every landmark once, in the order of the vocabulary', () => {
    expect(landmarks.map((l) => l.id)).toEqual([...landmarkIds]);
  });

  it('sits where the reference models put the features (gait2392 frame)', () => {
    const hip: Vec3 = [-0.0835, -0.0661, -0.0707];
    const knee: Vec3 = [-0.0835, -0.4619, -0.0752];
    // Sit bone among the hamstring origins, below and behind the hip joint.
    expect(distance(at('ischial-tuberosity'), [-0.0669, -0.1033, -0.1238])).toBeLessThan(0.015);
    // Greater trochanter lateral to the hip joint by about 6 cm, at about its height.
    expect(hip[0] - at('greater-trochanter')[0]).toBeGreaterThan(0.045);
    expect(Math.abs(at('greater-trochanter')[1] - hip[1])).toBeLessThan(0.03);
    // Condyles either side of the knee, about 4–5 cm out.
    expect(knee[0] - at('lateral-femoral-condyle')[0]).toBeGreaterThan(0.035);
    expect(at('medial-femoral-condyle')[0] - knee[0]).toBeGreaterThan(0.035);
    // Kneecap and tuberosity in front of the knee; fibular head behind and outside it.
    expect(at('patella-base')[2]).toBeGreaterThan(knee[2] + 0.04);
    expect(at('tibial-tuberosity')[2]).toBeGreaterThan(knee[2] + 0.02);
    expect(at('fibular-head')[0]).toBeLessThan(knee[0] - 0.03);
    expect(at('fibular-head')[2]).toBeLessThan(knee[2]);
    // The iliac crest tops the pelvis; the heel is at the bottom, behind the ankle.
    expect(Math.max(...landmarks.map((l) => l.position[1]))).toBe(at('iliac-crest')[1]);
    expect(at('calcaneal-tuberosity')[2]).toBeLessThan(-0.0752 - 0.04);
  });
});

describe('referral zones', () => {
  /** Points of skin inside a site, on a 1° × 5 mm lattice over its patches. */
  const siteSamples = (id: PainSiteId) =>
    painSites
      .find((s) => s.id === id)!
      .patches.flatMap((p) => {
        const points: { angle: number; y: number }[] = [];
        const span = arcLength(p.angle[0], p.angle[1]);
        for (let y = p.y[0] + 0.0025; y < p.y[1]; y += 0.005)
          for (let d = 0.5; d < span; d += 1) points.push({ angle: p.angle[0] + d, y });
        return points;
      });

  it.each(triggerPoints.map(({ muscle, tp }) => [tp.id, muscle, tp] as const))(
    '%s: the sites computed from its shapes are really under them',
    (_id, _muscle, tp) => {
      const { zone } = tp;
      const sites = zoneSites(zone);
      // A computed essential site has skin inside the essential outlines; a spillover site has skin
      // inside the spillover outlines (not just inside the essential zone).
      for (const site of sites.essential)
        expect(
          siteSamples(site).some((c) => regionContains(zone.essential, c)),
          site,
        ).toBe(true);
      for (const site of sites.spillover)
        expect(
          siteSamples(site).some((c) => regionContains(zone.spillover, c)),
          site,
        ).toBe(true);
      // The outlines stay on the modelled skin, from below the heel to above the iliac crest.
      if (zone.essential.length + zone.spillover.length > 0) {
        const [, , low, high] = regionBounds([...zone.essential, ...zone.spillover]);
        expect(low).toBeGreaterThanOrEqual(-1.0);
        expect(high).toBeLessThanOrEqual(0.22);
      }
    },
  );

  it.each(triggerPoints.map(({ muscle, tp }) => [tp.id, muscle, tp] as const))(
    '%s: a spillover zone reaches beyond the essential one (stippled skin shows round it)',
    (_id, _muscle, tp) => {
      if (tp.zone.spillover.length === 0) return;
      expect(isEmptyMask(zoneMasks(tp.zone).spillover)).toBe(false);
    },
  );

  it('reaches every pain site from some zone', () => {
    const reached = new Set(
      triggerPoints.flatMap(({ tp }) => {
        const sites = zoneSites(tp.zone);
        return [...sites.essential, ...sites.spillover];
      }),
    );
    expect(painSiteIds.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('draws the patterns the sources name', () => {
    const sitesOf = (muscle: string, n: number) =>
      zoneSites(muscles.find((m) => m.id === muscle)!.triggerPoints[n - 1]!.zone);
    // Biceps femoris: essential behind the knee (T&S; seed:001's lateral-hamstring pattern).
    expect(sitesOf('biceps-femoris-long-head', 1).essential).toContain('popliteal-fossa');
    // Gastrocnemius high points just above the knee crease refer to the back of the knee (seed:000).
    expect(sitesOf('gastrocnemius-medial-head', 2).essential).toContain('popliteal-fossa');
    expect(sitesOf('gastrocnemius-lateral-head', 2).essential).toContain('popliteal-fossa');
    // Gluteus minimus: the seed's tennis-ball point gives the back-of-thigh pattern (seed:001).
    expect(sitesOf('gluteus-minimus', 3).essential).toContain('posterior-thigh-middle');
    expect(sitesOf('gluteus-minimus', 1).essential).toEqual(
      expect.arrayContaining(['lateral-thigh', 'lateral-knee']),
    );
    // Soleus TrP1 to the heel alone; medial hamstrings project upward to the gluteal fold.
    expect(sitesOf('soleus', 1).essential).toEqual(['heel']);
    expect(sitesOf('semitendinosus', 1).essential).toContain('ischial-tuberosity');
    // Adductor magnus TrP2 refers inside the pelvis, off the modelled skin.
    const magnus2 = muscles.find((m) => m.id === 'adductor-magnus')!.triggerPoints[1]!.zone;
    expect(magnus2.beyondModel).toMatch(/pelvis/);
    expect(magnus2.essential).toEqual([]);
  });
});

describe('pain sites', () => {
  const sitesAt = (y: number, angle: number) =>
    painSites.filter((s) => s.patches.some((p) => patchContains(p, { y, angle }))).map((s) => s.id);

  it('leave no gap over the thigh and knee', () => {
    const gaps: string[] = [];
    for (let y = -0.52; y <= -0.13; y += 0.005) {
      for (let angle = 0; angle < 360; angle += 2) {
        if (sitesAt(y, angle).length === 0) gaps.push(`y ${y.toFixed(3)} angle ${angle}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('leave no gap around the hip between the groin, the side of the hip and the buttock', () => {
    const gaps: string[] = [];
    for (let y = -0.13; y <= 0.0; y += 0.005) {
      for (let angle = 295; angle < 600; angle += 2) {
        const a = angle % 360;
        if (a > 240 && a < 295) continue; // the perineum: not modelled skin
        if (sitesAt(y, a).length === 0) gaps.push(`y ${y.toFixed(3)} angle ${a}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('name the expected site at familiar spots', () => {
    expect(sitesAt(-0.46, 180)).toContain('popliteal-fossa');
    expect(sitesAt(-0.12, 195)).toContain('ischial-tuberosity');
    expect(sitesAt(-0.08, 100)).toContain('lateral-hip');
    expect(sitesAt(-0.28, 180)).toEqual(['posterior-thigh-middle']);
    expect(sitesAt(-0.91, 180)).toEqual(['heel']);
    expect(sitesAt(0.12, 200)).toEqual(['low-back']);
  });

  it('overlap each other only at their borders (never more than 15% of the smaller site)', () => {
    const area = (patches: readonly SurfacePatch[]) =>
      patches.reduce((sum, p) => sum + (p.y[1] - p.y[0]) * arcLength(p.angle[0], p.angle[1]), 0);
    const shared = (a: readonly SurfacePatch[], b: readonly SurfacePatch[]) =>
      a.reduce((sum, pa) => sum + b.reduce((inner, pb) => inner + patchOverlap(pa, pb), 0), 0);
    const tooMuch: string[] = [];
    for (const a of painSites) {
      for (const b of painSites) {
        if (a.id >= b.id) continue;
        const fraction = shared(a.patches, b.patches) / Math.min(area(a.patches), area(b.patches));
        if (fraction > 0.15) tooMuch.push(`${a.id}/${b.id} ${Math.round(fraction * 100)}%`);
      }
    }
    expect(tooMuch).toEqual([]);
  });
});
