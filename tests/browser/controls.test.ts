// The controls, the collector's replay and the embeds in Chromium: shortcuts from the first moment and never
// twice, feedback on copy and toggles, the step limit in words, a collection replayed phase by phase, a
// disabled gc made visible, embeds that fit, the dark theme reaching the editor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compressToEncodedURIComponent } from 'lz-string';
import { startHarness, openProgram, slideTo, SCREENSHOT_DIR, type Harness, screenshot } from './harness';
import { currentStep, settled } from './picture';
import type { Page } from 'playwright-core';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4320);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const CYCLE = 'import gc\nclass Person:\n    def __init__(self, name):\n        self.name = name\n        self.friend = None\n\na = Person("Ana")\nb = Person("Budi")\na.friend = b\nb.friend = a\ndel a, b\nprint("garbage now")\n';

async function openEmbed(code: string, query: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await h.browser.newPage({ viewport });
  await page.goto(`${h.baseUrl}?${query}#code=${compressToEncodedURIComponent(code)}`);
  await page.waitForSelector('.heap-graph[data-step]');
  return page;
}

describe('controls in Chromium', () => {
  it('steps with the arrow keys as soon as the page loads, and once per key on the slider', async () => {
    const page = await openProgram(h, 'a = 1\nb = 2\nc = 3\nd = 4\n');
    await page.keyboard.press('ArrowRight');
    await settled(page, 1);
    await page.locator('.step-slider').focus();
    await page.keyboard.press('ArrowRight');
    await settled(page, 2);
    await page.waitForTimeout(300);
    expect((await currentStep(page)).step).toBe(2);
    await page.close();
  }, 60_000);

  it('practises jumps once the run is known, and the reader stays on the step they were on', async () => {
    const page = await openProgram(h, 'total = 0\nfor i in range(3000):\n    total += i\nprint(total)\n');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await settled(page, 4);
    const worker = page.workers()[0];
    // The worker marks the practice when it is done (src/worker/workerLoop.ts: rehearse).
    await expect.poll(() => worker.evaluate(() => performance.getEntriesByName('worker:jumps-rehearsed').length), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(200);
    expect(await page.locator('.heap-graph').getAttribute('data-step')).toBe('4');
    expect((await currentStep(page)).step).toBe(4);
    // The next step is the one after the reader's, drawn as usual.
    await page.keyboard.press('ArrowRight');
    await settled(page, 5);
    await page.close();
  }, 60_000);

  it('leaves the editor with Escape then Tab (Tab alone indents)', async () => {
    const page = await openProgram(h, 'x = 1\n');
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.editor-pane'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.editor-pane'))).toBe(false);
    await page.close();
  }, 60_000);

  it('says Copied on Share and Embed, and shows the Shared objects toggle\'s state', async () => {
    const context = await h.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}#code=${compressToEncodedURIComponent('x = [1]\n')}`);
    await page.waitForSelector('.heap-graph[data-step]');
    await page.getByRole('button', { name: 'Share: copy a link to this program' }).click();
    await page.waitForSelector('button[data-copy-state="copied"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#code=');
    await page.getByRole('button', { name: 'Embed: copy the iframe code' }).click();
    await page.waitForFunction(() => document.querySelectorAll('button[data-copy-state="copied"]').length > 0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src=/);
    const shared = page.getByRole('button', { name: /^Shared objects/ });
    expect(await shared.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await settled(page, 1);
    await shared.click();
    expect(await shared.getAttribute('aria-pressed')).toBe('true');
    await page.waitForSelector('.heap-object[data-type="int"]');
    await context.close();
  }, 60_000);

  it('loads without a single failed request (favicon included)', async () => {
    const page = await h.browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${h.baseUrl}#code=${compressToEncodedURIComponent('x = 1\n')}`);
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    await page.waitForTimeout(300);
    expect(failed).toEqual([]);
    await page.close();
  }, 60_000);

  it('says in words that a runaway loop hit the step limit', async () => {
    const page = await openEmbed('n = 0\nwhile True:\n    n += 1\n', 'step-limit=20000', { width: 1200, height: 800 });
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await page.getByTestId('halted').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('halted').innerText()).toContain('20,000 steps without ending (is there an infinite loop?)');
    await page.waitForFunction(() => document.querySelector('.step-counter')?.textContent?.includes('/ 20000'));
    await page.close();
  }, 60_000);
});

