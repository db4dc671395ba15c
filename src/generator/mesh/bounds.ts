/** Axis-aligned boxes around meshes, for skipping work far from them. */
import type { Bounds } from './level-set.ts';

/** The box around flat xyz positions. */
export function boundsOf(positions: ArrayLike<number>): Bounds {
  let [x0, y0, z0] = [Infinity, Infinity, Infinity];
  let [x1, y1, z1] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    z0 = Math.min(z0, z);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
    z1 = Math.max(z1, z);
  }
  return { min: [x0, y0, z0], max: [x1, y1, z1] };
}

/** Whether two boxes overlap (touching counts). */
export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  return a.min.every((v, k) => v <= b.max[k]! && b.min[k]! <= a.max[k]!);
}

/** Whether p lies in the box (on its faces counts). Written out: it runs in inner loops. */
export function inBounds(b: Bounds, p: readonly number[]): boolean {
  const { min, max } = b;
  return (
    p[0]! >= min[0] &&
    p[0]! <= max[0] &&
    p[1]! >= min[1] &&
    p[1]! <= max[1] &&
    p[2]! >= min[2] &&
    p[2]! <= max[2]
  );
}

/** Distance from p to the box (0 inside it). */
export function distanceToBounds(b: Bounds, x: number, y: number, z: number): number {
  const dx = Math.max(b.min[0] - x, x - b.max[0], 0);
  const dy = Math.max(b.min[1] - y, y - b.max[1], 0);
  const dz = Math.max(b.min[2] - z, z - b.max[2], 0);
  return Math.hypot(dx, dy, dz);
}
