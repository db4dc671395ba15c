/**
 * The foot skeleton beyond the calcaneus, simplified: the talus (node `talus`) on top of the
 * calcaneus between the malleoli, and the rest of the foot as one part (node `metatarsal-bones`:
 * the five metatarsals with the navicular, cuboid, three cuneiforms and the toe phalanges). Placed on gait2392's foot: the ankle joint centre (talus origin) under the
 * tibial plafond, the metatarsophalangeal line through the toes' origin (-0.0925, -0.936, 0.055),
 * the lateral forefoot against Rajagopal's fifth-metatarsal marker (moved onto gait2392's talus)
 * and the heel against its calcaneus marker. Foot length ≈ 0.15 × stature (≈ 26.5 cm with skin).
 * The toe rays are shared with the skin, so each toe's soft tissue is built around its bones.
 */
import type { Vec3 } from '../../anatomy/types.ts';
import { ellipsoid, roundCone, smin, sphere, type Sdf } from '../mesh/sdf.ts';
import { ANKLE_JOINT_CENTRE } from './frame.ts';

/** Level of the sole of the foot (the floor), model frame y (m). */
export const SOLE_Y = -0.952;

/** A metatarsal: base (tarsometatarsal joint) and head (under the ball of the foot), radii (m). */
interface Ray {
  base: Vec3;
  head: Vec3;
  baseRadius: number;
  shaftRadius: number;
  headRadius: number;
  /** Phalanx lengths (proximal, middle, distal; the big toe has no middle phalanx). */
  phalanges: readonly number[];
  /** Phalanx radius at the toe's base and tip. */
  toeRadius: readonly [number, number];
  /** Toe direction in the horizontal plane (unit x, z) and its downward slope. */
  toeDirection: readonly [number, number, number];
}

/** First (big toe) to fifth ray. */
export const FOOT_RAYS: readonly Ray[] = [
  {
    base: [-0.06, -0.912, 0.0145],
    head: [-0.061, -0.936, 0.056],
    baseRadius: 0.0095,
    shaftRadius: 0.0068,
    headRadius: 0.0098,
    phalanges: [0.027, 0.021],
    toeRadius: [0.0075, 0.006],
    toeDirection: [0.02, 1, -0.03],
  },
  {
    base: [-0.074, -0.906, 0.0105],
    head: [-0.078, -0.937, 0.062],
    baseRadius: 0.0072,
    shaftRadius: 0.0045,
    headRadius: 0.0068,
    phalanges: [0.022, 0.01, 0.009],
    toeRadius: [0.0048, 0.0038],
    toeDirection: [-0.05, 1, -0.08],
  },
  {
    base: [-0.087, -0.908, 0.0095],
    head: [-0.094, -0.938, 0.056],
    baseRadius: 0.007,
    shaftRadius: 0.0043,
    headRadius: 0.0064,
    phalanges: [0.019, 0.009, 0.008],
    toeRadius: [0.0045, 0.0036],
    toeDirection: [-0.09, 1, -0.09],
  },
  {
    base: [-0.1, -0.912, 0.0035],
    head: [-0.109, -0.939, 0.048],
    baseRadius: 0.007,
    shaftRadius: 0.0042,
    headRadius: 0.0062,
    phalanges: [0.017, 0.008, 0.007],
    toeRadius: [0.0043, 0.0035],
    toeDirection: [-0.12, 1, -0.1],
  },
  {
    base: [-0.113, -0.918, -0.0005],
    head: [-0.125, -0.94, 0.037],
    baseRadius: 0.0075,
    shaftRadius: 0.0042,
    headRadius: 0.0062,
    phalanges: [0.014, 0.006, 0.006],
    toeRadius: [0.0042, 0.0034],
    toeDirection: [-0.16, 1, -0.1],
  },
];

/** The toe's phalanges as segments from the metatarsal head forward: [start, end, r0, r1][]. */
export function toeSegments(ray: Ray): [Vec3, Vec3, number, number][] {
  const [dx, dz, slope] = ray.toeDirection;
  const l = Math.hypot(dx, dz);
  const dir: Vec3 = [dx / l, slope, dz / l];
  const gap = 0.0025;
  let at: Vec3 = [
    ray.head[0] + dir[0] * (ray.headRadius + gap),
    ray.head[1] + dir[1] * (ray.headRadius + gap) + 0.001,
    ray.head[2] + dir[2] * (ray.headRadius + gap),
  ];
  const total = ray.phalanges.reduce((a, b) => a + b, 0);
  const out: [Vec3, Vec3, number, number][] = [];
  let done = 0;
  for (const length of ray.phalanges) {
    const r0 = ray.toeRadius[0] + ((ray.toeRadius[1] - ray.toeRadius[0]) * done) / total;
    done += length;
    const r1 = ray.toeRadius[0] + ((ray.toeRadius[1] - ray.toeRadius[0]) * done) / total;
    const end: Vec3 = [at[0] + dir[0] * length, at[1] + dir[1] * length, at[2] + dir[2] * length];
    out.push([at, end, r0, r1]);
    at = [end[0] + dir[0] * gap, end[1] + dir[1] * gap, end[2] + dir[2] * gap];
  }
  return out;
}

