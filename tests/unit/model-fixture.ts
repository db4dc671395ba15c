/**
 * Loads the committed public/models/thigh.glb once per test file (meshopt-decoded, quantisation
 * resolved into world-space positions) for the model tests.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NodeIO, type Document, type Node as GltfNode } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export const MODEL_FILE = join(resolve(import.meta.dirname, '../..'), 'public/models/thigh.glb');

export interface LoadedNode {
  name: string;
  extras: Record<string, unknown>;
  node: GltfNode;
  /** World-space positions (flat xyz), empty for nodes without a mesh. */
  positions: Float32Array;
  triangles: number;
  surface?: Float32Array;
  surfaceComponentType?: number;
}

export interface LoadedModel {
  bytes: Uint8Array;
  doc: Document;
  nodes: Map<string, LoadedNode>;
}

let cached: Promise<LoadedModel> | undefined;

export function loadModel(): Promise<LoadedModel> {
  cached ??= (async () => {
    await MeshoptDecoder.ready;
    const bytes = new Uint8Array(readFileSync(MODEL_FILE));
    const io = new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.readBinary(bytes);
    const nodes = new Map<string, LoadedNode>();
    for (const node of doc.getRoot().listNodes()) {
      const mesh = node.getMesh();
      let positions = new Float32Array(0);
      let triangles = 0;
      let surface: Float32Array | undefined;
      let surfaceComponentType: number | undefined;
      if (mesh) {
        const m = node.getWorldMatrix();
        const out: number[] = [];
        for (const prim of mesh.listPrimitives()) {
          const pos = prim.getAttribute('POSITION')!;
          const el: number[] = [];
          for (let i = 0; i < pos.getCount(); i++) {
            pos.getElement(i, el);
            const [x, y, z] = el as [number, number, number];
            out.push(
              m[0] * x + m[4] * y + m[8] * z + m[12],
              m[1] * x + m[5] * y + m[9] * z + m[13],
              m[2] * x + m[6] * y + m[10] * z + m[14],
            );
          }
          triangles += (prim.getIndices()?.getCount() ?? pos.getCount()) / 3;
          const s = prim.getAttribute('_SURFACE');
          if (s) {
            surface = Float32Array.from(s.getArray() as ArrayLike<number>);
            surfaceComponentType = s.getComponentType();
          }
        }
        positions = Float32Array.from(out);
      }
      nodes.set(node.getName(), {
        name: node.getName(),
        extras: node.getExtras(),
        node,
        positions,
        triangles,
        ...(surface ? { surface, surfaceComponentType } : {}),
      });
    }
    return { bytes, doc, nodes };
  })();
  return cached;
}
