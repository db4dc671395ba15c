/**
 * The name of the structure under the pointer, as a DOM label pinned to the hit point. Moved and
 * rewritten imperatively through `hover-label-anchor.ts`, so hovering causes no React renders.
 */
import { useEffect, useRef } from 'react';
import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import type { Group } from 'three';
import { attachHoverLabel } from './hover-label-anchor.ts';

const labelStyle = {
  display: 'none',
  pointerEvents: 'none',
  whiteSpace: 'nowrap',
  transform: 'translate(12px, -50%)',
  padding: '2px 8px',
  borderRadius: '4px',
  background: 'rgba(20, 20, 28, 0.85)',
  color: '#fff',
  font: '13px/1.4 system-ui, sans-serif',
} as const;

export function HoverLabel() {
  const anchor = useRef<Group>(null);
  const text = useRef<HTMLDivElement>(null);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!anchor.current || !text.current) return;
    attachHoverLabel({ anchor: anchor.current, element: text.current, invalidate });
    return () => attachHoverLabel(null);
  }, [invalidate]);
  return (
    <group ref={anchor} visible={false}>
      <Html zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
        <div ref={text} role="status" aria-live="off" style={labelStyle} />
      </Html>
    </group>
  );
}
