import { preview } from 'vite';
import { chromium } from 'playwright-core';
const port = 4398;
const server = await preview({ root: '/work/main', preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/pexp.html`);
  await page.waitForFunction(() => performance.getEntriesByName('page:first-view').length > 0, undefined, { timeout: 60000 });
  const p = await page.evaluate(() => ({ marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]), res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]) }));
  console.log(JSON.stringify(p));
  await ctx.close();
}
await browser.close(); await server.close();
