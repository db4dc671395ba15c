/**
 * The app shell: header, notices, the 3D view (or the text view) and the side panel. The panel
 * answers from this entry chunk alone; the 3D view starts only once the first paint is done and
 * WebGL is known to work (use-webgl-probe.ts), and its code arrives as a separate chunk. The quiz,
 * summary and presentation modes (`?mode=`) are chunks of their own: the quiz and the presentation
 * take the panel's place beside the 3D view, the summary takes the whole page.
 */
import { Suspense } from 'react';
import { useExplorer } from '../state/store.ts';
import { useUrlSync } from '../state/url-sync.ts';
import { Notices } from '../panel/Notices.tsx';
import { Panel } from '../panel/Panel.tsx';
import { FallbackView } from './FallbackView.tsx';
import { PanelErrorBoundary } from './PanelErrorBoundary.tsx';
import { SceneArea } from './SceneArea.tsx';
import { useSceneAttribute } from './use-scene-attribute.ts';
import { useFocusAttribute } from './use-focus-attribute.ts';
import { useWebGLProbe } from './use-webgl-probe.ts';
import { useModeAttribute } from './use-mode-attribute.ts';
import { ModeSwitch } from './ModeSwitch.tsx';
import { PresentModeHost } from './PresentModeHost.tsx';
import { useOfflineCopy } from './use-offline-copy.ts';
import { LazyQuizMode } from './LazyModes.tsx';
import { SummaryModeHost } from './SummaryModeHost.tsx';
import './app.css';
import './phone.css';

export function App() {
  useUrlSync();
  const textView = useExplorer((s) => s.textView);
  const mode = useExplorer((s) => s.mode);
  // null until probed: the scene area shows its placeholder meanwhile. The summary page draws no 3D.
  const webgl = useWebGLProbe(!textView && mode !== 'summary');
  const setTextView = useExplorer((s) => s.setTextView);
  const fallback = textView || webgl === false;
  useSceneAttribute(fallback);
  useFocusAttribute();
  useModeAttribute(mode);
  useOfflineCopy();
  const loadingMode = (
    <p className="mode-loading" role="status">
      Loading…
    </p>
  );
  return (
    <div className={`app mode-${mode}${fallback ? ' is-fallback' : ''}`}>
      <a className="skip-link" href="#panel">
        Skip to the panel
      </a>
      <header className="app-header">
        <h1>Thigh explorer</h1>
        <p className="tagline">Where does it hurt, and which muscle may send pain there?</p>
        <ModeSwitch />
        {webgl !== false && (
          <button
            type="button"
            className="text-view-toggle"
            aria-pressed={textView}
            onClick={() => setTextView(!textView)}
          >
            Text view
          </button>
        )}
      </header>
      <Notices />
      {mode === 'summary' ? (
        <main className="summary-layout">
          <PanelErrorBoundary>
            <Suspense fallback={loadingMode}>
              <SummaryModeHost />
            </Suspense>
          </PanelErrorBoundary>
        </main>
      ) : (
        <main className="layout">
          {fallback ? <FallbackView webgl={webgl !== false} /> : <SceneArea start={webgl === true} />}
          <div id="panel" className="panel-wrap" tabIndex={-1}>
            <PanelErrorBoundary>
              {mode === 'explore' && <Panel withModel={!fallback} />}
              {mode !== 'explore' && (
                <Suspense fallback={loadingMode}>
                  {mode === 'quiz' && <LazyQuizMode />}
                  {mode === 'present' && <PresentModeHost />}
                </Suspense>
              )}
            </PanelErrorBoundary>
          </div>
        </main>
      )}
    </div>
  );
}
