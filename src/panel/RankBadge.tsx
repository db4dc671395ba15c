/** A candidate's rank number; "tied" when another candidate has the same score. */
export function RankBadge({ rank, tied = false }: { rank: number; tied?: boolean }) {
  return (
    <span
      className={`rank-badge${tied ? ' is-tied' : ''}`}
      title={tied ? `Tied at rank ${rank}` : `Rank ${rank}`}
    >
      <span className="rank-number">
        <span className="visually-hidden">Rank </span>
        {rank}
      </span>
      {tied && <span className="rank-tied">tied</span>}
    </span>
  );
}
