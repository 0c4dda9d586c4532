// The playground in real Chromium: stepping the lessons, the gc buttons, errors, and stopping a runaway loop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startHarness, openProgram, press, objects, stepTo, SCREENSHOT_DIR, type Harness, screenshot } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const REFCOUNT = 'import sys\n\na = []\nprint(sys.getrefcount(a))\n\nb = a\nprint(sys.getrefcount(a))\n\ndel b\nprint(sys.getrefcount(a))\n';
const CYCLE = 'a = []\nb = []\na.append(b)\nb.append(a) # Circular reference\ndel a, b\nprint("done")\n';

describe('playground in Chromium', () => {
  it('steps through the refcount lesson: prints 2, 3, 2 while the graph shows the list held by 1, 2, 1 names', async () => {
    const page = await openProgram(h, REFCOUNT);
    const seen: [string, number][] = [];
    for (const step of [2, 3, 4, 5, 6, 7]) {
      await stepTo(page, step);
      const [list] = await objects(page, 'list');
      seen.push([(await page.getByTestId('output').innerText()).trim().replace(/\n/g, ','), list.refcount]);
    }
    expect(seen).toEqual([['', 1], ['2', 1], ['2', 2], ['2,3', 2], ['2,3', 1], ['2,3,2', 1]]);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'refcount-lesson.png') });
    await page.close();
  }, 60_000);

  it('shows the cycle as two unreachable lists, frees them with gc.collect(), and Back brings them back', async () => {
    const page = await openProgram(h, CYCLE);
    await stepTo(page, 5);
    expect(await objects(page, 'list')).toEqual([
      expect.objectContaining({ refcount: 1, state: 'unreachable' }),
      expect.objectContaining({ refcount: 1, state: 'unreachable' }),
    ]);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'cycle-unreachable.png') });
    await press(page, 'Run gc.collect()');
    await page.waitForSelector('.notice');
    expect(await page.locator('.notice').innerText()).toBe('gc.collect() collected 2 objects');
    await page.waitForFunction(() => document.querySelectorAll('.heap-object[data-type="list"]:not([data-state="freed"])').length === 0);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'cycle-collected.png') });
    await press(page, 'Back one step');
    await stepTo(page, 4);
    await page.waitForFunction(() => document.querySelectorAll('.heap-object[data-type="list"]:not([data-state="freed"])').length === 2);
    expect((await objects(page, 'list')).map((o) => o.state)).toEqual(['alive', 'alive']);
    await page.close();
  }, 60_000);

  it('lets cycles pile up when automatic collection is switched off', async () => {
    const program = 'for i in range(800):\n    a = []\n    a.append(a)\ndel a\nprint("made 800 cycles")\n';
    const countGarbage = async (disable: boolean) => {
      const page = await openProgram(h, program);
      if (disable) {
        await press(page, 'gc.disable()');
        await page.getByRole('button', { name: 'gc.enable()' }).waitFor();
      }
      await press(page, 'Run to the end');
      await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent?.includes('made 800 cycles'), undefined, { timeout: 30_000 });
      await page.waitForFunction(() => !document.querySelector('button[aria-label="Stop the program"]'));
      // Run ends on the program's final state (interpreter exit, whose last collection frees every cycle, comes after).
      await page.waitForFunction(() => document.querySelector('.heap-graph')?.getAttribute('data-replaying') === 'false');
      // A big picture draws only the boxes near the view: count what it laid out.
      const n = Number(await page.locator('.heap-graph').getAttribute('data-unreachable-count'));
      if (disable) await screenshot(page, { path: join(SCREENSHOT_DIR, 'gc-disabled-cycles.png') });
      await page.close();
      return n;
    };
    const withGc = await countGarbage(false);
    const withoutGc = await countGarbage(true);
    expect(withoutGc).toBe(800);
    expect(withGc).toBeLessThan(800);
  }, 90_000);

  it('marks a syntax error with its line in the editor', async () => {
    const page = await openProgram(h, 'x = 1\nif x > 0\n    print(x)\n');
    const error = page.locator('.editor-error');
    await error.waitFor();
    expect(await error.getAttribute('data-error-line')).toBe('2');
    expect(await error.innerText()).toContain("SyntaxError on line 2");
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('.squiggly-error', { timeout: 10_000 });
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'syntax-error.png') });
    await page.close();
  }, 60_000);

  it('marks an unexpected indent under the indented statement (CPython gives no end to that error)', async () => {
    const page = await openProgram(h, 'x = 1\n        total = x + 1\n');
    const error = page.locator('.editor-error');
    await error.waitFor();
    expect(await error.getAttribute('data-error-line')).toBe('2');
    expect(await error.innerText()).toContain('IndentationError on line 2');
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    // From the end of the indentation to the end of the line: wider than the statement's first word.
    await page.waitForFunction(() => {
      const squiggle = document.querySelector('.squiggly-error')?.getBoundingClientRect();
      const text = [...document.querySelectorAll('.view-line > span')].find((e) => /total\s=\sx/.test(e.textContent ?? ''))?.getBoundingClientRect();
      return !!squiggle && !!text && squiggle.width > text.width * 0.5 && squiggle.right >= text.right - 2;
    }, undefined, { timeout: 10_000 });
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'indentation-error.png') });
    await page.close();
  }, 60_000);

  it('shows stdout and stderr in the order the program wrote them, also after stepping back and forward', async () => {
    const page = await openProgram(h, 'import sys\nprint("a")\nprint("b", file=sys.stderr)\nprint("c")\nx = 1\n');
    const pieces = () => page.$$eval('[data-testid="output"] > span', (els) => els.map((e) => `${e.className || 'stdout'}:${e.textContent}`));
    const shows = (text: string) => page.waitForFunction((t) => document.querySelector('[data-testid="output"]')?.textContent === t, text);
    await press(page, 'Run to the end');
    await shows('a\nb\nc\n');
    expect(await pieces()).toEqual(['stdout:a\n', 'stderr:b\n', 'stdout:c\n']);
    // stderr keeps its own colour.
    const colours = await page.$$eval('[data-testid="output"] > span', (els) => els.map((e) => getComputedStyle(e).color));
    expect(colours[1]).not.toBe(colours[0]);
    expect(colours[2]).toBe(colours[0]);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'output-order.png') });
    await stepTo(page, 3);
    await shows('a\nb\n');
    expect(await pieces()).toEqual(['stdout:a\n', 'stderr:b\n']);
    await stepTo(page, 2);
    await shows('a\n');
    expect(await pieces()).toEqual(['stdout:a\n']);
    await stepTo(page, 4);
    await shows('a\nb\nc\n');
    expect(await pieces()).toEqual(['stdout:a\n', 'stderr:b\n', 'stdout:c\n']);
    await page.close();
  }, 60_000);

  it('marks the failing expression of a runtime error and shows CPython\'s traceback markers', async () => {
    const page = await openProgram(h, 'def g(a, b):\n    return a / b\n\ntotal = 1 + g(1, 0)\n');
    await press(page, 'Run to the end');
    const error = page.locator('.editor-error');
    await error.waitFor();
    expect(await error.getAttribute('data-error-line')).toBe('2');
    expect(await error.getAttribute('data-error-column')).toBe('12');
    expect(await error.innerText()).toContain('ZeroDivisionError on line 2, column 12: division by zero');
    await page.waitForFunction(() => document.querySelector('[data-testid="stderr"]')?.textContent?.includes('ZeroDivisionError'));
    expect(await page.locator('[data-testid="stderr"]').innerText()).toContain('return a / b\n           ~~^~~');
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    // The squiggle covers `a / b` only (5 characters), not the whole line: narrower than the line's text.
    await page.waitForFunction(() => {
      const squiggle = document.querySelector('.squiggly-error')?.getBoundingClientRect();
      // Monaco renders spaces as no-break spaces, which \s matches.
      const text = [...document.querySelectorAll('.view-line > span')].find((e) => /return\sa\s\/\sb/.test(e.textContent ?? ''))?.getBoundingClientRect();
      return !!squiggle && !!text && squiggle.width > 0 && squiggle.width < text.width * 0.6;
    }, undefined, { timeout: 10_000 });
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'runtime-error.png') });
    await page.close();
  }, 60_000);

  it('stops an infinite loop and keeps answering', async () => {
    const page = await openProgram(h, 'n = 0\nwhile True:\n    n += 1\n');
    await press(page, 'Run to the end');
    await page.getByRole('button', { name: 'Stop the program' }).waitFor();
    const started = Date.now();
    await press(page, 'Stop the program');
    await page.getByRole('button', { name: 'Run to the end' }).waitFor({ timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    await page.waitForSelector('.notice');
    await press(page, 'Back one step');
    expect(await page.locator('.step-counter').innerText()).toMatch(/Step \d+/);
    await page.close();
  }, 60_000);

  it('fits a narrow phone screen with the panes stacked', async () => {
    const page = await openProgram(h, REFCOUNT, { width: 360, height: 740 });
    await stepTo(page, 3);
    const editor = await page.locator('.editor-pane').boundingBox();
    const graph = await page.locator('.graph-pane').boundingBox();
    expect(graph!.y).toBeGreaterThanOrEqual(editor!.y + editor!.height - 1);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'narrow-360.png'), fullPage: true });
    await page.close();
  }, 60_000);
});

