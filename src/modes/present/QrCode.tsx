/** A QR code drawn as one SVG path, with the four-module quiet zone scanners need. */
import type { QrMatrix } from './qr-matrix.ts';
import { qrPath } from './qr-matrix.ts';

const quiet = 4;

export function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  const side = matrix.size + 2 * quiet;
  return (
    <svg
      className="qr-code"
      viewBox={`${-quiet} ${-quiet} ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-size={matrix.size}
    >
      <rect x={-quiet} y={-quiet} width={side} height={side} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
