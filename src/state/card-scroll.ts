/**
 * "Bring the chosen card into view": a structure or group chosen by a person (from the panel or by
 * clicking the model) asks for it here, and the card that mounts for it takes the request and
 * scrolls itself to its top. A selection read from the URL asks nothing (a page must not jump on
 * load). Requests expire so a stale one never scrolls a card chosen much later by the ranking.
 */
let requestedAt = -Infinity;
const expiresAfterMs = 3000;

export function requestCardScroll(now = Date.now()): void {
  requestedAt = now;
}

/** True (once) when a card was asked for in the last few seconds. */
export function takeCardScroll(now = Date.now()): boolean {
  const fresh = now - requestedAt <= expiresAfterMs;
  requestedAt = -Infinity;
  return fresh;
}
