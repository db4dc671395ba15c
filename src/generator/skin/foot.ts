/**
 * The skin of the ankle and foot. Above the ankle the skin is a stack of horizontal rings around
 * the limb axis; a foot cannot be (it runs forward, under the ankle), so below the last ring each
 * column of the skin grid turns into a profile in the vertical plane through that column: rays
 * from a centre inside the foot, from the ankle ring down over the heel or the dorsum and toes,
 * under the sole to the point below the centre, which lies on the limb axis (anatomy/surface.ts),
 * where the sole is closed by a fan. Every column keeps its place, so the grid (and the painted
 * surface coordinate) runs on without a seam; the coordinate of each vertex is computed from its
 * position, as surface.ts defines it.
 *
 * The envelope the rays hit is a signed distance field: the ankle ring extruded down, a heel pad
 * around the calcaneus, the foot body (footprint × dorsum height × sole with a medial arch), one
 * soft-tissue sleeve per toe around its phalanges, the two malleoli, and a thin cover over the
 * bones (their fields) and every tendon and muscle vertex below the ankle ring, so nothing pokes
 * through.
 */
import { limbAxisAt, surfaceCoordinate } from '../../anatomy/surface.ts';
import type { Vec3 } from '../../anatomy/types.ts';
import { calcaneusBounds, calcaneusField } from '../bones/calcaneus.ts';
import { fibulaField } from '../bones/fibula.ts';
import {
  FOOT_RAYS,
  SOLE_Y,
  footBonesBounds,
  footBonesField,
  talusBounds,
  talusField,
  toeSegments,
} from '../bones/foot.ts';
import { MEDIAL_MALLEOLUS_AXIS, tibiaField } from '../bones/tibia.ts';
import { LATERAL_MALLEOLUS_MARKER } from '../bones/frame.ts';
import { culledOutside, ellipsoid, roundCone, smax, smin, type Sdf } from '../mesh/sdf.ts';
import type { MeshPart } from '../types.ts';

/** Rows of the foot block (between the ankle ring and the sole's centre). */
const FOOT_ROWS = 80;
/** Elevation samples per column before resampling by arc length. */
const SAMPLES = 220;
/** The rays' centre: inside the midfoot's height, straight above the limb axis at the sole. */
const CENTRE_Y = -0.915;

/** Footprint in the horizontal plane (2D signed distance, x and z). */
function circle2(cx: number, cz: number, r: number) {
  return (x: number, z: number) => Math.hypot(x - cx, z - cz) - r;
}
function capsule2(ax: number, az: number, bx: number, bz: number, ra: number, rb: number) {
  const dx = bx - ax;
  const dz = bz - az;
  const l2 = dx * dx + dz * dz;
  return (x: number, z: number) => {
    const t = Math.min(Math.max(((x - ax) * dx + (z - az) * dz) / l2, 0), 1);
    return Math.hypot(x - ax - dx * t, z - az - dz * t) - (ra + (rb - ra) * t);
  };
}
const heelPrint = circle2(-0.0865, -0.111, 0.03);
const midfootPrint = capsule2(-0.087, -0.095, -0.093, 0.03, 0.031, 0.036);
const ballPrint = capsule2(-0.061, 0.055, -0.127, 0.036, 0.0185, 0.0155);
/** The medial border (over the navicular tuberosity and first metatarsal base) and the lateral one. */
const medialBorder = capsule2(-0.064, -0.105, -0.058, 0.05, 0.0155, 0.0165);
const lateralBorder = capsule2(-0.107, -0.105, -0.127, 0.036, 0.0135, 0.0145);
function footprint(x: number, z: number): number {
  let d = smin(heelPrint(x, z), midfootPrint(x, z), 0.03);
  d = smin(d, medialBorder(x, z), 0.02);
  d = smin(d, lateralBorder(x, z), 0.02);
  return smin(d, ballPrint(x, z), 0.03);
}

