/**
 * Colours for a muscle's length change in a pose (issue 14), shared by the model's tint and the
 * panel's legend: lengthened blue, shortened green, apart from the rank palette (amber, orange,
 * magenta, violet, periwinkle) and the nerves' yellow. Never the only cue: the panel writes the
 * signed percent and the word.
 */
export const stretchColours = { stretched: '#1f6fff', shortened: '#43b649' } as const;

/** Changes this size (percent) or larger get the full colour; smaller ones a share of it. */
export const fullColourAt = 15;

/** Below this (percent) a change is too small to colour. */
export const unchangedBelow = 1;

/** Colour and strength (0..1) of the tint for a change in percent; null when too small to show. */
export function stretchTint(percent: number): { colour: string; amount: number } | null {
  if (!(Math.abs(percent) >= unchangedBelow)) return null;
  return {
    colour: percent > 0 ? stretchColours.stretched : stretchColours.shortened,
    amount: Math.min(Math.abs(percent) / fullColourAt, 1),
  };
}