describe('playground controls in Chromium', () => {
  it('runs to a breakpoint set by clicking the gutter', async () => {
    const page = await openProgram(h, 'total = 0\nfor i in range(5):\n    total += i\nprint(total)\n');
    await page.waitForSelector('.monaco-host[data-ready="true"]', { timeout: 30_000 });
    const lineNumber = page.locator('.margin-view-overlays .line-numbers', { hasText: /^4$/ });
    const box = (await lineNumber.boundingBox())!;
    await page.mouse.click(box.x - 12, box.y + box.height / 2);
    await page.waitForSelector('.breakpoint');
    await press(page, 'Run to the end');
    await page.getByRole('button', { name: 'Run to the end' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent === '' && document.querySelector('.pm-current-line') !== null);
    const highlighted = await page.$$eval('.pm-current-line', (els) => els.length);
    expect(highlighted).toBe(1);
    expect(await page.getByTestId('output').innerText()).toBe('');
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'breakpoint.png') });
    await press(page, 'Step forward');
    expect((await page.getByTestId('output').innerText()).trim()).toBe('10');
    await page.close();
  }, 60_000);

  it('steps with the arrow keys when the graph has focus', async () => {
    const page = await openProgram(h, 'a = 1\nb = 2\nc = 3\n');
    await page.locator('.heap-graph').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.heap-graph[data-step="2"]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('.heap-graph[data-step="1"]');
    await page.close();
  }, 60_000);

  it('fits a typical 700x450 iframe without horizontal scrolling', async () => {
    const page = await openProgram(h, 'a = []\nb = [a]\na.append(b)\n', { width: 700, height: 450 });
    await stepTo(page, 3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'iframe-700x450.png') });
    await page.close();
  }, 60_000);
});

