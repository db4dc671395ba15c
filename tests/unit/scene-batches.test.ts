/**
 * The batched attachment footprints and trigger points: merging keeps each footprint's identity
 * (vertex -> item -> node name), picking skips hidden items, per-item looks follow the same rules
 * as separate meshes, and the "show on model" camera pose looks at the point from outside.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BoxGeometry,
  Color,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Quaternion,
  Raycaster,
  SphereGeometry,
  Vector3,
  type Intersection,
} from 'three';
import {
  createItemTexture,
  itemOfVertex,
  mergeAttachments,
  writeItem,
} from '../../src/scene/attachment-batch.ts';
import { raycastDrawnItems } from '../../src/scene/batch-picking.ts';
import { attachmentLook, pointLook, shownPointScale, type BatchState } from '../../src/scene/batch-looks.ts';
import { loadPicking, pickableRaycast } from '../../src/scene/picking.ts';
import type { ModelPart } from '../../src/scene/model-parts.ts';
import type { PartInfo } from '../../src/scene/part-info.ts';
import { partColours } from '../../src/scene/part-colours.ts';
import { framingDistance, pointPose } from '../../src/scene/camera-framing.ts';

beforeAll(() => loadPicking());

const info = (name: string, structure: string, role = 'origin'): PartInfo => ({
  name,
  kind: 'attachment',
  structure,
  role,
});
/** A 2 cm cube footprint at `x` along the x axis. */
const cubeAt = (name: string, structure: string, x: number): ModelPart => ({
  info: info(name, structure),
  geometry: new BoxGeometry(0.02, 0.02, 0.02),
  matrix: new Matrix4().makeTranslation(x, 0, 0),
});

const state: BatchState = {
  layers: ['attachments'],
  peel: 0,
  isolate: false,
  selected: null,
  focusedCandidate: null,
  hidden: [],
  xray: false,
  hovered: null,
  shownTriggerPoint: null,
};

