/**
 * 2D signed distances of cross-sections (negative inside), read by the swept fields of
 * `sdf-sweeps.ts` for long-bone shafts, rami and crests.
 */

/** 2D signed distance to an ellipse-like section (exact on the boundary). */
export function ellipse2(u: number, v: number, ru: number, rv: number): number {
  const pu = u / ru;
  const pv = v / rv;
  const k0 = Math.hypot(pu, pv);
  const k1 = Math.hypot(pu / ru, pv / rv);
  return k1 === 0 ? -Math.min(ru, rv) : (k0 * (k0 - 1)) / k1;
}

/** 2D signed distance to a triangle (a, b, c as [u, v]). */
export function triangle2(
  u: number,
  v: number,
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
): number {
  const e0u = b[0] - a[0];
  const e0v = b[1] - a[1];
  const e1u = c[0] - b[0];
  const e1v = c[1] - b[1];
  const e2u = a[0] - c[0];
  const e2v = a[1] - c[1];
  const v0u = u - a[0];
  const v0v = v - a[1];
  const v1u = u - b[0];
  const v1v = v - b[1];
  const v2u = u - c[0];
  const v2v = v - c[1];
  const clamp = (t: number) => Math.min(Math.max(t, 0), 1);
  const t0 = clamp((v0u * e0u + v0v * e0v) / (e0u * e0u + e0v * e0v));
  const t1 = clamp((v1u * e1u + v1v * e1v) / (e1u * e1u + e1v * e1v));
  const t2 = clamp((v2u * e2u + v2v * e2v) / (e2u * e2u + e2v * e2v));
  const pq0u = v0u - e0u * t0;
  const pq0v = v0v - e0v * t0;
  const pq1u = v1u - e1u * t1;
  const pq1v = v1v - e1v * t1;
  const pq2u = v2u - e2u * t2;
  const pq2v = v2v - e2v * t2;
  const s = Math.sign(e0u * e2v - e0v * e2u);
  const d0 = pq0u * pq0u + pq0v * pq0v;
  const d1 = pq1u * pq1u + pq1v * pq1v;
  const d2 = pq2u * pq2u + pq2v * pq2v;
  const c0 = s * (v0u * e0v - v0v * e0u);
  const c1 = s * (v1u * e1v - v1v * e1u);
  const c2 = s * (v2u * e2v - v2v * e2u);
  const d = Math.min(d0, d1, d2);
  return -Math.sqrt(d) * Math.sign(Math.min(c0, c1, c2));
}

/** 2D signed distance to a rounded rectangle of half-sizes (hu, hv) with corner radius r. */
export function roundedBox2(u: number, v: number, hu: number, hv: number, r: number): number {
  const qu = Math.abs(u) - hu + r;
  const qv = Math.abs(v) - hv + r;
  return Math.min(Math.max(qu, qv), 0) + Math.hypot(Math.max(qu, 0), Math.max(qv, 0)) - r;
}
