/**
 * Builds the app once and serves `dist/` on 127.0.0.1 for the browser tests. The URL is handed to
 * the tests through `provide('baseUrl')`. A tiny static server keeps the tests independent of
 * Vite's dev server and lets tests ask for faults (a 404 or a corrupt model) by query string.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import type { TestProject } from 'vitest/node';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

let server: Server | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  // Vitest sets NODE_ENV=test, which would bundle React's development build: build what ships.
  if (!process.env.SKIP_BUILD) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const dist = join(root, 'dist');
  // Fault injection for tests: a page loaded with a cookie `model=missing|corrupt` gets a broken model.
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const fault = /(?:^|;\s*)model=(missing|corrupt)/.exec(req.headers.cookie ?? '')?.[1];
    if (path.endsWith('.glb') && fault === 'missing') {
      res.writeHead(404).end('not found');
      return;
    }
    if (path.endsWith('.glb') && fault === 'corrupt') {
      res
        .writeHead(200, { 'content-type': 'model/gltf-binary' })
        .end(Buffer.from('glTF-this-is-not-a-model'));
      return;
    }
    try {
      let body = await readFile(join(dist, path));
      // A cookie `sw=next` stands for a new release: the service worker's script differs by a byte.
      if (path.endsWith('/sw.js') && /(?:^|;\s*)sw=next/.test(req.headers.cookie ?? ''))
        body = Buffer.concat([body, Buffer.from('\n// next version\n')]);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
