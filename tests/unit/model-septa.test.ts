/**
 * The intermuscular septa in the generated model run in the gaps between the compartments, from
 * the linea aspera outward, instead of slicing through the muscle bellies (issue 3: a septum that
 * cuts a hamstring shows through it as a pale stripe).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Outline, unionDistance } from '../../src/generator/soft-tissue/cross-section.ts';
import { distanceToVertices, sliceSegments } from '../../src/generator/soft-tissue/measure.ts';
import { type LoadedModel, type LoadedNode, loadModel } from './model-fixture.ts';

const septa = [
  'lateral-intermuscular-septum',
  'medial-intermuscular-septum',
  'posterior-intermuscular-septum',
] as const;
const compartments = ['anterior-thigh', 'medial-thigh', 'posterior-thigh'] as const;

let model: LoadedModel;
beforeAll(async () => {
  model = await loadModel();
}, 60_000);

function indexed(node: LoadedNode): { positions: Float32Array; indices: Uint32Array } {
  const idx = node.node.getMesh()!.listPrimitives()[0]!.getIndices()!;
  return { positions: node.positions, indices: Uint32Array.from(idx.getArray() as ArrayLike<number>) };
}

/**
 * For each septum vertex more than 10 mm from the femur (at its root on the linea aspera the
 * septum shares the bone with the muscles attached there), how deep it lies inside the muscles of
 * a single compartment. A vertex inside muscles of two compartments sits where two bellies already
 * overlap each other; no septum can avoid that, so it is counted apart.
 */
function depths(septum: LoadedNode): { cutting: number[]; inOverlap: number } {
  const femur = model.nodes.get('femur')!.positions;
  const muscles = compartments.map((c) =>
    [...model.nodes.values()].filter((n) => n.extras.kind === 'muscle' && n.extras.compartment === c),
  );
  const outlinesAt = new Map<number, Outline[][]>();
  const cutting: number[] = [];
  let inOverlap = 0;
  const p = septum.positions;
  for (let i = 0; i < p.length; i += 3) {
    if (distanceToVertices({ positions: femur }, [p[i]!, p[i + 1]!, p[i + 2]!]) < 0.01) continue;
    // Slice at the vertex's height rounded to 1 mm (the septum rows are ~10 mm apart).
    const h = Math.round(p[i + 1]! / 0.001) * 0.001;
    let outlines = outlinesAt.get(h);
    if (!outlines) {
      outlines = muscles.map((group) =>
        group.map((m) => sliceSegments(indexed(m), h)).filter((o) => o.length),
      );
      outlinesAt.set(h, outlines);
    }
    const inside = outlines.map((o) => Math.max(0, -unionDistance(o, p[i]!, p[i + 2]!)));
    if (inside.filter((d) => d > 0.002).length > 1) inOverlap++;
    else cutting.push(Math.max(...inside));
  }
  return { cutting, inOverlap };
}

// Where two compartments touch, the septum runs along their interface and may sink a millimetre or
// two into one of them, hidden; so the bars are a few mm (a cut through a belly is 5-15 mm deep).
describe('intermuscular septa', () => {
  for (const id of septa) {
    it(`${id} runs between the muscles, not through them`, () => {
      const node = model.nodes.get(id);
      expect(node, id).toBeDefined();
      const { cutting, inOverlap } = depths(node!);
      cutting.sort((a, b) => a - b);
      const share = cutting.filter((d) => d > 0.002).length / cutting.length;
      const p95 = cutting[Math.floor(cutting.length * 0.95)]!;
      console.log(
        `${id}: ${cutting.length} vertices clear of the femur; ${(share * 100).toFixed(1)} % > 2 mm inside one compartment's muscle (p95 ${(p95 * 1000).toFixed(1)} mm); ${inOverlap} where two compartments' muscles overlap`,
      );
      expect(cutting.length).toBeGreaterThan(100);
      expect(share).toBeLessThan(0.05);
      expect(p95).toBeLessThan(0.002);
      expect(inOverlap / (cutting.length + inOverlap)).toBeLessThan(0.12);
    });
  }
});
