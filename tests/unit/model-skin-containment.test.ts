/**
 * The skin wraps everything: no bone, muscle or tendon vertex (sampled) lies outside it by more
 * than about a millimetre. The skin is a closed surface (checked first), so a point is inside when
 * a vertical line through it crosses the skin an odd number of times above it; a point found
 * outside is measured against the nearest skin triangles. This holds for the ring-shaped leg and
 * the foot alike (the foot's rows are not horizontal rings, see src/generator/skin/foot.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { limbAxisAt } from '../../src/anatomy/surface.ts';
import { loadModel, type LoadedModel } from './model-fixture.ts';

const TOLERANCE = 0.0011;
const CELL = 0.004;

interface Skin {
  /** Triangles as flat xyz triples (9 numbers each). */
  tris: Float64Array;
  /** Triangles by (x, z) cell of their horizontal bounding box. */
  cells: Map<string, number[]>;
}

const cellKey = (i: number, k: number) => `${i},${k}`;

function skinTriangles(model: LoadedModel): Skin {
  const skin = model.nodes.get('skin')!;
  const p = skin.positions;
  const idx = skin.node.getMesh()!.listPrimitives()[0]!.getIndices()!.getArray()!;
  const tris = new Float64Array(idx.length * 3);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i]!;
    tris[i * 3] = p[v * 3]!;
    tris[i * 3 + 1] = p[v * 3 + 1]!;
    tris[i * 3 + 2] = p[v * 3 + 2]!;
  }
  const cells = new Map<string, number[]>();
  for (let t = 0; t < idx.length / 3; t++) {
    const o = t * 9;
    const xs = [tris[o]!, tris[o + 3]!, tris[o + 6]!];
    const zs = [tris[o + 2]!, tris[o + 5]!, tris[o + 8]!];
    for (let i = Math.floor(Math.min(...xs) / CELL); i <= Math.floor(Math.max(...xs) / CELL); i++)
      for (let k = Math.floor(Math.min(...zs) / CELL); k <= Math.floor(Math.max(...zs) / CELL); k++) {
        const key = cellKey(i, k);
        let list = cells.get(key);
        if (!list) cells.set(key, (list = []));
        list.push(t);
      }
  }
  return { tris, cells };
}

/** Whether q lies inside the closed skin (crossings of the upward vertical line through q). */
function inside(skin: Skin, q: readonly [number, number, number]): boolean {
  // A tiny fixed offset keeps the line off shared edges and vertices.
  const x = q[0] + 1.37e-7;
  const z = q[2] + 2.91e-7;
  const list = skin.cells.get(cellKey(Math.floor(x / CELL), Math.floor(z / CELL))) ?? [];
  const t = skin.tris;
  let crossings = 0;
  for (const f of list) {
    const o = f * 9;
    const ax = t[o]!;
    const az = t[o + 2]!;
    const bx = t[o + 3]!;
    const bz = t[o + 5]!;
    const cx = t[o + 6]!;
    const cz = t[o + 8]!;
    const det = (bx - ax) * (cz - az) - (cx - ax) * (bz - az);
    if (Math.abs(det) < 1e-14) continue;
    const u = ((x - ax) * (cz - az) - (cx - ax) * (z - az)) / det;
    const v = ((bx - ax) * (z - az) - (x - ax) * (bz - az)) / det;
    if (u < 0 || v < 0 || u + v > 1) continue;
    const y = t[o + 1]! + u * (t[o + 4]! - t[o + 1]!) + v * (t[o + 7]! - t[o + 1]!);
    if (y > q[1]) crossings++;
  }
  return crossings % 2 === 1;
}

/** Distance from q to the closest point of triangle o (Ericson's region test). */
function triangleDistance(t: Float64Array, o: number, q: readonly [number, number, number]): number {
  const a = [t[o]!, t[o + 1]!, t[o + 2]!];
  const b = [t[o + 3]!, t[o + 4]!, t[o + 5]!];
  const c = [t[o + 6]!, t[o + 7]!, t[o + 8]!];
  const sub = (p: number[], r: readonly number[]) => [p[0]! - r[0]!, p[1]! - r[1]!, p[2]! - r[2]!];
  const dot = (p: number[], r: number[]) => p[0]! * r[0]! + p[1]! * r[1]! + p[2]! * r[2]!;
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub([...q], a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  let closest: number[];
  if (d1 <= 0 && d2 <= 0) closest = a;
  else {
    const bp = sub([...q], b);
    const d3 = dot(ab, bp);
    const d4 = dot(ac, bp);
    const cp = sub([...q], c);
    const d5 = dot(ab, cp);
    const d6 = dot(ac, cp);
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    const at = (s: number, w: number) => [0, 1, 2].map((k) => a[k]! + ab[k]! * s + ac[k]! * w);
    if (d3 >= 0 && d4 <= d3) closest = b;
    else if (vc <= 0 && d1 >= 0 && d3 <= 0) closest = at(d1 / (d1 - d3), 0);
    else if (d6 >= 0 && d5 <= d6) closest = c;
    else if (vb <= 0 && d2 >= 0 && d6 <= 0) closest = at(0, d2 / (d2 - d6));
    else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      closest = [0, 1, 2].map((k) => b[k]! + (c[k]! - b[k]!) * w);
    } else {
      const denom = 1 / (va + vb + vc);
      closest = at(vb * denom, vc * denom);
    }
  }
  return Math.hypot(q[0] - closest[0]!, q[1] - closest[1]!, q[2] - closest[2]!);
}

