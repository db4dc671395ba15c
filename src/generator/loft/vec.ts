/** Small allocation-light 3-vector helpers for the generator (plain tuples, model frame, metres). */
export type V3 = [number, number, number];

export const add = (a: readonly number[], b: readonly number[]): V3 => [
  a[0]! + b[0]!,
  a[1]! + b[1]!,
  a[2]! + b[2]!,
];
export const sub = (a: readonly number[], b: readonly number[]): V3 => [
  a[0]! - b[0]!,
  a[1]! - b[1]!,
  a[2]! - b[2]!,
];
export const scale = (a: readonly number[], s: number): V3 => [a[0]! * s, a[1]! * s, a[2]! * s];
export const dot = (a: readonly number[], b: readonly number[]): number =>
  a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
export const cross = (a: readonly number[], b: readonly number[]): V3 => [
  a[1]! * b[2]! - a[2]! * b[1]!,
  a[2]! * b[0]! - a[0]! * b[2]!,
  a[0]! * b[1]! - a[1]! * b[0]!,
];
export const length = (a: readonly number[]): number => Math.hypot(a[0]!, a[1]!, a[2]!);
export const distance = (a: readonly number[], b: readonly number[]): number =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
export function normalize(a: readonly number[]): V3 {
  const l = length(a) || 1;
  return [a[0]! / l, a[1]! / l, a[2]! / l];
}
export const lerp = (a: readonly number[], b: readonly number[], t: number): V3 => [
  a[0]! + (b[0]! - a[0]!) * t,
  a[1]! + (b[1]! - a[1]!) * t,
  a[2]! + (b[2]! - a[2]!) * t,
];
/** Component of v orthogonal to the unit vector n. */
export const reject = (v: readonly number[], n: readonly number[]): V3 => sub(v, scale(n, dot(v, n)));
/** Rotate v about the unit axis k by angle a (Rodrigues). */
export function rotate(v: readonly number[], k: readonly number[], a: number): V3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  const kv = cross(k, v);
  const kd = dot(k, v) * (1 - c);
  return [
    v[0]! * c + kv[0] * s + k[0]! * kd,
    v[1]! * c + kv[1] * s + k[1]! * kd,
    v[2]! * c + kv[2] * s + k[2]! * kd,
  ];
}
export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};