describe('object inspector in Chromium', () => {
  it('shows who holds a clicked object and how its count changed by line', async () => {
    const page = await openProgram(h, 'a = []\nb = a\nc = [a]\ndel b\nx = 1\n');
    await stepTo(page, 4);
    const [list] = (await objects(page, 'list')).filter((o) => o.refcount === 2);
    await page.locator(`.heap-object[data-object-id="${list.id}"]`).click();
    await page.waitForSelector('.count-history li');
    const holders = await page.locator('.inspector ul li').allInnerTexts();
    expect(holders[0]).toBe('global `a`');
    expect(holders[1]).toMatch(/^item \[0\] of list #\d+$/);
    expect(holders).toHaveLength(2);
    expect(await page.locator('.count-history li').allInnerTexts()).toEqual([
      'created with 1 by line 1', '1 → 2 (+1) by line 2', '2 → 3 (+1) by line 3', '3 → 2 (-1) by line 4',
    ]);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'inspector.png') });
    await page.close();
  }, 60_000);

  it("shows a clicked object's id(), the number the program printed for it, even after a freed list's address was reused", async () => {
    const page = await openProgram(h, 'a = [1, 2]\nprint(id(a))\ndel a\nc = [4]\nprint(id(c))\n');
    await press(page, 'Run');
    await page.waitForFunction(() => (document.querySelector('[data-testid="output"]')?.textContent ?? '').split('\n').length === 3);
    const printed = (await page.locator('[data-testid="output"]').innerText()).trim().split('\n');
    // CPython gives c the block a's list left on the list free list: both lines print the same id.
    expect(printed[0]).toBe(printed[1]);
    const lists = await objects(page, 'list');
    expect(lists).toHaveLength(1);
    await page.locator(`.heap-object[data-object-id="${lists[0].id}"]`).click();
    await expect.poll(() => page.locator('[data-testid="object-address"]').innerText()).toBe(printed[1]);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'inspector-id.png') });
    await page.close();
  }, 60_000);
});

describe('time travel in Chromium', () => {
  it('reaches any step of a million-step program in well under a second', async () => {
    const page = await openProgram(h, 't = 0\nfor i in range(500001):\n    t += i\nprint(t)\n');
    await press(page, 'Run to the end');
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent === '125000250000\n', undefined, { timeout: 30_000 });
    // The run's length comes from the scout, which may finish a moment after the Run itself.
    await page.waitForFunction(() => document.querySelector('.step-counter')?.getAttribute('data-total') !== '', undefined, { timeout: 30_000 });
    const total = Number(/\/ (\d+)/.exec(await page.locator('.step-counter').innerText())![1]);
    expect(total).toBeGreaterThan(1_000_000);
    for (const target of [500_000, 12, total - 1]) {
      const started = Date.now();
      await page.locator('.step-slider').fill(String(target));
      await page.waitForSelector(`.heap-graph[data-step="${target}"]`, { timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(2000);
    }
    await page.close();
  }, 60_000);
});

describe('memory timeline in Chromium', () => {
  it('draws live objects and bytes over the steps and jumps to a clicked step', async () => {
    const page = await openProgram(h, 'data = []\nfor i in range(30):\n    data.append([i])\ndel data\nprint("done")\n');
    await press(page, 'Run to the end');
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent === 'done\n');
    await page.waitForSelector('.timeline polyline[data-series="objects"]');
    await page.waitForSelector('.timeline polyline[data-series="bytes"]');
    const box = (await page.locator('.timeline').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const step = Number(await page.locator('.heap-graph').getAttribute('data-step'));
    await page.waitForFunction(() => Number(document.querySelector('.heap-graph')?.getAttribute('data-step')) < 60);
    expect(step).toBeGreaterThan(0);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'timeline.png') });
    await page.close();
  }, 60_000);
});
