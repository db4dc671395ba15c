/**
 * Curved regions of skin in the body-surface coordinate (see `surface.ts`): how referral zones are
 * drawn. A region is one or more islands; each island is a closed outline through a few control
 * points, joined by a smooth closed curve (centripetal Catmull–Rom), so zones have the soft
 * organic edges of clinical referral charts rather than the corners of boxes.
 *
 * Angles of control points may run below 0 or past 360, so an outline can cross the front midline
 * (0°/360°) without a seam: the outline [-20, …] → [30, …] covers the front of the thigh.
 */
import type { SurfaceOutline, SurfacePoint } from './types.ts';

/** Curve points generated between two control points. */
const SEGMENTS_PER_SPAN = 10;

/**
 * Metres of height that count as much as one degree of arc when spacing the curve's knots. About
 * the arc length of one degree round the thigh (radius ≈ 8 cm → 1.4 mm), so an outline bends the
 * same way whether it is drawn tall or wide.
 */
const METRES_PER_DEGREE = 0.0014;

function knotDistance(a: SurfacePoint, b: SurfacePoint): number {
  const da = (b[0] - a[0]) * METRES_PER_DEGREE;
  const dy = b[1] - a[1];
  // Centripetal parameterisation (alpha = 0.5): no cusps or self-loops between close points.
  return Math.max(Math.sqrt(Math.hypot(da, dy)), 1e-6);
}

/**
 * The smooth closed curve through an outline's control points, as a polygon of
 * `SEGMENTS_PER_SPAN` points per span (centripetal Catmull–Rom, Barry–Goldman form).
 */
export function smoothOutline(outline: SurfaceOutline): SurfacePoint[] {
  const n = outline.length;
  if (n < 3) return [...outline];
  const out: SurfacePoint[] = [];
  for (let i = 0; i < n; i++) {
    const p0 = outline[(i - 1 + n) % n]!;
    const p1 = outline[i]!;
    const p2 = outline[(i + 1) % n]!;
    const p3 = outline[(i + 2) % n]!;
    const t1 = knotDistance(p0, p1);
    const t2 = t1 + knotDistance(p1, p2);
    const t3 = t2 + knotDistance(p2, p3);
    for (let s = 0; s < SEGMENTS_PER_SPAN; s++) {
      const t = t1 + ((t2 - t1) * s) / SEGMENTS_PER_SPAN;
      const point: number[] = [0, 0];
      for (let k = 0; k < 2; k++) {
        const a1 = ((t1 - t) * p0[k]! + t * p1[k]!) / t1;
        const a2 = ((t2 - t) * p1[k]! + (t - t1) * p2[k]!) / (t2 - t1);
        const a3 = ((t3 - t) * p2[k]! + (t - t2) * p3[k]!) / (t3 - t2);
        const b1 = ((t2 - t) * a1 + t * a2) / t2;
        const b2 = ((t3 - t) * a2 + (t - t1) * a3) / (t3 - t1);
        point[k] = ((t2 - t) * b1 + (t - t1) * b2) / (t2 - t1);
      }
      out.push([point[0]!, point[1]!]);
    }
  }
  return out;
}

/** Even–odd test of a point against a polygon, both in (angle, y). */
function polygonContains(polygon: readonly SurfacePoint[], angle: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ai, yi] = polygon[i]!;
    const [aj, yj] = polygon[j]!;
    if (yi > y !== yj > y && angle < ((aj - ai) * (y - yi)) / (yj - yi) + ai) inside = !inside;
  }
  return inside;
}

const smoothed = new WeakMap<SurfaceOutline, SurfacePoint[]>();

/** The smoothed polygon of an outline, computed once per outline object. */
export function outlinePolygon(outline: SurfaceOutline): readonly SurfacePoint[] {
  let polygon = smoothed.get(outline);
  if (!polygon) {
    polygon = smoothOutline(outline);
    smoothed.set(outline, polygon);
  }
  return polygon;
}

/** Whether a point of skin (angle in any turn) lies inside any island of a region. */
export function regionContains(
  region: readonly SurfaceOutline[],
  coord: { y: number; angle: number },
): boolean {
  const base = ((coord.angle % 360) + 360) % 360;
  return region.some((outline) => {
    const polygon = outlinePolygon(outline);
    // The outline may run past 0° or 360°: try the point one turn either way as well.
    return [base - 360, base, base + 360].some((a) => polygonContains(polygon, a, coord.y));
  });
}

/** Bounds of a region's smoothed outlines: [minAngle, maxAngle, minY, maxY]. */
export function regionBounds(region: readonly SurfaceOutline[]): [number, number, number, number] {
  let a0 = Infinity;
  let a1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const outline of region) {
    for (const [a, y] of outlinePolygon(outline)) {
      a0 = Math.min(a0, a);
      a1 = Math.max(a1, a);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return [a0, a1, y0, y1];
}
