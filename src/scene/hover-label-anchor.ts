/**
 * The hover label is moved and rewritten imperatively (no React state on pointer moves): meshes
 * call `showHoverLabel` / `hideHoverLabel`; `HoverLabel` registers its anchor and text element.
 */
import type { Object3D, Vector3 } from 'three';

interface LabelTarget {
  anchor: Object3D;
  element: HTMLElement;
  invalidate: () => void;
}

let target: LabelTarget | null = null;

export function attachHoverLabel(next: LabelTarget | null): void {
  target = next;
}

/** Shows `text` at world point `at`. */
export function showHoverLabel(text: string, at: Vector3): void {
  if (!target) return;
  target.anchor.position.copy(at);
  target.anchor.visible = true;
  if (target.element.textContent !== text) target.element.textContent = text;
  target.element.style.display = 'block';
  target.invalidate();
}

export function hideHoverLabel(): void {
  if (!target) return;
  target.anchor.visible = false;
  target.element.style.display = 'none';
  target.invalidate();
}
