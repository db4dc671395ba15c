/**
 * Used by `npm run build`: regenerates public/models/thigh.glb only when it is missing or was
 * built from different inputs. The .glb records a content hash of every file under src/anatomy
 * and src/generator (`asset.extras.inputHash`); mtimes are useless after a fresh clone.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { computeInputHash, storedInputHash } from '../src/generator/input-hash.ts';

const root = resolve(import.meta.dirname, '..');
const modelPath = join(root, 'public/models/thigh.glb');

const wanted = computeInputHash(root);
const stored = storedInputHash(modelPath);
if (stored === wanted) {
  console.log('[ensure-model] public/models/thigh.glb is up to date');
} else {
  console.log(`[ensure-model] ${stored ? 'inputs changed' : 'model missing'}: regenerating`);
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/generator/build-model.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
}
