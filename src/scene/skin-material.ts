/**
 * The skin's material: three's MeshStandardMaterial extended (onBeforeCompile) to paint, from the
 * body-surface coordinate attribute `_surface`, the way a clinical referral chart is drawn:
 * - the focused muscle's essential zone solid red with a crisp anti-aliased edge, its spillover
 *   zone stippled in the same red (so the two are never told apart by colour alone);
 * - a compared muscle's zones in blue, the same way;
 * - each trigger point as an X on the skin above it;
 * - the person's drawing as a light fill, and the outline of everything they marked (drawing and
 *   chosen sites) on top, so they see how their pain lies against the pattern.
 * The zones arrive as one RGBA texture over the surface grid (`referral-texture.ts`), the drawing
 * and sites as another (`pain-texture.ts`); both are sampled with linear filtering and cut at 0.5
 * with a one-pixel smoothstep, which gives smooth, sharp edges from modest textures.
 */
import {
  Color,
  MeshStandardMaterial,
  Vector2,
  Vector4,
  type Texture,
  type WebGLProgramParametersWithUniforms,
} from 'three';
import { painGrid } from '../anatomy/surface-grid.ts';
import { mapColours } from '../look/map-colours.ts';

/** Most X marks drawn at once (two muscles' trigger points). */
export const maxCrosses = 12;

export interface SkinUniforms {
  uZones: { value: Texture | null };
  uPain: { value: Texture | null };
  /** x = 1 when a focus map is painted, y = 1 when a compare map is painted. */
  uMaps: { value: Vector2 };
  uFocusColour: { value: Color };
  uCompareColour: { value: Color };
  uCrossCount: { value: number };
  /** x = angle (deg), y = height (m), z = metres per degree at that height, w = 0 focus / 1 compare. */
  uCross: { value: Vector4[] };
  /** x = opacity of bare skin, y = opacity of painted skin. */
  uAlpha: { value: Vector2 };
}

export type SkinMaterial = MeshStandardMaterial & { userData: { uniforms: SkinUniforms } };

const vertexHead = /* glsl */ `
attribute vec2 _surface;
varying vec2 vSurface;
`;

const fragmentHead = /* glsl */ `
#define MAX_CROSSES ${maxCrosses}
#define Y_MIN ${painGrid.yMin.toFixed(4)}
#define Y_SPAN ${(painGrid.yMax - painGrid.yMin).toFixed(4)}
varying vec2 vSurface;
uniform sampler2D uZones;
uniform sampler2D uPain;
uniform vec2 uMaps;
uniform vec3 uFocusColour;
uniform vec3 uCompareColour;
uniform int uCrossCount;
uniform vec4 uCross[MAX_CROSSES];
uniform vec2 uAlpha;

// A filtered mask value cut at 0.5 with an edge one screen pixel wide: crisp, never jagged.
float cut(float v) {
  float w = max(fwidth(v), 1e-4) * 0.75;
  return smoothstep(0.5 - w, 0.5 + w, v);
}

// Round dots about 4.5 mm apart, measured on the skin (1 degree ~ 1.4 mm round the thigh).
float stipple(vec2 s) {
  vec2 p = vec2(s.y * 0.0014, s.x) / 0.0045;
  vec2 cell = fract(p + vec2(0.5 * mod(floor(p.y), 2.0), 0.0)) - 0.5;
  float d = length(cell);
  float w = max(fwidth(d), 1e-4);
  return 1.0 - smoothstep(0.26 - w, 0.26 + w, d);
}

// An X 16 mm across with arms 2 mm wide, centred on a trigger point's spot on the skin.
float crossMark(vec2 s, vec4 c) {
  float da = s.y - c.x;
  da = da - 360.0 * floor((da + 180.0) / 360.0);
  vec2 d = vec2(da * c.z, s.x - c.y);
  if (max(abs(d.x), abs(d.y)) > 0.008) return 0.0;
  float line = min(abs(d.x - d.y), abs(d.x + d.y)) * 0.7071;
  float w = max(fwidth(line), 1e-5);
  return 1.0 - smoothstep(0.001 - w, 0.001 + w, line);
}
`;

