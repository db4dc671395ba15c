/**
 * How well a candidate's map fits where it hurts, as a bar and in words (never a raw score): the
 * solid part is the share its essential zone ("usually") covers, the stippled part the share only
 * its spillover zone ("sometimes") reaches.
 */
import type { Candidate } from '../diagnosis/index.ts';

function fitWords(c: Candidate): string {
  const e = Math.round(c.essentialShare * 100);
  const s = Math.round(c.spilloverShare * 100);
  if (e === 0 && s === 0) return 'its map does not reach where it hurts';
  const parts = [];
  if (e > 0) parts.push(`usually ${e}%`);
  if (s > 0) parts.push(`sometimes ${s}% more`);
  return `Its map covers where it hurts: ${parts.join(', ')}`;
}

export function MapStrength({ candidate }: { candidate: Candidate }) {
  const e = Math.max(0, Math.min(1, candidate.essentialShare));
  const s = Math.max(0, Math.min(1 - e, candidate.spilloverShare));
  const words = fitWords(candidate);
  return (
    <span className="map-strength" role="img" aria-label={words} title={words}>
      <span className="map-strength-essential" style={{ width: `${e * 100}%` }} />
      <span className="map-strength-spillover" style={{ width: `${s * 100}%` }} />
    </span>
  );
}
