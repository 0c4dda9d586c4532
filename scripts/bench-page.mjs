// The page for `npm run bench`, in Chromium against the built site (dist/): chunk sizes, cold loads, a long run,
// random jumps along it and the worker's memory. Then the picture's layout and step-to-paint (existing benches).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import lz from 'lz-string';
import { median, percentile, seededRandom, printTable, ms } from './bench-stats.mjs';
import { benchPicture, printPicture } from './bench-picture.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** A chunk and the chunks it imports statically (`from"./x.js"`), which the browser fetches before running it. */
function withStaticImports(assets, files) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const m of readFileSync(join(assets, f), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(m[1]);
  };
  files.forEach(visit);
  return [...seen];
}

/** The chunks a chunk imports with import() (Vite lists them in its __vite__mapDeps table). */
function dynamicImports(assets, file) {
  const table = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(readFileSync(join(assets, file), 'utf8'));
  return table ? [...table[1].matchAll(/"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]) : [];
}

/**
 * Every built chunk's size, and the JS the page loads before the editor: index.html's scripts, the chunks they
 * import (statically, or with import(): the entry only starts the worker, then imports the UI), and the interpreter
 * worker, each with the chunks it imports statically. Chunks imported with import() from the UI (Monaco) or
 * from the worker (the modules' code fetched for a program's imports) are not counted.
 */
function chunkSizes(dist) {
  const assets = join(dist, 'assets');
  const gz = (f) => gzipSync(readFileSync(join(assets, f))).length;
  console.log('\nbuilt chunks (KB; gzip at zlib\'s default level)');
  printTable(['chunk', 'KB', 'gzip KB'], readdirSync(assets).sort().map((f) => [f, kb(statSync(join(assets, f)).size), kb(gz(f))]));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const mainScript = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const workers = mainScript ? [...new Set([...readFileSync(join(assets, mainScript), 'utf8').matchAll(/(?<![\w.])worker-[\w-]+\.js/g)].map((m) => m[0]))] : [];
  const initial = withStaticImports(assets, [...entry, ...entry.flatMap((f) => dynamicImports(assets, f)), ...workers]);
  const total = initial.reduce((sum, f) => sum + gz(f), 0);
  console.log(`initial JS before Monaco (index.html's scripts with what they import, the interpreter worker with its static imports: ${initial.join(', ')}): ${kb(total)} KB gzip`);
}

/** Runs in the page before its scripts: notes when the graph is first drawn and when the editor is ready (ms from navigation). */
function watchMarks() {
  const marks = {};
  const pending = new Set();
  const watched = { graph: '.heap-graph[data-step]', editor: '.monaco-host[data-ready="true"]' };
  window.__benchMarks = marks;
  const check = () => {
    for (const [name, selector] of Object.entries(watched)) {
      if (pending.has(name) || !document.querySelector(selector)) continue;
      pending.add(name);
      // The frame that paints it.
      requestAnimationFrame(() => { marks[name] = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Cold loads: each in a fresh browser context (empty cache), timed from navigation start. */
async function coldLoads(browser, url, runs) {
  const graph = [];
  const editor = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(watchMarks);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__benchMarks.graph !== undefined && window.__benchMarks.editor !== undefined, undefined, { timeout: 120_000 });
    const marks = await page.evaluate(() => window.__benchMarks);
    graph.push(marks.graph);
    editor.push(marks.editor);
    await context.close();
  }
  return { graph, editor };
}

/** The interpreter worker's JS heap through the DevTools protocol (Runtime.getHeapUsage on the worker's target). */
async function workerHeap(browser, workerUrl) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const target = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'worker' && t.url === workerUrl);
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const waiting = new Map();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message);
      if (e.sessionId === sessionId && waiting.has(m.id)) waiting.get(m.id)(m.result);
    });
    let id = 0;
    const call = (method) => new Promise((resolve) => {
      waiting.set(++id, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
    const before = await call('Runtime.getHeapUsage');
    await call('HeapProfiler.collectGarbage');
    const after = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return { used: before.usedSize, total: before.totalSize, usedAfterGc: after.usedSize };
  } finally {
    await cdp.detach();
  }
}

/** A loop of `iterations` (two steps each): Run to its end, then jumps to random steps with the slider. */
async function runAndJump(browser, baseUrl, { iterations, stepLimit, jumps, seed }) {
  const code = `total = 0\nfor i in range(${iterations}):\n    total += i\nprint('done', total)\n`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const query = stepLimit ? `?step-limit=${stepLimit}` : '';
  await page.goto(`${baseUrl}index.html${query}#code=${lz.compressToEncodedURIComponent(code)}`);
  await page.waitForSelector('.heap-graph[data-step="0"]', { timeout: 120_000 });
  await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 120_000 });
  const workerUrl = page.workers()[0]?.url();
  const run = await page.evaluate(async () => {
    const began = performance.now();
    document.querySelector('button[aria-label="Run to the end"]').click();
    return new Promise((resolve) => {
      const check = () => {
        const out = document.querySelector('[data-testid="output"]')?.textContent ?? '';
        const shown = /(\d+) \//.exec(document.querySelector('.step-counter')?.textContent ?? '');
        const drawn = document.querySelector('.heap-graph')?.getAttribute('data-step');
        const running = document.querySelector('button[aria-label="Stop the program"]') !== null;
        if (out.includes('done ') && shown && drawn === shown[1] && !running) requestAnimationFrame(() => resolve({ ms: performance.now() - began, step: Number(shown[1]) }));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  // The scout counts the steps in the same worker; jumps are timed once it is done.
  await page.waitForFunction(() => document.querySelector('.step-counter')?.getAttribute('data-total') !== '', undefined, { timeout: 600_000 });
  const totalSteps = Number(await page.locator('.step-counter').getAttribute('data-total'));
  const memory = workerUrl ? await workerHeap(browser, workerUrl) : null;
  const random = seededRandom(seed);
  const times = [];
  let current = run.step;
  for (let i = 0; i < jumps; i++) {
    let target = current;
    while (target === current) target = 1 + Math.floor(random() * run.step);
    times.push(await page.evaluate(async (target) => {
      const slider = document.querySelector('.step-slider');
      const svg = document.querySelector('.heap-graph');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const began = performance.now();
      // The draw sets data-step inside the frame that paints it: the next frame's callback comes once it is painted.
      // (Polling data-step from a frame callback would see it one frame late: the poll runs before the draw.)
      const painted = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (svg.getAttribute('data-step') !== String(target)) return;
          observer.disconnect();
          requestAnimationFrame(resolve);
        });
        observer.observe(svg, { attributes: true, attributeFilter: ['data-step'] });
      });
      setValue.call(slider, String(target));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await painted;
      return performance.now() - began;
    }, target));
    current = target;
  }
  await context.close();
  return { runMs: run.ms, lastState: run.step, totalSteps, jumps: times, memory };
}

/** The worker's share of a jump, measured in Node (scripts/benchGoto.ts). */
async function benchGotoInNode(root, jumps) {
  const outfile = join(root, '.cache', 'bench-goto.mjs');
  await build({ entryPoints: [join(root, 'scripts', 'benchGoto.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  spawnSync(process.execPath, [outfile, String(jumps)], { stdio: 'inherit' });
}

async function benchLayout(root) {
  const outfile = join(root, '.cache', 'bench-layout.mjs');
  await build({ entryPoints: [join(root, 'scripts', 'benchLayout.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
}

export async function benchPage(root, { quick }) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('\nthe page: skipped (no dist/: run `npm run build` first)');
    return;
  }
  if (newestMtime(join(root, 'src')) > statSync(join(dist, 'index.html')).mtimeMs) console.log('\nnote: src/ changed after the last build: these page numbers are for the older dist/ (run `npm run build`)');
  chunkSizes(dist);
  if (!existsSync(CHROMIUM)) {
    console.log(`the page in Chromium: skipped (no ${CHROMIUM})`);
    return;
  }
  const loads = quick ? 3 : 5;
  // p95 of 10 jumps would be their slowest one.
  const jumps = quick ? 30 : 60;
  const { preview } = await import('vite');
  const { chromium } = await import('playwright-core');
  // BENCH_PORT: sessions sharing a machine each bench on their own ports (the page's server and the picture's, one above).
  const port = Number(process.env.BENCH_PORT ?? 4391);
  const server = await preview({ root, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
  const baseUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  try {
    console.log(`\nthe page in headless Chromium (local preview server; times to the frame that paints it)`);
    const page = await coldLoads(browser, `${baseUrl}index.html`, loads);
    const embed = await coldLoads(browser, `${baseUrl}index.html?embed=1`, loads);
    console.log(`cold load, median of ${loads} (fresh browser context each), ms from navigation start:`);
    printTable(['page', 'graph drawn', 'editor ready'], [
      ['playground (index.html, default lesson)', ms(median(page.graph)), ms(median(page.editor))],
      ['embed (index.html?embed=1)', ms(median(embed.graph)), ms(median(embed.editor))],
    ]);
    const rows = [];
    for (const [label, iterations, stepLimit] of [['10^6 steps', 500_000, null], ['10^7 steps', 5_000_000, 20_000_000]]) {
      const r = await runAndJump(browser, baseUrl, { iterations, stepLimit, jumps, seed: 12 });
      rows.push([label, r.totalSteps.toLocaleString('en-US'), ms(r.runMs), ms(r.jumps[0]), ms(percentile(r.jumps, 50)), ms(percentile(r.jumps, 95)),
        r.memory ? `${mb(r.memory.used)} / ${mb(r.memory.usedAfterGc)}` : 'not measured']);
    }
    console.log(`\na loop of N/2 iterations (2 steps each), opened cold; Run clicked once the editor is ready; then ${jumps} jumps`);
    console.log(`with the slider to seeded random steps (time to the frame after the one that draws that step: it is painted); worker heap after the run`);
    console.log(`(Runtime.getHeapUsage on the worker: used / used after a forced GC). The 10^7 page has ?step-limit=20000000.`);
    // The first jump is the reader's first wait (the code for copies of checkpoints compiled or not yet).
    printTable(['program', 'steps', 'run to end ms', 'first jump ms', 'jump p50 ms', 'jump p95 ms', 'worker heap MB'], rows);
  } finally {
    await browser.close();
    await server.close();
  }
  await benchGotoInNode(root, jumps);
  await benchLayout(root);
  const sizes = quick ? [300, 2000] : [300, 2000, 20000];
  printPicture(await benchPicture(root, port + 1, sizes));
}
