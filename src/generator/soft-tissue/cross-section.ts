/**
 * Signed distance (negative inside) to the outline where a horizontal plane cuts a closed mesh.
 * The septa use it to find the gaps between the finished muscles; the model tests use it to check
 * that no septum cuts through a muscle.
 */

/** Segments of one outline (x1, z1, x2, z2 per segment), as `sliceSegments` in measure.ts gives. */
export type Outline = readonly number[];

/** Distance from (x, z) to the outline, negative when inside it (even-odd rule). */
export function signedDistance(outline: Outline, x: number, z: number): number {
  let best = Infinity;
  let inside = false;
  for (let i = 0; i < outline.length; i += 4) {
    const x1 = outline[i]!;
    const z1 = outline[i + 1]!;
    const x2 = outline[i + 2]!;
    const z2 = outline[i + 3]!;
    const dx = x2 - x1;
    const dz = z2 - z1;
    const len2 = dx * dx + dz * dz;
    const s = len2 > 0 ? Math.min(1, Math.max(0, ((x - x1) * dx + (z - z1) * dz) / len2)) : 0;
    best = Math.min(best, Math.hypot(x - (x1 + s * dx), z - (z1 + s * dz)));
    if (z1 > z !== z2 > z && x < x1 + ((z - z1) * dx) / dz) inside = !inside;
  }
  return inside ? -best : best;
}

/** Signed distance to the union of several outlines (Infinity when there are none). */
export function unionDistance(outlines: readonly Outline[], x: number, z: number): number {
  let d = Infinity;
  for (const o of outlines) if (o.length > 0) d = Math.min(d, signedDistance(o, x, z));
  return d;
}
