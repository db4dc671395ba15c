/**
 * The generator's shared mesh utilities: level-set meshing gives closed, outward-facing surfaces
 * at the right size; Taubin smoothing keeps the size; bone fields project points onto bone.
 */
import { describe, expect, it } from 'vitest';
import { meshLevelSet } from '../../src/generator/mesh/level-set.ts';
import { taubinSmooth } from '../../src/generator/mesh/smooth.ts';
import { vertexNormals } from '../../src/generator/mesh/normals.ts';
import { ellipse2, roundCone, smin, sphere, triangle2 } from '../../src/generator/mesh/sdf.ts';
import { boneDefinitions, projectOnField } from '../../src/generator/bones/index.ts';
import { boneIds } from '../../src/anatomy/ids.ts';

function signedVolume(p: Float32Array, idx: Uint32Array): number {
  let v = 0;
  for (let i = 0; i < idx.length; i += 3) {
    const a = idx[i]! * 3;
    const b = idx[i + 1]! * 3;
    const c = idx[i + 2]! * 3;
    v +=
      (p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)) /
      6;
  }
  return v;
}

function edgeUseCounts(idx: Uint32Array): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < idx.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const a = idx[i + k]!;
      const b = idx[i + ((k + 1) % 3)]!;
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  return m;
}

describe('level-set meshing', () => {
  const r = 0.02;
  const mesh = meshLevelSet(
    sphere([0.01, -0.02, 0.005], r),
    { min: [-0.02, -0.05, -0.025], max: [0.04, 0.01, 0.035] },
    0.001,
  );

  it('meshes a sphere closed (every edge shared by two triangles) with outward winding', () => {
    expect(mesh.indices.length).toBeGreaterThan(1000);
    const counts = [...edgeUseCounts(mesh.indices).values()];
    expect(counts.every((c) => c === 2)).toBe(true);
    expect(signedVolume(mesh.positions, mesh.indices)).toBeGreaterThan(0);
  });

  it('keeps the sphere its size, before and after Taubin smoothing', () => {
    const expected = (4 / 3) * Math.PI * r ** 3;
    expect(signedVolume(mesh.positions, mesh.indices) / expected).toBeCloseTo(1, 1);
    const smoothed = Float32Array.from(mesh.positions);
    taubinSmooth(smoothed, mesh.indices, 10);
    expect(signedVolume(smoothed, mesh.indices) / expected).toBeGreaterThan(0.97);
    expect(signedVolume(smoothed, mesh.indices) / expected).toBeLessThan(1.03);
  });

  it('gives unit normals that point away from the centre', () => {
    const n = vertexNormals(mesh.positions, mesh.indices);
    for (let v = 0; v < n.length; v += 3) {
      expect(Math.hypot(n[v]!, n[v + 1]!, n[v + 2]!)).toBeCloseTo(1, 5);
      const dot =
        n[v]! * (mesh.positions[v]! - 0.01) +
        n[v + 1]! * (mesh.positions[v + 1]! + 0.02) +
        n[v + 2]! * (mesh.positions[v + 2]! - 0.005);
      expect(dot).toBeGreaterThan(0);
    }
  });
});

describe('signed distance functions', () => {
  it('measures distances of the primitives correctly', () => {
    expect(sphere([0, 0, 0], 1)(2, 0, 0)).toBeCloseTo(1);
    expect(roundCone([0, 0, 0], [0, 1, 0], 0.1, 0.1)(0.3, 0.5, 0)).toBeCloseTo(0.2);
    expect(ellipse2(2, 0, 1, 0.5)).toBeCloseTo(1, 5);
    expect(triangle2(0, 0, [-1, -1], [1, -1], [0, 1])).toBeLessThan(0);
    expect(triangle2(0, -2, [-1, -1], [1, -1], [0, 1])).toBeCloseTo(1);
    expect(smin(1, 1, 0.2)).toBeLessThan(1);
    expect(smin(0, 5, 0.2)).toBe(0);
  });
});

describe('bone fields', () => {
  it('project points onto each bone surface', () => {
    for (const id of boneIds) {
      const def = boneDefinitions[id];
      const c: [number, number, number] = [
        (def.bounds.min[0] + def.bounds.max[0]) / 2 + 0.03,
        (def.bounds.min[1] + def.bounds.max[1]) / 2,
        (def.bounds.min[2] + def.bounds.max[2]) / 2 + 0.03,
      ];
      const p = projectOnField(def.field, c);
      expect(Math.abs(def.field(...p)), id).toBeLessThan(1e-4);
    }
  });
});
