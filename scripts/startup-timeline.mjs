// `node scripts/startup-timeline.mjs ['index.html?embed=1' [runs]]`: where a cold load's time goes on the way to the
// first drawn graph, from the built site (dist/) in headless Chromium: resource timings of the page and the worker,
// and the performance marks of src/worker/startupMarks.ts (worker marks moved onto the page's clock). Medians, ms
// from navigation start. Port: BENCH_PORT (default 4391).
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 4391);
const server = await preview({ root, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const url = base + (process.argv[2] ?? 'index.html?embed=1');
const runs = Number(process.argv[3] ?? 5);
const all = [];
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('page:first-graph-drawn').length > 0, undefined, { timeout: 60000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const p = await page.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.startTime, r.responseEnd]), nav: performance.getEntriesByType('navigation').map((n) => [n.responseEnd, n.domContentLoadedEventEnd]) }));
  const w = page.workers()[0];
  const wm = w ? await w.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]), res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.startTime, r.responseEnd]) })) : null;
  const row = {};
  row['nav responseEnd'] = p.nav[0][0];
  for (const [n, s, e] of p.res) { row['res ' + n.replace(/-[\w_]{8}\.js/, '.js') + ' start'] = s; row['res ' + n.replace(/-[\w_]{8}\.js/, '.js') + ' end'] = e; }
  if (wm) { const d = wm.origin - p.origin; row['worker timeOrigin'] = d; for (const [n, s] of wm.marks) row[n] = s + d; for (const [n, s, e] of wm.res) { row['wres ' + n.replace(/-[\w_]{8}\.js/, '.js')+' end'] = e + d; } }
  for (const [n, s] of p.marks) row[n] = s;
  all.push(row);
  await ctx.close();
}
const keys = [...new Set(all.flatMap((r) => Object.keys(r)))];
const med = (xs) => { const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const rows = keys.map((k) => [k, med(all.map((r) => r[k]))]).sort((a, b) => a[1] - b[1]);
for (const [k, v] of rows) console.log(v.toFixed(0).padStart(6), k);
await browser.close(); await server.close();
