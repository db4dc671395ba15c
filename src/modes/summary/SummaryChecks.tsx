/** The checks recorded and their results. */
import type { SummaryCheck } from './summary-data.ts';

export function SummaryChecks({ checks }: { checks: readonly SummaryCheck[] }) {
  return (
    <section className="summary-checks" aria-labelledby="summary-checks-title">
      <h3 id="summary-checks-title">Checks done</h3>
      {checks.length > 0 && (
        <p className="summary-check-key">Positive: it brought on the familiar pain. Negative: it did not.</p>
      )}
      {checks.length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <ul className="summary-check-list">
          {checks.map(({ test, result }) => (
            <li key={test.id} data-summary-check={test.id}>
              <strong>{test.name}:</strong> {result}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
