/**
 * Closed lofted surfaces: a ring of superellipse section points at every centreline sample,
 * joined into a tube and capped at both ends. A section can also be curled around a centre on its
 * deep side so broad muscles (the vasti, soleus) wrap the bone beneath them instead of lying flat.
 */
import type { Frame } from './frames.ts';
import { type V3 } from './vec.ts';

export interface Section {
  centre: V3;
  frame: Frame;
  /** Half-width along frame.normal (m). */
  halfWidth: number;
  /** Half-depth along frame.binormal (m); binormal points to the superficial side. */
  halfDepth: number;
  /** Superellipse exponent: 2 = ellipse, larger = boxier, below 2 = lens-like. */
  exponent: number;
  /** Curvature (1/m) of the wrap around the deep side; 0 = flat. */
  curl: number;
}

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** Point of a section at angle theta (0 = +width side, pi/2 = superficial side). */
export function sectionPoint(s: Section, theta: number): V3 {
  const c = Math.cos(theta);
  const si = Math.sin(theta);
  const p = 2 / s.exponent;
  const u = s.halfWidth * Math.sign(c) * Math.abs(c) ** p;
  const v = s.halfDepth * Math.sign(si) * Math.abs(si) ** p;
  return sectionLocal(s, u, v);
}

/** A point at width offset u and depth offset v of a section, honouring its curl. */
export function sectionLocal(s: Section, u: number, v: number): V3 {
  const { centre, frame } = s;
  const e1 = frame.normal;
  const e2 = frame.binormal;
  if (Math.abs(s.curl) < 1e-6) {
    return [
      centre[0] + e1[0] * u + e2[0] * v,
      centre[1] + e1[1] * u + e2[1] * v,
      centre[2] + e1[2] * u + e2[2] * v,
    ];
  }
  const R = 1 / s.curl;
  const phi = u / R;
  const r = R + v;
  const a = r * Math.sin(phi);
  const b = r * Math.cos(phi) - R;
  return [
    centre[0] + e1[0] * a + e2[0] * b,
    centre[1] + e1[1] * a + e2[1] * b,
    centre[2] + e1[2] * a + e2[2] * b,
  ];
}

/** A closed tube through the sections (ring of `around` points each), capped at both ends. */
export function loftSections(sections: readonly Section[], around: number): RawMesh {
  const n = sections.length;
  const positions = new Float32Array((n * around + 2) * 3);
  let o = 0;
  for (const s of sections) {
    for (let k = 0; k < around; k++) {
      const p = sectionPoint(s, (2 * Math.PI * k) / around);
      positions[o++] = p[0];
      positions[o++] = p[1];
      positions[o++] = p[2];
    }
  }
  const capStart = n * around;
  const capEnd = capStart + 1;
  const first = sections[0]!;
  const last = sections[n - 1]!;
  const startCentre = sectionLocal(first, 0, 0);
  const endCentre = sectionLocal(last, 0, 0);
  positions.set(startCentre, capStart * 3);
  positions.set(endCentre, capEnd * 3);
  return { positions, indices: cappedRingIndices(n, around) };
}

/**
 * Triangles of a closed tube: `rings` rings of `around` vertices each, then the two cap centres
 * (vertex rings × around at the first ring's end, the next one at the last ring's).
 */
export function cappedRingIndices(rings: number, around: number): Uint32Array {
  const capStart = rings * around;
  const capEnd = capStart + 1;
  const idx: number[] = [];
  for (let i = 0; i < rings - 1; i++) {
    for (let k = 0; k < around; k++) {
      const a = i * around + k;
      const b = i * around + ((k + 1) % around);
      const c = a + around;
      const d = b + around;
      // Rings turn from the frame's normal toward its binormal (= tangent x normal), so this
      // order faces outward (the reverse faced inward: renderers culled the near side).
      idx.push(a, b, c, b, d, c);
    }
  }
  for (let k = 0; k < around; k++) {
    idx.push(capStart, (k + 1) % around, k);
    idx.push(capEnd, (rings - 1) * around + k, (rings - 1) * around + ((k + 1) % around));
  }
  return Uint32Array.from(idx);
}
