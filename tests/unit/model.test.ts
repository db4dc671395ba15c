/**
 * The committed model file: every structure has its own tagged node, the femur has adult
 * dimensions (reference/anatomy-figures.md §5), the skin carries an exact surface coordinate,
 * the file is valid glTF and within its size and triangle budgets.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  boneIds,
  connectiveTissueIds,
  landmarkIds,
  muscleIds,
  nerveIds,
  partKinds,
} from '../../src/anatomy/ids.ts';
import { limbAxisAt, surfaceCoordinate } from '../../src/anatomy/surface.ts';
import { ANKLE_JOINT_CENTRE, HIP_JOINT_CENTRE, KNEE_JOINT_CENTRE } from '../../src/generator/bones/frame.ts';
import { NECK_DIRECTION } from '../../src/generator/bones/femur.ts';
import { loadModel, type LoadedModel, type LoadedNode } from './model-fixture.ts';

let model: LoadedModel;
beforeAll(async () => {
  model = await loadModel();
}, 60_000);

function node(name: string): LoadedNode {
  const n = model.nodes.get(name);
  if (!n) throw new Error(`no node named ${name}`);
  return n;
}

function* points(n: LoadedNode): Generator<[number, number, number]> {
  for (let i = 0; i < n.positions.length; i += 3)
    yield [n.positions[i]!, n.positions[i + 1]!, n.positions[i + 2]!];
}

describe('nodes', () => {
  it('has one tagged node per bone, landmark, muscle, connective tissue, nerve and the skin', () => {
    const expected = [...boneIds, ...landmarkIds, ...muscleIds, ...connectiveTissueIds, ...nerveIds, 'skin'];
    const missing = expected.filter((id) => !model.nodes.has(id));
    expect(missing).toEqual([]);
    for (const id of boneIds) expect(node(id).extras).toMatchObject({ kind: 'bone', structure: id });
    for (const id of landmarkIds) expect(node(id).extras).toMatchObject({ kind: 'landmark', structure: id });
    expect(node('skin').extras).toMatchObject({ kind: 'skin', structure: 'skin' });
    expect(node('fascia-lata').extras).toMatchObject({ kind: 'fascia', structure: 'fascia-lata' });
    expect(node('iliotibial-tract').extras).toMatchObject({ kind: 'fascia', structure: 'iliotibial-tract' });
  });

  it('gives every node a known kind and a structure, and unique names', () => {
    const names = model.doc
      .getRoot()
      .listNodes()
      .map((n) => n.getName());
    expect(new Set(names).size).toBe(names.length);
    for (const n of model.nodes.values()) {
      expect(partKinds, n.name).toContain(n.extras.kind);
      expect(typeof n.extras.structure, n.name).toBe('string');
      expect((n.extras.structure as string).length, n.name).toBeGreaterThan(0);
    }
  });

  it('meshes every bone, muscle and the skin, and leaves landmarks as bare positioned nodes', () => {
    for (const id of [...boneIds, ...muscleIds, 'skin', 'fascia-lata', 'iliotibial-tract']) {
      expect(node(id).triangles, id).toBeGreaterThan(100);
    }
    for (const id of landmarkIds) {
      expect(node(id).node.getMesh(), id).toBeNull();
      const t = node(id).node.getTranslation();
      expect(Math.hypot(...t), id).toBeGreaterThan(0.01);
    }
  });
});

describe('femur dimensions (anatomy-figures.md §5)', () => {
  it('has a maximum length of 42–48 cm', () => {
    const ys = [...points(node('femur'))].map((p) => p[1]);
    const length = Math.max(...ys) - Math.min(...ys);
    expect(length).toBeGreaterThanOrEqual(0.42);
    expect(length).toBeLessThanOrEqual(0.48);
  });

  it('has a midshaft diameter of 2.6–3.3 cm', () => {
    const pts = [...points(node('femur'))];
    const ys = pts.map((p) => p[1]);
    const mid = (Math.max(...ys) + Math.min(...ys)) / 2;
    const ring = pts.filter((p) => Math.abs(p[1] - mid) < 0.004);
    expect(ring.length).toBeGreaterThan(10);
    const xs = ring.map((p) => p[0]);
    const zs = ring.map((p) => p[2]);
    const diameter = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...zs) - Math.min(...zs));
    expect(diameter).toBeGreaterThanOrEqual(0.026);
    expect(diameter).toBeLessThanOrEqual(0.033);
  });

  it('has a head diameter of 4.3–5.2 cm centred on the hip joint centre', () => {
    const [hx, hy, hz] = HIP_JOINT_CENTRE;
    // The upper, medial cap of the head: away from the neck.
    const cap = [...points(node('femur'))].filter(
      (p) => p[1] > hy && p[0] > hx - 0.004 && Math.hypot(p[0] - hx, p[1] - hy, p[2] - hz) < 0.04,
    );
    expect(cap.length).toBeGreaterThan(20);
    const mean = cap.reduce((s, p) => s + Math.hypot(p[0] - hx, p[1] - hy, p[2] - hz), 0) / cap.length;
    expect(2 * mean).toBeGreaterThanOrEqual(0.043);
    expect(2 * mean).toBeLessThanOrEqual(0.052);
  });

  it('has a bicondylar width of 7.4–9.2 cm', () => {
    const knee = KNEE_JOINT_CENTRE[1];
    const xs = [...points(node('femur'))].filter((p) => p[1] < knee + 0.03).map((p) => p[0]);
    const width = Math.max(...xs) - Math.min(...xs);
    expect(width).toBeGreaterThanOrEqual(0.074);
    expect(width).toBeLessThanOrEqual(0.092);
  });

  it('has a neck-shaft angle of 120–135° against the shaft axis measured on the mesh', () => {
    const pts = [...points(node('femur'))];
    const centre = (y: number) => {
      const ring = pts.filter((p) => Math.abs(p[1] - y) < 0.004);
      const n = ring.length;
      return [ring.reduce((s, p) => s + p[0], 0) / n, y, ring.reduce((s, p) => s + p[2], 0) / n] as const;
    };
    const upper = centre(-0.16);
    const lower = centre(-0.36);
    const down = [lower[0] - upper[0], lower[1] - upper[1], lower[2] - upper[2]];
    const l = Math.hypot(...down);
    // The angle is measured in the coronal projection, as osteometry does.
    const neck = [NECK_DIRECTION[0], NECK_DIRECTION[1]];
    const cos =
      (neck[0]! * down[0]! + neck[1]! * down[1]!) /
      (Math.hypot(neck[0]!, neck[1]!) * Math.hypot(down[0]!, down[1]!));
    const angle = (Math.acos(cos) * 180) / Math.PI;
    expect(l).toBeGreaterThan(0.15);
    expect(angle).toBeGreaterThanOrEqual(120);
    expect(angle).toBeLessThanOrEqual(135);
  });

  it('puts the femoral head inside the acetabulum without touching it', () => {
    const [hx, hy, hz] = HIP_JOINT_CENTRE;
    const hip = [...points(node('hip-bone'))].map((p) => Math.hypot(p[0] - hx, p[1] - hy, p[2] - hz));
    expect(Math.min(...hip)).toBeGreaterThan(0.024);
    expect(Math.min(...hip)).toBeLessThan(0.03);
  });
});

describe('skin', () => {
  it('carries a float _SURFACE coordinate that matches surface.ts at every grid vertex', () => {
    const skin = node('skin');
    expect(skin.surface).toBeDefined();
    expect(skin.surfaceComponentType).toBe(5126); // FLOAT
    const s = skin.surface!;
    let checked = 0;
    for (let v = 0; v < s.length / 2; v++) {
      const p: [number, number, number] = [
        skin.positions[v * 3]!,
        skin.positions[v * 3 + 1]!,
        skin.positions[v * 3 + 2]!,
      ];
      const expected = surfaceCoordinate(p);
      const axis = limbAxisAt(p[1]);
      if (Math.hypot(p[0] - axis.x, p[2] - axis.z) < 0.005) continue; // the two cap centres have no angle
      expect(Math.abs(s[v * 2]! - expected.y)).toBeLessThan(0.0005);
      const da = Math.abs(((s[v * 2 + 1]! - expected.angle + 540) % 360) - 180);
      expect(da).toBeLessThan(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('has a mid-thigh circumference of 48–57 cm (NHANES interquartile range, §5)', () => {
    // Mid-thigh: halfway between the inguinal crease (≈ y −0.09) and the patella's upper border (≈ −0.425).
    const skin = node('skin');
    const s = skin.surface!;
    let row = 0;
    for (let v = 0; v < s.length / 2; v++)
      if (Math.abs(s[v * 2]! + 0.257) < Math.abs(row + 0.257)) row = s[v * 2]!;
    const ring: [number, number, number][] = [];
    for (let v = 0; v < s.length / 2; v++) {
      if (s[v * 2] === row) ring.push([s[v * 2 + 1]!, skin.positions[v * 3]!, skin.positions[v * 3 + 2]!]);
    }
    ring.sort((a, b) => a[0] - b[0]);
    expect(ring.length).toBeGreaterThan(40);
    let perimeter = 0;
    for (let i = 1; i < ring.length; i++)
      perimeter += Math.hypot(ring[i]![1] - ring[i - 1]![1], ring[i]![2] - ring[i - 1]![2]);
    expect(perimeter).toBeGreaterThanOrEqual(0.48);
    expect(perimeter).toBeLessThanOrEqual(0.57);
  });

  it('keeps the surface angle continuous in every triangle (seam, caps and foot included)', () => {
    const skin = node('skin');
    const s = skin.surface!;
    const idx = skin.node.getMesh()!.listPrimitives()[0]!.getIndices()!.getArray()!;
    let widest = 0;
    for (let t = 0; t < idx.length; t += 3) {
      const a = [idx[t]!, idx[t + 1]!, idx[t + 2]!].map((v) => s[v * 2 + 1]!);
      widest = Math.max(widest, Math.max(...a) - Math.min(...a));
    }
    // Columns are 3.75° apart; a triangle spanning far more would smear a painted zone.
    expect(widest).toBeLessThan(12);
  });

  it('covers every bone from the iliac crest to the heel', () => {
    const ys = [...points(node('skin'))].map((p) => p[1]);
    expect(Math.max(...ys)).toBeGreaterThan(0.09);
    expect(Math.min(...ys)).toBeLessThan(-0.945);
  });
});

describe('pelvis', () => {
  /** Extents of the hip bone's section across a ramus at `at` (tangent t), along `a` and t × a. */
  function section(at: number[], t: number[], a: number[]): [number, number] {
    const tl = Math.hypot(...t);
    const tn = t.map((v) => v / tl);
    const dot = (u: number[], v: number[]) => u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!;
    const ad = dot(a, tn);
    let an = a.map((v, k) => v - ad * tn[k]!);
    const al = Math.hypot(...an);
    an = an.map((v) => v / al);
    const bn = [
      tn[1]! * an[2]! - tn[2]! * an[1]!,
      tn[2]! * an[0]! - tn[0]! * an[2]!,
      tn[0]! * an[1]! - tn[1]! * an[0]!,
    ];
    const us: number[] = [];
    const vs: number[] = [];
    for (const p of points(node('hip-bone'))) {
      const d = [p[0] - at[0]!, p[1] - at[1]!, p[2] - at[2]!];
      if (Math.abs(dot(d, tn)) > 0.0015 || Math.hypot(...d) > 0.02) continue;
      us.push(dot(d, an));
      vs.push(dot(d, bn));
    }
    expect(us.length).toBeGreaterThan(10);
    return [Math.max(...us) - Math.min(...us), Math.max(...vs) - Math.min(...vs)];
  }

  it('has an ischiopubic ramus that is a flat blade, not a round rod', () => {
    // Across the ramus: thin through the obturator foramen's plane, broad within it.
    const [thin, broad] = section([-0.03, -0.12, -0.074], [0.027, 0.016, 0.041], [-0.59, -0.64, 0.49]);
    expect(thin).toBeGreaterThan(0.005);
    expect(thin).toBeLessThan(0.011);
    expect(broad / thin).toBeGreaterThan(1.6);
  });
});

