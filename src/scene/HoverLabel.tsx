/**
 * The name of the structure under the pointer, as a DOM label beside the pointer's hit point.
 * Created once next to the canvas and driven through `hover-label-anchor.ts`, so hovering costs
 * no React renders and no 3D frames; it follows its point while the camera moves. Decorative for screen readers: the panel names the selection.
 */
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { attachHoverLabel, followHoverLabel } from './hover-label-anchor.ts';

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

export function HoverLabel() {
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const host = canvas.parentElement;
    if (!host) return;
    const element = document.createElement('div');
    element.className = 'scene-hover-label';
    element.setAttribute('aria-hidden', 'true');
    Object.assign(element.style, style);
    host.appendChild(element);
    attachHoverLabel({ element, camera, canvas });
    return () => {
      attachHoverLabel(null);
      element.remove();
    };
  }, [camera, canvas]);
  // Runs only on frames that are drawn anyway (frameloop "demand"): no idle cost.
  useFrame(followHoverLabel);
  return null;
}
