/**
 * Runs a callback after each frame the scene draws (three's `Scene.onAfterRender`), for DOM layers
 * that follow the camera (the hover label, the model's labels) without asking for frames of their
 * own. Callbacks chain: each added one calls the one before it; removing restores that one.
 */
import type { Object3D } from 'three';

/** The scene an object is in (its topmost ancestor), or null when it is not mounted. */
export function sceneOf(object: Object3D | null): Object3D | null {
  let root = object;
  while (root?.parent) root = root.parent;
  return root;
}

/** Calls `callback` after every render of `scene`; returns the function that stops it. */
export function afterEachFrame(scene: Object3D, callback: () => void): () => void {
  const previous = scene.onAfterRender;
  scene.onAfterRender = function (...args) {
    previous.apply(this, args);
    callback();
  };
  return () => {
    scene.onAfterRender = previous;
  };
}
