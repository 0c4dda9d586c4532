import { preview } from 'vite';
import { chromium } from 'playwright-core';
import lz from 'lz-string';
const code = process.argv[2].replace(/\\n/g, '\n');
const server = await preview({ preview: { port: 4394, host: '127.0.0.1' }, build: { outDir: process.env.OUTDIR ?? 'dist' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`http://127.0.0.1:4394/#code=${lz.compressToEncodedURIComponent(code)}`);
await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30000 });
await page.waitForTimeout(500);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.getByRole('button', { name: 'Run to the end' }).click();
await page.waitForTimeout(5000);
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents ?? trace;
const names = {}; for (const e of events) if (e.name === 'thread_name') names[e.tid] = e.args.name;
const mainTid = Object.keys(names).find((k) => names[k] === 'CrRendererMain');
const tasks = events.filter((e) => e.name === 'RunTask' && String(e.tid) === mainTid && e.dur > 30000);
for (const t of tasks) {
  const inside = events.filter((e) => String(e.tid) === mainTid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e !== t && e.dur > 2000);
  console.log(Math.round(t.dur / 1000), 'ms task');
  for (const e of inside.slice(0, 25)) console.log('  ', e.name, Math.round(e.dur / 1000), JSON.stringify(e.args?.beginData ?? e.args?.data ?? {}).slice(0, 160));
}
await browser.close(); await server.close();
