/** The titles of the sources behind an entry. */
import { sources, type SourceId } from '../anatomy/sources.ts';

export function SourceList({
  sources: ids,
  label = 'Sources',
}: {
  sources: readonly SourceId[];
  label?: string;
}) {
  if (ids.length === 0) return null;
  return (
    <details className="sources">
      <summary>{label}</summary>
      <ul>
        {[...new Set(ids)].map((id) => (
          <li key={id}>{sources[id]?.title ?? id}</li>
        ))}
      </ul>
    </details>
  );
}
