/** Launches Debian's Chromium headless with software WebGL (SwiftShader), as on CI. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, ...extraArgs],
  });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Read `.browser`
 * inside the tests (it is there once the file's beforeAll has run).
 */
export function chromiumPerFile(extraArgs: readonly string[] = []): { readonly browser: Browser } {
  const held = {} as { browser: Browser };
  beforeAll(async () => {
    held.browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await held.browser?.close();
  });
  return held;
}
