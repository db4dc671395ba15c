/**
 * Taubin (λ|μ) smoothing: alternating shrink and inflate umbrella steps remove the staircase of a
 * level-set mesh without shrinking the shape the way plain Laplacian smoothing does.
 */
export function vertexNeighbours(
  vertexCount: number,
  indices: Uint32Array,
): { offsets: Uint32Array; list: Uint32Array } {
  const sets: Set<number>[] = Array.from({ length: vertexCount }, () => new Set<number>());
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    sets[a]!.add(b).add(c);
    sets[b]!.add(a).add(c);
    sets[c]!.add(a).add(b);
  }
  const offsets = new Uint32Array(vertexCount + 1);
  for (let v = 0; v < vertexCount; v++) offsets[v + 1] = offsets[v]! + sets[v]!.size;
  const list = new Uint32Array(offsets[vertexCount]!);
  for (let v = 0; v < vertexCount; v++) {
    let o = offsets[v]!;
    for (const n of [...sets[v]!].sort((x, y) => x - y)) list[o++] = n;
  }
  return { offsets, list };
}

/** Smooths positions in place. `fixed` marks vertices that must not move (open borders). */
export function taubinSmooth(
  positions: Float32Array,
  indices: Uint32Array,
  iterations = 8,
  lambda = 0.5,
  mu = -0.53,
  fixed?: Uint8Array,
): void {
  const n = positions.length / 3;
  const { offsets, list } = vertexNeighbours(n, indices);
  const tmp = new Float32Array(positions.length);
  const step = (factor: number) => {
    for (let v = 0; v < n; v++) {
      const s = offsets[v]!;
      const e = offsets[v + 1]!;
      if (e === s || fixed?.[v]) {
        tmp[v * 3] = positions[v * 3]!;
        tmp[v * 3 + 1] = positions[v * 3 + 1]!;
        tmp[v * 3 + 2] = positions[v * 3 + 2]!;
        continue;
      }
      let x = 0;
      let y = 0;
      let z = 0;
      for (let o = s; o < e; o++) {
        const m = list[o]! * 3;
        x += positions[m]!;
        y += positions[m + 1]!;
        z += positions[m + 2]!;
      }
      const c = 1 / (e - s);
      tmp[v * 3] = positions[v * 3]! + factor * (x * c - positions[v * 3]!);
      tmp[v * 3 + 1] = positions[v * 3 + 1]! + factor * (y * c - positions[v * 3 + 1]!);
      tmp[v * 3 + 2] = positions[v * 3 + 2]! + factor * (z * c - positions[v * 3 + 2]!);
    }
    positions.set(tmp);
  };
  for (let i = 0; i < iterations; i++) {
    step(lambda);
    step(mu);
  }
}
