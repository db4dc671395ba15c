import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import {
  easeInOut,
  framePose,
  viewDirection,
  viewPose,
  type Bounds,
  type CameraPose,
} from '../../src/scene/camera-framing.ts';
import { views } from '../../src/anatomy/ids.ts';

// Roughly the right limb's skin at gait2392 size.
const limb: Bounds = { min: [-0.2, -0.97, -0.16], max: [0.02, 0.22, 0.08] };

function cameraAt(pose: CameraPose, fov: number, aspect: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(fov, aspect, 0.01, 30);
  camera.position.set(...pose.position);
  camera.lookAt(new Vector3(...pose.target));
  camera.updateMatrixWorld();
  return camera;
}

function corners(b: Bounds): Vector3[] {
  const out: Vector3[] = [];
  for (const x of [b.min[0], b.max[0]])
    for (const y of [b.min[1], b.max[1]])
      for (const z of [b.min[2], b.max[2]]) out.push(new Vector3(x, y, z));
  return out;
}

describe('standard views', () => {
  it('looks at the front from +z, the back from -z, and mirrors lateral/medial with the side', () => {
    expect(viewDirection('anterior', 'right')).toEqual([0, 0, 1]);
    expect(viewDirection('posterior', 'left')).toEqual([0, 0, -1]);
    expect(viewDirection('lateral', 'right')[0]).toBe(-1);
    expect(viewDirection('lateral', 'left')[0]).toBe(1);
    expect(viewDirection('medial', 'right')[0]).toBe(1);
    expect(viewDirection('medial', 'left')[0]).toBe(-1);
  });

  for (const view of views) {
    for (const aspect of [0.6, 1, 1.8]) {
      it(`keeps the whole limb on screen in the ${view} view at aspect ${aspect}`, () => {
        const pose = viewPose(view, 'right', limb, 35, aspect);
        const camera = cameraAt(pose, 35, aspect);
        let maxExtent = 0;
        for (const corner of corners(limb)) {
          const ndc = corner.project(camera);
          expect(Math.abs(ndc.x)).toBeLessThanOrEqual(1);
          expect(Math.abs(ndc.y)).toBeLessThanOrEqual(1);
          expect(ndc.z).toBeLessThan(1);
          maxExtent = Math.max(maxExtent, Math.abs(ndc.x), Math.abs(ndc.y));
        }
        // …and fills it: no tiny limb in the middle of an empty screen.
        expect(maxExtent).toBeGreaterThan(0.75);
      });
    }
  }

  it('puts the camera on the posterior side for the posterior view', () => {
    const pose = viewPose('posterior', 'right', limb, 35, 1);
    expect(pose.position[2]).toBeLessThan(limb.min[2]);
    expect(pose.target[1]).toBeCloseTo((limb.min[1] + limb.max[1]) / 2);
  });
});

describe('framing a structure', () => {
  it('centres a small box, keeps the direction of view and brings the camera close', () => {
    const box: Bounds = { min: [-0.12, -0.5, -0.12], max: [-0.06, -0.3, -0.06] };
    const from = viewPose('posterior', 'right', limb, 35, 1);
    const pose = framePose(box, from.position, from.target, 35, 1);
    expect(pose.target).toEqual([-0.09, -0.4, -0.09]);
    const before = new Vector3(...from.position).sub(new Vector3(...from.target)).normalize();
    const after = new Vector3(...pose.position).sub(new Vector3(...pose.target)).normalize();
    expect(after.dot(before)).toBeCloseTo(1);
    const camera = cameraAt(pose, 35, 1);
    for (const corner of corners(box)) {
      const ndc = corner.project(camera);
      expect(Math.abs(ndc.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(ndc.y)).toBeLessThanOrEqual(1);
    }
    expect(new Vector3(...pose.position).distanceTo(new Vector3(...pose.target))).toBeLessThan(
      new Vector3(...from.position).distanceTo(new Vector3(...from.target)),
    );
  });

  it('eases from 0 to 1 monotonically', () => {
    let last = -1;
    for (let t = 0; t <= 1.0001; t += 0.05) {
      const v = easeInOut(t);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
  });
});
