import { preview } from 'vite';
import { chromium } from 'playwright-core';
const root = '/work/main';
const port = 4399;
const server = await preview({ root, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page0 = process.argv[2] ?? 'wexp.html';
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/${page0}`);
  await page.waitForFunction(() => performance.getEntriesByName('page:first-view').length > 0 || performance.getEntriesByName('page:first-graph-drawn').length > 0, undefined, { timeout: 60000 });
  const p = await page.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]) }));
  const w = page.workers()[0];
  const wm = await w.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]) }));
  const d = wm.origin - p.origin;
  console.log(JSON.stringify([...p.marks, ['w:origin', Math.round(d)], ...wm.marks.map(([n, s]) => [n, Math.round(s + d)])].sort((a,b)=>a[1]-b[1]).map(([n,s])=>`${n}=${s}`).join(' ')));
  await ctx.close();
}
await browser.close(); await server.close();
