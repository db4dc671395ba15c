/**
 * How a candidate's rank is drawn in the panel: its number, the colour the model tints it with
 * (shared with the scene) and a pattern, so ranks are told apart without colour vision (WCAG 1.4.1).
 */
import { litCandidates, rankColour } from '../look/rank-colours.ts';

export interface RankStyle {
  colour: string;
  /** CSS class suffix naming the swatch pattern (see app.css). */
  pattern: 'solid' | 'stripes' | 'dots' | 'grid' | 'zigzag' | 'unlit';
  patternLabel: string;
}

const patterns: readonly Pick<RankStyle, 'pattern' | 'patternLabel'>[] = [
  { pattern: 'solid', patternLabel: 'solid' },
  { pattern: 'stripes', patternLabel: 'striped' },
  { pattern: 'dots', patternLabel: 'dotted' },
  { pattern: 'grid', patternLabel: 'cross-hatched' },
  { pattern: 'zigzag', patternLabel: 'zig-zag' },
];

/** The style of rank n (1-based); ranks the model does not light get a plain outline. */
export function rankStyle(rank: number): RankStyle {
  if (rank > litCandidates)
    return { colour: 'transparent', pattern: 'unlit', patternLabel: 'not lit on the model' };
  const index = Math.min(Math.max(Math.round(rank), 1), patterns.length) - 1;
  return { colour: rankColour(rank), ...patterns[index]! };
}
