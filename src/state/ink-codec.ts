/**
 * The presentation pen's strokes in the link (`?ink=`, README "The ink word"). Pure: no React,
 * three or zustand.
 *
 * A point is in screen units of 1/1024 of the drawing area's height, x measured from the area's
 * centre line and y from its top: the 3D camera keeps the limb's height on screen, so strokes stay
 * on the same part of the limb when the link opens on a screen of another shape. x is kept within
 * two heights either side of the centre, y within the height.
 *
 * The word is a version letter (`a`) and the strokes joined by `,`. A stroke is its first point as
 * four base64url characters (x + 2048 and y, 12 bits each, high six bits first), then each further
 * point as two characters, the step from the point before in x and in y, each -32…31 stored as
 * 0…63. Longer steps are split into equal parts on the way in, so a stroke's line is unchanged.
 */
export type InkStroke = readonly number[];
export type Ink = readonly InkStroke[];

export const inkVersion = 'a';
/** Units per drawing-area height. */
export const inkUnitsPerHeight = 1024;
export const inkMinX = -2048;
export const inkMaxX = 2047;
export const inkMaxY = inkUnitsPerHeight - 1;
/** The longest ink word accepted (characters after the version letter): keeps the link and its QR code small. */
export const maxInkChars = 1200;
export const maxInkStrokes = 40;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const valueOf: ReadonlyMap<string, number> = new Map([...alphabet].map((c, i) => [c, i]));
const maxStep = 31;
const minStep = -32;

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
    const partsFor = (d: number) => Math.ceil(d > 0 ? d / maxStep : d / minStep);
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

const twelveBits = (v: number) => alphabet[(v >> 6) & 63]! + alphabet[v & 63]!;

function encodeStroke(stroke: InkStroke): string {
  const s = normaliseStroke(stroke);
  if (s.length < 2) return '';
  let text = twelveBits(s[0]! - inkMinX) + twelveBits(s[1]!);
  for (let i = 2; i + 1 < s.length; i += 2) {
    text += alphabet[s[i]! - s[i - 2]! - minStep]! + alphabet[s[i + 1]! - s[i - 1]! - minStep]!;
  }
  return text;
}

/** The ink word for some strokes ('' for none). Empty strokes are left out. */
export function encodeInk(ink: Ink): string {
  const strokes = ink.map(encodeStroke).filter((s) => s.length > 0);
  return strokes.length > 0 ? inkVersion + strokes.join(',') : '';
}

export type InkDecodeResult = { ok: true; ink: number[][] } | { ok: false; reason: string };

/** Reads an ink word; never throws, and says in plain words what is wrong with a bad one. */
export function decodeInk(word: string): InkDecodeResult {
  if (typeof word !== 'string' || word.length === 0) return { ok: false, reason: 'it is empty' };
  if (word[0] !== inkVersion) return { ok: false, reason: 'it is not in a format this version can read' };
  const body = word.slice(1);
  if (body.length > maxInkChars) return { ok: false, reason: 'it is longer than the app accepts' };
  const parts = body.split(',');
  if (parts.length > maxInkStrokes) return { ok: false, reason: `it has more than ${maxInkStrokes} strokes` };
  const ink: number[][] = [];
  for (const part of parts) {
    if (part.length < 4 || part.length % 2 !== 0) return { ok: false, reason: 'a stroke is cut short' };
    const v: number[] = [];
    for (const c of part) {
      const n = valueOf.get(c);
      if (n === undefined) return { ok: false, reason: 'it contains characters the format does not use' };
      v.push(n);
    }
    let x = ((v[0]! << 6) | v[1]!) + inkMinX;
    let y = (v[2]! << 6) | v[3]!;
    if (y > inkMaxY) return { ok: false, reason: 'a point lies outside the picture' };
    const stroke = [x, y];
    for (let i = 4; i < v.length; i += 2) {
      x += v[i]! + minStep;
      y += v[i + 1]! + minStep;
      if (x < inkMinX || x > inkMaxX || y < 0 || y > inkMaxY)
        return { ok: false, reason: 'a point lies outside the picture' };
      stroke.push(x, y);
    }
    ink.push(stroke);
  }
  return { ok: true, ink };
}

/** Whether one more stroke still fits in the word's limits. */
export function inkFits(ink: Ink): boolean {
  const word = encodeInk(ink);
  return ink.length <= maxInkStrokes && word.length - 1 <= maxInkChars;
}
