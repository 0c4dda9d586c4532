import { preview } from 'vite';
import { chromium } from 'playwright-core';
import lz from 'lz-string';
const code = process.argv[2].replace(/\\n/g, '\n');
const server = await preview({ preview: { port: 4395, host: '127.0.0.1' }, build: { outDir: process.env.OUTDIR ?? 'dist' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`http://127.0.0.1:4395/#code=${lz.compressToEncodedURIComponent(code)}`);
await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30000 });
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
await page.getByRole('button', { name: 'Run to the end' }).click();
await page.waitForTimeout(5000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime; const times = profile.timeDeltas.map((d) => (t += d));
const name = (n) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
// busy runs
let runs = []; let start = null, last = null, samples = [];
profile.samples.forEach((s, i) => {
  const n = byId.get(s); const idle = n.callFrame.functionName === '(idle)';
  if (!idle) { if (start === null) { start = times[i]; samples = []; } last = times[i]; samples.push(s); }
  else if (start !== null) { runs.push({ start, end: last, samples }); start = null; }
});
runs = runs.filter((r) => r.end - r.start > 40000).sort((a, b) => (b.end - b.start) - (a.end - a.start)).slice(0, 2);
for (const r of runs) {
  console.log('busy run', Math.round((r.end - r.start) / 1000), 'ms');
  const incl = {};
  for (const s of r.samples) { const seen = new Set(); for (let id = s; id; id = parent.get(id)) { const k = name(byId.get(id)); if (!seen.has(k)) { incl[k] = (incl[k] || 0) + 1; seen.add(k); } } }
  console.log(Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / r.samples.length * 100).toFixed(0)}% ${k}`).join('\n'));
}
await browser.close(); await server.close();
