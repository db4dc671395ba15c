/**
 * The app's GLB reader against three's GLTFLoader on the committed model (same nodes, tags,
 * transforms and vertex data), and against damaged files: every one is refused with a
 * ModelFormatError, never another exception and never half a model.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Mesh, Vector3, type BufferAttribute, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { ModelFormatError, readModel } from '../../src/scene/glb-reader.ts';
import { MODEL_FILE } from './model-fixture.ts';

const file = readFileSync(MODEL_FILE);
const bytes = () => file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);

function byName(root: Object3D): Map<string, Object3D> {
  root.updateMatrixWorld(true);
  const map = new Map<string, Object3D>();
  root.traverse((o) => {
    if (o !== root) map.set(o.name, o);
  });
  return map;
}

describe('glb reader', () => {
  let ours: Map<string, Object3D>;
  let theirs: Map<string, Object3D>;
  beforeAll(async () => {
    ours = byName((await readModel(bytes())).scene);
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    theirs = byName((await loader.parseAsync(bytes(), '')).scene);
  });

  it('reads the model as GLTFLoader does: nodes, tags, transforms, vertices and triangles', () => {
    expect(ours.size).toBeGreaterThan(100);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    const a = new Vector3();
    const b = new Vector3();
    const mismatches: string[] = [];
    let compared = 0;
    for (const [name, node] of ours) {
      const other = theirs.get(name)!;
      expect(node.userData, name).toEqual(other.userData);
      expect(node.matrixWorld.elements, name).toEqual(other.matrixWorld.elements);
      expect(node instanceof Mesh, name).toBe(other instanceof Mesh);
      if (!(node instanceof Mesh) || !(other instanceof Mesh)) continue;
      const [g, h] = [node.geometry, other.geometry];
      expect(Object.keys(g.attributes).sort(), name).toEqual(Object.keys(h.attributes).sort());
      const [i, j] = [g.index!.array, h.index!.array];
      if (i.length !== j.length || Array.from(i).some((v, k) => v !== j[k])) mismatches.push(`${name} index`);
      for (const key of Object.keys(g.attributes)) {
        const [p, q] = [g.getAttribute(key) as BufferAttribute, h.getAttribute(key) as BufferAttribute];
        expect([p.count, p.itemSize, p.normalized], `${name} ${key}`).toEqual([
          q.count,
          q.itemSize,
          q.normalized,
        ]);
        for (let k = 0; k < p.count; k++) {
          compared++;
          const same =
            p.itemSize === 3
              ? a.fromBufferAttribute(p, k).equals(b.fromBufferAttribute(q, k))
              : p.getX(k) === q.getX(k) && p.getY(k) === q.getY(k);
          if (!same) {
            mismatches.push(`${name} ${key} ${k}`);
            break;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100_000);
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('refuses garbage, truncated and altered files with a ModelFormatError', async () => {
    const whole = new Uint8Array(bytes());
    const damaged: ArrayBuffer[] = [
      new TextEncoder().encode('glTF-this-is-not-a-model').buffer as ArrayBuffer,
      new Uint8Array(0).buffer,
      new Uint8Array(4096).map((_, i) => (i * 7919) % 251).buffer,
      whole.slice(0, 12).buffer,
      whole.slice(0, 2000).buffer,
      whole.slice(0, whole.length >> 1).buffer,
    ];
    // A damaged JSON chunk and a damaged version field.
    const json = whole.slice();
    json[30] = 0x7b;
    json[31] = 0x7b;
    damaged.push(json.buffer);
    const version = whole.slice();
    version[4] = 9;
    damaged.push(version.buffer);
    for (const data of damaged) await expect(readModel(data)).rejects.toBeInstanceOf(ModelFormatError);
  });
});
