// Browser test harness: serves the built site with Vite's preview server and drives Debian's Chromium.

import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compressToEncodedURIComponent } from 'lz-string';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  server: PreviewServer;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/** Each file has its own port; HARNESS_PORT puts every server on one (a session given its own ports). */
export async function startHarness(filePort = 4317): Promise<Harness> {
  const port = process.env.HARNESS_PORT ? Number(process.env.HARNESS_PORT) : filePort;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // CORS lets a sandboxed (opaque-origin) frame load the scripts, as the README asks of static hosts.
  const server = await preview({ preview: { port, strictPort: false, host: '127.0.0.1', cors: true }, logLevel: 'error' });
  const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server, browser, baseUrl: address,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the playground with a program in the URL hash and waits for the first snapshot. */
export async function openProgram(h: Harness, code: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await h.browser.newPage({ viewport });
  await page.goto(`${h.baseUrl}#code=${compressToEncodedURIComponent(code)}`);
  await page.waitForSelector('.step-counter');
  await page.waitForFunction(() => document.querySelector('.heap-graph')?.getAttribute('data-object-count') !== null);
  return page;
}

/**
 * Moves the step slider to `step` once the run has got that far: until then the slider's max is lower and the
 * browser clamps the value to it (on a busy machine the run may still be going when the first graph is drawn).
 */
export async function slideTo(page: Page, step: number): Promise<void> {
  await page.waitForFunction((n) => {
    const slider = document.querySelector<HTMLInputElement>('.step-slider');
    return slider !== null && !slider.disabled && Number(slider.max) >= n;
  }, step);
  await page.locator('.step-slider').fill(String(step));
}

/** Clicks a button by its accessible name and waits for the step counter or graph to settle. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name }).first().click();
  await page.waitForTimeout(150);
}

export async function objects(page: Page, type: string): Promise<{ id: string; refcount: number; state: string }[]> {
  return page.$$eval(`.heap-object[data-type="${type}"]`, (els) => els.filter((e) => e.getAttribute('data-state') !== 'freed').map((e) => ({
    id: e.getAttribute('data-object-id')!, refcount: Number(e.getAttribute('data-refcount')), state: e.getAttribute('data-state')!,
  })));
}

export async function stepTo(page: Page, step: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const text = await page.locator('.step-counter').innerText();
    const current = Number(/Step (\d+)/.exec(text)![1]);
    if (current === step) {
      await page.waitForSelector(`.heap-graph[data-step="${step}"]`);
      return;
    }
    await press(page, current < step ? 'Step forward' : 'Back one step');
  }
  throw new Error(`could not reach step ${step}`);
}

/**
 * page.screenshot once the graph has settled: a step moves the boxes and fades the edges back in after the move
 * (renderer.ts), so a screenshot taken right after a step showed boxes without their arrows. Waits at most 2 s,
 * then takes it anyway: a screenshot is for looking at, not an assertion.
 */
export async function screenshot(page: Page, options: Parameters<Page['screenshot']>[0]): Promise<void> {
  await page
    .waitForFunction(() => [...document.querySelectorAll('path.edge')].every((e) => getComputedStyle(e).opacity === '1'), undefined, { timeout: 2000 })
    .catch(() => undefined);
  await page.screenshot(options);
}