describe('foot (issue 3: the limb ends in a foot, not a stump)', () => {
  it('has a skin foot pointing forward (+z), about 0.15 × stature long (24–28 cm at gait2392 size)', () => {
    const pts = [...points(node('skin'))].filter((p) => p[1] < -0.9);
    const zs = pts.map((p) => p[2]);
    const heel = Math.min(...zs);
    const toe = Math.max(...zs);
    expect(toe - heel).toBeGreaterThanOrEqual(0.24);
    expect(toe - heel).toBeLessThanOrEqual(0.28);
    // Forward of the ankle by far more than behind it.
    const ankleZ = ANKLE_JOINT_CENTRE[2];
    expect(toe - ankleZ).toBeGreaterThan(2.5 * (ankleZ - heel));
  });

  it('stands on a flat sole with a raised medial arch', () => {
    const sole = [...points(node('skin'))].filter((p) => p[1] < -0.945);
    const floor = Math.min(...sole.map((p) => p[1]));
    expect(floor).toBeLessThan(-0.945);
    expect(floor).toBeGreaterThan(-0.96);
    // Under the heel and the ball the skin touches the floor; under the medial arch it does not.
    const lowest = (x0: number, x1: number, z0: number, z1: number) =>
      Math.min(
        ...[...points(node('skin'))]
          .filter((p) => p[0] >= x0 && p[0] <= x1 && p[2] >= z0 && p[2] <= z1)
          .map((p) => p[1]),
      );
    expect(lowest(-0.1, -0.075, -0.13, -0.1) - floor).toBeLessThan(0.002);
    expect(lowest(-0.075, -0.05, 0.04, 0.06) - floor).toBeLessThan(0.003);
    expect(lowest(-0.065, -0.055, -0.03, -0.01) - floor).toBeGreaterThan(0.008);
  });

  it('has a talus between the malleoli on the calcaneus, and metatarsals reaching the ball', () => {
    const talus = [...points(node('talus'))];
    const ys = talus.map((p) => p[1]);
    expect(Math.max(...ys)).toBeLessThan(-0.875); // under the tibial plafond
    expect(Math.min(...ys)).toBeGreaterThan(-0.915); // on the calcaneus
    const fore = [...points(node('metatarsal-bones'))];
    expect(Math.max(...fore.map((p) => p[2]))).toBeGreaterThan(0.1); // toe bones
    expect(Math.min(...fore.map((p) => p[2]))).toBeLessThan(-0.02); // navicular, cuboid
  });
});

