/**
 * glTF binary writer: one node + mesh + material per part (never merged, so each structure stays
 * pickable), node name = identifier, node extras = `PartExtras`; anchors as empty nodes. Positions
 * and normals are quantised (KHR_mesh_quantization) and all buffers meshopt-compressed
 * (EXT_meshopt_compression); the skin's `_SURFACE` stays float. No timestamps, no randomness:
 * the same parts give the same bytes.
 */
import { Document, NodeIO, type Node as GltfNode } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { AnchorPart, MeshPart } from '../types.ts';

export interface GlbInput {
  parts: readonly MeshPart[];
  anchors: readonly AnchorPart[];
  /** Recorded in `asset.extras` so `scripts/ensure-model.ts` knows what the file was built from. */
  assetExtras: Record<string, unknown>;
}

/** Parts whose surfaces are thin sheets and must render from both sides. */
const DOUBLE_SIDED = new Set(['fascia', 'septum']);

export async function writeGlb(input: GlbInput): Promise<Uint8Array> {
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'thigh-explorer build-model';
  doc.getRoot().getAsset().extras = input.assetExtras;
  const buffer = doc.createBuffer();
  const scene = doc.createScene('thigh');
  doc.getRoot().setDefaultScene(scene);
  const materials = new Map<string, ReturnType<Document['createMaterial']>>();
  const materialFor = (part: MeshPart) => {
    const doubleSided = DOUBLE_SIDED.has(part.extras.kind);
    const key = `${part.color.join(',')}|${doubleSided}`;
    let m = materials.get(key);
    if (!m) {
      m = doc
        .createMaterial(`material-${materials.size}`)
        .setBaseColorFactor([part.color[0], part.color[1], part.color[2], 1])
        .setMetallicFactor(0)
        .setRoughnessFactor(0.75)
        .setDoubleSided(doubleSided);
      materials.set(key, m);
    }
    return m;
  };
  const nodes: GltfNode[] = [];
  for (const part of input.parts) {
    const vertexCount = part.positions.length / 3;
    const prim = doc
      .createPrimitive()
      .setAttribute(
        'POSITION',
        doc.createAccessor().setType('VEC3').setArray(part.positions).setBuffer(buffer),
      )
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(part.normals).setBuffer(buffer))
      .setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(vertexCount < 65536 ? Uint16Array.from(part.indices) : part.indices)
          .setBuffer(buffer),
      )
      .setMaterial(materialFor(part));
    // Fibre (unit xyz + tendon weight) and occlusion as normalised bytes: 1/127 and 1/255 steps
    // are finer than anything the material draws from them, and they keep the file small.
    if (part.fibre) {
      prim.setAttribute(
        '_FIBRE',
        doc
          .createAccessor()
          .setType('VEC4')
          .setArray(Int8Array.from(part.fibre, (v) => Math.round(Math.max(-1, Math.min(1, v)) * 127)))
          .setNormalized(true)
          .setBuffer(buffer),
      );
    }
    if (part.occlusion) {
      prim.setAttribute(
        '_OCCLUSION',
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(Uint8Array.from(part.occlusion, (v) => Math.round(Math.max(0, Math.min(1, v)) * 255)))
          .setNormalized(true)
          .setBuffer(buffer),
      );
    }
    if (part.surface) {
      prim.setAttribute(
        '_SURFACE',
        doc.createAccessor().setType('VEC2').setArray(part.surface).setBuffer(buffer),
      );
    }
    const mesh = doc.createMesh(part.name).addPrimitive(prim);
    const node = doc
      .createNode(part.name)
      .setMesh(mesh)
      .setExtras({ ...part.extras });
    nodes.push(node);
  }
  for (const anchor of input.anchors) {
    nodes.push(
      doc
        .createNode(anchor.name)
        .setTranslation([anchor.position[0], anchor.position[1], anchor.position[2]])
        .setExtras({ ...anchor.extras }),
    );
  }
  for (const node of nodes) scene.addChild(node);

  await MeshoptEncoder.ready;
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  await doc.transform(
    // Vertices and triangles in cache order: neighbours in the file are neighbours on the surface,
    // so the per-vertex attributes change little from one vertex to the next and compress well.
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({
      pattern: /^(POSITION|NORMAL)$/,
      quantizationVolume: 'mesh',
      quantizePosition: 14,
      quantizeNormal: 10,
    }),
  );
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({
      'meshopt.encoder': MeshoptEncoder,
    });
  return io.writeBinary(doc);
}
