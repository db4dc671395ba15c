/**
 * Whether this browser can draw WebGL 2 (what three.js needs; the app shows its text view when it
 * cannot). Creating a context is slow on a software renderer (close to a second on SwiftShader),
 * so the probe's canvas and context are kept and handed to the renderer (LeanCanvas) instead of
 * being thrown away and made again. Imports nothing from three: the entry chunk runs it.
 */

/** The attributes three's renderer would ask for with the canvas's settings (LeanCanvas). */
export const contextAttributes: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
};

export interface ProbedCanvas {
  canvas: HTMLCanvasElement;
  context: WebGL2RenderingContext;
}

let probed: ProbedCanvas | null = null;

export function hasWebGL(): boolean {
  try {
    if (typeof document === 'undefined') return false;
    if (probed && !probed.context.isContextLost()) return true;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2', contextAttributes);
    if (!context) return false;
    probed = { canvas, context };
    return true;
  } catch {
    return false;
  }
}

/** The probe's canvas and live context, once (a second caller makes its own). */
export function takeProbedCanvas(): ProbedCanvas | null {
  const taken = probed && !probed.context.isContextLost() ? probed : null;
  probed = null;
  return taken;
}
