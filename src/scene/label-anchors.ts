/**
 * Which structures the view shows, and a point on each for its label's leader line: a sample of
 * the structure's surface that faces the camera, lies on screen and is not hidden behind another
 * opaque part (checked with a ray, BVH-accelerated like picking). Only parts drawn now count, so
 * layers, peeling, isolation and hiding are respected; see-through parts (x-ray's ghosts, fascia)
 * hide nothing and ghosts get no label.
 */
import {
  Matrix3,
  Mesh,
  Raycaster,
  Vector3,
  type BufferAttribute,
  type BufferGeometry,
  type Camera,
  type Material,
  type Object3D,
} from 'three';
import { isShown } from './picking.ts';
import type { PartInfo } from './part-info.ts';
import type { Point } from './label-layout.ts';

/** The kinds of part that get a label (a tendon labels its muscle); the skin covers, unlabelled. */
const labelledKinds: ReadonlySet<string> = new Set(['muscle', 'tendon', 'bone', 'nerve', 'fascia']);
/** Labels go first to muscles, then nerves, bones and fascia, when a column is full. */
const kindRank: Record<string, number> = { muscle: 0, tendon: 0, nerve: 1, bone: 2, fascia: 3 };
/** A part this faint (x-ray's ghosts) is not named. */
const faintest = 0.3;
/** Surface samples kept per part. */
const samplesPerPart = 64;
/** Rays tried per structure before it counts as hidden. */
const raysPerStructure = 5;

export interface Anchor {
  structure: string;
  /** The sampled point in world space (kept so the label can follow it while the camera moves). */
  world: Vector3;
  /** Where it is now, in px from the canvas's top-left corner. */
  screen: Point;
  /** Lower is more important (muscles, then larger visible area). */
  priority: number;
}

interface Samples {
  positions: Vector3[];
  normals: Vector3[];
}

const sampleCache = new WeakMap<BufferGeometry, Samples>();

/** Evenly spaced vertices of a geometry with their normals (local space), cached per geometry. */
function samplesOf(geometry: BufferGeometry): Samples {
  const cached = sampleCache.get(geometry);
  if (cached) return cached;
  const position = geometry.getAttribute('position') as BufferAttribute | undefined;
  const normal = geometry.getAttribute('normal') as BufferAttribute | undefined;
  const samples: Samples = { positions: [], normals: [] };
  if (position && normal) {
    const step = Math.max(1, Math.floor(position.count / samplesPerPart));
    for (let i = Math.floor(step / 2); i < position.count; i += step) {
      samples.positions.push(new Vector3().fromBufferAttribute(position, i));
      samples.normals.push(new Vector3().fromBufferAttribute(normal, i));
    }
  }
  sampleCache.set(geometry, samples);
  return samples;
}

function opacityOf(mesh: Mesh): number {
  const material = mesh.material as Material | Material[];
  return Array.isArray(material) ? 1 : material.transparent ? material.opacity : 1;
}

interface Candidate {
  world: Vector3;
  screen: Point;
}

/** The shown parts of the model under `root`: what may be labelled and what may hide it. */
function shownParts(root: Object3D): { labelled: Mesh[]; occluders: Mesh[] } {
  const labelled: Mesh[] = [];
  const occluders: Mesh[] = [];
  root.traverse((object) => {
    if (!(object instanceof Mesh) || !isShown(object)) return;
    const info = object.userData as Partial<PartInfo>;
    if (typeof info.kind !== 'string') return;
    const opacity = opacityOf(object);
    if (opacity >= 1) occluders.push(object);
    if (labelledKinds.has(info.kind) && opacity >= faintest) labelled.push(object);
  });
  return { labelled, occluders };
}

export interface AnchorResult {
  anchors: Anchor[];
  /** The model's extent across the screen (px), from the samples of every shown part. */
  modelSpan: { left: number; right: number } | null;
}

/**
 * Finds a visible point on each shown structure. `size` is the canvas's size in CSS px. The
 * camera's world matrix is refreshed first: after a move it is otherwise only updated at render.
 */