const fragmentPaint = /* glsl */ `
#include <color_fragment>
{
  float painted = 0.0;
  vec2 uv = vec2(vSurface.y / 360.0, (vSurface.x - Y_MIN) / Y_SPAN);
  vec4 pain = texture2D(uPain, uv);
  vec4 zones = texture2D(uZones, uv);

  // The drawing: a light violet wash, so it reads under a map and alone.
  float drawn = cut(pain.r);
  diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.62, 0.52, 0.86), 0.45 * drawn);

  float dots = stipple(vSurface);
  if (uMaps.y > 0.5) {
    float e = cut(zones.b);
    float sp = cut(zones.a) * (1.0 - e) * dots;
    diffuseColor.rgb = mix(diffuseColor.rgb, uCompareColour, max(e * 0.85, sp));
    painted = max(painted, max(e, cut(zones.a)));
  }
  if (uMaps.x > 0.5) {
    float e = cut(zones.r);
    float sp = cut(zones.g) * (1.0 - e) * dots;
    // With a compare map, the focus map's essential zone leaves the other showing through a little.
    diffuseColor.rgb = mix(diffuseColor.rgb, uFocusColour, max(e * (uMaps.y > 0.5 ? 0.8 : 1.0), sp));
    painted = max(painted, max(e, cut(zones.g)));
  }

  // Outline of everything marked (drawing and chosen sites): a dark line about 2 px wide.
  float marked = max(pain.r, pain.g);
  float edge = 1.0 - smoothstep(0.0, max(fwidth(marked), 1e-4) * 1.6, abs(marked - 0.5));
  diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.10, 0.07, 0.22), 0.9 * edge);
  painted = max(painted, max(drawn, edge));

  for (int i = 0; i < MAX_CROSSES; i++) {
    if (i >= uCrossCount) break;
    float x = crossMark(vSurface, uCross[i]);
    vec3 ink = uCross[i].w > 0.5 ? vec3(0.02, 0.1, 0.3) : vec3(0.12, 0.0, 0.0);
    diffuseColor.rgb = mix(diffuseColor.rgb, ink, x);
    painted = max(painted, x);
  }
  diffuseColor.a = mix(uAlpha.x, uAlpha.y, painted);
}
`;

/** Creates the skin material; update it with `setSkinMaps`, `setCrosses` and `setSkinOpacity`. */
export function createSkinMaterial(colour: string): SkinMaterial {
  const material = new MeshStandardMaterial({ color: colour, roughness: 0.75 }) as SkinMaterial;
  const uniforms: SkinUniforms = {
    uZones: { value: null },
    uPain: { value: null },
    uMaps: { value: new Vector2(0, 0) },
    uFocusColour: { value: new Color(mapColours.focus) },
    uCompareColour: { value: new Color(mapColours.compare) },
    uCrossCount: { value: 0 },
    uCross: { value: Array.from({ length: maxCrosses }, () => new Vector4()) },
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
  material.customProgramCacheKey = () => 'thigh-skin-referral-map';
  return material;
}

export interface SkinMaps {
  zones: Texture;
  pain: Texture;
  focus: boolean;
  compare: boolean;
}

export function setSkinMaps(material: SkinMaterial, maps: SkinMaps): void {
  const u = material.userData.uniforms;
  u.uZones.value = maps.zones;
  u.uPain.value = maps.pain;
  u.uMaps.value.set(maps.focus ? 1 : 0, maps.compare ? 1 : 0);
}

/** A trigger point's X: where on the skin, and whose map it belongs to. */
export interface SkinCross {
  angle: number;
  y: number;
  metresPerDegree: number;
  compare: boolean;
}

export function setCrosses(material: SkinMaterial, crosses: readonly SkinCross[]): void {
  const u = material.userData.uniforms;
  const n = Math.min(crosses.length, maxCrosses);
  for (let i = 0; i < n; i++) {
    const c = crosses[i]!;
    u.uCross.value[i]!.set(c.angle, c.y, c.metresPerDegree, c.compare ? 1 : 0);
  }
  u.uCrossCount.value = n;
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
