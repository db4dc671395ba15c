/**
 * Triangle-budget simplification with meshoptimizer (attribute-aware when a part carries extra
 * per-vertex data such as the skin's surface coordinate), followed by compaction of unused
 * vertices. Deterministic: meshoptimizer has no randomness.
 */
import { MeshoptSimplifier } from 'meshoptimizer';

export interface SimplifiableMesh {
  positions: Float32Array;
  indices: Uint32Array;
  /** Optional extra per-vertex floats (`stride` per vertex) carried through unchanged. */
  extra?: { data: Float32Array; stride: number };
}

export async function simplifyMesh(
  mesh: SimplifiableMesh,
  targetTriangles: number,
  maxError = 0.02,
  lockBorder = false,
): Promise<SimplifiableMesh> {
  if (mesh.indices.length / 3 <= targetTriangles) return mesh;
  await MeshoptSimplifier.ready;
  const flags: ('LockBorder' | 'Prune')[] = lockBorder ? ['LockBorder'] : [];
  const [out] = MeshoptSimplifier.simplify(
    mesh.indices,
    mesh.positions,
    3,
    targetTriangles * 3,
    maxError,
    flags,
  );
  return compact({ ...mesh, indices: out });
}

/** Drops unreferenced vertices, renumbering in first-use order (stable). */
export function compact(mesh: SimplifiableMesh): SimplifiableMesh {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1);
  let next = 0;
  const indices = new Uint32Array(mesh.indices.length);
  for (let i = 0; i < mesh.indices.length; i++) {
    const v = mesh.indices[i]!;
    if (remap[v] === -1) remap[v] = next++;
    indices[i] = remap[v]!;
  }
  const positions = new Float32Array(next * 3);
  const stride = mesh.extra?.stride ?? 0;
  const extra = mesh.extra ? new Float32Array(next * stride) : undefined;
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v]!;
    if (r < 0) continue;
    positions[r * 3] = mesh.positions[v * 3]!;
    positions[r * 3 + 1] = mesh.positions[v * 3 + 1]!;
    positions[r * 3 + 2] = mesh.positions[v * 3 + 2]!;
    if (extra && mesh.extra)
      for (let s = 0; s < stride; s++) extra[r * stride + s] = mesh.extra.data[v * stride + s]!;
  }
  return { positions, indices, extra: extra && mesh.extra ? { data: extra, stride } : undefined };
}
