/** Smooth minimum and maximum: the blends of every distance-field union and cut. */

/** Polynomial smooth minimum: blends two fields over a seam of width ≈ k (metres). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth maximum (smooth intersection / subtraction). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}
