/**
 * Moves the limb into the pose the store asks for (issue 14) and back to standing: eased over
 * 1.2 s (at once under prefers-reduced-motion), frames requested only while it moves, the muscles
 * crossing a moved joint tinted by their length change as they go. Sets `<html data-pose>` once
 * the pose is reached. Loaded (with the kinematics) only when a pose is first asked for
 * (use-pose-runner.ts), and kept after, so returning to standing animates too.
 *
 * Plain code driven by the scene's frame loop rather than a component: a lazily loaded component
 * would import @react-three/fiber, and with it three, which made the bundler split three out of
 * the start-up chunk (about 3 KB gzip more on every start).
 */
import type { Object3D } from 'three';
import { useExplorer } from '../state/store.ts';
import { blendAngles, standing, type JointAngles } from '../kinematics/joints.ts';
import { stretches } from '../kinematics/path-length.ts';
import { poses } from '../kinematics/poses.ts';
import type { PoseId } from '../kinematics/pose-ids.ts';
import { easeInOut } from './camera-framing.ts';
import { requestFrame } from './camera-requests.ts';
import { poseValues } from './pose-deform.ts';
import { setPoseUniforms } from './pose-shader.ts';
import { createRig, type Rig } from './pose-rig.ts';
import type { PoseKit } from './pose-kit.ts';

const duration = 1200;
const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
const isStanding = (a: JointAngles) => Object.values(a).every((x) => x === 0);

export interface PoseRunner {
  /** Called on every drawn frame, before drawing. */
  frame(): void;
  dispose(): void;
}

export function createPoseRunner(limb: Object3D, kit: PoseKit, invalidate: () => void): PoseRunner {
  let rig: Rig | null = null;
  let from: JointAngles = standing;
  let to: JointAngles = standing;
  let now: JointAngles = standing;
  let start: number | null = null;
  let target: PoseId | null = null;

  const go = (pose: PoseId | null) => {
    target = pose;
    from = now;
    to = pose ? poses[pose].angles : standing;
    start = performance.now();
    delete document.documentElement.dataset.pose;
    invalidate();
  };
  go(useExplorer.getState().pose);
  const unsubscribe = useExplorer.subscribe((s, before) => {
    if (s.pose !== before.pose) go(s.pose);
  });

  return {
    frame() {
      if (start === null && !rig) return;
      if (!rig) {
        rig = createRig(limb, kit);
        rig.prepare();
        // Readying the meshes takes a moment the first time: the motion starts after it.
        start = performance.now();
      }
      // On every drawn frame, moving or not: parts drawn later (the footprint and trigger-point
      // batches arrive after the first frame) are readied as they appear.
      rig.prepare();
      let t = 1;
      if (start !== null) {
        t = prefersReducedMotion() ? 1 : Math.min((performance.now() - start) / duration, 1);
        now = blendAngles(from, to, easeInOut(t));
        setPoseUniforms(poseValues(now));
      }
      rig.tint(stretches(now));
      rig.setPickable(isStanding(now));
      if (start === null) return;
      if (t < 1) {
        invalidate();
        return;
      }
      start = null;
      if (target) {
        document.documentElement.dataset.pose = target;
        // Keep the whole posed limb in view (a raised leg reaches far forward).
        requestFrame(rig.posedBounds(poseValues(now)));
      }
    },
    dispose() {
      unsubscribe();
      delete document.documentElement.dataset.pose;
    },
  };
}