/** Height of the dorsum along the second ray (piecewise linear in z) and its fall to either side. */
const dorsum: readonly [number, number][] = [
  [-0.08, -0.868],
  [-0.05, -0.878],
  [-0.02, -0.885],
  [0.01, -0.895],
  [0.035, -0.913],
  [0.06, -0.927],
  [0.09, -0.936],
];
function dorsumY(x: number, z: number): number {
  // Cubic Hermite (Catmull-Rom tangents) through the table: no creases across the dorsum.
  let top = dorsum[dorsum.length - 1]![1];
  if (z <= dorsum[0]![0]) top = dorsum[0]![1];
  else
    for (let i = 1; i < dorsum.length; i++) {
      const [z1, y1] = dorsum[i]!;
      const [z0, y0] = dorsum[i - 1]!;
      if (z <= z1) {
        const slope = (k: number) => {
          const a = dorsum[Math.max(k - 1, 0)]!;
          const b = dorsum[Math.min(k + 1, dorsum.length - 1)]!;
          return (b[1] - a[1]) / (b[0] - a[0]);
        };
        const h = z1 - z0;
        const t = (z - z0) / h;
        const t2 = t * t;
        const t3 = t2 * t;
        top =
          (2 * t3 - 3 * t2 + 1) * y0 +
          (t3 - 2 * t2 + t) * h * slope(i - 1) +
          (-2 * t3 + 3 * t2) * y1 +
          (t3 - t2) * h * slope(i);
        break;
      }
    }
  // Highest along the second ray; falling faster toward the lateral border than the medial one.
  const off = x + 0.077;
  return top - (off < 0 ? 2.6 : 1.6) * off * off;
}

/** The sole, raised under the medial longitudinal arch. */
export function soleY(x: number, z: number): number {
  const along = (z + 0.02) / 0.058;
  const arch = Math.abs(along) < 1 ? Math.cos((along * Math.PI) / 2) ** 2 : 0;
  const m = Math.min(Math.max((x + 0.106) / 0.05, 0), 1);
  return SOLE_Y + 0.015 * arch * m * m * (3 - 2 * m);
}

const heel = ellipsoid([-0.0865, -0.927, -0.109], [0.0295, 0.028, 0.0345]);
const footBody: Sdf = (x, y, z) => smax(footprint(x, z), (y - dorsumY(x, z)) * 0.85, 0.012);

/** Each toe's sleeve: from under its metatarsal head to a rounded tip just beyond the last phalanx. */
const toes: Sdf[] = FOOT_RAYS.map((ray, i) => {
  const segs = toeSegments(ray);
  const last = segs[segs.length - 1]!;
  const [a, b] = [segs[0]![0], last[1]];
  const dir: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const l = Math.hypot(...dir);
  const tipCover = 0.003;
  const r0 = ray.toeRadius[0] + (i === 0 ? 0.0058 : 0.0048);
  const r1 = ray.toeRadius[1] + (i === 0 ? 0.0048 : 0.004);
  const tip: Vec3 = [
    b[0] + (dir[0] / l) * (tipCover - r1 + ray.toeRadius[1]),
    b[1] + (dir[1] / l) * (tipCover - r1 + ray.toeRadius[1]) - 0.0015,
    b[2] + (dir[2] / l) * (tipCover - r1 + ray.toeRadius[1]),
  ];
  const start: Vec3 = [ray.head[0], ray.head[1] - 0.002, ray.head[2]];
  return roundCone(start, tip, r0 + 0.002, r1);
});

const lm = LATERAL_MALLEOLUS_MARKER;
const lateralMalleolus = ellipsoid([lm[0] + 0.0125, lm[1] - 0.001, lm[2] - 0.009], [0.0128, 0.0235, 0.0165]);
const medialMalleolus = roundCone(...MEDIAL_MALLEOLUS_AXIS, 0.0145, 0.0095);

/** Union of small spheres around a point cloud, through a uniform hash grid. */
function pointCover(points: readonly number[], radius: number): Sdf {
  const cell = 0.006;
  const key = (i: number, j: number, k: number) => (i + 1000) * 4_000_000 + (j + 1000) * 2000 + (k + 1000);
  const cells = new Map<number, number[]>();
  for (let i = 0; i < points.length; i += 3) {
    const id = key(
      Math.floor(points[i]! / cell),
      Math.floor(points[i + 1]! / cell),
      Math.floor(points[i + 2]! / cell),
    );
    let list = cells.get(id);
    if (!list) cells.set(id, (list = []));
    list.push(points[i]!, points[i + 1]!, points[i + 2]!);
  }
  return (x, y, z) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    const cz = Math.floor(z / cell);
    let best = Infinity;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (let k = -1; k <= 1; k++) {
          const list = cells.get(key(cx + i, cy + j, cz + k));
          if (!list) continue;
          for (let p = 0; p < list.length; p += 3) {
            const d = (x - list[p]!) ** 2 + (y - list[p + 1]!) ** 2 + (z - list[p + 2]!) ** 2;
            if (d < best) best = d;
          }
        }
    // Nothing within a cell: the nearest point is at least a cell away.
    return best === Infinity ? cell - radius : Math.min(Math.sqrt(best), cell) - radius;
  };
}

