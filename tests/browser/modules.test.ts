// Modules whose code the page's worker fetches in chunks: a program importing them runs in the page as in python3,
// also when it imports a module by a name its text does not show (the worker then fetches all and runs it again).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startHarness, openProgram, press, SCREENSHOT_DIR, type Harness, screenshot } from './harness';
import type { Page } from 'playwright-core';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4325);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

function python3(code: string): string {
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

async function runToEnd(page: Page, lastLine: string): Promise<string> {
  await page.locator('.monaco-host[data-ready="true"]').waitFor({ timeout: 60_000 });
  await press(page, 'Run to the end');
  await page.waitForFunction((line) => (document.querySelector('[data-testid="output"]')?.textContent ?? '').includes(line), lastLine, { timeout: 60_000 });
  return (await page.locator('[data-testid="output"]').textContent()) ?? '';
}

const IMPORTS = `import re, json
from collections import Counter, deque
words = re.findall(r"\\w+", "the cat and the hat and the bat")
print(Counter(words).most_common(2))
print(json.dumps({"n": len(words), "last": list(deque(words, maxlen=2))}, sort_keys=True))
print("end")
`;

// exec under a name computed at run time: the worker's scan of the text cannot see it.
const COMPUTED_IMPORT = `import builtins
run = getattr(builtins, "ex" + "ec")
ns = {}
run("import js" + "on", ns)
print(ns["json"].dumps([1, {"a": None}]))
print("end")
`;

describe('module code fetched in chunks', () => {
  it('runs a program importing re, collections and json as python3 does', async () => {
    const page = await openProgram(h, IMPORTS);
    const stdout = await runToEnd(page, 'end');
    expect(stdout.trim()).toBe(python3(IMPORTS).trim());
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'modules-chunks.png') });
    await page.close();
  }, 90_000);

  it('runs a program importing a module by a computed name', async () => {
    const page = await openProgram(h, COMPUTED_IMPORT);
    const stdout = await runToEnd(page, 'end');
    expect(stdout.trim()).toBe(python3(COMPUTED_IMPORT).trim());
    await expect(page.locator('.notice').count()).resolves.toBe(0);
    await page.close();
  }, 90_000);
});
