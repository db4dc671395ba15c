import { describe, expect, it } from 'vitest';
import {
  apply,
  gait2392Lines,
  jointCentres,
  lineLength,
  notStretched,
  poseIds,
  poses,
  segmentTransforms,
  standing,
  stretchOf,
  stretches,
  type JointAngles,
  type Vec3,
} from '../../src/kinematics/index.ts';
import { selfTests } from '../../src/anatomy/self-tests.ts';
import { muscleIds, selfTestIds, type MuscleId } from '../../src/anatomy/ids.ts';

const at = (a: Partial<JointAngles>): JointAngles => ({ ...standing, ...a });
const sub = (a: Vec3, b: Vec3) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]] as const;
const length = (v: Vec3) => Math.hypot(...v);
const ankle = jointCentres.ankle;
const knee = jointCentres.knee;
const hip = jointCentres.hip;

describe('joint kinematics', () => {
  it('standing leaves every segment where it is', () => {
    const t = segmentTransforms(standing);
    for (const s of Object.values(t)) expect(apply(s, [0.1, -0.5, 0.2])).toEqual([0.1, -0.5, 0.2]);
  });

  it('hip flexion swings the knee forward and up about the hip centre, bones rigid', () => {
    const t = segmentTransforms(at({ hipFlexion: 90 }));
    const k = apply(t.femur, knee);
    expect(length(sub(k, hip))).toBeCloseTo(length(sub(knee, hip)), 9);
    expect(k[2]).toBeGreaterThan(hip[2] + 0.35); // thigh points forward
    expect(k[1]).toBeCloseTo(hip[1], 1);
    expect(apply(t.pelvis, knee)).toEqual(knee);
  });

  it('hip adduction carries the right foot toward the midline (+X), internal rotation turns the foot in', () => {
    const add = apply(segmentTransforms(at({ hipAdduction: 20 })).foot, ankle);
    expect(add[0]).toBeGreaterThan(ankle[0] + 0.2);
    const toes: Vec3 = [ankle[0], ankle[1], ankle[2] + 0.15];
    const inward = apply(segmentTransforms(at({ hipRotation: 30 })).foot, toes);
    expect(inward[0]).toBeGreaterThan(toes[0] + 0.05);
  });

  it('knee flexion swings the shin back about the knee; the thigh stays', () => {
    const t = segmentTransforms(at({ kneeFlexion: 90 }));
    const a = apply(t.tibia, ankle);
    expect(a[2]).toBeCloseTo(knee[2] - (knee[1] - ankle[1]), 9);
    expect(a[1]).toBeCloseTo(knee[1], 9);
    expect(apply(t.femur, knee)).toEqual(knee);
  });

  it('dorsiflexion lifts the toes, plantarflexion lowers them (gait2392 oblique ankle axis)', () => {
    const toes: Vec3 = [-0.0925, -0.93587, 0.05483]; // gait2392 toes_r origin
    expect(apply(segmentTransforms(at({ ankleDorsiflexion: 20 })).foot, toes)[1]).toBeGreaterThan(
      toes[1] + 0.03,
    );
    expect(apply(segmentTransforms(at({ ankleDorsiflexion: -30 })).foot, toes)[1]).toBeLessThan(
      toes[1] - 0.04,
    );
  });

  it('joints chain: after hip flexion the knee still bends about the moved knee', () => {
    const t = segmentTransforms(at({ hipFlexion: 90, kneeFlexion: 90 }));
    const k = apply(t.tibia, knee);
    expect(k).toEqual(apply(t.femur, knee).map((x) => expect.closeTo(x, 9)));
    // Hip and knee at 90: the shin hangs straight down from the forward-pointing thigh.
    const a = apply(t.tibia, ankle);
    expect(a[1]).toBeCloseTo(k[1] - 0.43, 2);
  });
});

