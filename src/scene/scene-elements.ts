/**
 * The three.js classes the scene writes as JSX elements (<mesh>, <group>, …). LeanCanvas registers
 * only these with R3F instead of the whole THREE namespace (what R3F's own <Canvas> does), so
 * the bundle keeps only the parts of three the app uses. A new lowercase element in src/scene must
 * be added here (a unit test checks every one used is listed).
 */
import {
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  Sprite,
} from 'three';

export const sceneElements = {
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  Sprite,
};
