/**
 * How deep a point lies in a draped sheet (drape.ts), and where to push it to leave the sheet:
 * how later muscles are kept out of gluteus maximus, gluteus medius and vastus lateralis.
 */
import { type V3, add, dot, length, scale, sub } from '../loft/index.ts';
import type { SheetShape } from './drape.ts';

/** Row and column of the sheet's mid-surface sample nearest to p. */
function nearestSample(sh: SheetShape, p: V3): [number, number] {
  let bi = 0;
  let bj = 0;
  let best = Infinity;
  for (let i = 0; i < sh.mid.length; i++) {
    const row = sh.mid[i]!;
    for (let j = 0; j < row.length; j++) {
      const q = row[j]!;
      const d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2;
      if (d < best) {
        best = d;
        bi = i;
        bj = j;
      }
    }
  }
  return [bi, bj];
}

/** Depth of p in a draped sheet: 0 on the mid-surface, 1 on its faces, above 1 outside. */
export function sheetDepth(sh: SheetShape, p: V3): number {
  return depthAt(sh, p, ...nearestSample(sh, p));
}

/** `sheetDepth` measured against a known nearest sample (bi, bj). */
function depthAt(sh: SheetShape, p: V3, bi: number, bj: number): number {
  const d = sub(p, sh.mid[bi]![bj]!);
  const l = dot(d, sh.along[bi]![bj]!);
  if ((bi === 0 && l < -sh.spacing * 0.75) || (bi === sh.mid.length - 1 && l > sh.spacing * 0.75))
    return Infinity;
  const J = sh.mid[bi]!.length;
  const a = dot(d, sh.across[bi]![bj]!);
  if ((bj === 0 && a < -0.002) || (bj === J - 1 && a > 0.002)) return Infinity;
  const h = Math.max(0.0008, sh.half[bi]![bj]!);
  const w = dot(d, sh.normal[bi]![bj]!);
  // A point off to the side of its nearest sample (past a border the sheet curls round) is not
  // over the sheet at all, whatever its height.
  const row = sh.mid[bi]!;
  const step = Math.max(
    length(sub(row[Math.min(J - 1, bj + 1)]!, row[Math.max(0, bj - 1)]!)) / 2,
    sh.spacing,
  );
  const side = length(sub(d, scale(sh.normal[bi]![bj]!, w)));
  if (side > step) return Infinity;
  return Math.abs(w) / h;
}

/** Where to push p (inside the sheet) to leave it along the normal, or undefined if outside. */
export function pushOutOfSheet(sh: SheetShape, p: V3, gap: number): V3 | undefined {
  const [bi, bj] = nearestSample(sh, p);
  if (depthAt(sh, p, bi, bj) >= 1) return undefined;
  const n = sh.normal[bi]![bj]!;
  const w = dot(sub(p, sh.mid[bi]![bj]!), n);
  const h = Math.max(0.0008, sh.half[bi]![bj]!);
  const target = (w >= 0 ? 1 : -1) * (h + gap);
  return add(p, scale(n, target - w));
}
