/**
 * Turns ranked candidates into the list of skin patches the referral shader paints: pure, so the
 * order and limits can be tested without WebGL.
 */
import type { ReferralZone, SurfacePatch } from '../anatomy/types.ts';
import { litCandidates, rankColour } from '../look/rank-colours.ts';

/** The part of a diagnosis `Candidate` the scene needs. */
export interface LitCandidate {
  id: string;
  rank: number;
  triggerPoints: readonly { id: string; zone: ReferralZone }[];
}

export interface PaintedPatch {
  y: readonly [number, number];
  angle: readonly [number, number];
  /** Rank colour as '#rrggbb'. */
  colour: string;
  /** Spillover patches are painted lighter and hatched; essential ones solid. */
  spillover: boolean;
}

/** Most patches the shader takes (a uniform array size). */
export const maxPaintedPatches = 32;

/**
 * Patches to paint for the chosen candidates, best rank first, every essential zone before any
 * spillover (the shader lets the first patch that covers a point win). With a candidate in focus,
 * only its own zones are painted.
 */
export function paintedPatches(
  candidates: readonly LitCandidate[],
  focused: string | null,
  limit = maxPaintedPatches,
): PaintedPatch[] {
  const chosen = focused
    ? candidates.filter((c) => c.id === focused)
    : [...candidates].sort((a, b) => a.rank - b.rank).slice(0, litCandidates);
  const out: PaintedPatch[] = [];
  const push = (patch: SurfacePatch, colour: string, spillover: boolean) => {
    const duplicate = out.some(
      (p) =>
        p.colour === colour &&
        p.spillover === spillover &&
        p.y[0] === patch.y[0] &&
        p.y[1] === patch.y[1] &&
        p.angle[0] === patch.angle[0] &&
        p.angle[1] === patch.angle[1],
    );
    if (!duplicate && out.length < limit) out.push({ y: patch.y, angle: patch.angle, colour, spillover });
  };
  for (const candidate of chosen) {
    const colour = rankColour(candidate.rank);
    for (const point of candidate.triggerPoints) for (const p of point.zone.essential) push(p, colour, false);
  }
  for (const candidate of chosen) {
    const colour = rankColour(candidate.rank);
    for (const point of candidate.triggerPoints) for (const p of point.zone.spillover) push(p, colour, true);
  }
  return out;
}
