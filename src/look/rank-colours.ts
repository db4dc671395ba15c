/**
 * Colours of the ranked candidate sources (IBM's colour-blind-safe palette), shared by the muscle
 * tint and the referral zones on the skin. Rank is also told apart by more than colour: the panel
 * numbers the candidates, and the skin hatches spillover zones.
 */
export const rankColours = ['#ffb000', '#fe6100', '#dc267f', '#785ef0', '#648fff'] as const;

/** Colour for rank 1, 2, …; ranks past the palette reuse its last colour. */
export function rankColour(rank: number): string {
  const index = Math.min(Math.max(Math.round(rank) - 1, 0), rankColours.length - 1);
  return rankColours[index]!;
}

/** How many candidates the scene lights at once (the rest stay in the panel's list only). */
export const litCandidates = 5;
