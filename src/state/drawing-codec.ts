/**
 * The pain drawing's URL form (`?drawn=`): the drawing's cells on the pain grid
 * (`anatomy/surface-grid.ts`, 180 columns of 2° by 244 rows of 5 mm), read row by row from the
 * bottom, as alternating run lengths of empty and painted cells (starting with empty), each run a
 * LEB128 varint, the bytes in base64url, after a version letter. A stroke down the whole back of the
 * thigh is a few hundred characters. Pure: no React, three or zustand.
 */
import { emptyMask, painGrid, type SurfaceMask } from '../anatomy/surface-grid.ts';

/** Version letter: a later format takes the next letter and still reads this one. */
const VERSION = 'a';
const cellCount = painGrid.cols * painGrid.rows;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const alphabetIndex = new Map([...alphabet].map((ch, i) => [ch, i]));

function toBase64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): number[] | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = alphabetIndex.get(ch);
    if (v === undefined) return null;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** The drawing as a URL word, or '' for an empty drawing. */
export function encodeDrawing(mask: SurfaceMask): string {
  const bytes: number[] = [];
  let value = 0;
  let run = 0;
  let any = false;
  const pushRun = (n: number) => {
    let rest = n;
    while (rest >= 0x80) {
      bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    bytes.push(rest);
  };
  for (let i = 0; i < cellCount; i++) {
    const cell = mask[i] ? 1 : 0;
    if (cell) any = true;
    if (cell === value) run++;
    else {
      pushRun(run);
      value = cell;
      run = 1;
    }
  }
  if (!any) return '';
  // A trailing run of empty cells is implied.
  if (value === 1) pushRun(run);
  return VERSION + toBase64Url(bytes);
}

export type DecodedDrawing = { ok: true; mask: SurfaceMask } | { ok: false; reason: string };

/** Reads a `?drawn=` word; never throws. */
export function decodeDrawing(word: string): DecodedDrawing {
  if (word === '') return { ok: true, mask: emptyMask() };
  if (word[0] !== VERSION) return { ok: false, reason: 'it is not a drawing this app wrote' };
  const bytes = fromBase64Url(word.slice(1));
  if (!bytes) return { ok: false, reason: 'it has characters a drawing never has' };
  const mask = emptyMask();
  let at = 0;
  let value = 0;
  let i = 0;
  while (i < bytes.length) {
    let n = 0;
    let scale = 1;
    let byte: number;
    do {
      if (i >= bytes.length) return { ok: false, reason: 'it is cut short' };
      byte = bytes[i++]!;
      n += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80 && scale < 2 ** 28);
    if (byte & 0x80) return { ok: false, reason: 'it is garbled' };
    if (at + n > cellCount) return { ok: false, reason: 'it is larger than the skin' };
    if (value === 1) mask.fill(1, at, at + n);
    at += n;
    value = 1 - value;
  }
  return { ok: true, mask };
}
