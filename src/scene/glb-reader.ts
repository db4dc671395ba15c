/**
 * Reads the app's own model file: the subset of glTF 2.0 that src/generator/gltf/write-glb.ts
 * writes (nodes with a transform, extras and at most one triangle mesh; accessors of plain or
 * normalised numbers, KHR_mesh_quantization; buffer views compressed with
 * EXT_meshopt_compression). three's GLTFLoader reads all of glTF and brings ~20 KB gzip of
 * loader, animation and texture code the app never runs. The result has GLTFLoader's shape where
 * the scene looks (node name, `userData` = extras, lower-case custom attribute names such as
 * `_surface`). Anything outside the subset, and any damaged file, is refused with a
 * ModelFormatError instead of half a model.
 */
import {
  BufferAttribute,
  BufferGeometry,
  Group,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  Matrix4,
  Mesh,
  Object3D,
  type TypedArray,
} from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type * as Gltf from './glb-types.ts';

export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

/** The loaded model: a scene graph, as GLTFLoader's `gltf.scene`. */
export interface LoadedModel {
  scene: Group;
}

const supportedExtensions = new Set(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
interface ArrayType {
  new (buffer: ArrayBuffer, offset: number, length: number): TypedArray;
  readonly BYTES_PER_ELEMENT: number;
}
const arrays: Record<number, ArrayType> = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
};
const itemSizes: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };
const attributeNames: Record<string, string> = { POSITION: 'position', NORMAL: 'normal', TEXCOORD_0: 'uv' };

function fail(why: string): never {
  throw new ModelFormatError(`Invalid model file: ${why}`);
}

/** The JSON and binary chunks of a GLB container, bounds-checked. */
function chunksOf(data: ArrayBuffer): { json: Gltf.Root; bin: Uint8Array | null } {
  if (data.byteLength < 20) fail('too short for a glTF binary');
  const view = new DataView(data);
  if (view.getUint32(0, true) !== 0x46546c67) fail('no glTF magic');
  if (view.getUint32(4, true) !== 2) fail(`glTF binary version ${view.getUint32(4, true)}`);
  const length = Math.min(view.getUint32(8, true), data.byteLength);
  let json: Gltf.Root | null = null;
  let bin: Uint8Array | null = null;
  for (let at = 12; at + 8 <= length;) {
    const size = view.getUint32(at, true);
    const type = view.getUint32(at + 4, true);
    if (at + 8 + size > length) fail('a chunk runs past the end of the file');
    const body = new Uint8Array(data, at + 8, size);
    if (type === 0x4e4f534a) json = JSON.parse(new TextDecoder().decode(body)) as Gltf.Root;
    else if (type === 0x004e4942) bin = body;
    at += 8 + size;
  }
  if (!json || typeof json !== 'object') fail('no JSON chunk');
  return { json, bin };
}

/** Each buffer view's bytes, decompressed, in a buffer of its own (aligned for any typed array). */
async function viewsOf(json: Gltf.Root, bin: Uint8Array | null): Promise<ArrayBuffer[]> {
  const slice = (buffer: number, offset = 0, length: number) => {
    if (buffer !== 0 || !bin || json.buffers?.[0]?.uri !== undefined) fail('data outside the binary chunk');
    if (offset + length > bin.byteLength) fail('a buffer view runs past the binary chunk');
    return bin.subarray(offset, offset + length);
  };
  const views = json.bufferViews ?? [];
  if (views.some((v) => v.extensions?.EXT_meshopt_compression)) await MeshoptDecoder.ready;
  return views.map((view) => {
    const meshopt = view.extensions?.EXT_meshopt_compression;
    if (!meshopt) return slice(view.buffer, view.byteOffset, view.byteLength).slice().buffer;
    const source = slice(meshopt.buffer, meshopt.byteOffset, meshopt.byteLength);
    const target = new Uint8Array(meshopt.count * meshopt.byteStride);
    MeshoptDecoder.decodeGltfBuffer(
      target,
      meshopt.count,
      meshopt.byteStride,
      source,
      meshopt.mode,
      meshopt.filter ?? 'NONE',
    );
    return target.buffer;
  });
}

