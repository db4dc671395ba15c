/** Tells screen-reader users when the ranking changes (after a pain site or a self-test result). */
import type { Candidate } from '../diagnosis/index.ts';

export function announcement(candidates: readonly Candidate[], hasSites: boolean): string {
  if (!hasSites) return '';
  if (candidates.length === 0) return 'No likely muscles for these places.';
  const top = candidates.slice(0, 3).map((c) => `${c.rank}, ${c.name}`);
  return `${candidates.length} possible ${candidates.length === 1 ? 'muscle' : 'muscles'}. Most likely: ${top.join('; ')}.`;
}

export function CandidateAnnouncer({
  candidates,
  hasSites,
}: {
  candidates: readonly Candidate[];
  hasSites: boolean;
}) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement(candidates, hasSites)}
    </div>
  );
}
