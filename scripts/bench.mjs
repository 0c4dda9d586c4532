// `npm run bench`: runs each bench/*.py through our CLI and through python3 in the same run and prints the time ratios.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBundle } from './run-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const cli = await ensureCliBundle();
const RUNS = 3;

function timeOf(cmd, args) {
  let best = Infinity;
  let output = '';
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    output = r.stdout;
    best = Math.min(best, ms);
  }
  return { ms: best, output };
}

const rows = [];
for (const file of readdirSync(benchDir).filter((f) => f.endsWith('.py')).sort()) {
  const path = join(benchDir, file);
  const ours = timeOf(process.execPath, [cli, path]);
  const cpython = timeOf('python3', [path]);
  const same = ours.output === cpython.output;
  rows.push({ file, ours: ours.ms, cpython: cpython.ms, ratio: ours.ms / cpython.ms, same });
}
console.log('program'.padEnd(22), 'ours ms'.padStart(10), 'python3 ms'.padStart(11), 'ratio'.padStart(7), ' same output');
for (const r of rows) {
  console.log(r.file.padEnd(22), r.ours.toFixed(0).padStart(10), r.cpython.toFixed(0).padStart(11), r.ratio.toFixed(2).padStart(7), ' ' + (r.same ? 'yes' : 'NO'));
}
const ratios = rows.map((r) => r.ratio).sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)];
console.log(`median ratio (ours / python3, best of ${RUNS}, process start included): ${median.toFixed(2)} (target <= 3)`);
if (rows.some((r) => !r.same)) process.exitCode = 1;

// The embed's first load: navigation to a runnable program with the graph drawn (the editor follows lazily).
import { readdirSync as listDir, readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dist = join(root, 'dist', 'assets');
if (existsSync(dist)) {
  console.log('\nbuilt chunks (bytes, gzip):');
  for (const f of listDir(dist).sort()) {
    const buf = readFileSync(join(dist, f));
    console.log(`  ${f.padEnd(36)} ${String(statSync(join(dist, f)).size).padStart(9)} ${String(gzipSync(buf).length).padStart(8)}`);
  }
  if (existsSync('/usr/bin/chromium')) {
    const { preview } = await import('vite');
    const { chromium } = await import('playwright-core');
    const server = await preview({ root, preview: { port: 4391, host: '127.0.0.1' }, logLevel: 'error' });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const times = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      const start = Date.now();
      await page.goto('http://127.0.0.1:4391/index.html?embed=1');
      await page.waitForSelector('.heap-graph[data-step]');
      const graphMs = Date.now() - start;
      await page.waitForSelector('.monaco-host[data-ready="true"]');
      times.push([graphMs, Date.now() - start]);
      await page.close();
    }
    await browser.close();
    await server.close();
    const best = times.sort((a, b) => a[0] - b[0])[0];
    console.log(`embed first load: graph drawn in ${best[0]} ms, editor ready in ${best[1]} ms (best of 3, local preview server)`);
    const { build: bundle } = await import('esbuild');
    const layoutBench = join(root, '.cache', 'bench-layout.mjs');
    await bundle({ entryPoints: [join(root, 'scripts', 'benchLayout.ts')], bundle: true, platform: 'node', format: 'esm', outfile: layoutBench, logLevel: 'error' });
    spawnSync(process.execPath, [layoutBench], { stdio: 'inherit' });
    const { benchPicture, printPicture } = await import('./bench-picture.mjs');
    printPicture(await benchPicture(root));
  }
} else {
  console.log('\n(run `npm run build` first to measure the built chunks and the embed first load)');
}
