/**
 * Every closed part faces outward (positive signed volume). The app draws single-sided: a part
 * wound inside out shows its far, deep face instead of its near one, and whatever touches that
 * deep face (a septum, the bone) shows through the muscle as a pale patch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedModel, type LoadedNode, loadModel } from './model-fixture.ts';

let model: LoadedModel;
beforeAll(async () => {
  model = await loadModel();
}, 60_000);

function signedVolume(node: LoadedNode): number {
  const p = node.positions;
  const index = node.node.getMesh()!.listPrimitives()[0]!.getIndices()!.getArray()!;
  let volume = 0;
  for (let t = 0; t < index.length; t += 3) {
    const [a, b, c] = [index[t]! * 3, index[t + 1]! * 3, index[t + 2]! * 3];
    // a · (b × c) / 6 per triangle: the volume of the cone it spans with the origin.
    volume +=
      (p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)) /
      6;
  }
  return volume;
}

describe('winding', () => {
  it('gives every bone, muscle, tendon, nerve and the skin a positive volume (faces outward)', () => {
    const closed = [...model.nodes.values()].filter(
      (n) =>
        n.positions.length > 0 &&
        ['bone', 'muscle', 'tendon', 'nerve', 'skin'].includes(n.extras.kind as string),
    );
    expect(closed.length).toBeGreaterThan(40);
    const inward = closed.filter((n) => signedVolume(n) <= 0).map((n) => n.name);
    expect(inward).toEqual([]);
  });
});
