/**
 * The look of muscle, tendon and bone, added to a part's MeshStandardMaterial (onBeforeCompile)
 * from what the generator baked per vertex (README, "The model"):
 * - `_fibre` (xyz fibre direction, w tendon weight): fine striations across the fibres (two
 *   scales, faded where they would alias), the belly turning pale and glossy toward its tendons
 *   over the myotendinous junction, and a cut section where the fibres end at the surface (psoas
 *   at the trunk cut);
 * - `_occlusion`: baked ambient occlusion darkening the grooves between muscles and around bones;
 * - bone: a faint porous relief and mottling from procedural noise (no texture file).
 * Everything is procedural in the shader: no texture is fetched. The pose patch (pose-shader.ts)
 * wraps this onBeforeCompile and keeps working (it only needs three's own chunks left in place).
 */
import type { BufferGeometry, MeshStandardMaterial, WebGLProgramParametersWithUniforms } from 'three';
import type { PartKind } from './part-info.ts';

/** Tendon colour in three's linear space (#eee6d6, the tendon parts' own colour). */
const TENDON_LINEAR = '0.855, 0.791, 0.672';

const noise = /* glsl */ `
float tissueHash(vec3 c) {
  return fract(sin(dot(c, vec3(12.9898, 78.233, 37.719))) * 43758.5453);
}
// Value noise on a lattice of cell size 1 (smooth, for bone mottling and relief).
float tissueNoise(vec3 p) {
  vec3 i = floor(p);
  vec3 f = p - i;
  vec3 w = f * f * (3.0 - 2.0 * f);
  float s = 0.0;
  for (int k = 0; k < 8; k++) {
    vec3 c = vec3(float(k & 1), float((k >> 1) & 1), float((k >> 2) & 1));
    vec3 ww = mix(1.0 - w, w, c);
    s += ww.x * ww.y * ww.z * tissueHash(i + c);
  }
  return s;
}
// Stripes of the given period running along the fibres (constant along 'along'), their phase
// changing from one lattice cell to the next so they break up into bundles, not a grating.
float tissueStripes(vec3 p, vec3 across, float period, float cell) {
  vec3 q = p / cell;
  vec3 i = floor(q);
  vec3 f = q - i;
  vec3 w = f * f * (3.0 - 2.0 * f);
  float s = 0.0;
  for (int k = 0; k < 8; k++) {
    vec3 c = vec3(float(k & 1), float((k >> 1) & 1), float((k >> 2) & 1));
    vec3 ww = mix(1.0 - w, w, c);
    float phase = 6.2832 * tissueHash(i + c);
    s += ww.x * ww.y * ww.z * cos(6.2832 * dot(p - (i + c) * cell, across) / period + phase);
  }
  return s;
}
// Bump from a height given in metres (three's perturbNormalArb, on screen derivatives).
vec3 tissueBump(vec3 n, vec3 viewPos, float h) {
  vec3 dpdx = dFdx(viewPos);
  vec3 dpdy = dFdy(viewPos);
  vec3 r1 = cross(dpdy, n);
  vec3 r2 = cross(n, dpdx);
  float det = dot(dpdx, r1);
  vec3 grad = sign(det) * (dFdx(h) * r1 + dFdy(h) * r2);
  return normalize(abs(det) * n - grad);
}
`;

const vertexHead = /* glsl */ `
varying vec3 vTissuePos;
varying vec3 vTissueNormal;
#ifdef TISSUE_FIBRE
attribute vec4 _fibre;
varying vec4 vFibre;
#endif
#ifdef TISSUE_OCCLUSION
attribute float _occlusion;
varying float vOcclusion;
#endif
`;

const vertexBody = /* glsl */ `
// World space (metres): the geometry's own space is the quantised one of KHR_mesh_quantization,
// scaled per mesh, so patterns sized in metres are measured after the node matrix.
vTissuePos = (modelMatrix * vec4(position, 1.0)).xyz;
vTissueNormal = mat3(modelMatrix) * normal;
#ifdef TISSUE_FIBRE
vFibre = vec4(mat3(modelMatrix) * _fibre.xyz, _fibre.w);
#endif
#ifdef TISSUE_OCCLUSION
vOcclusion = _occlusion;
#endif
`;

const fragmentHead = /* glsl */ `
varying vec3 vTissuePos;
varying vec3 vTissueNormal;
#ifdef TISSUE_FIBRE
varying vec4 vFibre;
#endif
#ifdef TISSUE_OCCLUSION
varying float vOcclusion;
#endif
float tissueRelief;
float tissueTendon;
${noise}
`;

