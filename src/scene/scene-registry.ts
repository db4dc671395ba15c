/**
 * The mounted object of each model part by node name, so the camera can frame a structure and the
 * test hook can find the skin. Module-level because three objects never go in the store.
 *
 * Attachment footprints and trigger points are drawn batched (one mesh for all of each kind), so
 * they register as items instead: a world-space box and whether the item is drawn right now.
 */
import type { Box3, Object3D } from 'three';

const parts = new Map<string, Object3D>();

export interface SceneItem {
  structure: string;
  /** Whether the item is drawn now. */
  shown(): boolean;
  /** World-space box of the item into `out`. */
  box(out: Box3): Box3;
}

const items = new Map<string, SceneItem>();
/** The trigger point the scene emphasises ("Show on model"), as drawn; for the test hook. */
let emphasised: string | null = null;

export function registerPart(name: string, object: Object3D | null): void {
  if (object) parts.set(name, object);
  else parts.delete(name);
}

export function partObject(name: string): Object3D | undefined {
  return parts.get(name);
}

/** Every mounted part whose structure (userData.structure or name) is `structure`. */
export function partsOf(structure: string): Object3D[] {
  const out: Object3D[] = [];
  for (const [name, object] of parts) {
    if (name === structure || object.userData.structure === structure) out.push(object);
  }
  return out;
}

export function registerItem(name: string, item: SceneItem | null): void {
  if (item) items.set(name, item);
  else items.delete(name);
}

export function sceneItem(name: string): SceneItem | undefined {
  return items.get(name);
}

/** Every batched item of `structure`. */
export function itemsOf(structure: string): SceneItem[] {
  return [...items.values()].filter((item) => item.structure === structure);
}

export function setEmphasisedPoint(name: string | null): void {
  emphasised = name;
}

export function emphasisedPoint(): string | null {
  return emphasised;
}
