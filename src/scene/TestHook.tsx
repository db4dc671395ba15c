/**
 * A tiny, read-only hook for browser tests and benchmarks: `window.__thighExplorer`.
 * - `project(x, y, z)`: page pixels of a model-frame point of the right limb (mirroring applied);
 * - `skinPoint(y, angle)`: page pixels of the skin vertex nearest that surface coordinate;
 * - `stats()`: frames drawn so far and draw calls of the last frame (idle and budget checks);
 * - `camera()`: camera position and orbit target (world), for camera-move checks;
 * - `item(name)`: world centre of a batched attachment or trigger point and whether it is drawn;
 * - `shownTriggerPoint()`: the trigger point the scene draws emphasised ("Show on model"), or null;
 * - `drawingCostMs()`: the cost of each pointer move while drawing so far (the bench's figure).
 * It exposes nothing a person enters beyond what the URL already holds.
 */
import { useEffect } from 'react';
import {
  Box3,
  Mesh,
  Vector3,
  type BufferAttribute,
  type Camera,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import { emphasisedPoint, partObject, sceneItem } from './scene-registry.ts';
import { nearestSurfaceVertex } from './surface-at-hit.ts';
import { drawingCost } from './use-skin-drawing.ts';

export interface ThighExplorerTestHook {
  project(x: number, y: number, z: number): { x: number; y: number };
  skinPoint(y: number, angle: number): { x: number; y: number } | null;
  stats(): { frames: number; calls: number; triangles: number };
  camera(): { position: number[]; target: number[] | null };
  item(name: string): { centre: number[]; shown: boolean } | null;
  shownTriggerPoint(): string | null;
  drawingCostMs(): number[];
}

declare global {
  interface Window {
    __thighExplorer?: ThighExplorerTestHook;
  }
}

export interface TestHookProps {
  /** The group that mirrors the limb (its matrix maps model frame to world). */
  limb: { current: Object3D | null };
  /** The canvas' camera, renderer and orbit controls (from R3F, handed down: see ModelExtras). */
  camera: Camera;
  gl: WebGLRenderer;
  controls(): unknown;
}

/** Mounted after the first frame (ModelExtras): tests wait for `window.__thighExplorer`. */
export function TestHook({ limb, camera, gl, controls }: TestHookProps) {
  useEffect(() => {
    const toPage = (world: Vector3) => {
      // The camera's matrices are brought up to date by the next render; a camera moved since the
      // last frame (a view placed while that frame is still to come) would project from the old one.
      camera.updateMatrixWorld();
      const ndc = world.clone().project(camera);
      const rect = gl.domElement.getBoundingClientRect();
      return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height };
    };
    window.__thighExplorer = {
      project: (x, y, z) => {
        const world = new Vector3(x, y, z);
        limb.current?.updateWorldMatrix(true, false);
        if (limb.current) world.applyMatrix4(limb.current.matrixWorld);
        return toPage(world);
      },
      skinPoint: (y, angle) => {
        const skin = partObject('skin');
        if (!(skin instanceof Mesh)) return null;
        const surface = skin.geometry.getAttribute('_surface') as BufferAttribute | undefined;
        const position = skin.geometry.getAttribute('position') as BufferAttribute | undefined;
        if (!surface || !position) return null;
        const index = nearestSurfaceVertex(surface, { y, angle });
        if (index < 0) return null;
        skin.updateWorldMatrix(true, false);
        return toPage(new Vector3().fromBufferAttribute(position, index).applyMatrix4(skin.matrixWorld));
      },
      stats: () => ({
        frames: gl.info.render.frame,
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
      }),
      camera: () => ({
        position: camera.position.toArray(),
        target: (controls() as { target?: Vector3 } | null)?.target?.toArray() ?? null,
      }),
      item: (name) => {
        const item = sceneItem(name);
        return item
          ? { centre: item.box(new Box3()).getCenter(new Vector3()).toArray(), shown: item.shown() }
          : null;
      },
      shownTriggerPoint: emphasisedPoint,
      drawingCostMs: () => [...drawingCost.samples],
    };
    return () => {
      delete window.__thighExplorer;
    };
  }, [camera, gl, controls, limb]);
  return null;
}