/** The bones below the ankle ring, each covered by at least ~3 mm of skin. */
const boneFields: Sdf[] = [
  culledOutside(calcaneusField, calcaneusBounds, 0.01),
  culledOutside(talusField, talusBounds, 0.01),
  culledOutside(footBonesField, footBonesBounds, 0.01),
  culledOutside(tibiaField, { min: [-0.11, -0.9, -0.1], max: [-0.04, -0.84, -0.045] }, 0.01),
  culledOutside(fibulaField, { min: [-0.14, -0.91, -0.1], max: [-0.1, -0.84, -0.06] }, 0.01),
];
const BONE_COVER = 0.0032;
function boneCover(x: number, y: number, z: number): number {
  let d = Infinity;
  for (const f of boneFields) d = Math.min(d, f(x, y, z));
  return d - BONE_COVER;
}

export interface FootSkin {
  /** Rings below the ankle ring, each (columns + 1) vertices: xyz and the surface coordinate. */
  rings: { positions: number[]; surface: number[] }[];
  /** The sole's centre (on the limb axis), where the fan closes the skin. */
  centre: Vec3;
}

/**
 * The foot block of the skin below the ankle ring.
 * @param ankle the last horizontal ring: (columns + 1) points, the last repeating the first.
 * @param taper per column, how fast the ring's radius grows going down (m per m), so the leg
 *   runs on into the ankle at its own slope instead of turning vertical (a crease).
 * @param angles the columns' nominal angles (0 … 360, the seam repeated).
 * @param parts bones and soft tissue, whose vertices below the ankle ring the skin must cover.
 */
