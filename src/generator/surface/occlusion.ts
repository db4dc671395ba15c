/**
 * Ambient occlusion baked per vertex: every bone, muscle and tendon surface is marked in a voxel
 * grid (3 mm), and from each vertex a fixed set of rays (cosine-weighted over the hemisphere of
 * its normal) walks the grid for a few centimetres; a ray that meets a surface darkens the vertex,
 * the nearer the more. Grooves between muscles and where muscle meets bone come out darker.
 *
 * What shades what follows what is shown together: a muscle is shaded by bone and by muscles of
 * its own layer or deeper (not by the superficial ones peeled off above it). Bones shade but are
 * not shaded (their own surface texture is drawn by the material; the bytes go to the muscles).
 * Fixed ray set, fixed grid: deterministic.
 */
import type { MeshPart } from '../types.ts';

const VOXEL = 0.003;
const REACH = 0.06;
const RAYS = 32;
/** Voxel value of bone: shades everything. */
const BONE = 255;

/** Fixed ray set in the local frame (z = normal): cosine-weighted, golden-angle spiral. */
const localRays: [number, number, number][] = Array.from({ length: RAYS }, (_, i) => {
  const r = Math.sqrt((i + 0.5) / RAYS);
  const phi = i * Math.PI * (3 - Math.sqrt(5));
  return [r * Math.cos(phi), r * Math.sin(phi), Math.sqrt(Math.max(0, 1 - r * r))];
});

function occluderLevel(part: MeshPart): number {
  if (part.extras.kind === 'bone') return BONE;
  if (part.extras.kind === 'muscle' || part.extras.kind === 'tendon')
    return Math.min(254, part.extras.layer ?? 1);
  return 0;
}

class Grid {
  readonly min: [number, number, number];
  readonly dims: [number, number, number];
  readonly cells: Uint8Array;
  constructor(parts: readonly MeshPart[]) {
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    for (const p of parts)
      for (let i = 0; i < p.positions.length; i++) {
        const k = i % 3;
        lo[k] = Math.min(lo[k]!, p.positions[i]!);
        hi[k] = Math.max(hi[k]!, p.positions[i]!);
      }
    const pad = REACH + 2 * VOXEL;
    this.min = [lo[0]! - pad, lo[1]! - pad, lo[2]! - pad];
    this.dims = [0, 1, 2].map((k) => Math.ceil((hi[k]! - lo[k]! + 2 * pad) / VOXEL)) as [
      number,
      number,
      number,
    ];
    this.cells = new Uint8Array(this.dims[0] * this.dims[1] * this.dims[2]);
  }
  index(x: number, y: number, z: number): number {
    const i = Math.floor((x - this.min[0]) / VOXEL);
    const j = Math.floor((y - this.min[1]) / VOXEL);
    const k = Math.floor((z - this.min[2]) / VOXEL);
    if (i < 0 || j < 0 || k < 0 || i >= this.dims[0] || j >= this.dims[1] || k >= this.dims[2]) return -1;
    return (k * this.dims[1] + j) * this.dims[0] + i;
  }
  /** Marks every voxel a triangle passes through (sampled at under half a voxel). */
  mark(part: MeshPart, level: number): void {
    const P = part.positions;
    const I = part.indices;
    for (let t = 0; t < I.length; t += 3) {
      const a = I[t]! * 3;
      const b = I[t + 1]! * 3;
      const c = I[t + 2]! * 3;
      const edge = Math.max(
        Math.hypot(P[a]! - P[b]!, P[a + 1]! - P[b + 1]!, P[a + 2]! - P[b + 2]!),
        Math.hypot(P[b]! - P[c]!, P[b + 1]! - P[c + 1]!, P[b + 2]! - P[c + 2]!),
        Math.hypot(P[c]! - P[a]!, P[c + 1]! - P[a + 1]!, P[c + 2]! - P[a + 2]!),
      );
      const n = Math.max(1, Math.ceil(edge / (0.5 * VOXEL)));
      for (let i = 0; i <= n; i++)
        for (let j = 0; j <= n - i; j++) {
          const u = i / n;
          const v = j / n;
          const w = 1 - u - v;
          const x = P[a]! * w + P[b]! * u + P[c]! * v;
          const y = P[a + 1]! * w + P[b + 1]! * u + P[c + 1]! * v;
          const z = P[a + 2]! * w + P[b + 2]! * u + P[c + 2]! * v;
          const at = this.index(x, y, z);
          if (at >= 0 && this.cells[at]! < level) this.cells[at] = level;
        }
    }
  }
}

