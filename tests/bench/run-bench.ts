/**
 * `npm run bench`: measures the app as a person meets it and writes `bench-results/report.json`
 * (and `bundle.json`, what each chunk is made of) plus a printed table. Builds the app and a
 * minimal three.js page that loads the same model, serves both on 127.0.0.1, and drives Debian's
 * Chromium (software WebGL). Cold loads of a deep link (`?pain=popliteal-fossa`) give, as medians
 * of three: time to the first ranked candidate, time to ready, their ratio, and the JavaScript
 * requested before each and in all. Timed figures are reported, not asserted; the deterministic
 * budgets are also asserted in the test suite.
 */
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../browser/launch.ts';
import { buildWithSizes, heaviest } from './bundle-sizes.ts';
import { coldLoad, type ColdLoad } from './cold-load.ts';
import { timeNewcomerPath } from './newcomer-path.ts';
import { muscleIds } from '../../src/anatomy/ids.ts';
import { formatVolumeTable, volumeTable } from '../../src/generator/soft-tissue/volumes.ts';
import { loadModel } from '../unit/model-fixture.ts';
import { pickingOnHits } from './picking.ts';
import { drawingMoveCosts, referenceDrawingUrlLength } from './drawing-bench.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'bench-results');
const budgets = {
  jsBeforeFirstCandidateKB: 150,
  jsUntilReadyKB: 360,
  jsTotalKB: 400,
  firstCandidateToReady: 0.6,
  modelMB: 2,
  idleFrames: 0,
  drawCalls: 80,
  pickP95Ms: 1,
  readyRatio: 1.5,
  drawMoveMedianMs: 2,
  drawnUrlBytes: 2048,
};
const deepLink = '?pain=popliteal-fossa&view=posterior';