export function findAnchors(
  root: Object3D,
  camera: Camera,
  size: { width: number; height: number },
): AnchorResult {
  camera.updateMatrixWorld();
  root.updateWorldMatrix(true, true);
  const eye = new Vector3().setFromMatrixPosition(camera.matrixWorld);
  const { labelled, occluders } = shownParts(root);
  const toScreen = (world: Vector3): Point | null => {
    const ndc = world.clone().project(camera);
    if (ndc.z > 1 || ndc.z < -1) return null;
    return { x: ((ndc.x + 1) / 2) * size.width, y: ((1 - ndc.y) / 2) * size.height };
  };
  const normalMatrix = new Matrix3();
  const toEye = new Vector3();
  const worldNormal = new Vector3();
  let left = Infinity;
  let right = -Infinity;
  const byStructure = new Map<string, { candidates: Candidate[]; rank: number }>();
  for (const mesh of occluders.concat(labelled.filter((m) => !occluders.includes(m)))) {
    const info = mesh.userData as PartInfo;
    const { positions, normals } = samplesOf(mesh.geometry);
    normalMatrix.getNormalMatrix(mesh.matrixWorld);
    const label = labelled.includes(mesh);
    for (let i = 0; i < positions.length; i++) {
      const world = positions[i]!.clone().applyMatrix4(mesh.matrixWorld);
      const screen = toScreen(world);
      if (!screen) continue;
      left = Math.min(left, screen.x);
      right = Math.max(right, screen.x);
      if (!label) continue;
      worldNormal.copy(normals[i]!).applyMatrix3(normalMatrix).normalize();
      toEye.subVectors(eye, world).normalize();
      const onScreen =
        screen.x > 4 && screen.x < size.width - 4 && screen.y > 4 && screen.y < size.height - 4;
      if (!onScreen || worldNormal.dot(toEye) < 0.3) continue;
      const entry = byStructure.get(info.structure) ?? { candidates: [], rank: kindRank[info.kind] ?? 4 };
      entry.rank = Math.min(entry.rank, kindRank[info.kind] ?? 4);
      entry.candidates.push({ world, screen });
      byStructure.set(info.structure, entry);
    }
  }
  const raycaster = new Raycaster() as Raycaster & { firstHitOnly?: boolean };
  raycaster.firstHitOnly = true;
  const direction = new Vector3();
  const hidden = (structure: string, world: Vector3) => {
    const distance = direction.subVectors(world, eye).length();
    raycaster.set(eye, direction.normalize());
    raycaster.far = distance - 0.004;
    return raycaster
      .intersectObjects(occluders, false)
      .some((hit) => (hit.object.userData as PartInfo).structure !== structure);
  };
  const anchors: Anchor[] = [];
  for (const [structure, { candidates, rank }] of byStructure) {
    // The middle of the structure's facing samples on screen is tried first, so the line ends
    // well inside the structure rather than at its edge.
    const mid = candidates.reduce((m, c) => ({ x: m.x + c.screen.x, y: m.y + c.screen.y }), { x: 0, y: 0 });
    mid.x /= candidates.length;
    mid.y /= candidates.length;
    const order = [...candidates].sort(
      (a, b) =>
        Math.hypot(a.screen.x - mid.x, a.screen.y - mid.y) -
        Math.hypot(b.screen.x - mid.x, b.screen.y - mid.y),
    );
    const visible = order.slice(0, raysPerStructure).find((c) => !hidden(structure, c.world));
    if (!visible) continue;
    // More facing samples: more of it in view, so a more useful label when room runs short.
    anchors.push({
      structure,
      world: visible.world,
      screen: visible.screen,
      priority: rank * 1000 - candidates.length,
    });
  }
  anchors.sort((a, b) => a.priority - b.priority);
  return { anchors, modelSpan: left <= right ? { left, right } : null };
}

/** Where a world point is now on the canvas (px), with the camera's matrix refreshed. */
export function projectToCanvas(
  world: Vector3,
  camera: Camera,
  size: { width: number; height: number },
): Point {
  const ndc = world.clone().project(camera);
  return { x: ((ndc.x + 1) / 2) * size.width, y: ((1 - ndc.y) / 2) * size.height };
}
