/**
 * The generator is deterministic: building the model again gives byte-identical output. When the
 * committed .glb was built from the current inputs (its recorded input hash matches), one fresh
 * build is compared with it (an independent earlier run); otherwise two fresh builds are compared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel, MODEL_PATH, ROOT } from '../../src/generator/build-model.ts';
import { computeInputHash, storedInputHash } from '../../src/generator/input-hash.ts';

describe('model generation', () => {
  it('gives identical bytes on a second run', async () => {
    const fresh = await buildModel();
    const committedIsCurrent = storedInputHash(MODEL_PATH) === computeInputHash(ROOT);
    const other = committedIsCurrent ? new Uint8Array(readFileSync(MODEL_PATH)) : (await buildModel()).glb;
    expect(fresh.glb.byteLength).toBe(other.byteLength);
    const a = Buffer.from(fresh.glb);
    const b = Buffer.from(other);
    const firstDifference = a.findIndex((byte, i) => byte !== b[i]);
    expect({ committedIsCurrent, firstDifference }).toEqual({ committedIsCurrent, firstDifference: -1 });
  }, 180_000);
});