interface BenchStats {
  frames: number;
  calls: number;
  triangles: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : NaN;
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });

  // 1. Model generation time (the build step the app's model comes from).
  const genStart = performance.now();
  // BENCH_SKIP_MODEL=1 skips it (the committed model is measured; generation time reads NaN).
  if (!process.env.BENCH_SKIP_MODEL)
    execFileSync('npm', ['run', '--silent', 'build:model'], { cwd: root, stdio: 'inherit' });
  const modelGenerationS = process.env.BENCH_SKIP_MODEL ? NaN : (performance.now() - genStart) / 1000;
  // Each muscle's closed-mesh volume against its reference (issue 11; the unit test holds it).
  const loaded = await loadModel();
  const volumes = volumeTable(muscleIds, (id) => {
    const node = loaded.nodes.get(id);
    const indices = node?.node.getMesh()?.listPrimitives()[0]?.getIndices()?.getArray();
    return node && indices ? { positions: node.positions, indices } : undefined;
  });

  // 2. Build the app (recording what each chunk is made of) and the minimal page.
  const chunks = await buildWithSizes(root);
  writeFileSync(join(out, 'bundle.json'), JSON.stringify(chunks, null, 1) + '\n');
  const minimalOut = join(out, 'minimal');
  await build({
    root: join(root, 'tests/bench/minimal'),
    base: './',
    logLevel: 'warn',
    build: { outDir: minimalOut, emptyOutDir: true },
  });
  copyFileSync(join(root, 'public/models/thigh.glb'), join(minimalOut, 'thigh.glb'));
  const modelBytes = statSync(join(root, 'public/models/thigh.glb')).size;

  // 3. Serve dist/ at / and the minimal page at /minimal/.
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.glb': 'model/gltf-binary',
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = path.startsWith('/minimal/') ? join(out, path) : join(root, 'dist', path);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

  const browser = await launchChromium(['--enable-precise-memory-info']);
  try {
    const viewport = { width: 1280, height: 800 };

    // Minimal page: time to its first drawn frame (median of 3 cold loads).
    const minimalTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${base}minimal/`);
      await page.waitForSelector('html[data-scene="ready"]', { timeout: 120_000 });
      minimalTimes.push(performance.now() - t0);
      await context.close();
    }

    // The app: three cold loads of a deep link; medians of each figure.
    const loads: ColdLoad[] = [];
    for (let i = 0; i < 3; i++) loads.push(await coldLoad(browser, `${base}${deepLink}`, viewport));
    const mid = (pick: (l: ColdLoad) => number) => median(loads.map(pick));
    const app = {
      firstCandidateMs: mid((l) => l.firstCandidateMs),
      readyMs: mid((l) => l.readyMs),
      firstCandidateToReady: mid((l) => l.firstCandidateMs / l.readyMs),
      jsBeforeFirstCandidate: mid((l) => l.jsBeforeFirstCandidate),
      jsUntilReady: mid((l) => l.jsUntilReady),
      jsTotal: mid((l) => l.jsTotal),
    };
    const offOrigin = loads.reduce((n, l) => n + l.offOrigin, 0);

    // A warm page for the frame, idle and picking figures.
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${base}${deepLink}`);
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 180_000 });
    await page.waitForFunction(() => '__thighExplorer' in window);

    // Draw calls and triangles of a frame; frames drawn while idle for 3 s.
    const stats = () =>
      page.evaluate(() => {
        const hook = (window as unknown as { __thighExplorer?: { stats(): BenchStats } }).__thighExplorer;
        return hook?.stats() ?? { frames: NaN, calls: NaN, triangles: NaN };
      });
    await page.waitForTimeout(1000);
    const before = await stats();
    await page.waitForTimeout(3000);
    const after = await stats();
    const idleFrames = after.frames - before.frames;

    // Picking: synchronous cost of pointer moves on rays that hit the limb.
    const picking = await pickingOnHits(page);
    const pickTimes = picking.times;
    // The pain drawing: cost of each pointer move while painting, and a reference drawing's URL.
    const drawTimes = await drawingMoveCosts(page);
    const drawnUrlLength = referenceDrawingUrlLength();
    const heapMB = await page.evaluate(
      () =>
        ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) /
        1e6,
    );

    // Draw calls with every layer on, the worst case (attachment footprints and trigger points are
    // batched: one call each). Same page, so the model and code come from the cache.
    await page.goto(`${base}?layers=skin,fascia,muscles,bones,nerves,attachments,trigger-points`);
    await page.waitForSelector('html[data-scene="ready"]', { timeout: 180_000 });
    await page.waitForTimeout(2000);
    const allLayers = await stats();

    // The newcomer's path: cold load, click the back of the thigh, choose gluteus minimus.
    const newcomer = await timeNewcomerPath(browser, base, viewport);

    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
    const heavy = heaviest(chunks, 12);
    const report = {
      date: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, Node ${process.version}, Chromium (SwiftShader)`,
      url: deepLink,
      app,
      coldLoads: loads.map(({ scripts, ...figures }) => ({ ...figures, scripts })),
      readyMs: { minimal: median(minimalTimes), samplesMinimal: minimalTimes },
      readyRatio: app.readyMs / median(minimalTimes),
      chunks: chunks.map(({ file, raw, gzip, entry }) => ({ file, raw, gzip, entry })),
      heaviestPackages: heavy.packages.map(([pkg, gzip]) => ({ pkg, gzip })),
      heaviestModules: heavy.modules.map(({ id, chunk, gzip }) => ({ id, chunk, gzip })),
      modelBytes,
      frame: { drawCalls: after.calls, triangles: after.triangles, drawCallsAllLayers: allLayers.calls },
      idleFrames3s: idleFrames,
      drawingMoveMs: {
        median: median(drawTimes),
        p95: percentile(drawTimes, 0.95),
        samples: drawTimes.length,
      },
      drawnUrlLength,
      pickingMs: {
        median: median(pickTimes),
        p95: percentile(pickTimes, 0.95),
        hits: pickTimes.length,
        rays: picking.rays,
      },
      heapMB,
      modelGenerationS,
      muscleVolumesCm3: volumes.map((r) => ({
        id: r.id,
        model: +(r.volume * 1e6).toFixed(1),
        ...(r.reference ? { reference: +(r.reference * 1e6).toFixed(1), ratio: +r.ratio!.toFixed(3) } : {}),
      })),
      newcomerPath: newcomer,
      requestsOffOrigin: offOrigin,
      budgets,
    };
    const rows: [string, string, string, boolean][] = [
      ['First candidate (deep link)', `${app.firstCandidateMs.toFixed(0)} ms`, '', true],
      ['Ready (app)', `${app.readyMs.toFixed(0)} ms`, '', true],
      [
        'First candidate / ready',
        app.firstCandidateToReady.toFixed(2),
        `≤ ${budgets.firstCandidateToReady}`,
        app.firstCandidateToReady <= budgets.firstCandidateToReady,
      ],
      [
        'JS before first candidate',
        kb(app.jsBeforeFirstCandidate),
        `≤ ${budgets.jsBeforeFirstCandidateKB} KB`,
        app.jsBeforeFirstCandidate / 1000 <= budgets.jsBeforeFirstCandidateKB,
      ],
      [
        'JS until ready',
        kb(app.jsUntilReady),
        `≤ ${budgets.jsUntilReadyKB} KB`,
        app.jsUntilReady / 1000 <= budgets.jsUntilReadyKB,
      ],
      [
        'JS total, ready and idle',
        kb(app.jsTotal),
        `≤ ${budgets.jsTotalKB} KB`,
        app.jsTotal / 1000 <= budgets.jsTotalKB,
      ],
      [
        'Model file',
        `${(modelBytes / 1e6).toFixed(2)} MB`,
        `≤ ${budgets.modelMB} MB`,
        modelBytes / 1e6 <= budgets.modelMB,
      ],
      ['Ready (minimal three.js)', `${report.readyMs.minimal.toFixed(0)} ms`, '', true],
      [
        'Ready ratio app/minimal',
        report.readyRatio.toFixed(2),
        `≤ ${budgets.readyRatio}`,
        report.readyRatio <= budgets.readyRatio,
      ],
      [
        'Draw calls per frame',
        String(after.calls),
        `≤ ${budgets.drawCalls}`,
        after.calls <= budgets.drawCalls,
      ],
      [
        'Draw calls, every layer on',
        String(allLayers.calls),
        `≤ ${budgets.drawCalls}`,
        allLayers.calls <= budgets.drawCalls,
      ],
      ['Triangles per frame', String(after.triangles), '', true],
      [
        'Frames drawn in 3 s idle',
        String(idleFrames),
        `= ${budgets.idleFrames}`,
        idleFrames === budgets.idleFrames,
      ],
      [
        'Picking on the limb',
        `${report.pickingMs.median.toFixed(3)} / ${report.pickingMs.p95.toFixed(3)} ms (${pickTimes.length}/${picking.rays} hits)`,
        `p95 ≤ ${budgets.pickP95Ms} ms`,
        report.pickingMs.p95 <= budgets.pickP95Ms,
      ],
      [
        'Drawing: pointer move median / p95',
        `${report.drawingMoveMs.median.toFixed(3)} / ${report.drawingMoveMs.p95.toFixed(3)} ms (${drawTimes.length} moves)`,
        `≤ ${budgets.drawMoveMedianMs} ms median`,
        drawTimes.length > 0 && report.drawingMoveMs.median <= budgets.drawMoveMedianMs,
      ],
      [
        'Drawing URL (back of thigh)',
        `${drawnUrlLength} characters`,
        `≤ ${budgets.drawnUrlBytes}`,
        drawnUrlLength <= budgets.drawnUrlBytes,
      ],
      ['JS heap after load', `${heapMB.toFixed(1)} MB`, '', true],
      ['Model generation', `${modelGenerationS.toFixed(1)} s`, '', true],
      [
        'Newcomer path (2 clicks)',
        `${(newcomer.totalMs / 1000).toFixed(1)} s (ready ${(newcomer.readyMs / 1000).toFixed(1)} s + clicks ${(newcomer.clicksToAnswerMs / 1000).toFixed(1)} s)`,
        '< 60 s with reading',
        newcomer.totalMs < 60_000,
      ],
      ['Requests to other hosts', String(offOrigin), '= 0', offOrigin === 0],
    ];
    writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    console.log('\nThigh explorer benchmark\n');
    for (const [name, value, budget, ok] of rows) {
      console.log(`${ok ? '  ok ' : 'OVER '} ${name.padEnd(28)} ${value.padEnd(30)} ${budget}`);
    }
    console.log(`\nMuscle volumes (cm³; reference Rajagopal 2016, force × fibre length / 60 N/cm²)\n`);
    console.log(formatVolumeTable(volumes));
    console.log('\nChunks (gzip):');
    for (const c of chunks)
      console.log(`  ${kb(c.gzip).padStart(10)}  ${c.file}${c.entry ? '  (entry)' : ''}`);
    console.log('\nHeaviest packages (gzip, modules compressed alone):');
    for (const [pkg, gzip] of heavy.packages) console.log(`  ${kb(gzip).padStart(10)}  ${pkg}`);
    console.log('\nHeaviest modules:');
    for (const m of heavy.modules) console.log(`  ${kb(m.gzip).padStart(10)}  ${m.id}  [${m.chunk}]`);
    console.log(`\nReport written to ${join(out, 'report.json')} (chunk contents: bundle.json)`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
