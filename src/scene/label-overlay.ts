/**
 * The labels' DOM: one layer over the canvas holding an SVG of leader lines and a box per label,
 * moved imperatively (no React render per camera move, no 3D frame: it costs no draw calls).
 * Decorative for screen readers (`aria-hidden`): the panel names every structure. Hooks for tests:
 * `[data-model-labels]`, `[data-model-label="<structure>"]`, `line[data-label-line="<structure>"]`
 * (x2, y2: the point on the model, in px from the canvas's top-left corner).
 */
import type { PlacedLabel } from './label-layout.ts';

const svgNs = 'http://www.w3.org/2000/svg';

export interface LabelText {
  main: string;
  /** The English under a Latin name, for patients (null for none). */
  other: string | null;
  lang: 'en' | 'la';
}

export class LabelOverlay {
  readonly element: HTMLDivElement;
  private readonly svg: SVGSVGElement;
  private readonly boxes = new Map<string, HTMLDivElement>();
  private readonly sizes = new Map<string, { for: string; width: number; height: number }>();

  constructor(host: HTMLElement) {
    this.element = document.createElement('div');
    this.element.dataset.modelLabels = '';
    this.element.className = 'model-labels';
    this.element.setAttribute('aria-hidden', 'true');
    Object.assign(this.element.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      pointerEvents: 'none',
      zIndex: '4',
      overflow: 'hidden',
    } satisfies Partial<CSSStyleDeclaration>);
    this.svg = document.createElementNS(svgNs, 'svg');
    Object.assign(this.svg.style, { position: 'absolute', left: '0', top: '0', overflow: 'visible' });
    this.element.appendChild(this.svg);
    host.appendChild(this.element);
  }

  /** Lays the layer exactly over the canvas. */
  cover(canvas: HTMLCanvasElement): { width: number; height: number } {
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    Object.assign(this.element.style, {
      left: `${canvas.offsetLeft}px`,
      top: `${canvas.offsetTop}px`,
      width: `${width}px`,
      height: `${height}px`,
    });
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(height));
    return { width, height };
  }

  /** The label's box (made once per structure), with its text, measured at most `maxWidth` wide. */
  measure(structure: string, text: LabelText, maxWidth: number): { width: number; height: number } {
    let box = this.boxes.get(structure);
    if (!box) {
      box = document.createElement('div');
      box.dataset.modelLabel = structure;
      box.className = 'model-label';
      this.boxes.set(structure, box);
      this.element.appendChild(box);
    }
    const key = `${text.main}\n${text.other ?? ''}`;
    if (box.dataset.text !== key) {
      box.dataset.text = key;
      box.lang = text.lang;
      box.replaceChildren(text.main);
      if (text.other) {
        const other = document.createElement('span');
        other.className = 'model-label-other';
        other.lang = 'en';
        other.textContent = text.other;
        box.appendChild(other);
      }
    }
    // Measured once per text and width: while the camera moves only the boxes' places change.
    const measuredFor = `${key}|${maxWidth}`;
    const known = this.sizes.get(structure);
    if (known && known.for === measuredFor) return known;
    Object.assign(box.style, { maxWidth: `${maxWidth}px`, width: '', display: 'block', transform: 'none' });
    const rect = box.getBoundingClientRect();
    const size = { for: measuredFor, width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
    this.sizes.set(structure, size);
    return size;
  }

  /** Shows the placed labels and their lines; every other label is hidden. */
  show(placed: readonly PlacedLabel[]): void {
    const shown = new Set(placed.map((p) => p.id));
    for (const [id, box] of this.boxes) if (!shown.has(id)) box.style.display = 'none';
    const lines: SVGElement[] = [];
    for (const p of placed) {
      const box = this.boxes.get(p.id);
      if (!box) continue;
      Object.assign(box.style, {
        display: 'block',
        width: `${p.width}px`,
        textAlign: p.side === 'left' ? 'right' : 'left',
        transform: `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`,
      });
      const line = document.createElementNS(svgNs, 'line');
      line.dataset.labelLine = p.id;
      line.setAttribute('x1', p.lineStart.x.toFixed(1));
      line.setAttribute('y1', p.lineStart.y.toFixed(1));
      line.setAttribute('x2', p.anchor.x.toFixed(1));
      line.setAttribute('y2', p.anchor.y.toFixed(1));
      const dot = document.createElementNS(svgNs, 'circle');
      dot.setAttribute('cx', p.anchor.x.toFixed(1));
      dot.setAttribute('cy', p.anchor.y.toFixed(1));
      dot.setAttribute('r', '2.5');
      lines.push(line, dot);
    }
    this.svg.replaceChildren(...lines);
  }

  remove(): void {
    this.element.remove();
  }
}