const [ax, , az] = ANKLE_JOINT_CENTRE;

/** An axis-aligned box with rounded edges (the cuboid is, roughly, a cube). */
function roundedBox(c: Vec3, half: Vec3, r: number): Sdf {
  return (x, y, z) => {
    const qx = Math.abs(x - c[0]) - half[0] + r;
    const qy = Math.abs(y - c[1]) - half[1] + r;
    const qz = Math.abs(z - c[2]) - half[2] + r;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
    return outside + Math.min(Math.max(qx, qy, qz), 0) - r;
  };
}

// Talus: the trochlea (a dome under the tibial plafond, between the malleoli), the body resting on
// the calcaneus' posterior facet, the neck turning forward and medially to the rounded head that
// meets the navicular, and the posterior process behind.
const trochlea = ellipsoid([ax - 0.002, -0.8905, az + 0.002], [0.0155, 0.011, 0.019]);
const talarBody = ellipsoid([ax - 0.002, -0.8965, az - 0.002], [0.016, 0.0085, 0.018]);
const posteriorProcess = ellipsoid([ax - 0.001, -0.899, az - 0.022], [0.008, 0.006, 0.008]);
const talarNeck = roundCone([ax + 0.001, -0.894, az + 0.014], [-0.074, -0.9, -0.04], 0.011, 0.0095);
const talarHead = ellipsoid([-0.073, -0.9015, -0.035], [0.0125, 0.011, 0.0105]);

export const talusField: Sdf = (x, y, z) => {
  let d = smin(trochlea(x, y, z), talarBody(x, y, z), 0.008);
  d = smin(d, posteriorProcess(x, y, z), 0.005);
  d = smin(d, talarNeck(x, y, z), 0.008);
  d = smin(d, talarHead(x, y, z), 0.006);
  return d;
};

export const talusBounds = { min: [-0.11, -0.915, -0.11] as Vec3, max: [-0.055, -0.875, -0.02] as Vec3 };

// Midfoot: navicular (a disc in front of the talar head, its tuberosity jutting medially), cuboid
// (lateral, in front of the calcaneus) and the three cuneiforms (wedges side by side, in front of
// the navicular). Separate bones are kept apart by a hair so the joints read.
const navicular = ellipsoid([-0.069, -0.904, -0.0205], [0.0155, 0.0115, 0.0062]);
const navicularTuberosity = ellipsoid([-0.0545, -0.909, -0.0225], [0.0055, 0.0055, 0.0055]);
const cuboid = roundedBox([-0.1045, -0.9205, -0.0225], [0.0105, 0.0095, 0.0115], 0.0045);
const cuneiforms = [
  ellipsoid([-0.0595, -0.911, -0.0045], [0.0075, 0.0125, 0.009]),
  ellipsoid([-0.0735, -0.9055, -0.0055], [0.0058, 0.009, 0.0085]),
  ellipsoid([-0.0865, -0.9075, -0.0065], [0.0065, 0.009, 0.0095]),
];
const fifthTuberosity = sphere([-0.1215, -0.923, -0.003], 0.0062);

const metatarsals: Sdf[] = FOOT_RAYS.map((r) => {
  const shaft = roundCone(r.base, r.head, r.shaftRadius, r.shaftRadius * 0.92);
  const base = sphere(r.base, r.baseRadius);
  const head = sphere(r.head, r.headRadius);
  return (x, y, z) => smin(smin(shaft(x, y, z), base(x, y, z), 0.006), head(x, y, z), 0.006);
});
const phalanges: Sdf[] = FOOT_RAYS.flatMap((r) =>
  toeSegments(r).map(([a, b, r0, r1]) => {
    const shaft = roundCone(a, b, r0 * 0.8, r1 * 0.8);
    const baseEnd = sphere(a, r0);
    return (x: number, y: number, z: number) => smin(shaft(x, y, z), baseEnd(x, y, z), 0.004);
  }),
);

export const footBonesField: Sdf = (x, y, z) => {
  let d = smin(navicular(x, y, z), navicularTuberosity(x, y, z), 0.004);
  d = Math.min(d, cuboid(x, y, z));
  for (const c of cuneiforms) d = Math.min(d, c(x, y, z));
  // Bounding cut: the metatarsals and toes only matter in front of the midfoot.
  if (z > -0.03) {
    for (const m of metatarsals) d = Math.min(d, m(x, y, z));
    d = smin(d, fifthTuberosity(x, y, z), 0.004);
    if (z > 0.045) for (const p of phalanges) d = Math.min(d, p(x, y, z));
  }
  return d;
};

export const footBonesBounds = { min: [-0.14, -0.952, -0.035] as Vec3, max: [-0.04, -0.89, 0.125] as Vec3 };
