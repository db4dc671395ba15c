/**
 * Builds the app (production) and records what each chunk is made of: per module, its rendered
 * size and gzip size alone (a module gzipped alone compresses a little worse than inside its
 * chunk, so the per-module figures are for ranking, the chunk totals are exact). Written to
 * bench-results/bundle.json as a chunk -> package -> module tree (treemap data) and summarised
 * as a table of the heaviest packages and modules.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

export interface ModuleSize {
  id: string;
  /** npm package, or 'app' for the project's own sources. */
  pkg: string;
  raw: number;
  gzip: number;
}

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  entry: boolean;
  modules: ModuleSize[];
}

function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return match ? match[1]! : id.includes('/src/') ? 'app' : 'bundler runtime';
}

export async function buildWithSizes(root: string): Promise<ChunkSize[]> {
  const chunks: ChunkSize[] = [];
  const sizes: Plugin = {
    name: 'bench-bundle-sizes',
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = Object.entries(output.modules)
          .filter(([, m]) => m.renderedLength > 0)
          .map(([id, m]) => ({
            id: id.replace(/^.*node_modules\//, '').replace(root, ''),
            pkg: packageOf(id),
            raw: m.renderedLength,
            gzip: m.code ? gzipSync(m.code, { level: 9 }).length : 0,
          }))
          .sort((a, b) => b.gzip - a.gzip);
        chunks.push({
          file: output.fileName,
          raw: output.code.length,
          gzip: gzipSync(output.code, { level: 9 }).length,
          entry: output.isEntry,
          modules,
        });
      }
    },
  };
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', plugins: [sizes] });
  } finally {
    process.env.NODE_ENV = previous;
  }
  return chunks.sort((a, b) => b.gzip - a.gzip);
}

/** The heaviest packages (all chunks) and modules, for the printed report. */
export function heaviest(chunks: readonly ChunkSize[], count: number) {
  const packages = new Map<string, number>();
  for (const chunk of chunks)
    for (const m of chunk.modules) packages.set(m.pkg, (packages.get(m.pkg) ?? 0) + m.gzip);
  const modules = chunks
    .flatMap((c) => c.modules.map((m) => ({ ...m, chunk: c.file })))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, count);
  return {
    packages: [...packages].sort((a, b) => b[1] - a[1]).slice(0, count),
    modules,
  };
}
