/** Catmull-Rom interpolation shared by the swept and sheet distance fields. */

/** Catmull-Rom interpolation of a value list at u in [0, n-1]. */
export function catmull(values: readonly number[], u: number): number {
  const n = values.length;
  const i = Math.min(Math.max(Math.floor(u), 0), n - 2);
  const t = u - i;
  const p0 = values[Math.max(i - 1, 0)]!;
  const p1 = values[i]!;
  const p2 = values[i + 1]!;
  const p3 = values[Math.min(i + 2, n - 1)]!;
  const t2 = t * t;
  const t3 = t2 * t;
  return (
    0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
  );
}
