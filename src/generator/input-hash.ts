/**
 * Content hash of everything the model is generated from (every file under `src/anatomy` and
 * `src/generator`, by path and bytes, in sorted order). Stored as `asset.extras.inputHash` in the
 * .glb so `scripts/ensure-model.ts` rebuilds only when an input really changed (mtimes are reset
 * by a fresh clone, hashes are not).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const INPUT_DIRS = ['src/anatomy', 'src/generator'] as const;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (/\.(ts|json|csv)$/.test(name)) out.push(path);
  }
  return out;
}

export function computeInputHash(root: string): string {
  const hash = createHash('sha256');
  for (const dir of INPUT_DIRS) {
    for (const file of listFiles(join(root, dir))) {
      hash.update(relative(root, file).split('\\').join('/'));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** Reads `asset.extras.inputHash` from a .glb's JSON chunk without decoding any geometry. */
export function storedInputHash(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  if (bytes.length < 20 || bytes.readUInt32LE(0) !== 0x46546c67) return undefined;
  const jsonLength = bytes.readUInt32LE(12);
  try {
    const json = JSON.parse(bytes.subarray(20, 20 + jsonLength).toString('utf8')) as {
      asset?: { extras?: { inputHash?: unknown } };
    };
    const hash = json.asset?.extras?.inputHash;
    return typeof hash === 'string' ? hash : undefined;
  } catch {
    return undefined;
  }
}
