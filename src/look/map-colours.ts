/**
 * Colours of the referral maps, shared by the skin shader, the muscle tint and the panel's legend:
 * the focused map in the red of clinical referral charts, a compared map in a blue that stays
 * distinct from it for red–green colour blindness. Essential zones are solid and spillover zones
 * stippled, so the two kinds never differ by colour alone.
 */
export const mapColours = { focus: '#c8102e', compare: '#1d5fd1' } as const;
