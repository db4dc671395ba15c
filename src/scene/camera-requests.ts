/**
 * A tiny channel from the meshes to the camera rig: "frame this box". Kept out of the store,
 * which holds ids and plain data only, because a request is an event, not state.
 */
import type { Bounds } from './camera-framing.ts';

type Listener = (bounds: Bounds) => void;
const listeners = new Set<Listener>();

export function requestFrame(bounds: Bounds): void {
  for (const listener of listeners) listener(bounds);
}

export function onFrameRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
