/** The presentation's QR code: what the app draws must scan back to the link (read with jsQR, an independent decoder). */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrMatrix, qrPath, type QrMatrix } from '../../src/modes/present/qr-matrix.ts';
import { encodeInk } from '../../src/state/ink-pen.ts';

/** The matrix as an RGBA image, `scale` pixels a module, with the four-module quiet zone. */
function image(m: QrMatrix, scale = 4) {
  const side = (m.size + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let r = 0; r < m.size; r++)
    for (let c = 0; c < m.size; c++) {
      if (!m.dark[r * m.size + c]) continue;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const at = (((r + 4) * scale + y) * side + (c + 4) * scale + x) * 4;
          data[at] = data[at + 1] = data[at + 2] = 0;
        }
    }
  return { data, side };
}

function scan(text: string): string | null {
  const m = qrMatrix(text);
  if (!m) return null;
  const { data, side } = image(m);
  return jsQR(data, side, side)?.data ?? null;
}

describe('qrMatrix', () => {
  it('draws a short link as the smallest code at level M, version 4 (33 modules; version 3 holds 42 bytes) that scans back to it', () => {
    const link = 'http://127.0.0.1:5173/?select=soleus&mode=present';
    expect(qrMatrix(link)?.size).toBe(33);
    expect(scan(link)).toBe(link);
  });

  it('scans back a long presentation link with pen strokes and a pain map', () => {
    const strokes = Array.from({ length: 6 }, (_, k) =>
      Array.from({ length: 30 }, (_, i) => [Math.round(200 * Math.cos(i / 5 + k)), 300 + i * 9 + k]).flat(),
    );
    const link =
      'https://example.org/thigh/?pain=buttock,lateral-hip,posterior-thigh-middle&select=gluteus-minimus' +
      `&mode=present&ink=${encodeInk(strokes)}`;
    expect(link.length).toBeGreaterThan(400);
    expect(scan(link)).toBe(link);
  });

  it('says when a link is too long for any code', () => {
    expect(qrMatrix('x'.repeat(4000))).toBeNull();
  });

  it('finds the three finder patterns in the corners', () => {
    const m = qrMatrix('finder')!;
    const dark = (r: number, c: number) => m.dark[r * m.size + c];
    for (const [r0, c0] of [
      [0, 0],
      [0, m.size - 7],
      [m.size - 7, 0],
    ] as const) {
      // A finder: a dark 7×7 ring, a light ring, and a dark 3×3 centre.
      expect([0, 1, 2, 3, 4, 5, 6].every((i) => dark(r0, c0 + i) && dark(r0 + 6, c0 + i))).toBe(true);
      expect([1, 2, 3, 4, 5].every((i) => !dark(r0 + 1, c0 + i))).toBe(true);
      expect(dark(r0 + 3, c0 + 3)).toBe(true);
    }
    expect(qrPath(m)).toMatch(/^M0 0h7v1h-7z/);
  });
});
