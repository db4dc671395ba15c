/**
 * The surface attributes of the generated model (issue 11, "surfaces that read as muscle"): every
 * muscle carries its fibre direction with a tendon weight (`_FIBRE`) and baked ambient occlusion
 * (`_OCCLUSION`), in range, on every vertex; tendons are tendon throughout; the junction from belly
 * to tendon is gradual; the occlusion has real grooves in it; psoas's end at the trunk is a cut face.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Accessor } from '@gltf-transform/core';
import { loadModel, type LoadedNode } from './model-fixture.ts';

let nodes: Map<string, LoadedNode>;

beforeAll(async () => {
  ({ nodes } = await loadModel());
});

function attribute(node: LoadedNode, name: string): Accessor | null {
  return node.node.getMesh()?.listPrimitives()[0]?.getAttribute(name) ?? null;
}

/** Elements of an accessor as plain numbers (normalised accessors read back as -1..1 / 0..1). */
function elements(a: Accessor): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.getCount(); i++) out.push(a.getElement(i, []) as number[]);
  return out;
}

const ofKind = (kind: string) => [...nodes.values()].filter((n) => n.extras.kind === kind);

describe('surface attributes', () => {
  it('gives every muscle a unit fibre direction and a tendon weight in [0, 1] on each vertex', () => {
    const muscles = ofKind('muscle');
    expect(muscles.length).toBeGreaterThan(20);
    for (const m of muscles) {
      const fibre = attribute(m, '_FIBRE');
      expect(fibre, m.name).not.toBeNull();
      expect(fibre!.getType()).toBe('VEC4');
      expect(fibre!.getCount()).toBe(m.positions.length / 3);
      // Quantised to 1/127 per component: unit within that.
      let worstLength = 0;
      let wMin = Infinity;
      let wMax = -Infinity;
      for (const [x, y, z, w] of elements(fibre!)) {
        worstLength = Math.max(worstLength, Math.abs(Math.hypot(x!, y!, z!) - 1));
        wMin = Math.min(wMin, w!);
        wMax = Math.max(wMax, w!);
      }
      expect(worstLength, m.name).toBeLessThan(0.02);
      expect(wMin, m.name).toBeGreaterThanOrEqual(0);
      expect(wMax, m.name).toBeLessThanOrEqual(1);
    }
  });

  it('gives every muscle and tendon an occlusion in [0, 1] on each vertex, with real grooves', () => {
    const all: number[] = [];
    for (const m of [...ofKind('muscle'), ...ofKind('tendon')]) {
      const occlusion = attribute(m, '_OCCLUSION');
      expect(occlusion, m.name).not.toBeNull();
      expect(occlusion!.getCount()).toBe(m.positions.length / 3);
      const values = elements(occlusion!).map((e) => e[0]!);
      expect(Math.min(...values), m.name).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values), m.name).toBeLessThanOrEqual(1);
      all.push(...values);
    }
    all.sort((a, b) => a - b);
    // Not a constant: open surfaces near 1, buried and grooved ones well below.
    expect(all[Math.floor(all.length * 0.9)]).toBeGreaterThan(0.9);
    expect(all[Math.floor(all.length * 0.2)]).toBeLessThan(0.5);
  });

  it('makes tendon parts tendon throughout', () => {
    for (const t of ofKind('tendon')) {
      const fibre = attribute(t, '_FIBRE');
      expect(fibre, t.name).not.toBeNull();
      expect(Math.min(...elements(fibre!).map((e) => e[3]!)), t.name).toBeGreaterThan(0.99);
    }
  });

  it('blends belly into tendon over a junction instead of a seam (semitendinosus, gastrocnemius, rectus femoris)', () => {
    for (const name of ['semitendinosus', 'gastrocnemius-medial-head', 'rectus-femoris']) {
      const w = elements(attribute(nodes.get(name)!, '_FIBRE')!).map((e) => e[3]!);
      const n = w.length;
      const belly = w.filter((v) => v < 0.05).length / n;
      const tendon = w.filter((v) => v > 0.95).length / n;
      const between = w.filter((v) => v > 0.2 && v < 0.8).length / n;
      expect(belly, name).toBeGreaterThan(0.3);
      expect(tendon + between, name).toBeGreaterThan(0.03);
      expect(between, name).toBeGreaterThan(0.02);
    }
  });

  it('closes psoas at the trunk cut with a cut face (fibres ending at the surface)', () => {
    const psoas = nodes.get('iliopsoas')!;
    const fibre = elements(attribute(psoas, '_FIBRE')!);
    let top = -Infinity;
    for (let i = 1; i < psoas.positions.length; i += 3) top = Math.max(top, psoas.positions[i]!);
    // Vertices on the top face whose fibre points up out of it (the cut), fleshy (no tendon).
    const cut = fibre.filter(
      (e, i) => psoas.positions[i * 3 + 1]! > top - 0.02 && e[1]! > 0.8 && e[3]! < 0.05,
    );
    expect(cut.length).toBeGreaterThanOrEqual(8);
  });
});
