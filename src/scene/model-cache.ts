/**
 * Where the model lives and how it is loaded: three's own GLTFLoader with three's bundled meshopt
 * decoder, no Draco (a Draco decoder would be fetched from a CDN and nothing may leave the origin).
 * R3F's `useLoader` provides the suspend cache, so no helper library is needed for this.
 */
import { useLoader } from '@react-three/fiber';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

export const MODEL_URL = `${import.meta.env.BASE_URL}models/thigh.glb`;

/** Gives the GLTF loader the local meshopt decoder (EXT_meshopt_compression). */
export function withLocalMeshopt(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

/** Loads the model (suspends until it is ready; load errors throw to the nearest error boundary). */
export function useThighModel(): GLTF {
  return useLoader(GLTFLoader, MODEL_URL, withLocalMeshopt);
}

/** Forgets the cached model (and a cached failure) so a Retry fetches it again. */
export function clearModelCache(): void {
  useLoader.clear(GLTFLoader, MODEL_URL);
}
