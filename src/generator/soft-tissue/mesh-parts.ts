/**
 * How the soft-tissue builder turns meshes into named glTF parts: the colours of each kind of
 * tissue, a loft cut into belly and tendon pieces, bellies joined into one mesh.
 */
import type { DistanceField, MeshPart } from '../types.ts';
import { cappedRingIndices, vertexNormals, type V3 } from '../loft/index.ts';
import { escapeTrapped, pushOutOfField } from './collide.ts';
import type { LoftedMuscle } from './muscle-loft.ts';

const MUSCLE_RED: readonly [number, number, number] = [0.52, 0.1, 0.08];
export const TENDON: readonly [number, number, number] = [0.86, 0.83, 0.74];
export const ORIGIN: readonly [number, number, number] = [0.85, 0.25, 0.2];
export const INSERTION: readonly [number, number, number] = [0.2, 0.35, 0.85];
export const SEPTUM: readonly [number, number, number] = [0.82, 0.8, 0.74];
export const NERVE: readonly [number, number, number] = [0.95, 0.78, 0.2];

/** A slightly different red per muscle so neighbours read apart. */
export function muscleColour(i: number): readonly [number, number, number] {
  const k = ((i * 37) % 11) / 11 - 0.5;
  return [MUSCLE_RED[0] + 0.1 * k, MUSCLE_RED[1] + 0.03 * k, MUSCLE_RED[2] + 0.02 * k];
}

/** A closed sub-tube of a ring-structured loft (rings r0..r1 inclusive), capped at both ends. */
export function ringRange(
  m: LoftedMuscle,
  r0: number,
  r1: number,
  field: DistanceField,
): { positions: Float32Array; indices: Uint32Array } {
  const A = m.around;
  const n = r1 - r0 + 1;
  const positions = new Float32Array((n * A + 2) * 3);
  positions.set(m.positions.subarray(r0 * A * 3, (r1 + 1) * A * 3));
  const centroid = (r: number): V3 => {
    let x = 0;
    let y = 0;
    let z = 0;
    for (let k = 0; k < A; k++) {
      const o = (r * A + k) * 3;
      x += m.positions[o]!;
      y += m.positions[o + 1]!;
      z += m.positions[o + 2]!;
    }
    return [x / A, y / A, z / A];
  };
  positions.set(centroid(r0), n * A * 3);
  positions.set(centroid(r1), (n * A + 1) * 3);
  pushOutOfField(positions, field, 0.0008);
  escapeTrapped(positions, field, 0.0008);
  return { positions, indices: cappedRingIndices(n, A) };
}

/** One mesh from several (a muscle's bellies), vertices and triangles appended in order. */
export function joinMeshes(meshes: readonly { positions: Float32Array; indices: Uint32Array }[]): {
  positions: Float32Array;
  indices: Uint32Array;
} {
  if (meshes.length === 1) return meshes[0]!;
  const positions = new Float32Array(meshes.reduce((n, m) => n + m.positions.length, 0));
  const indices = new Uint32Array(meshes.reduce((n, m) => n + m.indices.length, 0));
  let p = 0;
  let k = 0;
  for (const m of meshes) {
    positions.set(m.positions, p);
    for (let i = 0; i < m.indices.length; i++) indices[k + i] = m.indices[i]! + p / 3;
    p += m.positions.length;
    k += m.indices.length;
  }
  return { positions, indices };
}

export function meshPart(
  name: string,
  extras: MeshPart['extras'],
  mesh: { positions: Float32Array; indices: Uint32Array; normals?: Float32Array },
  color: MeshPart['color'],
): MeshPart {
  return {
    name,
    extras,
    positions: mesh.positions,
    normals: mesh.normals ?? vertexNormals(mesh.positions, mesh.indices),
    indices: mesh.indices,
    color,
  };
}
