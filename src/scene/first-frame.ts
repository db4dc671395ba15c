/**
 * Resolves once the model's first frame is on screen (ReadySignal). Code nobody needs before a
 * person can see the model (orbit controls, the picking BVH) waits for it, keeping start-up light.
 */
let markDrawn: () => void = () => undefined;

export const firstFrame: Promise<void> = new Promise((resolve) => {
  markDrawn = resolve;
});

/** Called by ReadySignal after the first drawn frame (later calls do nothing). */
export function markFirstFrame(): void {
  markDrawn();
}
