/**
 * A crude stand-in model for developing and testing the scene before (or without) the generated
 * one: a skin tube carrying `_SURFACE`, a femur, two hamstrings with attachments and a trigger
 * point, all tagged like the real model (node name = identifier, extras = PartExtras).
 * Run: `node --import tsx tests/browser/scene-fixture-model.ts <out.glb>`.
 */
import { Document, NodeIO, type Node } from '@gltf-transform/core';
import { writeFileSync } from 'node:fs';
import { limbAxisAt } from '../../src/anatomy/surface.ts';

type V3 = [number, number, number];

function radiusAt(y: number): number {
  const profile: [number, number][] = [
    [0.2, 0.1],
    [-0.1, 0.095],
    [-0.4, 0.065],
    [-0.5, 0.06],
    [-0.6, 0.058],
    [-0.85, 0.035],
    [-0.96, 0.04],
  ];
  for (let i = 1; i < profile.length; i++) {
    const [y0, r0] = profile[i - 1]!;
    const [y1, r1] = profile[i]!;
    if (y >= y1) return r0 + ((r1 - r0) * (y0 - y)) / (y0 - y1);
  }
  return 0.04;
}

interface MeshData {
  positions: number[];
  normals: number[];
  indices: number[];
  surface?: number[];
}

function skin(): MeshData {
  const positions: number[] = [];
  const normals: number[] = [];
  const surface: number[] = [];
  const indices: number[] = [];
  const rings: number[] = [];
  for (let y = 0.2; y >= -0.96; y -= 0.01) rings.push(y);
  const steps = 48;
  for (const y of rings) {
    const c = limbAxisAt(y);
    const r = radiusAt(y);
    for (let j = 0; j <= steps; j++) {
      const angle = (360 * j) / steps;
      const t = (angle * Math.PI) / 180;
      positions.push(c.x - r * Math.sin(t), y, c.z + r * Math.cos(t));
      normals.push(-Math.sin(t), 0, Math.cos(t));
      surface.push(y, angle);
    }
  }
  const row = steps + 1;
  for (let i = 0; i < rings.length - 1; i++) {
    for (let j = 0; j < steps; j++) {
      const a = i * row + j;
      const b = a + 1;
      const d = a + row;
      const e = d + 1;
      // Counter-clockwise seen from outside (checked by the normal test below).
      indices.push(a, b, d, b, e, d);
    }
  }
  return { positions, normals, indices, surface };
}

function tube(from: V3, to: V3, radius: number, segments = 16, rings = 12): MeshData {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const axis: V3 = [to[0] - from[0], to[1] - from[1], to[2] - from[2]];
  const len = Math.hypot(...axis);
  const w: V3 = [axis[0] / len, axis[1] / len, axis[2] / len];
  const helper: V3 = Math.abs(w[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const cross = (p: V3, q: V3): V3 => [
    p[1] * q[2] - p[2] * q[1],
    p[2] * q[0] - p[0] * q[2],
    p[0] * q[1] - p[1] * q[0],
  ];
  const norm = (v: V3): V3 => {
    const l = Math.hypot(...v);
    return [v[0] / l, v[1] / l, v[2] / l];
  };
  const u = norm(cross(w, helper));
  const v = cross(w, u);
  for (let i = 0; i <= rings; i++) {
    const s = i / rings;
    const r = radius * (0.35 + 0.65 * Math.sin(Math.PI * s));
    for (let j = 0; j <= segments; j++) {
      const t = (2 * Math.PI * j) / segments;
      const n: V3 = [
        u[0] * Math.cos(t) + v[0] * Math.sin(t),
        u[1] * Math.cos(t) + v[1] * Math.sin(t),
        u[2] * Math.cos(t) + v[2] * Math.sin(t),
      ];
      positions.push(
        from[0] + axis[0] * s + n[0] * r,
        from[1] + axis[1] * s + n[1] * r,
        from[2] + axis[2] * s + n[2] * r,
      );
      normals.push(...n);
    }
  }
  const row = segments + 1;
  for (let i = 0; i < rings; i++)
    for (let j = 0; j < segments; j++) {
      const a = i * row + j;
      indices.push(a, a + 1, a + row, a + 1, a + row + 1, a + row);
    }
  return { positions, normals, indices };
}

export function buildFixture(): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const scene = doc.createScene('thigh');
  const add = (name: string, extras: Record<string, unknown>, data?: MeshData, at?: V3): Node => {
    const node = doc.createNode(name).setExtras(extras);
    if (data) {
      const prim = doc
        .createPrimitive()
        .setAttribute(
          'POSITION',
          doc.createAccessor().setType('VEC3').setArray(new Float32Array(data.positions)).setBuffer(buffer),
        )
        .setAttribute(
          'NORMAL',
          doc.createAccessor().setType('VEC3').setArray(new Float32Array(data.normals)).setBuffer(buffer),
        )
        .setIndices(
          doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(data.indices)).setBuffer(buffer),
        );
      if (data.surface)
        prim.setAttribute(
          '_SURFACE',
          doc.createAccessor().setType('VEC2').setArray(new Float32Array(data.surface)).setBuffer(buffer),
        );
      prim.setMaterial(doc.createMaterial(name));
      node.setMesh(doc.createMesh(name).addPrimitive(prim));
    }
    if (at) node.setTranslation(at);
    scene.addChild(node);
    return node;
  };
  add('skin', { kind: 'skin', structure: 'skin' }, skin());
  add(
    'femur',
    { kind: 'bone', structure: 'femur' },
    tube([-0.08, -0.05, -0.07], [-0.085, -0.47, -0.075], 0.03),
  );
  const muscles: [string, V3, V3, number][] = [
    ['biceps-femoris-long-head', [-0.075, -0.11, -0.12], [-0.125, -0.5, -0.1], 0.03],
    ['semitendinosus', [-0.065, -0.11, -0.12], [-0.05, -0.55, -0.08], 0.025],
    ['gastrocnemius-medial-head', [-0.06, -0.45, -0.11], [-0.08, -0.8, -0.11], 0.03],
  ];
  for (const [id, from, to, r] of muscles) {
    add(id, { kind: 'muscle', structure: id, layer: 1, compartment: 'posterior-thigh' }, tube(from, to, r));
    add(
      `${id}-origin`,
      { kind: 'attachment', structure: id, role: 'origin' },
      tube(from, [from[0], from[1] - 0.01, from[2]], 0.012, 8, 2),
    );
    add(
      `${id}-insertion`,
      { kind: 'attachment', structure: id, role: 'insertion' },
      tube([to[0], to[1] + 0.01, to[2]], to, 0.012, 8, 2),
    );
  }
  add(
    'biceps-femoris-long-head-trigger-point-1',
    { kind: 'trigger-point', structure: 'biceps-femoris-long-head', role: '1' },
    undefined,
    [-0.11, -0.38, -0.125],
  );
  add(
    'ischial-tuberosity',
    { kind: 'landmark', structure: 'ischial-tuberosity' },
    undefined,
    [-0.07, -0.1, -0.11],
  );
  return doc;
}

if (process.argv[1]?.endsWith('scene-fixture-model.ts')) {
  const out = process.argv[2] ?? 'tests/output/fixture-thigh.glb';
  const bytes = await new NodeIO().writeBinary(buildFixture());
  writeFileSync(out, bytes);
  console.log(`wrote ${out} (${bytes.byteLength} bytes)`);
}