/** How far outside the skin q lies (0 when inside). */
function outside(skin: Skin, q: readonly [number, number, number]): number {
  if (inside(skin, q)) return 0;
  // Outside: the nearest skin triangle among those whose horizontal cells lie within 2 cm.
  const reach = Math.ceil(0.02 / CELL);
  const ci = Math.floor(q[0] / CELL);
  const ck = Math.floor(q[2] / CELL);
  const seen = new Set<number>();
  let best = Infinity;
  for (let i = ci - reach; i <= ci + reach; i++)
    for (let k = ck - reach; k <= ck + reach; k++)
      for (const f of skin.cells.get(cellKey(i, k)) ?? []) {
        if (seen.has(f)) continue;
        seen.add(f);
        best = Math.min(best, triangleDistance(skin.tris, f * 9, q));
      }
  return best;
}

describe('skin containment', () => {
  let model: LoadedModel;
  let skin: Skin;
  beforeAll(async () => {
    model = await loadModel();
    skin = skinTriangles(model);
  });

  it('is a closed surface (every edge, welded by position, shared by exactly two triangles)', () => {
    const t = skin.tris;
    const ids = new Map<string, number>();
    const id = (o: number) => {
      const key = `${t[o]!.toFixed(6)},${t[o + 1]!.toFixed(6)},${t[o + 2]!.toFixed(6)}`;
      let v = ids.get(key);
      if (v === undefined) ids.set(key, (v = ids.size));
      return v;
    };
    const edges = new Map<string, number>();
    for (let f = 0; f < t.length / 9; f++) {
      const v = [id(f * 9), id(f * 9 + 3), id(f * 9 + 6)];
      for (let k = 0; k < 3; k++) {
        const a = v[k]!;
        const b = v[(k + 1) % 3]!;
        if (a === b) continue;
        const key = a < b ? `${a}-${b}` : `${b}-${a}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    const open = [...edges.values()].filter((n) => n !== 2).length;
    expect(edges.size).toBeGreaterThan(10_000);
    expect(open).toBe(0);
  });

  it('keeps every sampled bone, muscle and tendon vertex inside the skin (within ~1 mm)', () => {
    const offenders: string[] = [];
    let checked = 0;
    let foot = 0;
    for (const [name, node] of model.nodes) {
      const kind = node.extras.kind;
      if (kind !== 'bone' && kind !== 'muscle' && kind !== 'tendon') continue;
      const p = node.positions;
      // Every 5th vertex: a sample spread over the whole mesh.
      for (let i = 0; i < p.length; i += 15) {
        const q: [number, number, number] = [p[i]!, p[i + 1]!, p[i + 2]!];
        checked++;
        if (q[1] < -0.88) foot++;
        const o = outside(skin, q);
        if (o > TOLERANCE)
          offenders.push(
            `${name} ${(o * 1000).toFixed(1)} mm out at ${q.map((v) => v.toFixed(3)).join(',')}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(foot).toBeGreaterThan(500);
    expect(offenders.slice(0, 10)).toEqual([]);
  });

  it('tells inside from outside: the limb axis is inside, points beyond the skin are not', () => {
    for (const y of [-0.1, -0.25, -0.6, -0.85]) {
      const c = limbAxisAt(y);
      expect(inside(skin, [c.x, y, c.z]), `axis at y=${y}`).toBe(true);
      // Mid-thigh and leg, 20 cm lateral of the axis: well outside the skin.
      expect(outside(skin, [c.x - 0.2, y, c.z])).toBeGreaterThan(0.05);
    }
    // Inside the forefoot (between the metatarsals), and just under the sole.
    expect(inside(skin, [-0.09, -0.935, 0.03])).toBe(true);
    expect(inside(skin, [-0.09, -0.965, 0.03])).toBe(false);
  });
});
