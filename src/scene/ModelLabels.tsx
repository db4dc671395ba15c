/**
 * The model's labels (issue 13): each structure the view shows named beside the model, in two
 * columns, with a thin leader line to a visible point on it. A DOM layer over the canvas, so it
 * costs no draw call and asks for no frame (label-runner.ts). Loaded only when labels are turned on
 * (ModelLabelsHost).
 */
import { useEffect, useRef } from 'react';
import type { Camera, Object3D, WebGLRenderer } from 'three';
import { useExplorer } from '../state/store.ts';
import { runLabels, type LabelRunner } from './label-runner.ts';
import { sceneOf } from './after-render.ts';

export interface ModelLabelsProps {
  /** The group that mirrors the limb; the labels look through its scene. */
  limb: { current: Object3D | null };
  camera: Camera;
  gl: WebGLRenderer;
}

export default function ModelLabels({ limb, camera, gl }: ModelLabelsProps) {
  const names = useExplorer((s) => s.names);
  const namesRef = useRef(names);
  const runner = useRef<LabelRunner | null>(null);

  useEffect(() => {
    const root = sceneOf(limb.current);
    if (!root) return;
    const running = runLabels(root, camera, gl.domElement, () => namesRef.current);
    runner.current = running;
    return () => {
      running?.stop();
      runner.current = null;
    };
  }, [limb, camera, gl]);

  useEffect(() => {
    namesRef.current = names;
    runner.current?.place();
  }, [names]);

  return null;
}
