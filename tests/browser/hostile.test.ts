// Hostile programs in the page: each ends with CPython's error or output and a message in words, and the page
// keeps answering meanwhile: timers on the main thread fire within MAX_LATENCY_MS. While the program runs the
// main thread is idle; the one busy moment is the end of the run, when editor, output and graph repaint (60-105 ms
// on the 2-core machine of 2026-11-30; 160-320 ms on the one of 2026-12-01 for the same code, the worst of a
// million-line print and of a RecursionError, measured; 420-540 ms on 2026-12-01 while a vitest run shared the two
// cores, before this session's changes too). The repaint is Chromium's style, layout and paint (a CPU profile of the
// million-line run: 1.5 s of "(program)" against 0.3 s of our JS over the whole run). A page that froze shows seconds.
const MAX_LATENCY_MS = 700;
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, openProgram, type Harness } from './harness';
import type { Page } from 'playwright-core';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4321);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/** Starts measuring how late main-thread timers fire; the returned function stops and gives the worst lateness. */
async function watchLatency(page: Page): Promise<() => Promise<number>> {
  // The editor's first load is one long task of its own: measure the run, not Monaco starting.
  await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const w = window as unknown as { __worst: number; __watching: boolean };
    w.__worst = 0;
    w.__watching = true;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__worst = Math.max(w.__worst, now - last - 20);
      last = now;
      if (w.__watching) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  });
  return async () => page.evaluate(() => {
    const w = window as unknown as { __worst: number; __watching: boolean };
    w.__watching = false;
    return w.__worst;
  });
}

describe('hostile programs in the page', () => {
  it('prints a million lines, keeps the last ones and says how many were dropped, and stays responsive', async () => {
    const page = await openProgram(h, 'for i in range(1000000):\n    print(i)\n');
    const stop = await watchLatency(page);
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent?.endsWith('999999\n'), undefined, { timeout: 90_000 });
    expect(await stop()).toBeLessThan(MAX_LATENCY_MS);
    const dropped = await page.getByTestId('dropped-lines').innerText();
    expect(dropped).toBe('… 999,000 earlier lines not shown');
    expect((await page.getByTestId('output').innerText()).split('\n')[0]).toBe('999000');
    await page.close();
  }, 120_000);

  it('ends runaway recursion with CPython\'s RecursionError and stays responsive', async () => {
    const page = await openProgram(h, 'def f(n):\n    return f(n + 1)\n\nf(0)\n');
    const stop = await watchLatency(page);
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="stderr"]')?.textContent?.includes('RecursionError: maximum recursion depth exceeded'), undefined, { timeout: 60_000 });
    expect(await stop()).toBeLessThan(MAX_LATENCY_MS);
    expect(await page.getByTestId('stderr').innerText()).toContain('[Previous line repeated 996 more times]');
    expect(await page.locator('.editor-error').innerText()).toContain('RecursionError');
    await page.close();
  }, 90_000);

  it('turns a memory bomb into MemoryError in words and stays responsive', async () => {
    const page = await openProgram(h, 'hog = []\nwhile True:\n    hog.append([0] * 100000)\n');
    const stop = await watchLatency(page);
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="stderr"]')?.textContent?.includes('MemoryError'), undefined, { timeout: 90_000 });
    expect(await stop()).toBeLessThan(MAX_LATENCY_MS);
    expect(await page.locator('.editor-error').innerText()).toContain('MemoryError on line 3');
    await page.close();
  }, 120_000);
});
