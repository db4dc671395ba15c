/** Stands in for the 3D view when WebGL is missing or the person chose the text view. */
import { useExplorer } from '../state/store.ts';

export function FallbackView({ webgl }: { webgl: boolean }) {
  const setTextView = useExplorer((s) => s.setTextView);
  return (
    <div className="fallback" role="region" aria-labelledby="fallback-title">
      <h2 id="fallback-title">Text view</h2>
      {webgl ? (
        <p>
          You are using the text view. Everything works from the lists: choose where it hurts, then read the
          likely muscles, the checks that tell them apart and where their trigger points lie.
        </p>
      ) : (
        <p>
          Your browser cannot show the 3D model (WebGL is not available), so this text view does the same job:
          choose where it hurts, then read the likely muscles, the checks that tell them apart and where their
          trigger points lie.
        </p>
      )}
      {webgl && (
        <button type="button" onClick={() => setTextView(false)}>
          Show the 3D model
        </button>
      )}
    </div>
  );
}