export function buildFootSkin(
  ankle: readonly Vec3[],
  taper: readonly number[],
  ankleY: number,
  angles: Float64Array,
  parts: readonly MeshPart[],
): FootSkin {
  const columns = angles.length - 1;
  const axisAnkle = limbAxisAt(ankleY);
  const ankleRadius = ankle.slice(0, columns).map((p) => Math.hypot(p[0] - axisAnkle.x, p[2] - axisAnkle.z));
  /** The ankle ring continued downward at its own taper (radius read by angle around the axis). */
  const ankleColumn: Sdf = (x, y, z) => {
    const ex = x - axisAnkle.x;
    const ez = z - axisAnkle.z;
    let a = (Math.atan2(-ex, ez) * 180) / Math.PI;
    if (a < 0) a += 360;
    const f = (a / 360) * columns;
    const c0 = Math.floor(f) % columns;
    const c1 = (c0 + 1) % columns;
    const t = f - Math.floor(f);
    const R = ankleRadius[c0]! * (1 - t) + ankleRadius[c1]! * t;
    const k = taper[c0]! * (1 - t) + taper[c1]! * t;
    const depth = Math.min(Math.max(ankleY - y, 0), 0.06);
    return Math.hypot(ex, ez) - Math.max(R + k * depth, 0.5 * R);
  };
  // Soft tissue below the ankle ring (the calcaneal tendon, nerves): covered point by point.
  const below: number[] = [];
  for (const part of parts) {
    const kind = part.extras.kind;
    if (kind === 'trigger-point' || kind === 'bone') continue;
    const p = part.positions;
    for (let i = 0; i < p.length; i += 3)
      if (p[i + 1]! < ankleY + 0.012) below.push(p[i]!, p[i + 1]!, p[i + 2]!);
  }
  const tissueCover = pointCover(below, 0.0035);

  const foot: Sdf = (x, y, z) => {
    const leg = smax(ankleColumn(x, y, z), -0.918 - y, 0.02);
    let d = smin(leg, heel(x, y, z), 0.04);
    d = smin(d, footBody(x, y, z), 0.02);
    for (const toe of toes) d = smin(d, toe(x, y, z), 0.005);
    d = smin(d, lateralMalleolus(x, y, z), 0.01);
    d = smin(d, medialMalleolus(x, y, z), 0.01);
    d = smin(d, boneCover(x, y, z), 0.004);
    d = smin(d, tissueCover(x, y, z), 0.004);
    return smax(d, soleY(x, z) - y, 0.004);
  };
  // Just below the ankle ring the envelope eases from the ring's own extrusion into the foot, so
  // the grid runs on without a step.
  const BLEND = 0.045;
  const envelope: Sdf = (x, y, z) => {
    const t = Math.min(Math.max((ankleY - y) / BLEND, 0), 1);
    if (t === 0) return ankleColumn(x, y, z);
    const w = t * t * (3 - 2 * t);
    const f = foot(x, y, z);
    if (w === 1) return f;
    // The tendons crossing the front of the ankle lie in this blend: keep them covered in it too.
    return smin(ankleColumn(x, y, z) * (1 - w) + f * w, tissueCover(x, y, z), 0.004);
  };

  const axisSole = limbAxisAt(SOLE_Y);
  const C: Vec3 = [axisSole.x, CENTRE_Y, axisSole.z];
  /** Outermost crossing of the envelope along a ray from C (marching inward from far out). */
  const hit = (dir: Vec3): Vec3 => {
    let r = 0.3;
    let prev = r;
    let d = envelope(C[0] + dir[0] * r, C[1] + dir[1] * r, C[2] + dir[2] * r);
    while (d > 0 && r > 0) {
      prev = r;
      r -= Math.max(d * 0.7, 0.0006);
      d = envelope(C[0] + dir[0] * r, C[1] + dir[1] * r, C[2] + dir[2] * r);
    }
    let lo = Math.max(r, 0);
    let hi = prev;
    for (let i = 0; i < 11; i++) {
      const mid = (lo + hi) / 2;
      if (envelope(C[0] + dir[0] * mid, C[1] + dir[1] * mid, C[2] + dir[2] * mid) < 0) lo = mid;
      else hi = mid;
    }
    const s = (lo + hi) / 2;
    return [C[0] + dir[0] * s, C[1] + dir[1] * s, C[2] + dir[2] * s];
  };

  const centre = hit([0, -1, 0]);
  // One profile per column, resampled to equal arc length so rows spread evenly over long (toe)
  // and short (heel) profiles alike.
  const profiles: Vec3[][] = [];
  for (let c = 0; c < columns; c++) {
    const v = ankle[c]!;
    const hx = v[0] - C[0];
    const hz = v[2] - C[2];
    const hl = Math.hypot(hx, hz);
    const top = Math.atan2(v[1] - C[1], hl);
    // Below the ankle the column's plane turns from its ring vertex toward a direction spaced for
    // the foot: columns crowd toward the toes (three times as dense straight ahead as uniform)
    // and spread over the heel, so five toes get enough columns.
    const base = (Math.atan2(-hx, hz) * 180) / Math.PI;
    let target = forefootSpacing(angles[c]!);
    while (target - base > 180) target -= 360;
    while (target - base < -180) target += 360;
    const pts: Vec3[] = [v];
    for (let s = 1; s < SAMPLES; s++) {
      const e = top + ((-Math.PI / 2 - top) * s) / SAMPLES;
      const f = Math.min(s / (TWIST * SAMPLES), 1);
      const a = ((base + (target - base) * f * f * (3 - 2 * f)) * Math.PI) / 180;
      pts.push(hit([-Math.sin(a) * Math.cos(e), Math.sin(e), Math.cos(a) * Math.cos(e)]));
    }
    pts.push(centre);
    const length: number[] = [0];
    for (let i = 1; i < pts.length; i++)
      length.push(length[i - 1]! + Math.hypot(...sub(pts[i]!, pts[i - 1]!)));
    const total = length[length.length - 1]!;
    const rows: Vec3[] = [];
    let j = 1;
    for (let k = 1; k < FOOT_ROWS; k++) {
      const want = (total * k) / FOOT_ROWS;
      while (length[j]! < want) j++;
      const t = (want - length[j - 1]!) / (length[j]! - length[j - 1]! || 1);
      const a = pts[j - 1]!;
      const b = pts[j]!;
      rows.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
    }
    profiles.push(rows);
  }
  const rings: FootSkin['rings'] = [];
  for (let k = 0; k < FOOT_ROWS - 1; k++) {
    const positions: number[] = [];
    const surface: number[] = [];
    for (let c = 0; c <= columns; c++) {
      const p = profiles[c % columns]![k]!;
      positions.push(p[0], p[1], p[2]);
      // The angle as surface.ts measures it, unwrapped next to the column's own (the seam column
      // keeps 360 so no triangle spans the wrap).
      let a = surfaceCoordinate(p).angle;
      const nominal = angles[c]!;
      while (a - nominal > 180) a -= 360;
      while (a - nominal < -180) a += 360;
      surface.push(p[1], a);
    }
    rings.push({ positions, surface });
  }
  return { rings, centre };
}

/** Share of a column's profile (by elevation, from the ankle ring) over which its plane turns. */
const TWIST = 0.3;

/** Remaps a uniform column angle (deg) so columns crowd straight ahead (toes) and spread behind. */
function forefootSpacing(angle: number): number {
  const u = angle > 180 ? angle - 360 : angle;
  const density = 0.35;
  return u * (density + (1 - density) * (Math.abs(u) / 180));
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
