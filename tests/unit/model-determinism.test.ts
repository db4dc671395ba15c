/**
 * The committed model is the one the current sources build, byte for byte. Its recorded input
 * hash must match the sources (a generator or anatomy change not rebuilt fails here, and
 * `npm run dev` would otherwise serve the old file), and a fresh build in this process must give
 * exactly the committed bytes (an independent earlier run), which also proves the generator
 * deterministic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel, MODEL_PATH, ROOT } from '../../src/generator/build-model.ts';
import { computeInputHash, storedInputHash } from '../../src/generator/input-hash.ts';

describe('committed model', () => {
  it('was built from the current sources (run `npm run build:model` and commit it if not)', () => {
    expect(storedInputHash(MODEL_PATH)).toBe(computeInputHash(ROOT));
  });

  it('is byte-identical to a fresh build', async () => {
    const fresh = Buffer.from((await buildModel()).glb);
    const committed = readFileSync(MODEL_PATH);
    const firstDifference = fresh.findIndex((byte, i) => byte !== committed[i]);
    expect({ length: fresh.byteLength, firstDifference }).toEqual({
      length: committed.byteLength,
      firstDifference: -1,
    });
  }, 180_000);
});
