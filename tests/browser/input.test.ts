// input() in Chromium: the page asks in a box of its own, the answer is part of the step history, and an embed
// can give the lines in its URL so nothing is asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { startHarness, openProgram, press, type Harness, screenshot } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4322);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const GREET = "name = input('Name? ')\nprint('Hi', name)\n";
const stdout = (page: Page) => page.getByTestId('output').innerText();
const step = async (page: Page) => Number(/Step (\d+)/.exec(await page.locator('.step-counter').innerText())![1]);

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Serious accessibility problems of the elements matching `selector` (the whole page: 'html'). */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: string, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(sel, { resultTypes: ['violations'] });
  }, selector);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs GREET until the box asks, answers Ada with Enter, and waits for the end. */
async function askAndAnswer(page: Page, shot: string): Promise<void> {
  expect(await page.getByTestId('input-box').count()).toBe(0);
  await press(page, 'Run to the end');
  const box = page.getByRole('textbox', { name: /Name\?/ });
  await box.waitFor();
  expect(await stdout(page)).toBe('Name? ');
  await page.waitForFunction(() => document.querySelector('.step-counter')!.textContent!.includes('known after input'));
  // Focus moved to the box: typing goes there.
  expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);
  expect(await seriousViolations(page, '.input-box')).toEqual([]);
  await screenshot(page, { path: `/work/scratch/input-${shot}.png` });
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent === 'Name? Hi Ada\n');
  expect(await page.getByTestId('input-box').count()).toBe(0);
}

describe('input() in the page', () => {
  it('asks in a box, goes on with the answer, and Back then Forward does not ask again', async () => {
    const page = await openProgram(h, GREET, { width: 1400, height: 900 });
    await askAndAnswer(page, 'desktop');
    expect(await seriousViolations(page, 'html')).toEqual([]);
    const end = await step(page);
    await press(page, 'Back one step');
    await press(page, 'Back one step');
    await page.waitForFunction((s) => /Step (\d+)/.exec(document.querySelector('.step-counter')!.textContent!)![1] === String(s), end - 2);
    expect(await stdout(page)).toBe('');
    await press(page, 'Step forward');
    await press(page, 'Step forward');
    await page.waitForFunction((s) => /Step (\d+)/.exec(document.querySelector('.step-counter')!.textContent!)![1] === String(s), end);
    expect(await page.getByTestId('input-box').count()).toBe(0);
    expect(await stdout(page)).toBe('Name? Hi Ada\n');
    await page.close();
  });

  it('asks in a 360x640 embed, and a Step interrupted by input() is taken once answered', async () => {
    const page = await h.browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${h.baseUrl}?embed=1#code=${compressToEncodedURIComponent(GREET)}`);
    await page.waitForSelector('.step-counter');
    await askAndAnswer(page, 'embed-360');
    await press(page, 'Reset to the start');
    await page.waitForFunction(() => /Step 0\b/.test(document.querySelector('.step-counter')!.textContent!));
    await press(page, 'Step forward');
    const box = page.getByRole('textbox', { name: /Name\?/ });
    await box.waitFor();
    const fits = await box.evaluate((e) => e.getBoundingClientRect().right <= window.innerWidth);
    expect(fits).toBe(true);
    await box.fill('Bo');
    await box.press('Enter');
    await page.waitForFunction(() => /Step 1\b/.test(document.querySelector('.step-counter')!.textContent!));
    expect(await stdout(page)).toBe('Name? ');
    await press(page, 'Step forward');
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent === 'Name? Hi Bo\n');
    await page.close();
  });

  it('runs an embed with stdin=Ada to the end without a box', async () => {
    const page = await h.browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${h.baseUrl}?embed=1&autorun=1&stdin=Ada#code=${compressToEncodedURIComponent(GREET)}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent === 'Name? Hi Ada\n', undefined, { timeout: 20_000 });
    expect(await page.getByTestId('input-box').count()).toBe(0);
    await page.close();
  });

  it('asks in the top bar of an embed without the output pane', async () => {
    const page = await h.browser.newPage({ viewport: { width: 700, height: 450 } });
    await page.goto(`${h.baseUrl}?embed=1&panes=editor,graph#code=${compressToEncodedURIComponent(GREET)}`);
    await page.waitForSelector('.step-counter');
    await press(page, 'Run to the end');
    const box = page.getByRole('textbox', { name: /Name\?/ });
    await box.waitFor();
    expect(await page.locator('.topbar [data-testid="input-box"]').count()).toBe(1);
    await screenshot(page, { path: '/work/scratch/input-no-output-pane.png' });
    await box.press('A');
    await box.press('Enter');
    await page.getByTestId('input-box').waitFor({ state: 'detached' });
    await page.close();
  });

  it('takes stdin lines from a host\'s load message, and tells the host when input() waits', async () => {
    const page = await h.browser.newPage({ viewport: { width: 900, height: 700 } });
    await page.goto(`${h.baseUrl}demo/`);
    type State = { type: string; channel: string; stdout?: string; waitingForInput?: string | null };
    await page.evaluate((src) => {
      document.body.innerHTML = '';
      const w = window as unknown as { seen: unknown[] };
      w.seen = [];
      window.addEventListener('message', (e) => w.seen.push(e.data));
      const frame = document.createElement('iframe');
      frame.id = 'pg';
      frame.style.width = '600px';
      frame.style.height = '500px';
      frame.src = src;
      document.body.appendChild(frame);
    }, `${h.baseUrl}index.html?embed=1&channel=in`);
    const seen = () => page.evaluate(() => (window as unknown as { seen: State[] }).seen);
    // The demo's own frames, removed above, may still have messages on their way (their channels are others): the
    // load is sent once this frame's bridge says it is ready, else it could arrive before anyone listens.
    await expect.poll(async () => (await seen()).some((m) => m.type === 'ready' && m.channel === 'in'), { timeout: 30_000 }).toBe(true);
    const load = (extra: object) => page.evaluate((m) => (document.getElementById('pg') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'),
      { source: 'pymem', version: 1, channel: 'in', type: 'load', code: GREET, run: true, ...extra });
    // On a timeout, the last states the host saw are in the message.
    const reported = async (wanted: (m: State) => boolean) => {
      try {
        await expect.poll(async () => (await seen()).some((m) => m.type === 'state' && m.channel === 'in' && wanted(m)), { timeout: 20_000 }).toBe(true);
      } catch (e) {
        const states = (await seen()).filter((m) => m.type !== 'resize').slice(-4);
        throw new Error(`${(e as Error).message}\nlast messages: ${JSON.stringify(states)}`);
      }
    };
    await load({ stdin: 'Ada\n' });
    await reported((m) => m.stdout === 'Name? Hi Ada\n' && m.waitingForInput === null);
    await load({ stdin: '' });
    await reported((m) => m.waitingForInput === 'Name? ' && m.stdout === 'Name? ');
    await page.close();
  });
});