describe('path lengths', () => {
  const slr = poses['straight-leg-raise'].angles;
  const heel = poses['heel-to-buttock'].angles;

  it('a straight-leg raise lengthens the three long hamstrings by well over 10 % and leaves the short head unchanged', () => {
    for (const m of ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head'] as const)
      expect(stretchOf(m, slr)).toBeGreaterThan(12);
    expect(stretchOf('biceps-femoris-short-head', slr)).toBeCloseTo(0, 6);
    expect(stretches(slr).map((s) => s.muscle)).not.toContain('biceps-femoris-short-head');
  });

  it('heel to buttock lengthens rectus femoris and shortens every hamstring', () => {
    expect(stretchOf('rectus-femoris', heel)).toBeGreaterThan(10);
    for (const m of [
      'semitendinosus',
      'semimembranosus',
      'biceps-femoris-long-head',
      'biceps-femoris-short-head',
    ] as const)
      expect(stretchOf(m, heel)).toBeLessThan(-10);
  });

  it('hip flexion shortens iliopsoas; ankle dorsiflexion lengthens soleus, tiptoe shortens it', () => {
    expect(stretchOf('iliopsoas', slr)).toBeLessThan(-10);
    expect(stretchOf('soleus', at({ ankleDorsiflexion: 15 }))).toBeGreaterThan(2);
    expect(stretchOf('soleus', poses['tiptoe-push-off'].angles)).toBeLessThan(-5);
  });

  it('standing lengths are the reference paths: semitendinosus about 0.5 m, soleus about 0.3 m', () => {
    const line = (name: string) => gait2392Lines.find((l) => l.line === name)!;
    expect(lineLength(line('semiten_r'), standing)).toBeGreaterThan(0.45);
    expect(lineLength(line('semiten_r'), standing)).toBeLessThan(0.55);
    expect(lineLength(line('soleus_r'), standing)).toBeCloseTo(0.29, 1);
  });

  it('the stretch list is sorted by size of change and only lists muscles crossing a moved joint', () => {
    const list = stretches(poses['tiptoe-push-off'].angles);
    expect(list.map((s) => s.muscle).sort()).toEqual([
      'gastrocnemius-lateral-head',
      'gastrocnemius-medial-head',
      'soleus',
    ]);
    const sizes = stretches(slr).map((s) => Math.abs(s.percent));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe('poses', () => {
  it('every pose is a self-test, keyed by its own id, and cites sources that test cites', () => {
    for (const id of poseIds) {
      expect(selfTestIds).toContain(id);
      expect(poses[id].id).toBe(id);
      const test = selfTests.find((t) => t.id === id)!;
      for (const s of poses[id].sources) expect(test.sources).toContain(s);
    }
  });

  it('the straight-leg raise is about 70 deg of hip flexion with a straight knee', () => {
    expect(poses['straight-leg-raise'].angles).toEqual(at({ hipFlexion: 70 }));
  });

  // Issue 14, item 4: what a self-test implicates is among what its pose stretches or loads.
  it('each implicated muscle is stretched or loaded by its pose, or a named exception with a reason', () => {
    const threshold = 1; // percent: below this a length change is noise
    const failures: string[] = [];
    for (const id of poseIds) {
      const pose = poses[id];
      const test = selfTests.find((t) => t.id === id)!;
      for (const { structure } of test.positive) {
        if (!(muscleIds as readonly string[]).includes(structure)) continue;
        const muscle = structure as MuscleId;
        const change = stretchOf(muscle, pose.angles);
        const stretched = change !== undefined && change > threshold;
        const working = pose.effort !== 'passive' && change !== undefined && change < -threshold;
        const held = pose.holds?.some((h) => h.muscle === muscle) ?? false;
        const excused = notStretched.find((e) => e.pose === id && e.muscle === muscle);
        if (stretched || working || held) {
          // An exception that no longer applies must go.
          if (excused) failures.push(`${id}: ${muscle} is excused but ${stretched ? 'stretched' : 'loaded'}`);
        } else if (!excused) failures.push(`${id}: ${muscle} (${change?.toFixed(1) ?? 'no path'} %)`);
        else expect(excused.reason.length).toBeGreaterThan(40);
      }
    }
    expect(failures).toEqual([]);
  });

  it('every exception names a muscle the test implicates (none stale)', () => {
    for (const e of notStretched) {
      const test = selfTests.find((t) => t.id === e.pose)!;
      expect(test.positive.map((p) => p.structure)).toContain(e.muscle);
    }
  });
});
