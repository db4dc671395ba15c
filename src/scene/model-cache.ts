/**
 * Loads the model once: the bytes (model-bytes.ts, possibly already on their way) read by the app's
 * own GLB reader (glb-reader.ts) with three's bundled meshopt decoder; no Draco (a Draco decoder
 * would be fetched from a CDN and nothing may leave the origin).
 */
import { use } from 'react';
import { readModel, type LoadedModel } from './glb-reader.ts';
import { fetchModelBytes, forgetModelBytes } from './model-bytes.ts';

export { MODEL_URL } from './model-bytes.ts';
export type { LoadedModel } from './glb-reader.ts';

let model: Promise<LoadedModel> | null = null;

/** The model, loading it on the first call; rejects when it cannot be fetched or read. */
export function loadThighModel(): Promise<LoadedModel> {
  model ??= fetchModelBytes().then(readModel);
  return model;
}

/**
 * The model (suspends until it is ready). ExplorerCanvas waits for it in the app's own tree
 * first, so a failure is thrown there, to the app's error boundary, never inside R3F's root
 * (which reports even errors its boundaries catch as uncaught).
 */
export function useThighModel(): LoadedModel {
  return use(loadThighModel());
}

/** Forgets the cached model and bytes (and a cached failure) so a Retry fetches it again. */
export function clearModelCache(): void {
  model = null;
  forgetModelBytes();
}
