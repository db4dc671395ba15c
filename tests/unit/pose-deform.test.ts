import { describe, expect, it } from 'vitest';
import { apply, jointCentres, poses, segmentTransforms, type Vec3 } from '../../src/kinematics/index.ts';
import {
  blendField,
  blendFromDistances,
  boneBlend,
  patella,
  posePoint,
  poseValues,
  segmentBlend,
} from '../../src/scene/pose-deform.ts';

const close = (a: Vec3, b: Vec3) => a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 9));
const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('posing the model (the vertex shader formula)', () => {
  const probe: Vec3 = [-0.1, -0.7, -0.05];
  it('a fully weighted vertex moves exactly as its kinematic segment, in every pose', () => {
    for (const { angles } of Object.values(poses)) {
      const t = segmentTransforms(angles);
      const v = poseValues(angles);
      for (const segment of ['pelvis', 'femur', 'tibia', 'foot'] as const)
        close(posePoint(probe, segmentBlend[segment], v), apply(t[segment], probe));
    }
  });

  it('a half-weighted vertex keeps its distance to the joint centre (no collapse at a bent knee)', () => {
    const v = poseValues(poses['heel-to-buttock'].angles);
    const front: Vec3 = [-0.0835, -0.46, -0.02]; // in front of the knee
    const moved = posePoint(front, [1, 0.5, 0], v);
    expect(distance(moved, jointCentres.knee)).toBeCloseTo(distance(front, jointCentres.knee), 9);
  });

  it('blends never let a vertex follow the knee more than the hip, and saturate away from joints', () => {
    expect(blendFromDistances({ pelvis: 0.01, femur: 0.3, tibia: 0.001, foot: 0.5 })).toEqual([0, 0, 0]);
    expect(blendFromDistances({ pelvis: 0.3, femur: 0.02, tibia: 0.2, foot: 0.5 })).toEqual([1, 0, 0]);
    expect(blendFromDistances({ pelvis: 0.6, femur: 0.3, tibia: 0.02, foot: 0.3 })).toEqual([1, 1, 0]);
    const [a, b] = blendFromDistances({ pelvis: 0.05, femur: 0.05, tibia: 0.3, foot: 0.6 });
    expect(a).toBeCloseTo(0.5, 9);
    expect(b).toBe(0);
  });

  it('the field interpolates smoothly between bones (no jump: nothing tears)', () => {
    const line = (y0: number, y1: number) => {
      const pts: number[] = [];
      for (let y = y0; y >= y1; y -= 0.01) pts.push(-0.08, y, -0.07);
      return new Float32Array(pts);
    };
    const field = blendField(
      {
        pelvis: line(0.05, -0.05),
        femur: line(-0.08, -0.45),
        tibia: line(-0.48, -0.88),
        foot: line(-0.9, -0.95),
      },
      { min: [-0.2, -1, -0.2], max: [0.05, 0.1, 0.1] },
    );
    const out = [0, 0, 0];
    let last = [0, 0, 0];
    for (let y = 0.05; y > -0.95; y -= 0.002) {
      field.at(-0.12, y, -0.05, out);
      for (let k = 0; k < 3; k++) expect(Math.abs(out[k]! - last[k]!)).toBeLessThan(0.12);
      last = [...out];
    }
    field.at(-0.12, -0.25, -0.05, out);
    expect(out).toEqual([1, 0, 0].map((x) => expect.closeTo(x, 6)));
  });

  it('bones are rigid; the patella turns two thirds of the knee angle about the condyles', () => {
    expect(boneBlend('femur')).toEqual([1, 0, 0]);
    expect(boneBlend('fibula')).toEqual([1, 1, 0]);
    expect(boneBlend('patella')).toEqual(patella.blend);
    const v = poseValues({ ...poses['knee-curl'].angles, kneeFlexion: 90 });
    const front: Vec3 = [-0.08, -0.451, -0.025];
    const moved = posePoint(front, patella.blend, v);
    expect(distance(moved, patella.pivot)).toBeCloseTo(distance(front, patella.pivot), 9);
    expect(moved[1]).toBeLessThan(front[1] - 0.03); // slid down over the condyles
  });
});
