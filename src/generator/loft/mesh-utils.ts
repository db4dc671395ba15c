/**
 * Minimal mesh helpers for lofted parts: area-weighted vertex normals and umbrella relaxation.
 * (Kept here, small, so the soft-tissue builder does not wait on shared utilities.)
 */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(positions.length);
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i]! * 3;
    const b = indices[i + 1]! * 3;
    const c = indices[i + 2]! * 3;
    const ux = positions[b]! - positions[a]!;
    const uy = positions[b + 1]! - positions[a + 1]!;
    const uz = positions[b + 2]! - positions[a + 2]!;
    const vx = positions[c]! - positions[a]!;
    const vy = positions[c + 1]! - positions[a + 1]!;
    const vz = positions[c + 2]! - positions[a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      n[v] = n[v]! + nx;
      n[v + 1] = n[v + 1]! + ny;
      n[v + 2] = n[v + 2]! + nz;
    }
  }
  for (let v = 0; v < n.length; v += 3) {
    const l = Math.hypot(n[v]!, n[v + 1]!, n[v + 2]!) || 1;
    n[v] = n[v]! / l;
    n[v + 1] = n[v + 1]! / l;
    n[v + 2] = n[v + 2]! / l;
  }
  return n;
}

/** Vertex neighbour lists from triangle indices. */
export function neighbours(vertexCount: number, indices: Uint32Array): number[][] {
  const sets = Array.from({ length: vertexCount }, () => new Set<number>());
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i]!;
    const b = indices[i + 1]!;
    const c = indices[i + 2]!;
    sets[a]!.add(b).add(c);
    sets[b]!.add(a).add(c);
    sets[c]!.add(a).add(b);
  }
  return sets.map((s) => [...s]);
}

/** One umbrella (Laplacian) step of strength lambda, in place. */
export function relax(
  positions: Float32Array,
  nbrs: readonly number[][],
  lambda: number,
  fixed?: Uint8Array,
): void {
  const copy = positions.slice();
  for (let v = 0; v < nbrs.length; v++) {
    if (fixed?.[v]) continue;
    const list = nbrs[v]!;
    if (list.length === 0) continue;
    let x = 0;
    let y = 0;
    let z = 0;
    for (const w of list) {
      x += copy[w * 3]!;
      y += copy[w * 3 + 1]!;
      z += copy[w * 3 + 2]!;
    }
    const k = 1 / list.length;
    positions[v * 3] = copy[v * 3]! + lambda * (x * k - copy[v * 3]!);
    positions[v * 3 + 1] = copy[v * 3 + 1]! + lambda * (y * k - copy[v * 3 + 1]!);
    positions[v * 3 + 2] = copy[v * 3 + 2]! + lambda * (z * k - copy[v * 3 + 2]!);
  }
}

/** Taubin smoothing (shrink-free): alternating positive and negative umbrella steps. */
export function taubin(
  positions: Float32Array,
  nbrs: readonly number[][],
  iterations: number,
  fixed?: Uint8Array,
): void {
  for (let i = 0; i < iterations; i++) {
    relax(positions, nbrs, 0.5, fixed);
    relax(positions, nbrs, -0.53, fixed);
  }
}