function attributeOf(json: Gltf.Root, views: ArrayBuffer[], index: number) {
  const accessor = json.accessors?.[index] ?? fail(`no accessor ${index}`);
  const ArrayOf = arrays[accessor.componentType] ?? fail(`component type ${accessor.componentType}`);
  const itemSize = itemSizes[accessor.type] ?? fail(`accessor type ${accessor.type}`);
  if (accessor.sparse || accessor.bufferView === undefined) fail('sparse or empty accessors');
  const buffer = views[accessor.bufferView] ?? fail(`no buffer view ${accessor.bufferView}`);
  const bytes = ArrayOf.BYTES_PER_ELEMENT;
  const stride = json.bufferViews![accessor.bufferView]!.byteStride;
  const offset = accessor.byteOffset ?? 0;
  const normalized = accessor.normalized === true;
  if (stride && stride !== itemSize * bytes) {
    // Interleaved (quantised vec3s are padded to 4-byte strides): one buffer, an offset into it.
    const first = Math.floor(offset / stride) * stride;
    const array = new ArrayOf(buffer, first, (accessor.count * stride) / bytes);
    return new InterleavedBufferAttribute(
      new InterleavedBuffer(array, stride / bytes),
      itemSize,
      (offset % stride) / bytes,
      normalized,
    );
  }
  return new BufferAttribute(new ArrayOf(buffer, offset, accessor.count * itemSize), itemSize, normalized);
}

function geometryOf(json: Gltf.Root, views: ArrayBuffer[], mesh: Gltf.Mesh): BufferGeometry {
  const [primitive, ...more] = mesh.primitives;
  if (!primitive || more.length > 0) fail(`mesh ${mesh.name ?? ''} must have one primitive`);
  if ((primitive.mode ?? 4) !== 4) fail(`primitive mode ${primitive.mode}`);
  if (primitive.targets) fail('morph targets');
  const geometry = new BufferGeometry();
  for (const [name, accessor] of Object.entries(primitive.attributes))
    geometry.setAttribute(attributeNames[name] ?? name.toLowerCase(), attributeOf(json, views, accessor));
  if (primitive.indices !== undefined) {
    const indices = attributeOf(json, views, primitive.indices);
    if (!(indices instanceof BufferAttribute)) fail('interleaved indices');
    geometry.setIndex(indices);
  }
  return geometry;
}

function nodeOf(json: Gltf.Root, views: ArrayBuffer[], index: number, depth: number): Object3D {
  const node = json.nodes?.[index] ?? fail(`no node ${index}`);
  if (depth > 32) fail('nodes nested too deep (a cycle?)');
  const meshDef = node.mesh === undefined ? undefined : (json.meshes?.[node.mesh] ?? fail('no mesh'));
  const object = meshDef ? new Mesh(geometryOf(json, views, meshDef)) : new Object3D();
  object.name = node.name ?? '';
  if (node.extras && typeof node.extras === 'object') object.userData = { ...node.extras };
  // GLTFLoader keeps the unsanitised name here too.
  if (node.name) object.userData.name = node.name;
  if (node.matrix)
    new Matrix4().fromArray(node.matrix).decompose(object.position, object.quaternion, object.scale);
  if (node.translation) object.position.fromArray(node.translation);
  if (node.rotation) object.quaternion.fromArray(node.rotation);
  if (node.scale) object.scale.fromArray(node.scale);
  for (const child of node.children ?? []) object.add(nodeOf(json, views, child, depth + 1));
  return object;
}

/** Parses a GLB file written by the generator; rejects with ModelFormatError when it cannot. */
export async function readModel(data: ArrayBuffer): Promise<LoadedModel> {
  try {
    const { json, bin } = chunksOf(data);
    if (json.asset?.version !== '2.0') fail(`glTF version ${json.asset?.version}`);
    const unsupported = (json.extensionsRequired ?? []).filter((e) => !supportedExtensions.has(e));
    if (unsupported.length) fail(`unsupported extensions ${unsupported.join(', ')}`);
    const views = await viewsOf(json, bin);
    const sceneDef = json.scenes?.[json.scene ?? 0] ?? fail('no scene');
    const scene = new Group();
    scene.name = sceneDef.name ?? '';
    for (const index of sceneDef.nodes ?? []) scene.add(nodeOf(json, views, index, 0));
    return { scene };
  } catch (error) {
    if (error instanceof ModelFormatError) throw error;
    // A RangeError from a typed array or DataView, a SyntaxError from the JSON: a damaged file.
    throw new ModelFormatError(
      `Invalid model file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
