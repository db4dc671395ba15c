/**
 * The benchmark's baseline: the least a page can do to show the same model (load the .glb with
 * three's GLTFLoader and meshopt decoder, light it, draw one frame). The app's ready time is
 * reported as a ratio to this page's.
 */
import {
  AmbientLight,
  Box3,
  DirectionalLight,
  PerspectiveCamera,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(1);
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
scene.add(new AmbientLight(0xffffff, 0.6));
const sun = new DirectionalLight(0xffffff, 1.2);
sun.position.set(1, 2, 3);
scene.add(sun);

const camera = new PerspectiveCamera(35, window.innerWidth / window.innerHeight, 0.01, 20);
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load(new URL('./thigh.glb', window.location.href).href, (gltf) => {
  scene.add(gltf.scene);
  const box = new Box3().setFromObject(gltf.scene);
  const centre = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3()).length();
  camera.position.set(centre.x, centre.y, centre.z - size * 1.4);
  camera.lookAt(centre);
  renderer.render(scene, camera);
  requestAnimationFrame(() => document.documentElement.setAttribute('data-scene', 'ready'));
});
