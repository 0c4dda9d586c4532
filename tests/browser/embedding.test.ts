// Embedding in Chromium: the demo article on one origin drives playgrounds served from another; origins are enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, SCREENSHOT_DIR, openProgram, stepTo, type Harness, screenshot } from './harness';
import type { Page } from 'playwright-core';

let h: Harness;
let hostBase: string;
let playgroundBase: string;
beforeAll(async () => {
  h = await startHarness(4318);
  const url = new URL(h.baseUrl);
  playgroundBase = `http://127.0.0.1:${url.port}/`;
  hostBase = `http://localhost:${url.port}/`;
}, 60_000);
afterAll(async () => {
  await h?.close();
});

type Seen = { type: string; channel: string; height?: number; objects?: { type: string; state: string; refcount: number }[]; step?: number };
const messages = (page: Page) => page.evaluate(() => (window as unknown as { pymemMessages: unknown[] }).pymemMessages as Seen[]);

async function openDemo(): Promise<Page> {
  const page = await h.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${hostBase}demo/?playground=${encodeURIComponent(playgroundBase + 'index.html')}`);
  return page;
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${(v.nodes as { target: string[] }[]).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('embedding', () => {
  it('loads the demo article; every playground says ready and reports a height', async () => {
    const page = await openDemo();
    const channels = await page.$$eval('iframe', (els) => els.map((e) => (e as HTMLIFrameElement).dataset.channel!));
    expect(channels.length).toBeGreaterThanOrEqual(7);
    await page.waitForFunction((n) => {
      const seen = (window as unknown as { pymemMessages: { type: string; channel: string; height?: number }[] }).pymemMessages;
      const ready = new Set(seen.filter((m) => m.type === 'ready').map((m) => m.channel));
      const sized = new Set(seen.filter((m) => m.type === 'resize' && (m.height ?? 0) > 0).map((m) => m.channel));
      return ready.size === n && sized.size === n;
    }, channels.length, { timeout: 45_000 });
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'demo-article.png') });
    await page.close();
  }, 60_000);

  it('is driven from the host: load the cycle, go to the end, collect', async () => {
    const page = await openDemo();
    await page.waitForFunction(() => (window as unknown as { pymemMessages: { type: string; channel: string }[] }).pymemMessages.some((m) => m.type === 'ready' && m.channel === 'cycles'), undefined, { timeout: 45_000 });
    await page.click('#host-load');
    await page.click('#host-end');
    await page.waitForFunction(() => document.getElementById('host-log')!.textContent!.includes('unreachable'), undefined, { timeout: 20_000 });
    // On a loaded machine the end's view can arrive before the run's length is counted: the bridge then posts
    // the same step again with the length (CI saw a last state without it once).
    await page.waitForFunction(() => {
      const seen = (window as unknown as { pymemMessages: { type: string; channel: string; totalSteps?: number | null }[] }).pymemMessages;
      return seen.filter((m) => m.channel === 'cycles' && m.type === 'state').at(-1)?.totalSteps != null;
    }, undefined, { timeout: 20_000 });
    const lastState = (await messages(page)).filter((m) => m.channel === 'cycles' && m.type === 'state').at(-1)! as Seen & { totalSteps: number | null };
    expect(lastState.objects!.filter((o) => o.type === 'list')).toEqual([
      expect.objectContaining({ refcount: 1, state: 'unreachable' }),
      expect.objectContaining({ refcount: 1, state: 'unreachable' }),
    ]);
    // Every state message, once the length is known, carries it, and each carries the step's narration.
    const states = (await messages(page)).filter((m) => m.channel === 'cycles' && m.type === 'state') as (Seen & { totalSteps: number | null; narration: string; event: string })[];
    // (Only a fresh load, at step 0, forgets the length until its run is counted.)
    const forgotten = states.filter((m, i) => i > 0 && m.totalSteps === null && states[i - 1].totalSteps !== null && m.step !== 0);
    expect(forgotten).toEqual([]);
    expect(lastState.totalSteps).not.toBeNull();
    expect(lastState).toMatchObject({ event: 'return', narration: expect.stringContaining('final state') });
    await page.click('#host-collect');
    await page.waitForFunction(() => document.getElementById('host-log')!.textContent!.includes('no lists'), undefined, { timeout: 20_000 });
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'demo-driven.png') });
    await page.close();
  }, 60_000);

  it('gives no answer to a page whose origin is not allowed', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${hostBase}demo/`);
    await page.evaluate((base) => {
      document.body.innerHTML = '';
      const f = document.createElement('iframe');
      f.id = 'foreign';
      f.src = `${base}index.html?embed=1&channel=x&origin=${encodeURIComponent('https://allowed.example')}`;
      document.body.appendChild(f);
      (window as unknown as { got: unknown[] }).got = [];
      window.addEventListener('message', (e) => {
        if ((e.data as { channel?: string })?.channel === 'x') (window as unknown as { got: unknown[] }).got.push(e.data);
      });
    }, playgroundBase);
    await page.waitForTimeout(2500);
    await page.evaluate((base) => {
      const f = document.getElementById('foreign') as HTMLIFrameElement;
      f.contentWindow!.postMessage({ source: 'pymem', version: 1, channel: 'x', type: 'get-state' }, new URL(base).origin);
    }, playgroundBase);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { got: unknown[] }).got)).toEqual([]);
    await page.close();
  }, 30_000);

  it('shows printed HTML as text', async () => {
    const page = await openProgram(h, 'print("<img src=x onerror=alert(1)>")\n');
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await stepTo(page, 1);
    expect(await page.getByTestId('output').innerText()).toBe('<img src=x onerror=alert(1)>\n');
    expect(await page.locator('.output-pane img').count()).toBe(0);
    expect(alerted).toBe(false);
    await page.close();
  }, 30_000);

  it('has no serious or critical accessibility violations (axe-core) on the playground and the demo article', async () => {
    const page = await openProgram(h, 'a = []\nb = [a]\n');
    await stepTo(page, 2);
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    const demo = await openDemo();
    await demo.waitForTimeout(1000);
    expect(await seriousViolations(demo)).toEqual([]);
    await demo.close();
  }, 60_000);

  it('works inside a sandboxed iframe without storage', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${hostBase}demo/`);
    await page.evaluate((base) => {
      document.body.innerHTML = '';
      const f = document.createElement('iframe');
      f.setAttribute('sandbox', 'allow-scripts');
      f.width = '700';
      f.height = '450';
      f.src = `${base}index.html?embed=1&channel=s#code=MYewdgrgtgBAlgEwDYFMC2KCSA`;
      document.body.appendChild(f);
    }, playgroundBase);
    const frame = page.frameLocator('iframe');
    await frame.locator('.step-counter').waitFor({ timeout: 20_000 });
    await frame.getByRole('button', { name: 'Step forward' }).click();
    await frame.locator('.heap-graph[data-step="1"]').waitFor({ timeout: 10_000 });
    await page.close();
  }, 30_000);
});

describe('languages', () => {
  it('shows the playground in Bahasa Indonesia with lang=id, keeping Python\'s messages in English', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.baseUrl}?lang=id#code=${encodeURIComponent('A4JwlgdgLgBAbghgGwK4FMgAA')}`);
    await page.getByRole('button', { name: /Jalankan sampai selesai/ }).waitFor();
    expect(await page.locator('.step-counter').innerText()).toMatch(/^Langkah \d+/);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'bahasa-indonesia.png') });
    await page.close();
  }, 30_000);
});
