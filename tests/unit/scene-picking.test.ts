import { beforeAll, describe, expect, it } from 'vitest';
import {
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  SphereGeometry,
  TorusKnotGeometry,
  Vector3,
  type Intersection,
} from 'three';
import { loadPicking, makePickable, pickFirst } from '../../src/scene/picking.ts';

// The app loads the BVH library after its first frame; here, before any test.
beforeAll(() => loadPicking());

/** Deterministic pseudo-random numbers (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRay(random: () => number, raycaster: Raycaster) {
  const origin = new Vector3(random() - 0.5, random() - 0.5, random() - 0.5).normalize().multiplyScalar(0.5);
  const target = new Vector3((random() - 0.5) * 0.1, (random() - 0.5) * 0.1, (random() - 0.5) * 0.1);
  raycaster.set(origin, target.sub(origin).normalize());
}

function bruteForceNearest(raycaster: Raycaster, meshes: Mesh[]): Intersection | undefined {
  const hits: Intersection[] = [];
  for (const mesh of meshes) Mesh.prototype.raycast.call(mesh, raycaster, hits);
  hits.sort((a, b) => a.distance - b.distance);
  return hits[0];
}

function scene() {
  const knot = new Mesh(new TorusKnotGeometry(0.08, 0.025, 400, 48), new MeshBasicMaterial());
  const ball = new Mesh(new SphereGeometry(0.05, 64, 48), new MeshBasicMaterial());
  ball.applyMatrix4(new Matrix4().makeTranslation(0.06, 0.02, 0));
  knot.updateMatrixWorld();
  ball.updateMatrixWorld();
  makePickable(knot);
  makePickable(ball);
  return { knot, ball, meshes: [knot, ball] };
}

describe('BVH picking', () => {
  it('finds the same nearest hit as brute force on 500 seeded rays', () => {
    const { meshes } = scene();
    const random = seeded(42);
    const raycaster = new Raycaster();
    let hits = 0;
    for (let i = 0; i < 500; i++) {
      randomRay(random, raycaster);
      const expected = bruteForceNearest(raycaster, meshes);
      const actual = pickFirst(raycaster, meshes);
      expect(actual?.object).toBe(expected?.object);
      if (expected) {
        hits++;
        expect(actual!.distance).toBeCloseTo(expected.distance, 6);
        expect(actual!.faceIndex).toBe(expected.faceIndex);
      }
    }
    // The rays aim at the objects: most of them must hit, or the comparison proves little.
    expect(hits).toBeGreaterThan(250);
    // Brute force over the whole model is slow by design (a few seconds); on a shared two-core
    // machine it outgrows the default 5 s, which says nothing about picking.
  }, 30_000);

  it('skips hidden meshes and meshes flagged unpickable, so the one behind is picked', () => {
    const front = new Mesh(new SphereGeometry(0.05, 32, 16), new MeshBasicMaterial());
    const back = new Mesh(new SphereGeometry(0.05, 32, 16), new MeshBasicMaterial());
    front.position.set(0, 0, 0.2);
    for (const mesh of [front, back]) {
      mesh.updateMatrixWorld();
      makePickable(mesh);
    }
    const meshes = [back, front];
    const raycaster = new Raycaster(new Vector3(0, 0, 1), new Vector3(0, 0, -1));
    expect(pickFirst(raycaster, meshes)?.object).toBe(front);
    front.visible = false;
    expect(pickFirst(raycaster, meshes)?.object).toBe(back);
    front.visible = true;
    front.userData.unpickable = true;
    expect(pickFirst(raycaster, meshes)?.object).toBe(back);
    back.userData.unpickable = true;
    expect(pickFirst(raycaster, meshes)).toBeUndefined();
  });

  it('uses the bounds tree (built once per geometry)', () => {
    const { knot } = scene();
    const tree = (knot.geometry as unknown as { boundsTree?: object }).boundsTree;
    expect(tree).toBeDefined();
    makePickable(knot);
    expect((knot.geometry as unknown as { boundsTree?: object }).boundsTree).toBe(tree);
  });
});
