/**
 * The model file's bytes, fetched once. Imports nothing from three, so the app shell can start the
 * download as soon as it knows WebGL works, while the 3D code is still on its way; the loader
 * (model-cache.ts) then reads the same promise.
 */
export const MODEL_URL = `${import.meta.env.BASE_URL}models/thigh.glb`;

let bytes: Promise<ArrayBuffer> | null = null;

export function fetchModelBytes(): Promise<ArrayBuffer> {
  if (!bytes) {
    bytes = fetch(MODEL_URL).then((response) => {
      if (!response.ok)
        throw new Error(`The model file could not be fetched: ${response.status} ${response.statusText}`);
      return response.arrayBuffer();
    });
    // A failed early download is reported by whoever reads it (the scene's error boundary), not as
    // an unhandled rejection while nobody has asked yet.
    bytes.catch(() => undefined);
  }
  return bytes;
}

/** Forgets the download (and a failure of it) so a Retry fetches again. */
export function forgetModelBytes(): void {
  bytes = null;
}
