/**
 * Turns a lost WebGL context into an error for the app's error boundary (clear message, Retry),
 * instead of a frozen or blank canvas.
 */
import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';

export function ContextLossGuard() {
  const canvas = useThree((s) => s.gl.domElement);
  const [lost, setLost] = useState(false);
  useEffect(() => {
    const onLost = (event: Event) => {
      event.preventDefault();
      setLost(true);
    };
    canvas.addEventListener('webglcontextlost', onLost);
    return () => canvas.removeEventListener('webglcontextlost', onLost);
  }, [canvas]);
  if (lost) throw new Error('The 3D view lost its graphics context (the graphics driver was reset).');
  return null;
}
