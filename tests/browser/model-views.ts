/**
 * Renders public/models/thigh.glb from the four standard views in headless Chromium, for looking
 * at the generated model (not a test). Usage:
 *   node --import tsx tests/browser/model-views.ts [mode ...]
 * Modes: bones (bones only), deep (no skin or fascia), peel (deep without the outermost muscle layer), septa (deep, septa in flat blue), fascia (no skin), itb (bones and the
 * iliotibial tract), skinonly, skin (everything). Optional `--zoom=y0,y1`
 * frames a height range. PNGs go to tests/output/model-<mode>-<view>.png (or $MODEL_VIEWS_OUT).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { launchChromium } from './launch.ts';

const root = resolve(import.meta.dirname, '../..');
// MODEL_VIEWS_OUT: another folder (two people rendering at once do not overwrite each other).
const outDir = process.env.MODEL_VIEWS_OUT ?? join(root, 'tests/output');
const args = process.argv.slice(2);
const zoomArg = args.find((a) => a.startsWith('--zoom='));
const zoom = zoomArg ? zoomArg.slice(7).split(',').map(Number) : [0.12, -0.97];
const modes = args.filter((a) => !a.startsWith('--'));
if (modes.length === 0) modes.push('bones', 'deep', 'skin');

const page = `<!doctype html><html><body style="margin:0;background:#fff">
<script type="importmap">{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script>
<script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
const params = new URLSearchParams(location.search);
const mode = params.get('mode');
const view = params.get('view');
const [y0, y1] = params.get('zoom').split(',').map(Number);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
const h = 1000, w = 520;
renderer.setSize(w, h);
renderer.setClearColor(0xffffff);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.add(new THREE.HemisphereLight(0xffffff, 0x666655, 1.6));
const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync('/model.glb');
scene.add(gltf.scene);
gltf.scene.traverse((o) => {
  const k = o.userData.kind;
  if (!o.isMesh) return;
  if (mode === 'bones' && k !== 'bone') o.visible = false;
  if (mode === 'deep' && (k === 'skin' || k === 'fascia')) o.visible = false;
  if (mode === 'fascia' && k === 'skin') o.visible = false;
  if (mode === 'skinonly' && k !== 'skin') o.visible = false;
  if (mode === 'itb' && k !== 'bone' && o.name !== 'iliotibial-tract') o.visible = false;
  if (mode === 'septa' && (k === 'skin' || k === 'fascia')) o.visible = false;
  // peel: no skin or fascia, and the outermost muscle layer (with its tendons) peeled away.
  if (mode === 'peel' && (k === 'skin' || k === 'fascia' || ((k === 'muscle' || k === 'tendon') && o.userData.layer === 1))) o.visible = false;
  if (mode === 'septa' && k === 'septum') o.material = new THREE.MeshBasicMaterial({ color: 0x2060ff });
});
const height = y0 - y1;
const cy = (y0 + y1) / 2;
const half = height / 2;
const cam = new THREE.OrthographicCamera(-half * w / h, half * w / h, half, -half, 0.01, 10);
const c = new THREE.Vector3(-0.085, cy, -0.07);
const d = { anterior: [0, 0, 1], posterior: [0, 0, -1], lateral: [-1, 0, 0], medial: [1, 0, 0] }[view];
cam.position.set(c.x + d[0] * 2, c.y, c.z + d[2] * 2);
cam.lookAt(c);
const key = new THREE.DirectionalLight(0xffffff, 1.8);
key.position.set(cam.position.x + 0.5, cam.position.y + 1, cam.position.z + (d[2] === 0 ? 0.6 : 0));
scene.add(key);
renderer.render(scene, cam);
document.documentElement.dataset.scene = 'ready';
</script></body></html>`;

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.glb': 'model/gltf-binary',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  try {
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    } else if (url.pathname === '/model.glb') {
      res.writeHead(200, { 'content-type': types['.glb']! });
      res.end(readFileSync(join(root, 'public/models/thigh.glb')));
    } else if (url.pathname.startsWith('/three/')) {
      const file = join(root, 'node_modules', url.pathname);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await launchChromium();
const tab = await browser.newPage({ viewport: { width: 520, height: 1000 } });
tab.on('pageerror', (e) => console.error('page error:', e.message));
for (const mode of modes) {
  for (const view of ['anterior', 'posterior', 'lateral', 'medial']) {
    await tab.goto(`http://127.0.0.1:${port}/?mode=${mode}&view=${view}&zoom=${zoom.join(',')}`);
    await tab.waitForSelector('html[data-scene="ready"]', { timeout: 120_000 });
    const file = join(outDir, `model-${mode}-${view}.png`);
    await tab.screenshot({ path: file });
    console.log(file);
  }
}
await browser.close();
server.close();
