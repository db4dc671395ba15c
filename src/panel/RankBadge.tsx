/** A rank number beside a coloured, patterned swatch (the model's tint): never colour alone. */
import { rankStyle } from './rank-style.ts';

export function RankBadge({ rank }: { rank: number }) {
  const style = rankStyle(rank);
  return (
    <span className="rank-badge" title={`Rank ${rank}: ${style.patternLabel}`}>
      <span
        className={`rank-swatch pattern-${style.pattern}`}
        style={{ backgroundColor: style.colour }}
        aria-hidden="true"
      />
      <span className="rank-number">
        <span className="visually-hidden">Rank </span>
        {rank}
      </span>
    </span>
  );
}