describe('the collector on the graph', () => {
  it('replays a gc.collect() press phase by phase, in step with the panel, and Skip ends it', async () => {
    const page = await openProgram(h, CYCLE);
    await slideTo(page, 15);
    await settled(page, 15);
    expect(Number(await page.locator('.heap-graph').getAttribute('data-unreachable-count'))).toBe(2);
    // Every DOM change during the replay is recorded in the page: panel and boxes read in one go (both come from
    // one store update, drawn in React's commit). A poll from here could miss the first phase on a busy machine.
    await page.evaluate(() => {
      const seen: { active: string[]; onBoxes: string[] }[] = [];
      (window as unknown as { gcPhasesSeen: typeof seen }).gcPhasesSeen = seen;
      new MutationObserver(() => {
        seen.push({
          active: [...document.querySelectorAll('.gc-phases li.active code')].map((e) => e.textContent ?? ''),
          onBoxes: [...new Set([...document.querySelectorAll('.heap-object[data-gc-phase]')].map((e) => e.getAttribute('data-gc-phase') ?? ''))],
        });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Run gc.collect()' }).click();
    await page.waitForSelector('.heap-graph[data-replaying="true"]');
    for (let i = 0; i < 40 && (await page.locator('.heap-graph').getAttribute('data-replaying')) === 'true'; i++) {
      const active = await page.locator('.gc-phases li.active code').allTextContents();
      if (active[0] === 'subtract_refs') await screenshot(page, { path: join(SCREENSHOT_DIR, 'gc-replay-subtract-refs.png') });
      await page.waitForTimeout(80);
    }
    const records = await page.evaluate(() => (window as unknown as { gcPhasesSeen: { active: string[]; onBoxes: string[] }[] }).gcPhasesSeen);
    const phasesSeen = new Set<string>();
    for (const { active, onBoxes } of records) {
      if (active.length !== 1 || onBoxes.length === 0) continue;
      expect(onBoxes).toEqual(active);
      phasesSeen.add(active[0]);
    }
    expect([...phasesSeen]).toEqual(expect.arrayContaining(['update_refs', 'subtract_refs', 'move_unreachable']));
    await settled(page, 15);
    expect(await page.locator('.notice').innerText()).toBe('gc.collect() collected 2 objects');
    expect(Number(await page.locator('.heap-graph').getAttribute('data-unreachable-count'))).toBe(0);
    // Back and collect again: Skip ends the replay at once.
    await page.keyboard.press('ArrowLeft');
    await settled(page, 14);
    await page.keyboard.press('ArrowRight');
    await settled(page, 15);
    await page.getByRole('button', { name: 'Run gc.collect()' }).click();
    await page.waitForSelector('.heap-graph[data-replaying="true"]');
    await page.getByRole('button', { name: 'Skip the collection replay' }).click();
    await page.waitForSelector('.heap-graph[data-replaying="false"]');
    await page.close();
  }, 60_000);

  it('does not replay when the reader prefers reduced motion', async () => {
    const context = await h.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}#code=${compressToEncodedURIComponent(CYCLE)}`);
    await page.waitForSelector('.heap-graph[data-step]');
    await slideTo(page, 15);
    await settled(page, 15);
    await page.getByRole('button', { name: 'Run gc.collect()' }).click();
    await page.waitForSelector('.notice');
    expect(await page.locator('.heap-graph').getAttribute('data-replaying')).toBe('false');
    expect(await page.locator('.gc-phases li').count()).toBe(6);
    await context.close();
  }, 60_000);

  it('shows a disabled gc: a badge, counts past the threshold, and where it would have collected', async () => {
    const page = await openProgram(h, 'import gc\ngc.disable()\nfor i in range(1600):\n    a = []\n    a.append(a)\nprint("done")\n');
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent === 'done\n', undefined, { timeout: 30_000 });
    await page.getByTestId('gc-off-badge').waitFor();
    const meter = page.locator('.gc-gauge');
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(Number(await meter.getAttribute('aria-valuemax')));
    expect(await page.locator('.timeline [data-mark="would-collect"]').count()).toBe(2);
    expect(await page.locator('.timeline [data-mark="collection"]:not([data-reason="shutdown"]):not([data-reason="finalization"])').count()).toBe(0);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'gc-disabled-would-collect.png') });
    await page.close();
  }, 60_000);
});

describe('embeds in Chromium', () => {
  it('fits a 700x450 frame: controls, graph and output all visible, none over another', async () => {
    const page = await openEmbed(CYCLE, 'embed=1', { width: 700, height: 450 });
    await slideTo(page, 15);
    await settled(page, 15);
    const parts = await Promise.all(['.controls', '.graph-stage', '.output-pane', '.editor-pane'].map(async (s) => ({ s, box: (await page.locator(s).boundingBox())! })));
    for (const { s, box } of parts) {
      expect(box.x, s).toBeGreaterThanOrEqual(0);
      expect(box.y, s).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, s).toBeLessThanOrEqual(700.5);
      expect(box.y + box.height, s).toBeLessThanOrEqual(450.5);
      expect(box.height, s).toBeGreaterThan(s === '.controls' ? 20 : 60);
    }
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i].box, b = parts[j].box;
        const overlap = a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
        expect(overlap, `${parts[i].s} / ${parts[j].s}`).toBe(false);
      }
    }
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'embed-700x450.png') });
    await page.close();
  }, 60_000);

  it('clips nothing in a 360x640 frame: the page scrolls to every part', async () => {
    const page = await openEmbed(CYCLE, 'embed=1', { width: 360, height: 640 });
    await slideTo(page, 16);
    await settled(page, 16);
    const clipped = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.gc-panel, .gc-phases, .output-pane, .controls, .timeline-host, .inspector, .narration')) {
        const style = getComputedStyle(el);
        const hides = style.overflowX === 'hidden' || style.overflowY === 'hidden' || style.overflow === 'hidden';
        if (hides && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) out.push(el.className);
        const r = el.getBoundingClientRect();
        if (r.right > document.documentElement.clientWidth + 1) out.push(`${el.className} wider than the frame`);
      }
      return out;
    });
    expect(clipped).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'embed-360x640.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('themes the editor too with theme=dark', async () => {
    const page = await openEmbed('x = 1\n', 'embed=1&theme=dark', { width: 900, height: 600 });
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    const background = await page.$eval('.monaco-editor-background', (el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'embed-dark.png') });
    await page.close();
  }, 60_000);
});
