import { describe, expect, it } from 'vitest';
import { ShaderLib, UniformsUtils, type WebGLProgramParametersWithUniforms } from 'three';
import {
  createSkinMaterial,
  maxSitePatches,
  setPaintedPatches,
  setSitePatches,
  setSkinOpacity,
} from '../../src/scene/skin-material.ts';
import { maxPaintedPatches } from '../../src/scene/referral-patches.ts';

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
  it('injects the surface attribute, the patch uniforms and the painting into three’s shaders', () => {
    const shader = compile(createSkinMaterial('#d9a98c'));
    expect(shader.vertexShader).toContain('attribute vec2 _surface;');
    expect(shader.vertexShader).toContain('vSurface = _surface;');
    expect(shader.fragmentShader).toContain(`#define MAX_PATCHES ${maxPaintedPatches}`);
    expect(shader.fragmentShader).toContain('uPatchSpill[i] > 0.5');
    // The anchor chunk the painting replaces must still exist (a three upgrade could drop it).
    expect(ShaderLib.standard.fragmentShader).toContain('#include <color_fragment>');
    expect(shader.uniforms.uPatchCount).toBeDefined();
    expect(shader.uniforms.uAlpha).toBeDefined();
  });

  it('loads patches into the uniforms, capped at the array sizes', () => {
    const material = createSkinMaterial('#d9a98c');
    const u = material.userData.uniforms;
    setPaintedPatches(material, [
      { y: [-0.51, -0.4], angle: [130, 195], colour: '#785ef0', spillover: false },
      { y: [-0.4, -0.17], angle: [130, 180], colour: '#785ef0', spillover: true },
    ]);
    expect(u.uPatchCount.value).toBe(2);
    expect(u.uPatchBox.value[0]!.toArray()).toEqual([-0.51, -0.4, 130, 195]);
    expect(u.uPatchSpill.value.slice(0, 2)).toEqual([0, 1]);
    const many = Array.from({ length: maxSitePatches + 5 }, () => ({
      y: [0, 1] as const,
      angle: [0, 90] as const,
    }));
    setSitePatches(material, many);
    expect(u.uSiteCount.value).toBe(maxSitePatches);
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
