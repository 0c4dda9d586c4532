// The picture's speed in Chromium: step to painted frame at 300, 2,000 and 20,000 objects (p50/p95), and the
// longest task the page ran meanwhile. Used by `npm run bench`; needs a build (dist/) and /usr/bin/chromium.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import lz from 'lz-string';
import { percentile } from './bench-stats.mjs';

const DEFAULT_SIZES = (process.env.PICTURE_SIZES ?? '300,2000,20000').split(',').map(Number);
const STEPS = 24;

function program(n) {
  return `class P:\n    def __init__(self, i):\n        self.i = i\n        self.tag = [i]\n\nitems = [P(i) for i in range(${n})]\ntotal = 0\nfor k in range(${STEPS}):\n    total += k\nprint(total)\n`;
}

export async function benchPicture(root, port = 4392, sizes = DEFAULT_SIZES) {
  const server = await preview({ root, preview: { port, host: '127.0.0.1' }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows = [];
  for (const n of sizes) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (process.env.BENCH_DEBUG) console.log('size', n);
    await page.goto(`http://127.0.0.1:${port}/index.html#code=${lz.compressToEncodedURIComponent(program(n))}`);
    await page.waitForSelector('.heap-graph[data-step="0"]');
    // Jump to the loop at the end (the list is built), then step through it.
    await page.waitForFunction(() => /\/ \d+/.test(document.querySelector('.step-counter')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const total = Number(/\/ (\d+)/.exec(await page.locator('.step-counter').innerText())[1]);
    const start = total - 2 * STEPS - 4;
    await page.locator('.step-slider').fill(String(start));
    await page.waitForSelector(`.heap-graph[data-step="${start}"]`, { timeout: 120_000 });
    await page.evaluate(() => {
      const w = window;
      w.__longest = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration); }).observe({ entryTypes: ['longtask'] });
    });
    const times = [];
    for (let i = 1; i <= STEPS; i++) {
      const t = await page.evaluate(async (target) => {
        const svg = document.querySelector('.heap-graph');
        const began = performance.now();
        // Set in the frame that paints it; the next frame's callback comes once that one is painted.
        const painted = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (svg.getAttribute('data-step') !== String(target)) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve());
          });
          observer.observe(svg, { attributes: true, attributeFilter: ['data-step'] });
        });
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await painted;
        return performance.now() - began;
      }, start + i);
      times.push(t);
    }
    const longest = await page.evaluate(() => window.__longest);
    const boxes = Number(await page.locator('.heap-graph').getAttribute('data-object-count'));
    rows.push({ n, p50: percentile(times, 50), p95: percentile(times, 95), longest, boxes });
    await page.close();
  }
  await browser.close();
  await server.close();
  return rows;
}

export function printPicture(rows) {
  console.log(`\nthe picture in Chromium: step to painted frame (ms) over ${STEPS} steps, longest task while stepping`);
  console.log('objects'.padStart(8), 'boxes'.padStart(6), 'p50'.padStart(7), 'p95'.padStart(7), 'longest task'.padStart(13));
  for (const r of rows) console.log(String(r.n).padStart(8), String(r.boxes).padStart(6), r.p50.toFixed(0).padStart(7), r.p95.toFixed(0).padStart(7), r.longest.toFixed(0).padStart(13));
}
