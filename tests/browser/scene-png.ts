/**
 * A minimal PNG reader for screenshot checks (8-bit RGB/RGBA, non-interlaced: what Chromium
 * writes), so the tests need no image package.
 */
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export const PNG = {
  read(bytes: Uint8Array): Image {
    const view = Buffer.from(bytes);
    let offset = 8;
    let width = 0;
    let height = 0;
    let channels = 4;
    const idat: Buffer[] = [];
    while (offset < view.length) {
      const length = view.readUInt32BE(offset);
      const type = view.toString('ascii', offset + 4, offset + 8);
      const body = view.subarray(offset + 8, offset + 8 + length);
      if (type === 'IHDR') {
        width = body.readUInt32BE(0);
        height = body.readUInt32BE(4);
        const depth = body[8];
        const colourType = body[9];
        if (depth !== 8 || body[12] !== 0 || (colourType !== 2 && colourType !== 6))
          throw new Error('unsupported PNG');
        channels = colourType === 6 ? 4 : 3;
      } else if (type === 'IDAT') idat.push(body);
      offset += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const stride = width * channels;
    const pixels = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)]!;
      const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
      for (let x = 0; x < stride; x++) {
        const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
        const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
        const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0;
        let value = line[x]!;
        if (filter === 1) value += left;
        else if (filter === 2) value += up;
        else if (filter === 3) value += (left + up) >> 1;
        else if (filter === 4) value += paeth(left, up, upLeft);
        pixels[y * stride + x] = value & 0xff;
      }
    }
    const data = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      data[i * 4] = pixels[i * channels]!;
      data[i * 4 + 1] = pixels[i * channels + 1]!;
      data[i * 4 + 2] = pixels[i * channels + 2]!;
      data[i * 4 + 3] = channels === 4 ? pixels[i * channels + 3]! : 255;
    }
    return { width, height, data };
  },
};
