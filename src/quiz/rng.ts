/**
 * A small seeded random number generator (mulberry32) whose whole state is one 32-bit integer, so
 * a quiz round can keep it as plain data and replay exactly from its seed (tests, and re-asking a
 * missed structure with fresh choices without any hidden global state).
 */
export type RngState = number;

/** The next number in [0, 1) and the state after it. */
export function nextRandom(state: RngState): [value: number, next: RngState] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A whole number in [0, n) and the state after it. */
export function nextInt(state: RngState, n: number): [value: number, next: RngState] {
  const [r, next] = nextRandom(state);
  return [Math.floor(r * n), next];
}

/** A shuffled copy (Fisher–Yates) and the state after it. */
export function shuffled<T>(items: readonly T[], state: RngState): [items: T[], next: RngState] {
  const out = [...items];
  let s = state;
  for (let i = out.length - 1; i > 0; i--) {
    let j: number;
    [j, s] = nextInt(s, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return [out, s];
}
