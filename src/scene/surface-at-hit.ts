/**
 * Reads the body-surface coordinate (y metres, angle degrees) at a point inside a skin triangle
 * by interpolating the `_surface` vertex attribute with the hit's barycentric weights.
 */
import { normaliseAngle } from '../anatomy/surface.ts';

/** The parts of a two-component vertex attribute we need (three's BufferAttribute fits). */
export interface SurfaceAttribute {
  getX(index: number): number;
  getY(index: number): number;
}

/**
 * Interpolated coordinate at barycentric weights (u, v, w) of triangle (a, b, c). Angles are
 * unwrapped around the first vertex first, so a triangle spanning 359° and 1° reads ~0°, not 180°.
 */
export function surfaceAtHit(
  surface: SurfaceAttribute,
  face: { a: number; b: number; c: number },
  bary: { x: number; y: number; z: number },
): { y: number; angle: number } {
  const y = surface.getX(face.a) * bary.x + surface.getX(face.b) * bary.y + surface.getX(face.c) * bary.z;
  const a0 = surface.getY(face.a);
  const unwrap = (a: number) => a0 + ((((a - a0) % 360) + 540) % 360) - 180;
  const angle = a0 * bary.x + unwrap(surface.getY(face.b)) * bary.y + unwrap(surface.getY(face.c)) * bary.z;
  return { y, angle: normaliseAngle(angle) };
}

/**
 * Index of the vertex whose coordinate lies nearest to `coord` (height weighted against arc
 * length on a limb of about 9 cm radius), or -1 when there are no vertices. Used to place a
 * marker for a pain site that came from the URL rather than from a click.
 */
export function nearestSurfaceVertex(
  surface: SurfaceAttribute & { count: number },
  coord: { y: number; angle: number },
): number {
  let best = -1;
  let bestDistance = Infinity;
  const metresPerDegree = (2 * Math.PI * 0.09) / 360;
  for (let i = 0; i < surface.count; i++) {
    const dy = surface.getX(i) - coord.y;
    let da = Math.abs(normaliseAngle(surface.getY(i)) - normaliseAngle(coord.angle));
    if (da > 180) da = 360 - da;
    const d = dy * dy + (da * metresPerDegree) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}
