/**
 * Measurements of the built soft tissue, shared by the tests and the tuning script: horizontal
 * slices of closed meshes (area by scanline), path lengths, distances to footprints.
 */
import type { MeshPart } from '../types.ts';

/** Segments (x0, z0, x1, z1) where the plane y = h cuts the mesh's triangles. */
export function sliceSegments(part: Pick<MeshPart, 'positions' | 'indices'>, h: number): number[] {
  const { positions: p, indices: ix } = part;
  const out: number[] = [];
  for (let t = 0; t < ix.length; t += 3) {
    const pts: number[] = [];
    for (let e = 0; e < 3; e++) {
      const a = ix[t + e]! * 3;
      const b = ix[t + ((e + 1) % 3)]! * 3;
      const ya = p[a + 1]! - h;
      const yb = p[b + 1]! - h;
      if ((ya < 0 && yb >= 0) || (ya >= 0 && yb < 0)) {
        const s = ya / (ya - yb);
        pts.push(p[a]! + (p[b]! - p[a]!) * s, p[a + 2]! + (p[b + 2]! - p[a + 2]!) * s);
      }
    }
    if (pts.length === 4) out.push(pts[0]!, pts[1]!, pts[2]!, pts[3]!);
  }
  return out;
}

/** Area (m²) inside a closed mesh's slice at y = h, by even-odd scanlines along x every `step` in z. */
export function sliceArea(part: Pick<MeshPart, 'positions' | 'indices'>, h: number, step = 0.0005): number {
  const seg = sliceSegments(part, h);
  if (seg.length === 0) return 0;
  let zMin = Infinity;
  let zMax = -Infinity;
  for (let i = 0; i < seg.length; i += 2) {
    zMin = Math.min(zMin, seg[i + 1]!);
    zMax = Math.max(zMax, seg[i + 1]!);
  }
  let area = 0;
  for (let z = zMin + step / 2; z < zMax; z += step) {
    const xs: number[] = [];
    for (let i = 0; i < seg.length; i += 4) {
      const z0 = seg[i + 1]!;
      const z1 = seg[i + 3]!;
      if ((z0 < z && z1 >= z) || (z0 >= z && z1 < z)) {
        xs.push(seg[i]! + ((seg[i + 2]! - seg[i]!) * (z - z0)) / (z1 - z0));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) area += (xs[k + 1]! - xs[k]!) * step;
  }
  return area;
}

/** Perimeter (m) of the convex hull of 2D points (x, z pairs). */
export function hullPerimeter(xz: readonly number[]): number {
  const pts: [number, number][] = [];
  for (let i = 0; i < xz.length; i += 2) pts.push([xz[i]!, xz[i + 1]!]);
  pts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return 0;
  const cross = (o: [number, number], a: [number, number], b: [number, number]): number =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  let per = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    per += Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
  return per;
}

/** Distance from a point to the nearest vertex of a part (footprints are dense enough for this). */
export function distanceToVertices(part: Pick<MeshPart, 'positions'>, q: readonly number[]): number {
  let best = Infinity;
  const p = part.positions;
  for (let i = 0; i < p.length; i += 3) {
    best = Math.min(best, Math.hypot(p[i]! - q[0]!, p[i + 1]! - q[1]!, p[i + 2]! - q[2]!));
  }
  return best;
}

export const muscleGroups = {
  quadriceps: ['rectus-femoris', 'vastus-lateralis', 'vastus-intermedius', 'vastus-medialis'],
  adductors: ['adductor-longus', 'adductor-brevis', 'adductor-magnus', 'pectineus', 'gracilis'],
  hamstrings: ['semitendinosus', 'semimembranosus', 'biceps-femoris-long-head', 'biceps-femoris-short-head'],
} as const;

/** Distance from q to the nearest point of a triangle mesh (exact, brute force). */
export function distanceToMesh(part: Pick<MeshPart, 'positions' | 'indices'>, q: readonly number[]): number {
  const p = part.positions;
  let best = Infinity;
  const v = (i: number): [number, number, number] => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!];
  for (let t = 0; t < part.indices.length; t += 3) {
    best = Math.min(
      best,
      pointTriangle(q, v(part.indices[t]!), v(part.indices[t + 1]!), v(part.indices[t + 2]!)),
    );
  }
  return best;
}

function pointTriangle(q: readonly number[], a: number[], b: number[], c: number[]): number {
  // Closest point on a triangle (Ericson, Real-Time Collision Detection, 5.1.5), written out here.
  const sub = (x: readonly number[], y: readonly number[]): number[] => [
    x[0]! - y[0]!,
    x[1]! - y[1]!,
    x[2]! - y[2]!,
  ];
  const dot = (x: number[], y: number[]): number => x[0]! * y[0]! + x[1]! * y[1]! + x[2]! * y[2]!;
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub(q, a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  const at = (s: number, t: number): number => {
    const x = [
      a[0]! + ab[0]! * s + ac[0]! * t,
      a[1]! + ab[1]! * s + ac[1]! * t,
      a[2]! + ab[2]! * s + ac[2]! * t,
    ];
    return Math.hypot(q[0]! - x[0]!, q[1]! - x[1]!, q[2]! - x[2]!);
  };
  if (d1 <= 0 && d2 <= 0) return at(0, 0);
  const bp = sub(q, b);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return at(1, 0);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(d1 / (d1 - d3), 0);
  const cp = sub(q, c);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return at(0, 1);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(0, d2 / (d2 - d6));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return at(1 - w, w);
  }
  const denom = 1 / (va + vb + vc);
  return at(vb * denom, vc * denom);
}
