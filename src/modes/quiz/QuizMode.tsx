/** Quiz mode (`?mode=quiz`, issue 13): not built yet; says so and offers the way back. */
import { useExplorer } from '../../state/store.ts';

export function QuizMode() {
  const setMode = useExplorer((s) => s.setMode);
  return (
    <section className="mode-pending" aria-labelledby="mode-pending-title">
      <h2 id="mode-pending-title">Quiz mode is not ready yet</h2>
      <button type="button" onClick={() => setMode('explore')}>
        Back to explore
      </button>
    </section>
  );
}
