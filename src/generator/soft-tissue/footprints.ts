/**
 * Attachment footprints: thin patches lying on the bone surface that cover an attachment's
 * points. An ellipse fitted around the points (in the plane tangent to the bone at their centre)
 * is meshed as a polar grid and every vertex is projected onto the bone, then lifted a fraction of
 * a millimetre along the bone's normal so it shows on top of it.
 */
import type { BoneId } from '../../anatomy/ids.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import type { BoneSet } from '../types.ts';
import { type V3, add, cross, dot, normalize, scale, sub } from '../loft/index.ts';
import { vertexNormals } from '../loft/index.ts';
import { gradient } from './collide.ts';

export interface Footprint {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

const LIFT = 0.0004;
const PAD = 0.005;

export function footprintMesh(bones: BoneSet, bone: BoneId, points: readonly Vec3[]): Footprint {
  const field = bones.fieldOf(bone);
  const onBone = points.map((p) => bones.project(p, bone) as V3);
  let c: V3 = [0, 0, 0];
  for (const p of onBone) c = add(c, p);
  c = bones.project(scale(c, 1 / onBone.length), bone) as V3;
  const n = gradient(field, c[0], c[1], c[2]);
  const helper: V3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  let e1 = normalize(cross(n, helper));
  let e2 = cross(n, e1);
  // Principal direction of the points in the tangent plane.
  const flat = onBone.map((p) => [dot(sub(p, c), e1), dot(sub(p, c), e2)] as const);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of flat) {
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const r1 = normalize(add(scale(e1, Math.cos(angle)), scale(e2, Math.sin(angle))));
  const r2 = cross(n, r1);
  e1 = r1;
  e2 = r2;
  let a = 0;
  let b = 0;
  for (const p of onBone) {
    a = Math.max(a, Math.abs(dot(sub(p, c), e1)));
    b = Math.max(b, Math.abs(dot(sub(p, c), e2)));
  }
  a += PAD;
  // Broad attachments (the iliac wing's gluteal surface) are areas, not strips: points that lie
  // nearly along one line on a curved bone still cover a band at least 40 % as wide as long.
  b = Math.max(b + PAD, 0.006, a > 0.03 ? 0.4 * a : 0);
  const rings = Math.max(4, Math.min(10, Math.round(Math.max(a, b) / 0.004)));
  const sectors = 20;
  const pos: number[] = [];
  const push = (u: number, v: number): void => {
    const q = add(c, add(scale(e1, u), scale(e2, v)));
    // Project from slightly outside so the nearest surface point is on the outer side.
    const s = bones.project(add(q, scale(n, 0.004)), bone) as V3;
    const g = gradient(field, s[0], s[1], s[2]);
    const lifted = add(s, scale(g, LIFT));
    pos.push(lifted[0], lifted[1], lifted[2]);
  };
  push(0, 0);
  for (let r = 1; r <= rings; r++) {
    const k = r / rings;
    for (let s = 0; s < sectors; s++) {
      const th = (2 * Math.PI * s) / sectors;
      push(a * k * Math.cos(th), b * k * Math.sin(th));
    }
  }
  const idx: number[] = [];
  for (let s = 0; s < sectors; s++) idx.push(0, 1 + s, 1 + ((s + 1) % sectors));
  for (let r = 1; r < rings; r++) {
    const o0 = 1 + (r - 1) * sectors;
    const o1 = 1 + r * sectors;
    for (let s = 0; s < sectors; s++) {
      const s1 = (s + 1) % sectors;
      idx.push(o0 + s, o1 + s, o1 + s1, o0 + s, o1 + s1, o0 + s1);
    }
  }
  const positions = Float32Array.from(pos);
  let indices = Uint32Array.from(idx);
  // Face outward (away from the bone).
  const normals0 = vertexNormals(positions, indices);
  if (normals0[0]! * n[0] + normals0[1]! * n[1] + normals0[2]! * n[2] < 0) {
    for (let i = 0; i < indices.length; i += 3) {
      const t = indices[i + 1]!;
      indices[i + 1] = indices[i + 2]!;
      indices[i + 2] = t;
    }
    indices = Uint32Array.from(indices);
  }
  return { positions, normals: vertexNormals(positions, indices), indices };
}
