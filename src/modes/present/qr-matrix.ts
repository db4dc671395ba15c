/**
 * A link as a QR code, encoded here on the device (the link may hold a patient's pain map: it is
 * never sent to a service). Pure: the matrix only; `QrCode.tsx` draws it. Uses the
 * `qrcode-generator` package, which this chunk alone loads.
 */
import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  /** Row-major, true for a dark module. */
  dark: readonly boolean[];
}

/**
 * The smallest QR code holding `text` as bytes, at error correction M (about 15 % of the code may
 * be damaged), falling back to L for long links; null if even that cannot hold it.
 */
export function qrMatrix(text: string): QrMatrix | null {
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(text, 'Byte');
      qr.make();
      const size = qr.getModuleCount();
      const dark: boolean[] = [];
      for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) dark.push(qr.isDark(r, c));
      return { size, dark };
    } catch {
      // Too long for this level: try the next.
    }
  }
  return null;
}

/** An SVG path drawing every dark module as a unit square, in module coordinates. */
export function qrPath(m: QrMatrix): string {
  let d = '';
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (!m.dark[r * m.size + c]) continue;
      // Runs of dark modules in a row become one rectangle: a shorter path.
      let run = 1;
      while (c + run < m.size && m.dark[r * m.size + c + run]) run++;
      d += `M${c} ${r}h${run}v1h-${run}z`;
      c += run - 1;
    }
  }
  return d;
}
