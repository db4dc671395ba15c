/**
 * A tiny channel to the camera rig: "frame this box" or "go to the pose this function works out
 * from where the camera is now". Kept out of the store, which holds ids and plain data only,
 * because a request is an event, not state. Code loaded after the first frame (focus and "show on
 * model" framing) moves the camera through it without the rig carrying that code at start-up.
 */
import { framePose, type Bounds, type CameraPose, type Triple } from './camera-framing.ts';

/** The camera as it is when a request arrives. */
export interface CameraView {
  position: Triple;
  target: Triple;
  fov: number;
  aspect: number;
}

type PoseMaker = (view: CameraView) => CameraPose;
const listeners = new Set<(make: PoseMaker) => void>();

export function requestPose(make: PoseMaker): void {
  for (const listener of listeners) listener(make);
}

/** Frames a world-space box, keeping the current direction of view. */
export function requestFrame(bounds: Bounds): void {
  requestPose((v) => framePose(bounds, v.position, v.target, v.fov, v.aspect));
}

export function onPoseRequest(listener: (make: PoseMaker) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