describe('file', () => {
  it('is valid glTF (gltf-validator reports no errors)', async () => {
    const validator = createRequire(import.meta.url)('gltf-validator') as {
      validateBytes(
        data: Uint8Array,
        options?: object,
      ): Promise<{ issues: { numErrors: number; messages: unknown[] } }>;
    };
    const report = await validator.validateBytes(model.bytes, { maxIssues: 50 });
    expect(report.issues.messages.filter((m) => (m as { severity: number }).severity === 0)).toEqual([]);
    expect(report.issues.numErrors).toBe(0);
  });

  it('stays within 2 MB and 250 k triangles', () => {
    // MB = 10^6 bytes, as in the bench report.
    expect(model.bytes.byteLength).toBeLessThanOrEqual(2_000_000);
    const triangles = [...model.nodes.values()].reduce((s, n) => s + n.triangles, 0);
    expect(triangles).toBeLessThanOrEqual(250_000);
  });

  it('uses meshopt compression and quantisation, never Draco', () => {
    const used = model.doc
      .getRoot()
      .listExtensionsUsed()
      .map((e) => e.extensionName);
    expect(used).toContain('EXT_meshopt_compression');
    expect(used).toContain('KHR_mesh_quantization');
    expect(used).not.toContain('KHR_draco_mesh_compression');
  });
});
