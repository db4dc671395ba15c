/**
 * The skin's material: three's MeshStandardMaterial extended (onBeforeCompile) to paint referral
 * zones from the body-surface coordinate attribute `_surface`. Essential zones are solid in their
 * rank colour; spillover zones lighter AND hatched with diagonal stripes, so the two are never
 * told apart by colour alone. Chosen pain sites get one darker outline band around the region
 * they cover.
 */
import {
  Color,
  MeshStandardMaterial,
  Vector2,
  Vector4,
  type WebGLProgramParametersWithUniforms,
} from 'three';
import { maxPaintedPatches, type PaintedPatch } from './referral-patches.ts';
import type { SurfacePatch } from '../anatomy/types.ts';

/** Most chosen pain-site patches outlined at once. */
export const maxSitePatches = 16;

export interface SkinUniforms {
  uPatchCount: { value: number };
  /** x,y = height range (m); z,w = angle arc from, to (degrees). */
  uPatchBox: { value: Vector4[] };
  uPatchColour: { value: Color[] };
  /** 0 essential, 1 spillover. */
  uPatchSpill: { value: number[] };
  uSiteCount: { value: number };
  uSiteBox: { value: Vector4[] };
  /** x = opacity of bare skin, y = opacity of painted skin. */
  uAlpha: { value: Vector2 };
}

export type SkinMaterial = MeshStandardMaterial & { userData: { uniforms: SkinUniforms } };

const vertexHead = /* glsl */ `
attribute vec2 _surface;
varying vec2 vSurface;
`;

const fragmentHead = /* glsl */ `
#define MAX_PATCHES ${maxPaintedPatches}
#define MAX_SITES ${maxSitePatches}
varying vec2 vSurface;
uniform int uPatchCount;
uniform vec4 uPatchBox[MAX_PATCHES];
uniform vec3 uPatchColour[MAX_PATCHES];
uniform float uPatchSpill[MAX_PATCHES];
uniform int uSiteCount;
uniform vec4 uSiteBox[MAX_SITES];
uniform vec2 uAlpha;

bool inArc(float a, float from, float to) {
  a = mod(a, 360.0); from = mod(from, 360.0); to = mod(to, 360.0);
  return from <= to ? (a >= from && a <= to) : (a >= from || a <= to);
}
bool inBox(vec4 box, vec2 s) {
  return s.x >= box.x && s.x <= box.y && (box.w - box.z >= 360.0 || inArc(s.y, box.z, box.w));
}
bool inSites(vec2 s) {
  for (int i = 0; i < MAX_SITES; i++) {
    if (i >= uSiteCount) break;
    if (inBox(uSiteBox[i], s)) return true;
  }
  return false;
}
`;

const fragmentPaint = /* glsl */ `
#include <color_fragment>
{
  float painted = 0.0;
  for (int i = 0; i < MAX_PATCHES; i++) {
    if (i >= uPatchCount) break;
    if (inBox(uPatchBox[i], vSurface)) {
      vec3 zone = uPatchColour[i];
      if (uPatchSpill[i] > 0.5) {
        // Hatching from the surface coordinate: stripes about 12 mm apart across the limb.
        float stripe = fract((vSurface.x * 1000.0 + vSurface.y * 1.4) / 12.0);
        zone = stripe < 0.5 ? mix(zone, vec3(1.0), 0.45) : mix(diffuseColor.rgb, vec3(1.0), 0.25);
      }
      diffuseColor.rgb = zone;
      painted = 1.0;
      break;
    }
  }
  // Chosen pain sites: a dark rim just inside the edge of the region they cover together (a
  // site made of several patches gets one outline, not a frame around each patch).
  if (inSites(vSurface)) {
    vec2 dy = vec2(0.012, 0.0);
    vec2 da = vec2(0.0, 5.0);
    if (!inSites(vSurface + dy) || !inSites(vSurface - dy) || !inSites(vSurface + da) || !inSites(vSurface - da)) {
      diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.12, 0.08, 0.2), 0.75);
      painted = 1.0;
    }
  }
  diffuseColor.a = mix(uAlpha.x, uAlpha.y, painted);
}
`;

function patchBox(p: { y: readonly [number, number]; angle: readonly [number, number] }): Vector4 {
  return new Vector4(p.y[0], p.y[1], p.angle[0], p.angle[1]);
}

/** Creates the skin material; update it with `setPaintedPatches` and `setSitePatches`. */
export function createSkinMaterial(colour: string): SkinMaterial {
  const material = new MeshStandardMaterial({ color: colour, roughness: 0.75 }) as SkinMaterial;
  const uniforms: SkinUniforms = {
    uPatchCount: { value: 0 },
    uPatchBox: { value: Array.from({ length: maxPaintedPatches }, () => new Vector4()) },
    uPatchColour: { value: Array.from({ length: maxPaintedPatches }, () => new Color()) },
    uPatchSpill: { value: new Array<number>(maxPaintedPatches).fill(0) },
    uSiteCount: { value: 0 },
    uSiteBox: { value: Array.from({ length: maxSitePatches }, () => new Vector4()) },
    uAlpha: { value: new Vector2(1, 1) },
  };
  material.userData.uniforms = uniforms;
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${vertexHead}`)
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvSurface = _surface;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${fragmentHead}`)
      .replace('#include <color_fragment>', fragmentPaint);
  };
  // One program for every skin material, whatever its uniforms hold.
  material.customProgramCacheKey = () => 'thigh-skin-referral';
  return material;
}

export function setPaintedPatches(material: SkinMaterial, patches: readonly PaintedPatch[]): void {
  const u = material.userData.uniforms;
  const n = Math.min(patches.length, maxPaintedPatches);
  for (let i = 0; i < n; i++) {
    const p = patches[i]!;
    u.uPatchBox.value[i]!.copy(patchBox(p));
    u.uPatchColour.value[i]!.set(p.colour);
    u.uPatchSpill.value[i] = p.spillover ? 1 : 0;
  }
  u.uPatchCount.value = n;
}

export function setSitePatches(material: SkinMaterial, patches: readonly SurfacePatch[]): void {
  const u = material.userData.uniforms;
  const n = Math.min(patches.length, maxSitePatches);
  for (let i = 0; i < n; i++) u.uSiteBox.value[i]!.copy(patchBox(patches[i]!));
  u.uSiteCount.value = n;
}

/** Bare-skin and painted-skin opacity; the material turns transparent when either is below 1. */
export function setSkinOpacity(material: SkinMaterial, bare: number, painted: number): void {
  material.userData.uniforms.uAlpha.value.set(bare, painted);
  const transparent = bare < 1 || painted < 1;
  if (material.transparent !== transparent) {
    material.transparent = transparent;
    material.needsUpdate = true;
  }
  material.depthWrite = !transparent;
}
