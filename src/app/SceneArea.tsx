/**
 * The 3D view. The canvas (and with it three.js) is loaded lazily, and only once `start` says
 * WebGL works (after the first paint), so the panel and the text view work before, and without,
 * those bytes. A light placeholder stands in until the model's first frame. Errors end in a
 * message with Retry, never a blank page.
 */
import { Suspense, useEffect, useState } from 'react';
import { fetchModelBytes, forgetModelBytes } from '../scene/model-bytes.ts';
import { ViewButtons } from '../panel/ViewButtons.tsx';
import { useExplorer } from '../state/store.ts';
import { LazyExplorerCanvas, resetLazyCanvas } from './LazyExplorerCanvas.tsx';
import { describeSceneError } from './scene-error.ts';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { SceneErrorMessage } from './SceneErrorMessage.tsx';
import { ScenePlaceholder } from './ScenePlaceholder.tsx';

export function SceneArea({ start }: { start: boolean }) {
  const side = useExplorer((s) => s.side);
  const status = useExplorer((s) => s.sceneStatus);
  const error = useExplorer((s) => s.sceneError);
  const setSceneStatus = useExplorer((s) => s.setSceneStatus);
  const setTextView = useExplorer((s) => s.setTextView);
  // Bumping the attempt remounts the boundary and the canvas: a fresh load.
  const [attempt, setAttempt] = useState(0);
  // The model downloads while the 3D code does (both wait until WebGL is known to work).
  useEffect(() => {
    if (start) void fetchModelBytes();
  }, [start, attempt]);

  const retry = async () => {
    forgetModelBytes();
    try {
      const cache = await import('../scene/model-cache.ts');
      cache.clearModelCache();
    } catch {
      // The chunk itself failed to load: the fresh lazy component below imports it again.
    }
    resetLazyCanvas();
    setSceneStatus('loading');
    setAttempt((a) => a + 1);
  };

  return (
    <div className="scene-area" aria-label={`3D model of the ${side} leg`} role="region">
      {start && (
        <SceneErrorBoundary key={attempt} onError={(e) => setSceneStatus('error', describeSceneError(e))}>
          <Suspense fallback={null}>
            <LazyExplorerCanvas />
          </Suspense>
        </SceneErrorBoundary>
      )}
      {/* After the canvas, so it covers the canvas's empty background until the first frame. */}
      {status === 'loading' && <ScenePlaceholder side={side} />}
      {status !== 'error' && (
        <div className="scene-toolbar">
          <ViewButtons />
        </div>
      )}
      {status === 'loading' && (
        <p className="scene-message scene-loading" role="status">
          Loading the 3D model…
        </p>
      )}
      {status === 'error' && (
        <SceneErrorMessage
          message={error}
          onRetry={() => void retry()}
          onTextView={() => setTextView(true)}
        />
      )}
    </div>
  );
}
