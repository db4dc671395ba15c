/**
 * The app shell: header, notices, the 3D view (or the text view) and the side panel. The panel
 * answers from this entry chunk alone; the 3D view starts only once the first paint is done and
 * WebGL is known to work (use-webgl-probe.ts), and its code arrives as a separate chunk.
 */
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
import './app.css';

export function App() {
  useUrlSync();
  const textView = useExplorer((s) => s.textView);
  // null until probed: the scene area shows its placeholder meanwhile.
  const webgl = useWebGLProbe(!textView);
  const setTextView = useExplorer((s) => s.setTextView);
  const fallback = textView || webgl === false;
  useSceneAttribute(fallback);
  useFocusAttribute();
  return (
    <div className={`app${fallback ? ' is-fallback' : ''}`}>
      <a className="skip-link" href="#panel">
        Skip to the panel
      </a>
      <header className="app-header">
        <h1>Thigh explorer</h1>
        <p className="tagline">Where does it hurt, and which muscle may send pain there?</p>
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
      <main className="layout">
        {fallback ? <FallbackView webgl={webgl !== false} /> : <SceneArea start={webgl === true} />}
        <div id="panel" className="panel-wrap" tabIndex={-1}>
          <PanelErrorBoundary>
            <Panel withModel={!fallback} />
          </PanelErrorBoundary>
        </div>
      </main>
    </div>
  );
}
