/**
 * R3F's <Canvas> without its two costs: it registers the whole THREE namespace (so nothing of
 * three can be left out of the bundle) and it creates a second WebGL context after the app's
 * probe made one. This one registers `sceneElements` only, and draws on the probe's canvas and
 * context when they are there (webgl-support.ts). Like <Canvas>, it sizes the renderer to its box
 * and rethrows what the scene throws to the error boundary around it.
 */
import {
  Component,
  Suspense,
  useInsertionEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  createRoot,
  events,
  extend,
  type ReconcilerRoot,
  type RenderProps,
  type Size,
} from '@react-three/fiber';
import { WebGLRenderer } from 'three';
import { contextAttributes, takeProbedCanvas } from './webgl-support.ts';
import { sceneElements } from './scene-elements.ts';

extend(sceneElements);

type Config = Omit<RenderProps<HTMLCanvasElement>, 'size' | 'events' | 'gl'>;

interface Props extends Config {
  children: ReactNode;
  role?: string;
  'aria-label'?: string;
}

/** Catches inside the R3F tree (a separate React root) and hands the error out. */
class Catch extends Component<{ onError(error: unknown): void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

const sameSize = (a: Size | null, b: Size) =>
  a !== null && a.width === b.width && a.height === b.height && a.top === b.top && a.left === b.left;

export function LeanCanvas({ children, role, 'aria-label': label, onCreated, ...config }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const root = useRef<{ canvas: HTMLCanvasElement; root: ReconcilerRoot<HTMLCanvasElement> } | null>(null);
  const context = useRef<WebGL2RenderingContext | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;

  useLayoutEffect(() => {
    const div = box.current!;
    const measure = () => {
      const r = div.getBoundingClientRect();
      const next = { width: r.width, height: r.height, top: r.top, left: r.left };
      setSize((previous) => (sameSize(previous, next) ? previous : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(div);
    return () => observer.disconnect();
  }, []);

  // Runs after every render, as <Canvas> does: configure applies only what changed.
  useLayoutEffect(() => {
    const div = box.current;
    if (!div || !size || size.width === 0 || size.height === 0) return;
    if (!root.current) {
      const probed = takeProbedCanvas();
      const canvas = probed?.canvas ?? document.createElement('canvas');
      context.current = probed?.context ?? null;
      canvas.style.display = 'block';
      div.appendChild(canvas);
      root.current = { canvas, root: createRoot(canvas) };
    }
    const current = root.current.root;
    const fail = (error: unknown) => setFailure({ error });
    current
      .configure({
        ...config,
        size,
        events,
        gl: (defaults) =>
          new WebGLRenderer({ ...defaults, ...contextAttributes, context: context.current ?? undefined }),
        onCreated: (state) => {
          state.events.connect?.(div);
          onCreated?.(state);
        },
      })
      .then(() => {
        current.render(
          <Catch onError={fail}>
            <Suspense fallback={null}>{children}</Suspense>
          </Catch>,
        );
      }, fail);
  });

  // Insertion effects are not replayed by StrictMode: the root (and its context) lives until the
  // canvas really leaves the page.
  useInsertionEffect(
    () => () => {
      const current = root.current;
      root.current = null;
      current?.root.unmount();
      current?.canvas.remove();
    },
    [],
  );

  return (
    <div
      ref={box}
      role={role}
      aria-label={label}
      style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}
    />
  );
}
