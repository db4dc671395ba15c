import { describe, expect, it } from 'vitest';
import { ShaderLib, UniformsUtils, type WebGLProgramParametersWithUniforms } from 'three';
import {
  createSkinMaterial,
  maxCrosses,
  setCrosses,
  setSkinMaps,
  setSkinOpacity,
} from '../../src/scene/skin-material.ts';
import { surfaceTexture, mapGrid, mapTextureData } from '../../src/scene/referral-texture.ts';
import { painTextureData } from '../../src/scene/pain-texture.ts';
import { painGrid } from '../../src/anatomy/surface-grid.ts';

function compile(material: ReturnType<typeof createSkinMaterial>) {
  const shader = {
    uniforms: UniformsUtils.clone(ShaderLib.standard.uniforms),
    vertexShader: ShaderLib.standard.vertexShader,
    fragmentShader: ShaderLib.standard.fragmentShader,
  } as unknown as WebGLProgramParametersWithUniforms;
  material.onBeforeCompile(shader, undefined as never);
  return shader;
}

describe('skin referral material', () => {
  it('injects the surface attribute, the map textures and the painting into three’s shaders', () => {
    const shader = compile(createSkinMaterial('#d9a98c'));
    expect(shader.vertexShader).toContain('attribute vec2 _surface;');
    expect(shader.vertexShader).toContain('vSurface = _surface;');
    expect(shader.fragmentShader).toContain('uniform sampler2D uZones;');
    expect(shader.fragmentShader).toContain(`#define MAX_CROSSES ${maxCrosses}`);
    expect(shader.fragmentShader).toContain('stipple(vSurface)');
    // The anchor chunk the painting replaces must still exist (a three upgrade could drop it).
    expect(ShaderLib.standard.fragmentShader).toContain('#include <color_fragment>');
    expect(shader.uniforms.uZones).toBeDefined();
    expect(shader.uniforms.uPain).toBeDefined();
    expect(shader.uniforms.uAlpha).toBeDefined();
  });

  it('takes the map textures and the trigger points’ X marks, capped at the uniform array', () => {
    const material = createSkinMaterial('#d9a98c');
    const u = material.userData.uniforms;
    const zones = surfaceTexture(mapTextureData(null, null), mapGrid);
    const pain = surfaceTexture(painTextureData(null, null), painGrid);
    setSkinMaps(material, { zones, pain, focus: true, compare: false });
    expect(u.uZones.value).toBe(zones);
    expect(u.uMaps.value.toArray()).toEqual([1, 0]);
    setCrosses(
      material,
      Array.from({ length: maxCrosses + 3 }, (_, i) => ({
        angle: i,
        y: -0.3,
        metresPerDegree: 0.0014,
        compare: i > 0,
      })),
    );
    expect(u.uCrossCount.value).toBe(maxCrosses);
    expect(u.uCross.value[1]!.toArray()).toEqual([1, -0.3, 0.0014, 1]);
  });

  it('turns transparent only while some skin is see-through', () => {
    const material = createSkinMaterial('#d9a98c');
    setSkinOpacity(material, 1, 1);
    expect(material.transparent).toBe(false);
    expect(material.depthWrite).toBe(true);
    setSkinOpacity(material, 0.42, 0.88);
    expect(material.transparent).toBe(true);
    expect(material.depthWrite).toBe(false);
  });
});
