/**
 * Generates `public/models/thigh.glb`, the 3D model of the right hip, thigh and leg.
 *
 * Run: `npm run build:model` (= `node --import tsx src/generator/build-model.ts`).
 * Source data: gait2392 (Delp et al. 1990, OpenSim) joint centres and attachment points and
 * Rajagopal et al. (2016) bony markers, as tabulated in the team's reference/ (markers.csv,
 * body-origins.csv, attachments.csv), bone sizes from reference/anatomy-figures.md §1, landmarks
 * from `src/anatomy/landmarks.ts`, soft tissue from `src/generator/soft-tissue/` (when present).
 *
 * Pipeline: bones (SDF → surface nets → Taubin) → soft tissue → skin, fascia lata, iliotibial
 * tract → per-part simplification to the triangle budget → glTF binary (one node per part,
 * quantised, meshopt-compressed). Deterministic: two runs give identical bytes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Landmark } from '../anatomy/types.ts';
import { buildBones } from './bones/index.ts';
import { writeGlb } from './gltf/write-glb.ts';
import { computeInputHash } from './input-hash.ts';
import { vertexNormals } from './mesh/normals.ts';
import { simplifyMesh } from './mesh/simplify.ts';
import { buildEnvelope } from './skin/index.ts';
import { bakeSurfaces, type SurfaceGuides } from './surface/index.ts';
import type { AnchorPart, BoneSet, MeshPart } from './types.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const MODEL_PATH = join(ROOT, 'public/models/thigh.glb');
/** Whole-file triangle budget (SPEC: ≤ 250 k); a little headroom is kept. */
export const TRIANGLE_BUDGET = 240_000;

/** Triangle targets per bone after simplification. */
const BONE_TRIANGLES: Record<string, number> = {
  'hip-bone': 14_000,
  sacrum: 5_000,
  femur: 12_000,
  patella: 2_000,
  tibia: 9_000,
  fibula: 4_000,
  calcaneus: 3_000,
  talus: 2_000,
  'metatarsal-bones': 8_000,
};

function targetFor(part: MeshPart): number {
  const tris = part.indices.length / 3;
  // Parts carrying the surface coordinate (skin, fascia) are never simplified: count them as they
  // are, or the budget below undercounts the file by the skin's ~45 k triangles.
  if (part.surface) return tris;
  if (part.extras.kind === 'bone') return BONE_TRIANGLES[part.name] ?? 4000;
  if (part.extras.kind === 'muscle') return Math.min(tris, 6000);
  // The fascia lata shares the skin's grid; keep it close to the skin's resolution.
  if (part.extras.kind === 'fascia') return Math.min(tris, 8000);
  return Math.min(tris, 2500);
}

async function loadLandmarks(): Promise<readonly Landmark[]> {
  const file = join(ROOT, 'src/anatomy/landmarks.ts');
  if (!existsSync(file)) return [];
  const mod = (await import(pathToFileURL(file).href)) as { landmarks?: readonly Landmark[] };
  return mod.landmarks ?? [];
}

interface SoftTissueOut {
  parts: MeshPart[];
  anchors: AnchorPart[];
  guides?: SurfaceGuides;
}

async function loadSoftTissue(bones: BoneSet): Promise<SoftTissueOut> {
  const file = join(ROOT, 'src/generator/soft-tissue/index.ts');
  if (!existsSync(file)) return { parts: [], anchors: [] };
  const mod = (await import(pathToFileURL(file).href)) as {
    buildSoftTissue?: (b: BoneSet) => SoftTissueOut | Promise<SoftTissueOut>;
  };
  if (!mod.buildSoftTissue) return { parts: [], anchors: [] };
  return mod.buildSoftTissue(bones);
}

async function simplifyPart(part: MeshPart, target: number): Promise<MeshPart> {
  // The skin keeps its exact grid (its surface coordinate and seam must survive untouched).
  if (part.surface || part.indices.length / 3 <= target) return part;
  const out = await simplifyMesh({ positions: part.positions, indices: part.indices }, target, 0.01);
  return {
    ...part,
    positions: out.positions,
    indices: out.indices,
    normals: vertexNormals(out.positions, out.indices),
  };
}

export interface BuiltModel {
  glb: Uint8Array;
  parts: readonly MeshPart[];
  anchors: readonly AnchorPart[];
}

export async function buildModel(log: (s: string) => void = () => {}): Promise<BuiltModel> {
  const t0 = Date.now();
  const landmarks = await loadLandmarks();
  const bones = buildBones(landmarks);
  log(`bones ${Date.now() - t0} ms`);
  const soft = await loadSoftTissue(bones);
  log(`soft tissue: ${soft.parts.length} parts, ${soft.anchors.length} anchors, ${Date.now() - t0} ms`);
  const envelope = buildEnvelope([...bones.parts, ...soft.parts]);
  log(`skin ${Date.now() - t0} ms`);
  const all = [...bones.parts, ...soft.parts, ...envelope];
  let targets = all.map(targetFor);
  const total = targets.reduce((a, b) => a + b, 0);
  if (total > TRIANGLE_BUDGET) {
    // Kept as built: the skin and fascia (never simplified) and the septa, thin sheets traced along
    // the gaps between compartments that lose their place when thinned (about 1.3 k triangles each).
    const keep = (p: MeshPart): boolean => p.surface !== undefined || p.extras.kind === 'septum';
    const fixed = all.reduce((s, p, i) => s + (keep(p) ? targets[i]! : 0), 0);
    const scale = (TRIANGLE_BUDGET - fixed) / (total - fixed);
    targets = targets.map((t, i) => (keep(all[i]!) ? t : Math.max(64, Math.floor(t * scale))));
  }
  const parts: MeshPart[] = [];
  for (let i = 0; i < all.length; i++) parts.push(await simplifyPart(all[i]!, targets[i]!));
  log(`simplified ${Date.now() - t0} ms`);
  bakeSurfaces(parts, soft.guides);
  log(`surfaces (fibres, occlusion) ${Date.now() - t0} ms`);
  const anchors = [...bones.anchors, ...soft.anchors];
  const glb = await writeGlb({ parts, anchors, assetExtras: { inputHash: computeInputHash(ROOT) } });
  log(
    `written ${glb.byteLength} bytes, ${parts.reduce((s, p) => s + p.indices.length / 3, 0)} triangles, ${Date.now() - t0} ms`,
  );
  return { glb, parts, anchors };
}

async function main(): Promise<void> {
  const { glb } = await buildModel((s) => console.log(`[build-model] ${s}`));
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  writeFileSync(MODEL_PATH, glb);
  console.log(`[build-model] wrote ${MODEL_PATH}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
