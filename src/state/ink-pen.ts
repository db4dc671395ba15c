/**
 * The presentation pen's side of the ink word (`ink-codec.ts` defines and reads it): points from
 * pixels to ink units and back, strokes simplified and cut into steps the word can hold, and the
 * word written. Loaded with the presentation mode only. Pure: no React, three or zustand.
 */
import {
  inkAlphabet,
  inkMaxStep,
  inkMaxX,
  inkMaxY,
  inkMinStep,
  inkMinX,
  inkUnitsPerHeight,
  inkVersion,
  maxInkChars,
  maxInkStrokes,
  type Ink,
  type InkStroke,
} from './ink-codec.ts';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A point given in pixels of an area `width` × `height`, in ink units (rounded, clamped). */
export function toInkUnits(px: number, py: number, width: number, height: number): [number, number] {
  const unit = height > 0 ? height / inkUnitsPerHeight : 1;
  const x = Math.round((px - width / 2) / unit);
  const y = Math.round(py / unit);
  return [clamp(Number.isFinite(x) ? x : 0, inkMinX, inkMaxX), clamp(Number.isFinite(y) ? y : 0, 0, inkMaxY)];
}

/** An ink point in pixels of an area `width` × `height`. */
export function fromInkUnits(x: number, y: number, width: number, height: number): [number, number] {
  const unit = height / inkUnitsPerHeight;
  return [width / 2 + x * unit, y * unit];
}

/**
 * A stroke as the word stores it: points clamped to the range, repeats dropped, and steps longer
 * than one code allows split into equal parts (rounded), so the drawn line is the same.
 */
export function normaliseStroke(stroke: InkStroke): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < stroke.length; i += 2) {
    const x = clamp(Math.round(stroke[i]!), inkMinX, inkMaxX);
    const y = clamp(Math.round(stroke[i + 1]!), 0, inkMaxY);
    if (out.length === 0) {
      out.push(x, y);
      continue;
    }
    const px = out[out.length - 2]!;
    const py = out[out.length - 1]!;
    const dx = x - px;
    const dy = y - py;
    if (dx === 0 && dy === 0) continue;
    const partsFor = (d: number) => Math.ceil(d > 0 ? d / inkMaxStep : d / inkMinStep);
    const parts = Math.max(partsFor(dx), partsFor(dy));
    for (let k = 1; k <= parts; k++)
      out.push(px + Math.round((dx * k) / parts), py + Math.round((dy * k) / parts));
  }
  return out;
}

/**
 * Drops points that lie within `tolerance` units of the line through their neighbours
 * (Ramer–Douglas–Peucker), so a slow hand does not fill the link with points.
 */
export function simplifyStroke(stroke: InkStroke, tolerance = 2): number[] {
  const n = Math.floor(stroke.length / 2);
  if (n <= 2) return stroke.slice(0, n * 2);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const ax = stroke[2 * a]!;
    const ay = stroke[2 * a + 1]!;
    const bx = stroke[2 * b]!;
    const by = stroke[2 * b + 1]!;
    const len = Math.hypot(bx - ax, by - ay);
    let worst = -1;
    let worstAt = -1;
    for (let i = a + 1; i < b; i++) {
      const x = stroke[2 * i]!;
      const y = stroke[2 * i + 1]!;
      const d =
        len === 0 ? Math.hypot(x - ax, y - ay) : Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / len;
      if (d > worst) {
        worst = d;
        worstAt = i;
      }
    }
    if (worst > tolerance) {
      keep[worstAt] = 1;
      stack.push([a, worstAt], [worstAt, b]);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(stroke[2 * i]!, stroke[2 * i + 1]!);
  return out;
}

const twelveBits = (v: number) => inkAlphabet[(v >> 6) & 63]! + inkAlphabet[v & 63]!;

function encodeStroke(stroke: InkStroke): string {
  const s = normaliseStroke(stroke);
  if (s.length < 2) return '';
  let text = twelveBits(s[0]! - inkMinX) + twelveBits(s[1]!);
  for (let i = 2; i + 1 < s.length; i += 2) {
    text += inkAlphabet[s[i]! - s[i - 2]! - inkMinStep]! + inkAlphabet[s[i + 1]! - s[i - 1]! - inkMinStep]!;
  }
  return text;
}

/** The ink word for some strokes ('' for none). Empty strokes are left out. */
export function encodeInk(ink: Ink): string {
  const strokes = ink.map(encodeStroke).filter((s) => s.length > 0);
  return strokes.length > 0 ? inkVersion + strokes.join(',') : '';
}

/** Whether one more stroke still fits in the word's limits. */
export function inkFits(ink: Ink): boolean {
  const word = encodeInk(ink);
  return ink.length <= maxInkStrokes && word.length - 1 <= maxInkChars;
}
