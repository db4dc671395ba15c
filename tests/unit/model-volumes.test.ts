/**
 * Every muscle of the committed model has the bulk of a real one: its closed-mesh volume lies
 * within ±25 % of the volume implied by Rajagopal et al. (2016) (Handsfield et al. 2014 MRI
 * volumes: max isometric force × optimal fibre length / 60 N/cm², summed over its lines). The
 * glutes were half their mass (issue 11), which a person sees as a flat buttock. Iliopsoas is
 * excepted (psoas is cut with the trunk). Gluteus maximus gets its bulk from a wide sheet (over
 * the back half of gluteus medius, down the sacrum and coccyx) with a flat-topped cushion, not
 * from a thicker one: its belly stays 2-3.5 cm through (soft-tissue.test.ts) and its free borders
 * thin (model-buttock.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { muscleIds } from '../../src/anatomy/ids.ts';
import {
  VOLUME_TOLERANCE,
  formatVolumeTable,
  noReferenceVolume,
  volumeExceptions,
  volumeTable,
  type VolumeRow,
} from '../../src/generator/soft-tissue/volumes.ts';
import { type LoadedModel, loadModel } from './model-fixture.ts';

let model: LoadedModel;
let rows: VolumeRow[];
beforeAll(async () => {
  model = await loadModel();
  rows = volumeTable(muscleIds, (id) => {
    const node = model.nodes.get(id);
    const indices = node?.node.getMesh()?.listPrimitives()[0]?.getIndices()?.getArray();
    return node && indices ? { positions: node.positions, indices } : undefined;
  });
  console.log(formatVolumeTable(rows));
}, 60_000);

describe('muscle volumes', () => {
  it('has a reference volume, or a stated reason for none, for every muscle', () => {
    for (const r of rows)
      expect(r.reference !== undefined || noReferenceVolume[r.id] !== undefined, r.id).toBe(true);
  });

  it('gives every modelled muscle a closed mesh with volume', () => {
    for (const r of rows) expect(r.volume, r.id).toBeGreaterThan(2e-6);
  });

  it(`keeps every referenced muscle within ±${VOLUME_TOLERANCE * 100} % of its reference volume`, () => {
    const off = rows
      .filter((r) => r.ratio !== undefined && !volumeExceptions[r.id])
      .filter((r) => Math.abs(r.ratio! - 1) > VOLUME_TOLERANCE)
      .map((r) => `${r.id}: ${r.ratio!.toFixed(2)}`);
    expect(off).toEqual([]);
  });

  it('keeps the exceptions few and below their reference, as a cut muscle is', () => {
    const exceptions = rows.filter((r) => volumeExceptions[r.id]);
    expect(exceptions.map((r) => r.id)).toEqual(['iliopsoas']);
    for (const r of exceptions) expect(r.ratio!, r.id).toBeLessThan(1 - VOLUME_TOLERANCE);
  });
});
