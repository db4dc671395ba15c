/**
 * Readies the limb's meshes for posing (issue 14), the first time a pose is asked for: a blend
 * (pose-deform.ts) on every vertex, the posing shader on every material, and the stretch tint of
 * the muscles. Works on whatever meshes the limb group holds (parts, skin, batches, markers), so
 * the components that draw them need not know about poses.
 */
import type {
  Box3,
  BufferGeometry,
  InstancedMesh,
  Intersection,
  Material,
  Matrix4,
  Mesh,
  Object3D,
  Raycaster,
  Vector3,
} from 'three';
import type { PoseKit } from './pose-kit.ts';
import type { Segment } from '../kinematics/joints.ts';
import type { Bounds } from './camera-framing.ts';
import type { Stretch } from '../kinematics/path-length.ts';
import { stretchTint } from '../look/stretch-colours.ts';
import {
  blendField,
  boneBlend,
  boneSegment,
  patella,
  posePoint,
  segmentBlend,
  type Blend,
  type BlendField,
  type PoseValues,
} from './pose-deform.ts';
import { patchMaterial, posedMaterial, setTint } from './pose-shader.ts';

/** Bone points kept per segment for the blend field: enough for about 1 cm spacing on the femur. */
const samplesPerBone = 500;
/**
 * Skin and fascia read their blend this far (m) inside, under themselves: they then bend with the
 * muscle beneath instead of a little more or less, which let muscle show through the closing groin
 * crease in hip flexion.
 */
const readFrom: Record<string, number> = { skin: 0.03, fascia: 0.01 };

// three's classes arrive from the caller (pose-kit.ts), set once by createRig; scratch objects too.
let K: PoseKit;
let v: Vector3;
let n: Vector3;
let rel: Matrix4;
let instance: Matrix4;
const weighted = new WeakSet<BufferGeometry>();

const materialsOf = (mesh: Mesh): Material[] =>
  Array.isArray(mesh.material) ? mesh.material : [mesh.material];

function meshesOf(limb: Object3D): Mesh[] {
  const meshes: Mesh[] = [];
  limb.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });
  return meshes;
}

/** The matrix from a mesh's geometry to the model frame (the limb group's own frame). */
function nodeMatrix(limb: Object3D, mesh: Mesh, out: Matrix4): Matrix4 {
  return out.copy(limb.matrixWorld).invert().multiply(mesh.matrixWorld);
}

interface Field {
  blend: BlendField;
  /** Model-frame box of the patella (footprints inside it ride with it). */
  patella: Box3;
}

function boneField(limb: Object3D, meshes: readonly Mesh[]): Field {
  const patellaBox = new K.Box3();
  const points: Record<Segment, number[]> = { pelvis: [], femur: [], tibia: [], foot: [] };
  const box = new K.Box3();
  for (const mesh of meshes) {
    const position = mesh.geometry.getAttribute('position');
    if (!position || (mesh as InstancedMesh).isInstancedMesh) continue;
    nodeMatrix(limb, mesh, rel);
    mesh.geometry.computeBoundingBox();
    box.union(mesh.geometry.boundingBox!.clone().applyMatrix4(rel));
    if (mesh.userData.structure === 'patella' && mesh.userData.kind === 'bone')
      patellaBox.copy(mesh.geometry.boundingBox!).applyMatrix4(rel).expandByScalar(0.005);
    const segment = mesh.userData.kind === 'bone' ? boneSegment(String(mesh.userData.structure)) : undefined;
    if (!segment) continue;
    const stride = Math.max(1, Math.floor(position.count / samplesPerBone));
    for (let i = 0; i < position.count; i += stride)
      points[segment].push(...v.fromBufferAttribute(position, i).applyMatrix4(rel).toArray());
  }
  box.expandByScalar(0.03);
  const samples = {} as Record<Segment, Float32Array>;
  for (const s of Object.keys(points) as Segment[]) samples[s] = new Float32Array(points[s]);
  return {
    blend: blendField(samples, { min: box.min.toArray(), max: box.max.toArray() }),
    patella: patellaBox,
  };
}

function weigh(limb: Object3D, mesh: Mesh, { blend: field, patella: patellaBox }: Field): void {
  const geometry = mesh.geometry;
  const position = geometry.getAttribute('position');
  if (!position) return;
  nodeMatrix(limb, mesh, rel);
  const w = [0, 0, 0];
  if ((mesh as InstancedMesh).isInstancedMesh) {
    const out = new Float32Array((mesh as InstancedMesh).count * 3);
    const instanced = mesh as InstancedMesh;
    for (let i = 0; i < instanced.count; i++) {
      instanced.getMatrixAt(i, instance);
      v.setFromMatrixPosition(instance).applyMatrix4(rel);
      field.at(v.x, v.y, v.z, w);
      out.set(w, i * 3);
    }
    geometry.setAttribute('poseWeight', new K.InstancedBufferAttribute(out, 3));
    return;
  }
  const out = new Float32Array(position.count * 3);
  const rigid = mesh.userData.kind === 'bone' ? boneBlend(String(mesh.userData.structure)) : undefined;
  const normal = geometry.getAttribute('normal');
  const depth = normal ? (readFrom[String(mesh.userData.kind)] ?? 0) : 0;
  if (rigid) for (let i = 0; i < position.count; i++) out.set(rigid, i * 3);
  else
    for (let i = 0; i < position.count; i++) {
      v.fromBufferAttribute(position, i).applyMatrix4(rel);
      // Node matrices only scale and move, so a normal keeps its direction in the model frame.
      if (depth) v.addScaledVector(n.fromBufferAttribute(normal, i).normalize(), -depth);
      field.at(v.x, v.y, v.z, w);
      out.set(w, i * 3);
    }
  const items = geometry.getAttribute('aItem');
  if (items) rigidPerItem(out, items, position, patellaBox);
  geometry.setAttribute('poseWeight', new K.BufferAttribute(out, 3));
}

