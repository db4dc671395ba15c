/**
 * Vertex-shader posing (issue 14) added to any material of the limb after it exists: its own
 * onBeforeCompile runs first, then this adds the blended joint turns of pose-deform.ts (the same
 * formula) to the vertex stage and a stretch tint to the fragment stage. Per vertex it reads the
 * `poseWeight` attribute (a, b, c); per mesh the node matrix that takes its geometry to the model
 * frame; per pose the shared joint uniforms.
 */
import type { Material, Matrix4, WebGLProgramParametersWithUniforms } from 'three';
import { jointAxes, jointCentres } from '../kinematics/joints.ts';
import { patella, type PoseValues } from './pose-deform.ts';

/**
 * One set for every patched material, so a pose change is a few uniform writes. Plain typed
 * arrays (three uploads them as they are): this chunk loads on demand and importing three's
 * classes here would split three out of the start-up chunk (about 3 KB gzip more at start).
 */
export const poseUniforms = {
  poseHip: { value: new Float32Array([1, 0, 0, 0]) },
  poseJoints: { value: new Float32Array(2) },
  poseHipCentre: { value: new Float32Array(jointCentres.hip) },
  poseKneeCentre: { value: new Float32Array(jointCentres.knee) },
  poseAnkleCentre: { value: new Float32Array(jointCentres.ankle) },
  poseKneeAxis: { value: new Float32Array(jointAxes.kneeFlexion) },
  poseAnkleAxis: { value: new Float32Array(jointAxes.ankleDorsiflexion) },
  posePatella: { value: new Float32Array([...patella.pivot, patella.share]) },
};

export function setPoseUniforms(v: PoseValues): void {
  poseUniforms.poseHip.value.set([...v.hipAxis, v.hipAngle]);
  poseUniforms.poseJoints.value.set([v.knee, v.ankle]);
}

/** What is kept per patched material. */
export interface PosedMaterial {
  node: { value: Float32Array };
  nodeInverse: { value: Float32Array };
  /** rgb = stretch colour (linear), a = how much of it. */
  tint: { value: Float32Array };
}

const declarations = /* glsl */ `
uniform vec4 poseHip;
uniform vec2 poseJoints;
uniform vec3 poseHipCentre;
uniform vec3 poseKneeCentre;
uniform vec3 poseAnkleCentre;
uniform vec3 poseKneeAxis;
uniform vec3 poseAnkleAxis;
uniform vec4 posePatella;
uniform mat4 poseNode;
uniform mat4 poseNodeInverse;
attribute vec3 poseWeight;
vec3 poseTurn(vec3 v, vec3 k, float angle) {
  float c = cos(angle);
  return v * c + cross(k, v) * sin(angle) + k * dot(k, v) * (1.0 - c);
}
vec3 posePoint(vec3 p) {
  if (poseWeight.z < -0.5) {
    p = posePatella.xyz + poseTurn(p - posePatella.xyz, poseKneeAxis, posePatella.w * poseJoints.x);
    return poseHipCentre + poseTurn(p - poseHipCentre, poseHip.xyz, poseHip.w);
  }
  p = poseAnkleCentre + poseTurn(p - poseAnkleCentre, poseAnkleAxis, poseWeight.z * poseJoints.y);
  p = poseKneeCentre + poseTurn(p - poseKneeCentre, poseKneeAxis, poseWeight.y * poseJoints.x);
  return poseHipCentre + poseTurn(p - poseHipCentre, poseHip.xyz, poseWeight.x * poseHip.w);
}
vec3 poseDirection(vec3 v) {
  if (poseWeight.z < -0.5)
    return poseTurn(poseTurn(v, poseKneeAxis, posePatella.w * poseJoints.x), poseHip.xyz, poseHip.w);
  v = poseTurn(v, poseAnkleAxis, poseWeight.z * poseJoints.y);
  v = poseTurn(v, poseKneeAxis, poseWeight.y * poseJoints.x);
  return poseTurn(v, poseHip.xyz, poseWeight.x * poseHip.w);
}
`;

// three's project_vertex with the pose applied in the model frame, after instancing.
const projectVertex = /* glsl */ `
vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
  mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
  mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = poseNodeInverse * vec4( posePoint( ( poseNode * mvPosition ).xyz ), 1.0 );
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;
`;

const patched = new WeakMap<Material, PosedMaterial>();

export function posedMaterial(material: Material): PosedMaterial | undefined {
  return patched.get(material);
}

/** Adds posing to a material (once); `node` = its mesh's geometry-to-model-frame matrix. */
export function patchMaterial(material: Material, node: Matrix4): PosedMaterial {
  const known = patched.get(material);
  if (known) {
    known.node.value.set(node.elements);
    known.nodeInverse.value.set(node.clone().invert().elements);
    return known;
  }
  const own: PosedMaterial = {
    node: { value: new Float32Array(node.elements) },
    nodeInverse: { value: new Float32Array(node.clone().invert().elements) },
    tint: { value: new Float32Array(4) },
  };
  const before = material.onBeforeCompile;
  // Read now: three's default key is the source of onBeforeCompile, which is about to change.
  const key = material.customProgramCacheKey();
  material.onBeforeCompile = function (shader: WebGLProgramParametersWithUniforms, renderer) {
    before.call(this, shader, renderer);
    Object.assign(shader.uniforms, poseUniforms, {
      poseNode: own.node,
      poseNodeInverse: own.nodeInverse,
      poseTint: own.tint,
    });
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${declarations}`)
      .replace(
        '#include <beginnormal_vertex>',
        '#include <beginnormal_vertex>\nobjectNormal = mat3( poseNodeInverse ) * poseDirection( mat3( poseNode ) * objectNormal );',
      )
      .replace('#include <project_vertex>', projectVertex);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform vec4 poseTint;')
      .replace(
        '#include <color_fragment>',
        '#include <color_fragment>\ndiffuseColor.rgb = mix( diffuseColor.rgb, poseTint.rgb, poseTint.a );',
      );
  };
  material.customProgramCacheKey = () => `${key}|posed`;
  material.needsUpdate = true;
  patched.set(material, own);
  return own;
}

/** A '#rrggbb' colour in three's linear working space (the sRGB transfer undone). */
function linear(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

/** Sets a patched material's stretch tint (null = none). */
export function setTint(p: PosedMaterial, tint: { colour: string; amount: number } | null): void {
  if (!tint) p.tint.value[3] = 0;
  else p.tint.value.set([...linear(tint.colour), 0.25 + 0.6 * tint.amount]);
}
