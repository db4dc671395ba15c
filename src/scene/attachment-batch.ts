/**
 * All attachment footprints as ONE mesh (one draw call instead of one per footprint): their
 * geometries merged in the model frame, each vertex tagged with its item index (`aItem`). What
 * differs per footprint (colour, hidden, ghosted, glow) lives in a 2-row texture read by the
 * vertex shader: row 0 = base colour + shown flag, row 1 = emissive glow + opacity.
 */
import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  Color,
  DataTexture,
  Matrix3,
  MeshStandardMaterial,
  Vector3,
  type WebGLProgramParametersWithUniforms,
} from 'three';
import type { ModelPart } from './model-parts.ts';
import type { PartInfo } from './part-info.ts';
import type { AttachmentLook, Glow } from './batch-looks.ts';

export interface MergedAttachments {
  geometry: BufferGeometry;
  /** Item i's part (node name = identity). */
  items: PartInfo[];
  /** Model-frame box of each item. */
  boxes: Box3[];
}

const v = new Vector3();

/** Merges the parts' geometries (node transforms applied) into one, tagging vertices with `aItem`. */
export function mergeAttachments(parts: readonly ModelPart[]): MergedAttachments {
  const withGeometry = parts.filter((p) => p.geometry?.getAttribute('position'));
  let vertices = 0;
  let indices = 0;
  for (const { geometry } of withGeometry) {
    const count = geometry!.getAttribute('position').count;
    vertices += count;
    indices += geometry!.index?.count ?? count;
  }
  const position = new Float32Array(vertices * 3);
  const normal = new Float32Array(vertices * 3);
  const item = new Float32Array(vertices);
  const index = new Uint32Array(indices);
  const boxes: Box3[] = [];
  const normalMatrix = new Matrix3();
  let vertexAt = 0;
  let indexAt = 0;
  withGeometry.forEach(({ geometry, matrix }, i) => {
    const source = geometry!;
    const pos = source.getAttribute('position');
    const nor = source.getAttribute('normal');
    normalMatrix.getNormalMatrix(matrix);
    const box = new Box3();
    for (let k = 0; k < pos.count; k++) {
      // fromBufferAttribute reads quantised (normalised integer) attributes as floats.
      v.fromBufferAttribute(pos, k)
        .applyMatrix4(matrix)
        .toArray(position, (vertexAt + k) * 3);
      box.expandByPoint(v);
      if (nor)
        v.fromBufferAttribute(nor, k)
          .applyMatrix3(normalMatrix)
          .normalize()
          .toArray(normal, (vertexAt + k) * 3);
      item[vertexAt + k] = i;
    }
    const sourceIndex = source.index;
    const n = sourceIndex?.count ?? pos.count;
    for (let k = 0; k < n; k++) index[indexAt + k] = vertexAt + (sourceIndex ? sourceIndex.getX(k) : k);
    vertexAt += pos.count;
    indexAt += n;
    boxes.push(box);
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('normal', new BufferAttribute(normal, 3));
  geometry.setAttribute('aItem', new BufferAttribute(item, 1));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  return { geometry, items: withGeometry.map((p) => p.info), boxes };
}

/** The item a vertex of the merged geometry belongs to. */
export function itemOfVertex(geometry: BufferGeometry, vertex: number): number {
  return geometry.getAttribute('aItem').getX(vertex);
}

/** A texture of `count` columns and 2 rows for the per-item state (see the file comment). */
export function createItemTexture(count: number): DataTexture {
  const texture = new DataTexture(new Uint8Array(Math.max(count, 1) * 8), Math.max(count, 1), 2);
  texture.needsUpdate = true;
  return texture;
}

const ghostOpacity = 0.14;
const glows: Record<Glow, (own: Color) => Color> = {
  none: () => new Color(0, 0, 0),
  hover: () => new Color(1, 1, 1).multiplyScalar(0.1),
  focus: (own) => own.clone().multiplyScalar(0.35),
  own: (own) => own.clone().multiplyScalar(0.6),
};
const byte = (x: number) => Math.round(Math.min(Math.max(x, 0), 1) * 255);

/** Writes item `i`'s look into the texture data (colours in three's linear working space). */
export function writeItem(
  data: Uint8Array,
  count: number,
  i: number,
  own: Color,
  look: AttachmentLook,
): void {
  const glow = glows[look.glow](own);
  data.set([byte(own.r), byte(own.g), byte(own.b), look.visible ? 255 : 0], i * 4);
  data.set(
    [byte(glow.r), byte(glow.g), byte(glow.b), byte(look.ghosted ? ghostOpacity : 1)],
    (count + i) * 4,
  );
}

/** MeshStandardMaterial that reads each vertex's item state from `texture`. */
export function createAttachmentMaterial(texture: DataTexture): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ roughness: 0.7 });
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.uItems = { value: texture };
    const varyings = 'varying vec4 vItemColour;\nvarying vec4 vItemGlow;\n';
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>\nattribute float aItem;\nuniform sampler2D uItems;\n${varyings}`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
ivec2 itemTexel = ivec2(int(aItem + 0.5), 0);
vItemColour = texelFetch(uItems, itemTexel, 0);
vItemGlow = texelFetch(uItems, itemTexel + ivec2(0, 1), 0);`,
      )
      // A hidden item's triangles go beyond the far plane: clipped, never drawn.
      .replace(
        '#include <project_vertex>',
        '#include <project_vertex>\nif (vItemColour.a < 0.5) gl_Position = vec4(0.0, 0.0, 2.0, 1.0);',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${varyings}`)
      .replace(
        '#include <color_fragment>',
        '#include <color_fragment>\ndiffuseColor = vec4(vItemColour.rgb, diffuseColor.a * vItemGlow.a);',
      )
      .replace(
        '#include <emissivemap_fragment>',
        '#include <emissivemap_fragment>\ntotalEmissiveRadiance = vItemGlow.rgb;',
      );
  };
  material.customProgramCacheKey = () => 'thigh-attachment-batch';
  return material;
}
