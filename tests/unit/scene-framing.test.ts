/**
 * Framing of the standard views (issue 11): the thigh, from the iliac crest to just below the
 * knee, fills at least 70 % of the canvas height in every standard view at laptop size; the whole
 * limb fits when asked for. Projected with the camera three would build from the pose, on the
 * model's real skin bounds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import {
  THIGH_BOTTOM_Y,
  THIGH_MARGIN,
  THIGH_TOP_Y,
  thighRegion,
  viewPose,
  type Bounds,
  type CameraPose,
} from '../../src/scene/camera-framing.ts';
import { views } from '../../src/anatomy/ids.ts';
import { landmarks } from '../../src/anatomy/landmarks.ts';
import { loadModel } from './model-fixture.ts';

const FOV = 35;
/** The canvas at a 1280×800 window (the panel takes the right side), and on a 390×844 phone. */
const laptop = 832 / 746;
const phone = 390 / 508;

function position(id: string): Vector3 {
  const p = landmarks.find((l) => l.id === id)?.position;
  if (!p) throw new Error(`no landmark ${id}`);
  return new Vector3(...p);
}

function cameraAt(pose: CameraPose, aspect: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(FOV, aspect, 0.01, 30);
  camera.position.set(...pose.position);
  camera.lookAt(new Vector3(...pose.target));
  camera.updateMatrixWorld();
  return camera;
}

let skin: Bounds;

beforeAll(async () => {
  const { nodes } = await loadModel();
  const p = nodes.get('skin')!.positions;
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < p.length; i++) {
    min[i % 3] = Math.min(min[i % 3]!, p[i]!);
    max[i % 3] = Math.max(max[i % 3]!, p[i]!);
  }
  skin = { min, max };
});

describe('framing of the standard views', () => {
  it('would fail on the whole limb: framed whole, the thigh fills too little', () => {
    const camera = cameraAt(viewPose('posterior', 'right', skin, FOV, laptop), laptop);
    const top = position('iliac-crest').project(camera);
    const bottom = new Vector3(0, THIGH_BOTTOM_Y, position('tibial-tuberosity').z).project(camera);
    expect((top.y - bottom.y) / 2).toBeLessThan(0.7);
  });

  it('takes its heights from the landmarks: the iliac crest, and 4 cm below the tibial tuberosity', () => {
    expect(THIGH_TOP_Y).toBeCloseTo(position('iliac-crest').y, 6);
    expect(THIGH_BOTTOM_Y).toBeCloseTo(position('tibial-tuberosity').y - 0.04, 6);
  });

  for (const view of views) {
    it(`fills at least 70 % of the canvas height with the thigh in the ${view} view`, () => {
      const camera = cameraAt(viewPose(view, 'right', thighRegion(skin), FOV, laptop, THIGH_MARGIN), laptop);
      // The crest and a point 4 cm below the tuberosity on the front of the knee.
      const top = position('iliac-crest').project(camera);
      const knee = position('tibial-tuberosity');
      const bottom = new Vector3(knee.x, THIGH_BOTTOM_Y, knee.z).project(camera);
      const fill = (top.y - bottom.y) / 2;
      expect(fill).toBeGreaterThanOrEqual(0.7);
      // ...and not so tight that the hip above the crest is cut off.
      expect(fill).toBeLessThan(0.9);
      // Both on screen, with a little room.
      expect(top.y).toBeLessThan(1);
      expect(bottom.y).toBeGreaterThan(-1);
      // The region stays on screen across the width too.
      for (const x of [skin.min[0], skin.max[0]])
        for (const z of [skin.min[2], skin.max[2]]) {
          const ndc = new Vector3(x, (THIGH_TOP_Y + THIGH_BOTTOM_Y) / 2, z).project(camera);
          expect(Math.abs(ndc.x)).toBeLessThanOrEqual(1);
        }
    });

    it(`keeps the crest and the knee on screen on a phone in the ${view} view`, () => {
      const camera = cameraAt(viewPose(view, 'right', thighRegion(skin), FOV, phone, THIGH_MARGIN), phone);
      const top = position('iliac-crest').project(camera);
      const bottom = position('tibial-tuberosity').project(camera);
      expect(top.y).toBeLessThan(1);
      expect(bottom.y).toBeGreaterThan(-1);
      expect((top.y - bottom.y) / 2).toBeGreaterThan(0.4);
    });

    it(`frames the whole limb, hip to heel, when asked in the ${view} view`, () => {
      const camera = cameraAt(viewPose(view, 'right', skin, FOV, laptop), laptop);
      for (const y of [skin.min[1], skin.max[1]]) {
        const ndc = new Vector3((skin.min[0] + skin.max[0]) / 2, y, (skin.min[2] + skin.max[2]) / 2).project(
          camera,
        );
        expect(Math.abs(ndc.y)).toBeLessThanOrEqual(1);
      }
      const thighCamera = cameraAt(
        viewPose(view, 'right', thighRegion(skin), FOV, laptop, THIGH_MARGIN),
        laptop,
      );
      // The thigh view is the closer one.
      expect(thighCamera.position.distanceTo(new Vector3(...thighRegion(skin).min))).toBeLessThan(
        camera.position.distanceTo(new Vector3(...skin.min)),
      );
    });
  }
});
