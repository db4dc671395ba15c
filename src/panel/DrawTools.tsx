/**
 * The pain-drawing tools: Draw and Erase (toggles: a drag on the skin then paints instead of turning
 * the limb), the brush size, and Clear. The drawing itself lives in the store and the URL.
 */
import { useExplorer, type DrawTool } from '../state/store.ts';
import { brushRadii, type BrushSize } from '../state/pain-drawing.ts';

const sizeWords: Record<BrushSize, string> = { small: 'Fine', medium: 'Medium', large: 'Broad' };

export function DrawTools() {
  const tool = useExplorer((s) => s.drawTool);
  const size = useExplorer((s) => s.brushSize);
  const hasDrawing = useExplorer((s) => s.drawing !== null);
  const setTool = useExplorer((s) => s.setDrawTool);
  const setSize = useExplorer((s) => s.setBrushSize);
  const setDrawing = useExplorer((s) => s.setDrawing);
  const toggle = (next: DrawTool) => setTool(tool === next ? 'none' : next);
  return (
    <div className="draw-tools" role="group" aria-label="Draw where it hurts">
      <button type="button" data-action="draw" aria-pressed={tool === 'draw'} onClick={() => toggle('draw')}>
        ✎ Draw
      </button>
      <button
        type="button"
        data-action="erase"
        aria-pressed={tool === 'erase'}
        onClick={() => toggle('erase')}
      >
        Erase
      </button>
      <label className="brush-size">
        Brush{' '}
        <select value={size} onChange={(e) => setSize(e.currentTarget.value as BrushSize)}>
          {(Object.keys(brushRadii) as BrushSize[]).map((s) => (
            <option key={s} value={s}>
              {sizeWords[s]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-action="clear-drawing"
        disabled={!hasDrawing}
        onClick={() => setDrawing(null)}
      >
        Clear drawing
      </button>
      {tool !== 'none' && (
        <p className="hint draw-hint">
          {tool === 'draw'
            ? 'Paint on the skin where it hurts. Turn the limb with the view buttons, or switch Draw off.'
            : 'Rub out on the skin. Switch Erase off to turn the limb again.'}
        </p>
      )}
    </div>
  );
}
