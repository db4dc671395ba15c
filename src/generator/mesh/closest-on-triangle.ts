/** Closest point on a triangle, the inner step of the sheet distance field. */

/** Closest point on triangle abc to p (Ericson), returned with its barycentric weights. */
export function closestOnTriangle(
  px: number,
  py: number,
  pz: number,
  t: Float64Array,
  o: number,
  out: Float64Array,
): void {
  const ax = t[o]!;
  const ay = t[o + 1]!;
  const az = t[o + 2]!;
  const abx = t[o + 3]! - ax;
  const aby = t[o + 4]! - ay;
  const abz = t[o + 5]! - az;
  const acx = t[o + 6]! - ax;
  const acy = t[o + 7]! - ay;
  const acz = t[o + 8]! - az;
  const apx = px - ax;
  const apy = py - ay;
  const apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let v: number;
  let w: number;
  if (d1 <= 0 && d2 <= 0) {
    v = 0;
    w = 0;
  } else {
    const bpx = px - t[o + 3]!;
    const bpy = py - t[o + 4]!;
    const bpz = pz - t[o + 5]!;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = px - t[o + 6]!;
    const cpy = py - t[o + 7]!;
    const cpz = pz - t[o + 8]!;
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) {
      v = 1;
      w = 0;
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      v = d1 / (d1 - d3);
      w = 0;
    } else if (d6 >= 0 && d5 <= d6) {
      v = 0;
      w = 1;
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      v = 0;
      w = d2 / (d2 - d6);
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      v = 1 - w;
    } else {
      const denom = 1 / (va + vb + vc);
      v = vb * denom;
      w = vc * denom;
    }
  }
  out[0] = ax + abx * v + acx * w;
  out[1] = ay + aby * v + acy * w;
  out[2] = az + abz * v + acz * w;
  out[3] = 1 - v - w;
  out[4] = v;
  out[5] = w;
}