// After three's colour chunk: diffuse colour from tendon weight, striations, cut section, occlusion.
const fragmentColour = /* glsl */ `
tissueRelief = 0.0;
tissueTendon = 0.0;
{
  vec3 pos = vTissuePos;
  vec3 nrm = normalize(vTissueNormal);
  // Size of one pixel on the surface (m): fine detail fades out before it would alias.
  float pixel = length(fwidth(pos));
#ifdef TISSUE_FIBRE
  tissueTendon = clamp(vFibre.w, 0.0, 1.0);
  vec3 along = normalize(vFibre.xyz + 1e-6);
  float endOn = abs(dot(along, nrm));
  // Fibres ending at the surface: a cut section (only where the tissue is fleshy).
  float cut = smoothstep(0.8, 0.95, endOn) * (1.0 - tissueTendon);
  vec3 across = normalize(cross(nrm, along) + 1e-6);
  // Three scales: fascicle bundles (seen whole-limb), fascicles, and fine fibres close up.
  float bundle = tissueStripes(pos, across, 0.01, 0.03) * (1.0 - smoothstep(0.0035, 0.006, pixel));
  float coarse = tissueStripes(pos, across, 0.0045, 0.012) * (1.0 - smoothstep(0.0014, 0.0028, pixel));
  float fine = tissueStripes(pos, across, 0.0013, 0.005) * (1.0 - smoothstep(0.0003, 0.0007, pixel));
  float stria = mix(0.6 * bundle + 0.6 * coarse + 0.45 * fine, 0.25 * fine, tissueTendon) * (1.0 - cut);
  tissueRelief = stria;
  diffuseColor.rgb = mix(diffuseColor.rgb, vec3(${TENDON_LINEAR}), tissueTendon);
  diffuseColor.rgb *= 1.0 + mix(0.16, 0.06, tissueTendon) * stria;
  // The cut face: deeper red, stippled with the ends of the fascicles.
  float dots = tissueNoise(pos / 0.0016) * (1.0 - smoothstep(0.0006, 0.0014, pixel));
  diffuseColor.rgb = mix(diffuseColor.rgb, diffuseColor.rgb * vec3(0.78, 0.55, 0.55) * (0.85 + 0.3 * dots), cut);
#endif
#ifdef TISSUE_BONE
  float grain = tissueNoise(pos / 0.004) * 0.6 + tissueNoise(pos / 0.0012) * 0.4;
  float blotch = tissueNoise(pos / 0.02);
  tissueRelief = grain - 0.5;
  diffuseColor.rgb *= 0.9 + 0.12 * blotch + 0.06 * (grain - 0.5);
#endif
#ifdef TISSUE_OCCLUSION
  diffuseColor.rgb *= mix(0.28, 1.0, clamp(vOcclusion, 0.0, 1.0));
#endif
}
`;

// After three's normal chunk: the striations and bone grain as a faint relief.
const fragmentNormal = /* glsl */ `
#ifdef TISSUE_FIBRE
normal = tissueBump(normal, -vViewPosition, 0.00012 * tissueRelief);
#endif
#ifdef TISSUE_BONE
normal = tissueBump(normal, -vViewPosition, 0.00018 * tissueRelief);
#endif
`;

// After three's roughness chunk: tendon glossier than muscle.
const fragmentRoughness = /* glsl */ `
roughnessFactor = mix(roughnessFactor, 0.34, tissueTendon);
`;

/** Adds the tissue look to a part's material when its kind has one (muscle, tendon, bone). */
export function addTissueLook(
  material: MeshStandardMaterial,
  kind: PartKind,
  geometry: BufferGeometry | undefined,
): void {
  const bone = kind === 'bone';
  const fibre = (kind === 'muscle' || kind === 'tendon') && geometry?.hasAttribute('_fibre') === true;
  const occlusion = geometry?.hasAttribute('_occlusion') === true;
  if (!bone && !fibre && !occlusion) return;
  const defines: Record<string, string> = {};
  if (bone) defines.TISSUE_BONE = '';
  if (fibre) defines.TISSUE_FIBRE = '';
  if (occlusion) defines.TISSUE_OCCLUSION = '';
  material.defines = { ...material.defines, ...defines };
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${vertexHead}`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n${vertexBody}`);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${fragmentHead}`)
      .replace('#include <color_fragment>', `#include <color_fragment>\n${fragmentColour}`)
      .replace('#include <roughnessmap_fragment>', `#include <roughnessmap_fragment>\n${fragmentRoughness}`)
      .replace('#include <normal_fragment_maps>', `#include <normal_fragment_maps>\n${fragmentNormal}`);
  };
  const key = `thigh-tissue|${Object.keys(defines).join(',')}`;
  material.customProgramCacheKey = () => key;
  material.needsUpdate = true;
}
