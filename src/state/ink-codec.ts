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
 *
 * This module reads the word (the entry checks a link's word with it); the pen's side, which
 * writes it, is in `ink-pen.ts` and loads with the presentation mode.
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

export const inkAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const valueOf: ReadonlyMap<string, number> = new Map([...inkAlphabet].map((c, i) => [c, i]));
/** A step between points, in each of x and y, is stored as one character: -32…31. */
export const inkMaxStep = 31;
export const inkMinStep = -32;

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
      x += v[i]! + inkMinStep;
      y += v[i + 1]! + inkMinStep;
      if (x < inkMinX || x > inkMaxX || y < 0 || y > inkMaxY)
        return { ok: false, reason: 'a point lies outside the picture' };
      stroke.push(x, y);
    }
    ink.push(stroke);
  }
  return { ok: true, ink };
}
