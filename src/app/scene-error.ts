/** Turns whatever the 3D view threw into a sentence a person can act on. */
export function describeSceneError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  // First: a file that arrived but is not a model. The loader's words ("JSON content not found")
  // would otherwise read as a download failure and send the person to check their connection.
  if (/gltfloader|json|unexpected token|unsupported|invalid|magic|parse|meshopt/i.test(detail))
    return 'The 3D model file arrived damaged and could not be read. Try again, or use the text view.';
  // Before the download test: a failed chunk says "Failed to fetch dynamically imported module".
  if (/chunk|dynamically imported module|importing a module/i.test(detail))
    return 'The code that draws the 3D view could not be loaded. Check your connection and try again.';
  if (/404|not found|failed to fetch|networkerror|load failed/i.test(detail))
    return 'The 3D model could not be downloaded. Check your connection and try again.';
  if (/webgl|context/i.test(detail))
    return 'Your browser could not draw the 3D view. Try again, or use the text view.';
  return 'The 3D model could not be read. Try again, or use the text view.';
}