describe('merged attachment footprints', () => {
  const parts = [cubeAt('gracilis-origin', 'gracilis', 0), cubeAt('gracilis-insertion', 'gracilis', 0.1)];
  const merged = mergeAttachments(parts);

  it('keeps every vertex and triangle, in the model frame, tagged with its item', () => {
    const position = merged.geometry.getAttribute('position');
    expect(position.count).toBe(48);
    expect(merged.geometry.index!.count).toBe(72);
    expect(merged.items.map((i) => i.name)).toEqual(['gracilis-origin', 'gracilis-insertion']);
    // The second cube's vertices moved 10 cm along x and belong to item 1.
    for (let v = 24; v < 48; v++) {
      expect(itemOfVertex(merged.geometry, v)).toBe(1);
      expect(position.getX(v)).toBeGreaterThan(0.08);
    }
    expect(itemOfVertex(merged.geometry, 0)).toBe(0);
    expect(merged.boxes[1]!.getCenter(new Vector3()).x).toBeCloseTo(0.1);
    // Every triangle stays within one item (indices were offset per part).
    const index = merged.geometry.index!;
    for (let t = 0; t < index.count; t += 3) {
      const item = itemOfVertex(merged.geometry, index.getX(t));
      expect(itemOfVertex(merged.geometry, index.getX(t + 1))).toBe(item);
      expect(itemOfVertex(merged.geometry, index.getX(t + 2))).toBe(item);
    }
  });

  it('picks the nearest drawn footprint and resolves it to its node name', () => {
    const mesh = new Mesh(merged.geometry, new MeshBasicMaterial());
    const drawn = [true, true];
    mesh.raycast = raycastDrawnItems(
      pickableRaycast,
      (hit) => !!hit.face && drawn[itemOfVertex(merged.geometry, hit.face.a)] === true,
    );
    mesh.updateMatrixWorld();
    // A ray along +x from the left hits the origin cube first, then the insertion cube.
    const raycaster = new Raycaster(new Vector3(-1, 0.001, 0.002), new Vector3(1, 0, 0));
    (raycaster as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
    const nameOf = (hits: Intersection[]) =>
      merged.items[itemOfVertex(merged.geometry, hits[0]!.face!.a)]!.name;
    let hits = raycaster.intersectObject(mesh);
    expect(hits).toHaveLength(1);
    expect(nameOf(hits)).toBe('gracilis-origin');
    // With the origin hidden, the same ray reaches the insertion behind it.
    drawn[0] = false;
    hits = raycaster.intersectObject(mesh);
    expect(nameOf(hits)).toBe('gracilis-insertion');
    drawn[1] = false;
    expect(raycaster.intersectObject(mesh)).toHaveLength(0);
    // The caller's firstHitOnly setting is left as it was.
    expect((raycaster as Raycaster & { firstHitOnly?: boolean }).firstHitOnly).toBe(true);
  });

  it('writes each item state into its texel column', () => {
    const texture = createItemTexture(2);
    const data = texture.image.data as Uint8Array;
    writeItem(data, 2, 1, new Color(1, 0, 0), { visible: true, ghosted: true, glow: 'own' });
    writeItem(data, 2, 0, new Color(0, 1, 0), { visible: false, ghosted: false, glow: 'none' });
    expect([...data.slice(4, 8)]).toEqual([255, 0, 0, 255]); // item 1 row 0: colour, shown
    expect(data[3]).toBe(0); // item 0 hidden
    expect(data[(2 + 1) * 4 + 3]).toBe(Math.round(0.14 * 255)); // item 1 ghost opacity
    // Item 1 glows in its own colour (red), so origin and insertion stay two colours when selected.
    expect(data[(2 + 1) * 4]).toBeGreaterThan(0);
    expect(data[(2 + 1) * 4 + 2]).toBe(0);
    expect([...data.slice(8, 12)]).toEqual([0, 0, 0, 255]); // item 0: no glow, opaque
  });
});

describe('per-item looks', () => {
  const origin = info('gracilis-origin', 'gracilis');
  it('follows layers, selection, focus, hiding and isolation like a separate mesh', () => {
    expect(attachmentLook(origin, state).visible).toBe(true);
    expect(attachmentLook(origin, { ...state, layers: [] }).visible).toBe(false);
    expect(attachmentLook(origin, { ...state, layers: [], focusedCandidate: 'gracilis' })).toEqual({
      visible: true,
      ghosted: false,
      glow: 'focus',
    });
    expect(attachmentLook(origin, { ...state, hidden: ['gracilis-origin'] }).visible).toBe(false);
    expect(attachmentLook(origin, { ...state, isolate: true, selected: 'sartorius' }).visible).toBe(false);
    expect(attachmentLook(origin, { ...state, selected: 'gracilis' }).glow).toBe('own');
    // A group selection lights its members' footprints the same way, and isolates them.
    expect(attachmentLook(origin, { ...state, layers: [], selectedGroup: 'adductors' })).toEqual({
      visible: true,
      ghosted: false,
      glow: 'own',
    });
    expect(attachmentLook(origin, { ...state, isolate: true, selectedGroup: 'hamstrings' }).visible).toBe(
      false,
    );
    expect(attachmentLook(origin, { ...state, hovered: 'gracilis' }).glow).toBe('hover');
    expect(attachmentLook(origin, { ...state, xray: true, selected: 'sartorius' }).ghosted).toBe(true);
  });

  const point: PartInfo = {
    name: 'gracilis-trigger-point-1',
    kind: 'trigger-point',
    structure: 'gracilis',
    role: '1',
  };
  const tints = new Map([['gracilis', '#ffb000']]);
  it('colours trigger points by rank, and only the focused muscle when one is focused', () => {
    const none = { ...state, layers: [] };
    expect(pointLook(point, none, false, tints)).toMatchObject({ visible: false, scale: 0 });
    expect(pointLook(point, none, true, tints)).toMatchObject({ visible: true, colour: '#ffb000', scale: 1 });
    expect(pointLook(point, { ...none, focusedCandidate: 'sartorius' }, true, tints).visible).toBe(false);
    expect(
      pointLook(point, { ...state, layers: ['trigger-points'], focusedCandidate: 'sartorius' }, true, tints)
        .colour,
    ).toBe(partColours.triggerPoint);
  });
  it('draws the shown trigger point larger, even when hidden by the person', () => {
    const shown = { ...state, layers: [], hidden: ['gracilis'], shownTriggerPoint: point.name };
    expect(pointLook(point, shown, false, tints)).toMatchObject({
      visible: true,
      shown: true,
      scale: shownPointScale,
    });
    expect(shownPointScale).toBeGreaterThan(1.5);
    expect(pointLook({ ...point, name: 'gracilis-trigger-point-2' }, shown, false, tints).shown).toBe(false);
  });
  it("keeps only the shown point's muscle's points while one point is shown", () => {
    const shown = {
      ...state,
      layers: ['trigger-points' as const],
      focusedCandidate: 'gracilis',
      selected: 'gracilis',
      shownTriggerPoint: point.name,
    };
    const sibling = { ...point, name: 'gracilis-trigger-point-2' };
    const other = { ...point, name: 'sartorius-trigger-point-1', structure: 'sartorius' };
    expect(pointLook(sibling, shown, false, tints)).toMatchObject({ visible: true, scale: 1 });
    expect(pointLook(other, shown, true, tints).visible).toBe(false);
    expect(pointLook(other, { ...shown, shownTriggerPoint: null }, true, tints).visible).toBe(true);
  });
  it('hides instanced trigger points from picking when they are not drawn', () => {
    const bead = new SphereGeometry(0.01);
    const mesh = new InstancedMesh(bead, new MeshBasicMaterial(), 2);
    const at = (x: number, s: number) =>
      new Matrix4().compose(new Vector3(x, 0, 0), new Quaternion(), new Vector3(s, s, s));
    mesh.setMatrixAt(0, at(0, 1));
    mesh.setMatrixAt(1, at(0.1, 1));
    mesh.computeBoundingSphere();
    const drawn = [false, true];
    mesh.raycast = raycastDrawnItems(
      function (raycaster, hits) {
        InstancedMesh.prototype.raycast.call(this, raycaster, hits);
      },
      (hit) => hit.instanceId !== undefined && drawn[hit.instanceId] === true,
    );
    mesh.updateMatrixWorld();
    const hits = new Raycaster(new Vector3(-1, 0, 0), new Vector3(1, 0, 0)).intersectObject(mesh);
    expect(hits.map((h) => h.instanceId)).toEqual([1]);
  });
});

describe('camera pose for one point', () => {
  const fov = 35;
  const aspect = 1.5;
  it('looks at the point from outside the limb, along the line from the axis through it', () => {
    // A point 5 cm lateral (-x for the right limb) of the axis.
    const pose = pointPose([-0.05, -0.3, 0], { x: 0, z: 0 }, [0, -0.3, -2], [0, -0.3, 0], fov, aspect);
    expect(pose.target).toEqual([-0.05, -0.3, 0]);
    expect(pose.position[0]).toBeLessThan(-0.05);
    expect(pose.position[1]).toBeCloseTo(-0.3);
    expect(pose.position[2]).toBeCloseTo(0);
    const distance = Math.hypot(pose.position[0] + 0.05, pose.position[2]);
    expect(distance).toBeCloseTo(Math.max(framingDistance(0.06, fov, aspect, 1.15), 0.12));
  });
  it('keeps the current direction for a point on the axis', () => {
    const pose = pointPose([0, -0.3, 0], { x: 0, z: 0 }, [0, -0.3, -2], [0, -0.3, 0], fov, aspect);
    expect(pose.position[2]).toBeLessThan(-0.1);
    expect(pose.position[0]).toBeCloseTo(0);
  });
});
