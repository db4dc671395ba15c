/**
 * Where the model lives and how it is loaded: three's own (bundled) meshopt decoder and no Draco,
 * because drei's default Draco decoder would be fetched from a CDN and nothing may leave the origin.
 */
import { useGLTF } from '@react-three/drei';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

export const MODEL_URL = `${import.meta.env.BASE_URL}models/thigh.glb`;

type Loader = Parameters<NonNullable<Parameters<typeof useGLTF>[3]>>[0];

/** Gives the GLTF loader the local meshopt decoder (EXT_meshopt_compression). */
export function withLocalMeshopt(loader: Loader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

/** Loads the model (suspends until it is ready; load errors throw to the nearest error boundary). */
export function useThighModel() {
  return useGLTF(MODEL_URL, false, false, withLocalMeshopt);
}

/** Forgets the cached model (and a cached failure) so a Retry fetches it again. */
export function clearModelCache(): void {
  useGLTF.clear(MODEL_URL);
}
