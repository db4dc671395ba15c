/**
 * Reads the loaded glTF scene into a flat list of tagged parts (mesh or anchor point) with their
 * transforms baked to the model frame, ready to render one component each.
 */
import { Box3, Mesh, type Matrix4, type BufferGeometry, type Object3D } from 'three';
import { partInfoFrom, type PartInfo } from './part-info.ts';
import { ensureBoundsTree } from './picking.ts';

export interface ModelPart {
  info: PartInfo;
  /** The part's geometry, or undefined for an anchor node (a trigger point with no mesh). */
  geometry?: BufferGeometry;
  /** Node transform in the model frame. */
  matrix: Matrix4;
}

export interface ModelParts {
  parts: ModelPart[];
  /** Model-frame bounds of the skin (or of everything when there is no skin). */
  bounds: Box3;
}

/** Flattens the glTF scene: every tagged node becomes one part; BVHs are built here, once. */
export function collectParts(root: Object3D): ModelParts {
  root.updateMatrixWorld(true);
  const parts: ModelPart[] = [];
  const all = new Box3();
  const skin = new Box3();
  root.traverse((node) => {
    const mesh = node instanceof Mesh ? node : undefined;
    // glTF nodes with one primitive load as the mesh itself; a mesh's tags may sit on its parent.
    const tagged = partInfoFrom(node.name, node.userData);
    const fromParent =
      !tagged && mesh && node.parent ? partInfoFrom(node.parent.name, node.parent.userData) : undefined;
    const info = tagged ?? fromParent;
    if (!info) return;
    if (fromParent && parts.some((p) => p.info.name === fromParent.name && p.geometry)) return;
    const existing = parts.findIndex((p) => p.info.name === info.name);
    if (mesh) {
      ensureBoundsTree(mesh.geometry);
      mesh.geometry.computeBoundingBox();
      const box = mesh.geometry.boundingBox!.clone().applyMatrix4(mesh.matrixWorld);
      all.union(box);
      if (info.kind === 'skin') skin.union(box);
      const part = { info, geometry: mesh.geometry, matrix: mesh.matrixWorld.clone() };
      if (existing >= 0) parts[existing] = part;
      else parts.push(part);
    } else if (existing < 0 && info.kind !== 'landmark') {
      // A group node whose mesh child (if any) replaces this entry above.
      parts.push({ info, matrix: node.matrixWorld.clone() });
    }
  });
  return { parts, bounds: skin.isEmpty() ? all : skin };
}
