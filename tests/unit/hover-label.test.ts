/** The hover label follows its structure's point on screen while the camera moves. */
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import {
  attachHoverLabel,
  followHoverLabel,
  hideHoverLabel,
  showHoverLabel,
} from '../../src/scene/hover-label-anchor.ts';

function setUp() {
  const element = {
    textContent: '',
    style: { display: 'none', transform: '' },
    dataset: {} as Record<string, string>,
  } as unknown as HTMLElement;
  const canvas = { clientWidth: 800, clientHeight: 600, offsetLeft: 0, offsetTop: 0 } as HTMLCanvasElement;
  const camera = new PerspectiveCamera(40, 800 / 600, 0.01, 10);
  camera.position.set(0, 0, 2);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  attachHoverLabel({ element, camera, canvas });
  return { element, camera };
}

describe('hover label', () => {
  it('moves with the camera while shown, and stays put once hidden', () => {
    const { element, camera } = setUp();
    showHoverLabel('Femur', new Vector3(0.1, 0.2, 0));
    expect(element.textContent).toBe('Femur');
    expect(element.style.display).toBe('block');
    const first = element.style.transform;

    camera.position.set(0.5, 0, 2);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    followHoverLabel();
    const moved = element.style.transform;
    expect(moved).not.toBe(first);
    expect(element.textContent).toBe('Femur');

    hideHoverLabel();
    camera.position.set(-0.5, 0, 2);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    followHoverLabel();
    expect(element.style.display).toBe('none');
    expect(element.style.transform).toBe(moved);
    attachHoverLabel(null);
  });
});
