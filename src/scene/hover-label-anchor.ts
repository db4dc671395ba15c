/**
 * The hover label is a plain DOM element moved and rewritten imperatively (no React state on
 * pointer moves): meshes call `showHoverLabel` / `hideHoverLabel`; `HoverLabel` registers the
 * element and the camera that places it.
 */
import { Vector3, type Camera } from 'three';

interface LabelTarget {
  element: HTMLElement;
  camera: Camera;
  /** The canvas (the label is positioned relative to it). */
  canvas: HTMLCanvasElement;
}

let target: LabelTarget | null = null;
const ndc = new Vector3();
/** The shown label's world point, kept so the label can follow the camera (null when hidden). */
let shownAt: Vector3 | null = null;

export function attachHoverLabel(next: LabelTarget | null): void {
  target = next;
}

/**
 * Shows `text` next to world point `at`. `hoverSite` (space-separated pain-site ids under the
 * pointer, SPEC's `data-hover-site` hook) is set on the label while it points at skin.
 */
export function showHoverLabel(text: string, at: Vector3, hoverSite?: string): void {
  if (!target) return;
  if (hoverSite) target.element.dataset.hoverSite = hoverSite;
  else delete target.element.dataset.hoverSite;
  shownAt = (shownAt ?? new Vector3()).copy(at);
  place(text, at);
}

/**
 * Moves a shown label to where its point now is on screen: called on every drawn frame, so the
 * label stays on its structure while the camera orbits or glides to a view.
 */
export function followHoverLabel(): void {
  if (target && shownAt && target.element.style.display !== 'none') place(null, shownAt);
}

function place(text: string | null, at: Vector3): void {
  if (!target) return;
  const { element, camera, canvas } = target;
  ndc.copy(at).project(camera);
  const x = ((ndc.x + 1) / 2) * canvas.clientWidth + canvas.offsetLeft;
  const y = ((1 - ndc.y) / 2) * canvas.clientHeight + canvas.offsetTop;
  if (text !== null && element.textContent !== text) element.textContent = text;
  element.style.transform = `translate(${Math.round(x + 14)}px, ${Math.round(y - 12)}px)`;
  element.style.display = 'block';
}

export function hideHoverLabel(): void {
  shownAt = null;
  if (target) target.element.style.display = 'none';
}