/**
 * Attachment footprints sit on one bone each: every vertex of an item takes the segment most of
 * its vertices are nearest (blend rounded), so a footprint near a joint moves with its bone whole.
 */
function rigidPerItem(
  out: Float32Array,
  items: BufferGeometry['attributes'][string],
  position: BufferGeometry['attributes'][string],
  patellaBox: Box3,
): void {
  const votes = new Map<number, number[]>();
  const centres = new Map<number, Vector3>();
  const segmentOf = (i: number) =>
    Math.round(out[i * 3]!) + Math.round(out[i * 3 + 1]!) + Math.round(out[i * 3 + 2]!);
  for (let i = 0; i < items.count; i++) {
    const item = items.getX(i);
    const tally = votes.get(item) ?? [0, 0, 0, 0];
    tally[segmentOf(i)]!++;
    votes.set(item, tally);
    const centre = centres.get(item) ?? new K.Vector3();
    centres.set(item, centre.add(v.fromBufferAttribute(position, i)));
  }
  // The merged footprints are already in the model frame (attachment-batch.ts).
  const onPatella = new Set(
    [...centres]
      .filter(([item, c]) => patellaBox.containsPoint(c.divideScalar(sum(votes.get(item)!))))
      .map(([item]) => item),
  );
  const order: Segment[] = ['pelvis', 'femur', 'tibia', 'foot'];
  for (let i = 0; i < items.count; i++) {
    const item = items.getX(i);
    const tally = votes.get(item)!;
    const best = tally.indexOf(Math.max(...tally));
    out.set(onPatella.has(item) ? patella.blend : segmentBlend[order[best]!], i * 3);
  }
}

export interface Rig {
  /** Weighs and patches any mesh not seen yet (components may add meshes or swap materials). */
  prepare(): void;
  /** Tints each listed muscle by its change; all other materials untinted. */
  tint(list: readonly Stretch[]): void;
  /** In a pose the rest-pose picking trees are wrong: picking is off until the limb stands again. */
  setPickable(on: boolean): void;
  /** World-space box of the posed skin, for framing. */
  posedBounds(values: PoseValues): Bounds;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const noPick = (_r: Raycaster, _i: Intersection[]) => undefined;

export function createRig(limb: Object3D, kit: PoseKit): Rig {
  K = kit;
  v = new K.Vector3();
  n = new K.Vector3();
  rel = new K.Matrix4();
  instance = new K.Matrix4();
  let field: Field | null = null;
  const raycasts = new Map<Mesh, Mesh['raycast']>();
  let pickable = true;
  return {
    prepare() {
      limb.updateMatrixWorld(true);
      const meshes = meshesOf(limb);
      field ??= boneField(limb, meshes);
      for (const mesh of meshes) {
        if (!weighted.has(mesh.geometry)) {
          weigh(limb, mesh, field);
          weighted.add(mesh.geometry);
        }
        nodeMatrix(limb, mesh, rel);
        for (const m of materialsOf(mesh)) patchMaterial(m, rel);
        mesh.frustumCulled = false; // bounds are the standing ones
        if (!pickable && !raycasts.has(mesh)) {
          raycasts.set(mesh, mesh.raycast);
          mesh.raycast = noPick;
        }
      }
    },
    tint(list) {
      const byMuscle = new Map(list.map((s) => [s.muscle as string, s.percent]));
      for (const mesh of meshesOf(limb)) {
        const percent =
          mesh.userData.kind === 'muscle' ? byMuscle.get(String(mesh.userData.structure)) : undefined;
        for (const m of materialsOf(mesh)) {
          const p = posedMaterial(m);
          if (p) setTint(p, percent === undefined ? null : stretchTint(percent));
        }
      }
    },
    setPickable(on) {
      if (on === pickable) return;
      pickable = on;
      if (on) {
        for (const [mesh, raycast] of raycasts) mesh.raycast = raycast;
        raycasts.clear();
      } else this.prepare();
    },
    posedBounds(values) {
      const box = new K.Box3();
      limb.updateMatrixWorld(true);
      for (const mesh of meshesOf(limb)) {
        if (mesh.userData.kind !== 'skin') continue;
        const position = mesh.geometry.getAttribute('position');
        const weights = mesh.geometry.getAttribute('poseWeight');
        if (!position || !weights) continue;
        nodeMatrix(limb, mesh, rel);
        for (let i = 0; i < position.count; i += 17) {
          v.fromBufferAttribute(position, i).applyMatrix4(rel);
          const blend: Blend = [weights.getX(i), weights.getY(i), weights.getZ(i)];
          v.fromArray(posePoint(v.toArray(), blend, values)).applyMatrix4(limb.matrixWorld);
          box.expandByPoint(v);
        }
      }
      return { min: box.min.toArray(), max: box.max.toArray() };
    },
  };
}
