/** A broad sheet muscle's lofted mesh replaced by the same sheet draped on what lies beneath. */
import type { DistanceField } from '../types.ts';
import type { V3 } from '../loft/index.ts';
import { type ShaftSample, axisAtY } from './bone-axes.ts';
import { drapeSheet } from './drape.ts';
import { type LoftedMuscle, limbAxisPoint, sectionDepth } from './muscle-loft.ts';
import { type NerveLine, nearNerve } from './nerve-paths.ts';

/** Replaces a lofted sheet's mesh by the same sheet laid on the bone and deeper muscles. */
export function drapeMuscle(
  m: LoftedMuscle,
  deeper: readonly LoftedMuscle[],
  boneField: DistanceField,
  femur: readonly ShaftSample[],
  nerveLines: readonly NerveLine[],
): void {
  const g = m.geometry;
  const d = g.drape!;
  const end = (i: number): number => (i / (m.bell.length - 1) < 0.5 ? g.ends[0][1] : g.ends[1][1]);
  const halfDepth = m.bell.map((b, i) => end(i) + (g.halfDepth - end(i)) * b);
  const outward = (p: V3): V3 => {
    const axis = g.about === 'femur' ? axisAtY(femur, p[1]).centre : limbAxisPoint(p[1]);
    return [p[0] - axis[0], 0, p[2] - axis[2]];
  };
  const out = drapeSheet({
    paths: m.paths,
    halfDepth,
    exponent: g.exponent,
    across: d.across,
    around: d.around,
    bone: boneField,
    deeper,
    depthIn: sectionDepth,
    outward,
    relax: d.relax,
    fill: d.fill,
    obstacle: (p) => nearNerve(nerveLines, p, 0.002),
    keepClear: (p) => nearNerve(nerveLines, p, 0.016),
    ...(d.cushion ? { cushion: d.cushion } : {}),
  });
  m.positions = out.positions;
  m.indices = out.indices;
  m.around = d.around;
  m.sheet = out.sheet;
}
