/**
 * The name of the structure under the pointer, as a DOM label beside the pointer's hit point.
 * Created once next to the canvas and driven through `hover-label-anchor.ts`, so hovering costs
 * no React renders and no 3D frames; it follows its point while the camera moves, on the frames
 * the scene draws anyway (its `onAfterRender`). Mounted with the extras after the first frame
 * (ModelExtras), like the picking it needs, so it imports nothing from R3F and its bytes stay out
 * of the start-up budget. Decorative for screen readers: the panel names the selection.
 */
import { useEffect } from 'react';
import type { Camera, Object3D, WebGLRenderer } from 'three';
import { attachHoverLabel, followHoverLabel } from './hover-label-anchor.ts';
import { afterEachFrame, sceneOf } from './after-render.ts';

const style: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  left: '0',
  top: '0',
  display: 'none',
  pointerEvents: 'none',
  whiteSpace: 'nowrap',
  padding: '2px 8px',
  borderRadius: '4px',
  background: 'rgba(20, 20, 28, 0.88)',
  color: '#fff',
  font: '13px/1.4 system-ui, sans-serif',
  zIndex: '5',
};

export interface HoverLabelProps {
  /** The group that mirrors the limb: its scene's frames move the label. */
  limb: { current: Object3D | null };
  camera: Camera;
  gl: WebGLRenderer;
}

export function HoverLabel({ limb, camera, gl }: HoverLabelProps) {
  useEffect(() => {
    const canvas = gl.domElement;
    const host = canvas.parentElement;
    const scene = sceneOf(limb.current);
    if (!host || !scene) return;
    const element = document.createElement('div');
    element.className = 'scene-hover-label';
    element.setAttribute('aria-hidden', 'true');
    Object.assign(element.style, style);
    host.appendChild(element);
    attachHoverLabel({ element, camera, canvas });
    const stop = afterEachFrame(scene, followHoverLabel);
    return () => {
      stop();
      attachHoverLabel(null);
      element.remove();
    };
  }, [limb, camera, gl]);
  return null;
}