/** Averages each vertex with its neighbours (along triangle edges), `rounds` times. */
function smoothOverMesh(values: Float32Array, indices: Uint32Array, rounds: number): Float32Array {
  let v = values;
  for (let r = 0; r < rounds; r++) {
    const sum = Float32Array.from(v);
    const count = new Float32Array(v.length).fill(1);
    for (let t = 0; t < indices.length; t += 3)
      for (let e = 0; e < 3; e++) {
        const a = indices[t + e]!;
        const b = indices[t + ((e + 1) % 3)]!;
        sum[a]! += v[b]!;
        count[a]! += 1;
        sum[b]! += v[a]!;
        count[b]! += 1;
      }
    v = sum.map((s, i) => s / count[i]!);
  }
  return v;
}

/** Openness of one vertex, 0 (buried) .. 1 (open sky), against voxels of level ≥ `level`. */
function openness(grid: Grid, p: number[], n: number[], level: number): number {
  const helper = Math.abs(n[1]!) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  // Tangent frame (t, b, n).
  let t = [
    helper[1]! * n[2]! - helper[2]! * n[1]!,
    helper[2]! * n[0]! - helper[0]! * n[2]!,
    helper[0]! * n[1]! - helper[1]! * n[0]!,
  ];
  const tl = Math.hypot(t[0]!, t[1]!, t[2]!) || 1;
  t = t.map((x) => x / tl);
  const b = [n[1]! * t[2]! - n[2]! * t[1]!, n[2]! * t[0]! - n[0]! * t[2]!, n[0]! * t[1]! - n[1]! * t[0]!];
  const start = 1.2 * VOXEL;
  const step = 0.6 * VOXEL;
  let shade = 0;
  for (const [lx, ly, lz] of localRays) {
    const d = [0, 1, 2].map((k) => t[k]! * lx + b[k]! * ly + n[k]! * lz);
    for (let s = step; s <= REACH; s += step) {
      const x = p[0]! + n[0]! * start + d[0]! * s;
      const y = p[1]! + n[1]! * start + d[1]! * s;
      const z = p[2]! + n[2]! * start + d[2]! * s;
      const at = grid.index(x, y, z);
      if (at >= 0 && grid.cells[at]! >= level) {
        shade += 1 - (s / REACH) ** 2;
        break;
      }
    }
  }
  return 1 - shade / RAYS;
}

/** Fills `part.occlusion` (0 dark .. 1 open) for every muscle and tendon part. */
export function bakeOcclusion(parts: readonly MeshPart[]): void {
  const solid = parts.filter((p) => occluderLevel(p) > 0);
  if (solid.length === 0) return;
  const grid = new Grid(solid);
  // Deeper muscles first is irrelevant: each voxel keeps the highest (deepest) level through it.
  for (const p of solid) grid.mark(p, occluderLevel(p));
  for (const part of solid) {
    if (part.extras.kind === 'bone') continue;
    const level = occluderLevel(part);
    const n = part.positions.length / 3;
    const raw = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const p = [part.positions[i * 3]!, part.positions[i * 3 + 1]!, part.positions[i * 3 + 2]!];
      const normal = [part.normals[i * 3]!, part.normals[i * 3 + 1]!, part.normals[i * 3 + 2]!];
      raw[i] = openness(grid, p, normal, level);
    }
    const smooth = smoothOverMesh(raw, part.indices, 2);
    part.occlusion = smooth.map((v) => Math.min(1, Math.max(0, v)));
  }
}
