/**
 * The mounted object of each model part by node name, so the camera can frame a structure and the
 * test hook can find the skin. Module-level because three objects never go in the store.
 */
import type { Object3D } from 'three';

const parts = new Map<string, Object3D>();

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
