/**
 * The model is a right half-body: the skin stops at the midline plane (x = 0). Anything that
 * reaches the plane (the half sacrum, the medial edge of gluteus maximus) would show through
 * there, so it is pressed just behind it.
 */

/** Clamps x to at most `limit`, smoothly over the last `band` metres (monotonic, so no folds). */
export function keepBehindMidline(positions: Float32Array, limit: number, band = 0.006): void {
  for (let v = 0; v < positions.length; v += 3) {
    const x = positions[v]!;
    if (x <= limit - band) continue;
    const over = x - (limit - band);
    positions[v] = limit - band + band * (1 - Math.exp(-over / band));
  }
}
