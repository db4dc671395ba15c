/**
 * Where a long bone's shaft is at a given height, measured from the bone builder's distance field
 * (so the muscles follow whatever femur and tibia the bone builder makes).
 */
import type { BoneId } from '../../anatomy/ids.ts';
import type { BoneSet } from '../types.ts';

export interface ShaftSample {
  centre: [number, number, number];
  radius: number;
}

/** Outward distance from a start point inside the bone to its surface along a direction in the plane. */
function exitDistance(
  f: (x: number, y: number, z: number) => number,
  x: number,
  y: number,
  z: number,
  dx: number,
  dz: number,
): number {
  let lo = 0;
  let hi = 0.002;
  while (f(x + dx * hi, y, z + dz * hi) < 0 && hi < 0.12) hi *= 1.5;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (f(x + dx * mid, y, z + dz * mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Shaft centre and mean radius of `bone` at height y, starting from a guess inside it. */
export function shaftAt(
  bones: BoneSet,
  bone: BoneId,
  y: number,
  guess: readonly [number, number],
): ShaftSample {
  const f = bones.fieldOf(bone);
  let x = guess[0];
  let z = guess[1];
  // Walk toward the inside if the guess is outside (steepest descent in the plane).
  for (let i = 0; i < 40 && f(x, y, z) > -0.001; i++) {
    const h = 1e-4;
    const gx = (f(x + h, y, z) - f(x - h, y, z)) / (2 * h);
    const gz = (f(x, y, z + h) - f(x, y, z - h)) / (2 * h);
    const gl = Math.hypot(gx, gz) || 1;
    const step = Math.max(0.001, f(x, y, z) + 0.002);
    x -= (gx / gl) * step;
    z -= (gz / gl) * step;
  }
  for (let pass = 0; pass < 3; pass++) {
    const px = exitDistance(f, x, y, z, 1, 0);
    const nx = exitDistance(f, x, y, z, -1, 0);
    const pz = exitDistance(f, x, y, z, 0, 1);
    const nz = exitDistance(f, x, y, z, 0, -1);
    x += (px - nx) / 2;
    z += (pz - nz) / 2;
    if (pass === 2) return { centre: [x, y, z], radius: (px + nx + pz + nz) / 4 };
  }
  return { centre: [x, y, z], radius: 0.014 };
}

/** A sampled shaft axis between two heights (top to bottom), guesses interpolated. */
export function shaftAxis(
  bones: BoneSet,
  bone: BoneId,
  top: number,
  bottom: number,
  guessTop: readonly [number, number],
  guessBottom: readonly [number, number],
  n = 12,
): ShaftSample[] {
  const out: ShaftSample[] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const y = top + (bottom - top) * t;
    out.push(
      shaftAt(bones, bone, y, [
        guessTop[0] + (guessBottom[0] - guessTop[0]) * t,
        guessTop[1] + (guessBottom[1] - guessTop[1]) * t,
      ]),
    );
  }
  return out;
}

/** Interpolated sample at height y (clamped to the sampled range). */
export function axisAtY(axis: readonly ShaftSample[], y: number): ShaftSample {
  const first = axis[0]!;
  const last = axis[axis.length - 1]!;
  if (y >= first.centre[1]) return first;
  if (y <= last.centre[1]) return last;
  for (let i = 1; i < axis.length; i++) {
    const a = axis[i - 1]!;
    const b = axis[i]!;
    if (y <= a.centre[1] && y >= b.centre[1]) {
      const t = (a.centre[1] - y) / (a.centre[1] - b.centre[1]);
      return {
        centre: [
          a.centre[0] + (b.centre[0] - a.centre[0]) * t,
          y,
          a.centre[2] + (b.centre[2] - a.centre[2]) * t,
        ],
        radius: a.radius + (b.radius - a.radius) * t,
      };
    }
  }
  return last;
}

/** Unit direction around a limb axis, angle in degrees (0 anterior, 90 lateral, 180 posterior, 270 medial; right limb). */
export function around(angleDeg: number): [number, number, number] {
  const a = (angleDeg * Math.PI) / 180;
  return [-Math.sin(a), 0, Math.cos(a)];
}
