// The picture in Chromium, at every step of the teaching programs: no box over another, every arrow visible
// with its head, text readable at the default zoom, the same ids however a step is reached, the final state
// drawn after Run, a step for each return with its value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startHarness, openProgram, slideTo, SCREENSHOT_DIR, type Harness, screenshot } from './harness';
import { checkPicture, currentStep, settled } from './picture';
import { TEACHING_PROGRAMS } from '../support/teachingPrograms';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4319);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

async function totalSteps(page: import('playwright-core').Page): Promise<number> {
  await page.waitForFunction(() => /\/ \d+/.test(document.querySelector('.step-counter')?.textContent ?? ''), undefined, { timeout: 15_000 });
  return (await currentStep(page)).total!;
}

describe('the picture at every step, in Chromium', () => {
  for (const [name, source] of Object.entries(TEACHING_PROGRAMS)) {
    it(`draws ${name} legibly at every step, the same however each step is reached`, async () => {
      const page = await openProgram(h, source, { width: 1400, height: 900 });
      const total = await totalSteps(page);
      const problems: string[] = [];
      const idsAt = new Map<number, string[]>();
      for (let step = 1; step < total; step++) {
        await page.keyboard.press('ArrowRight');
        await settled(page, step);
        const c = await checkPicture(page);
        for (const p of [...c.overlaps, ...c.hiddenArrows, ...c.smallText, ...c.invisible, ...c.crowdedHeaders]) problems.push(`step ${step}: ${p}`);
        idsAt.set(step, c.objectIds);
        if (step === Math.floor(total / 2)) await screenshot(page, { path: join(SCREENSHOT_DIR, `picture-${name}-middle.png`) });
      }
      expect(problems).toEqual([]);
      // Back then Step, a jump by the slider, and a re-run all show the same objects with the same ids.
      const middle = Math.floor(total / 2);
      await slideTo(page, middle + 1);
      await settled(page, middle + 1);
      await page.keyboard.press('ArrowLeft');
      await settled(page, middle);
      expect((await checkPicture(page)).objectIds).toEqual(idsAt.get(middle));
      await page.getByRole('button', { name: /Reset/ }).click();
      await settled(page, 0);
      await slideTo(page, middle);
      await settled(page, middle);
      expect((await checkPicture(page)).objectIds).toEqual(idsAt.get(middle));
      // Run ends on the final state, drawn; interpreter exit is the step after it.
      await page.getByRole('button', { name: 'Run to the end' }).click();
      await settled(page, total - 1);
      expect((await checkPicture(page)).objectIds.length).toBeGreaterThan(0);
      expect(await page.locator('.step-counter').innerText()).toBe(`Step ${total - 1} / ${total}`);
      await screenshot(page, { path: join(SCREENSHOT_DIR, `picture-${name}-end.png`) });
      await page.close();
    }, 240_000);
  }

  it('gives every return of fact(5) a step of its own, with the value in the returning frame', async () => {
    const page = await openProgram(h, TEACHING_PROGRAMS.recursion);
    const total = await totalSteps(page);
    const returned: string[] = [];
    let deepest = 0;
    for (let step = 1; step < total; step++) {
      await page.keyboard.press('ArrowRight');
      await settled(page, step);
      deepest = Math.max(deepest, await page.locator('.frame').count());
      const row = page.locator('.frame.active .row-return');
      if (await row.count()) returned.push((await row.locator('.row-value').textContent()) ?? '');
    }
    expect(deepest).toBe(6);
    expect(returned).toEqual(['1', '2', '6', '24', '120']);
    await page.close();
  }, 120_000);

  it('shows aliasing as three arrows into one list whose badge says 4', async () => {
    const page = await openProgram(h, TEACHING_PROGRAMS.aliasing);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await settled(page, 3);
    const row = page.locator('.heap-object[data-type="list"][data-refcount="4"]');
    await row.waitFor();
    const key = `o${await row.getAttribute('data-object-id')}`;
    const intoRow = await page.$$eval(`path.edge[data-to="${key}"]`, (paths) => paths.map((p) => p.getAttribute('data-from')));
    expect(intoRow.filter((k) => k!.startsWith('o'))).toHaveLength(3);
    expect(intoRow).toHaveLength(4);
    await screenshot(page, { path: join(SCREENSHOT_DIR, 'picture-aliasing-badge.png') });
    await page.close();
  }, 60_000);

  it("draws a dataclass's generated __init__ as a frame at <string>:N, legibly at every step", async () => {
    const source = 'from dataclasses import dataclass\n\n@dataclass\nclass Point:\n    x: int\n    y: int = 0\n\n'
      + '    def __post_init__(self):\n        self.norm = abs(self.x) + abs(self.y)\n\np = Point(3, -4)\nprint(p.norm)\n';
    const page = await openProgram(h, source);
    const total = await totalSteps(page);
    const problems: string[] = [];
    const headers: string[][] = [];
    for (let step = 1; step < total; step++) {
      await page.keyboard.press('ArrowRight');
      await settled(page, step);
      const c = await checkPicture(page);
      for (const p of [...c.overlaps, ...c.hiddenArrows, ...c.smallText, ...c.invisible, ...c.crowdedHeaders]) problems.push(`step ${step}: ${p}`);
      const frames = await page.$$eval('.frame', (gs) => gs.map((g) => `${g.getAttribute('aria-label')} @ ${g.querySelector(':scope > text.box-size')?.textContent}`));
      if (frames.length === 3 && headers.length === 0) {
        headers.push(frames);
        await screenshot(page, { path: join(SCREENSHOT_DIR, 'picture-dataclass-init-frame.png') });
      }
    }
    expect(problems).toEqual([]);
    expect(headers).toEqual([['Global frame @ line 11', 'Point.__init__() @ <string>:5', 'Point.__post_init__() @ line 9']]);
    await page.close();
  }, 120_000);

  it("writes a class's refcount change in its header beside the title and the size, not over them", async () => {
    const page = await openProgram(h, 'class Node:\n    def __init__(self, name):\n        self.name = name\n\na = Node("a")\nb = Node("b")\ndel a, b\nx = 1\n');
    const total = await totalSteps(page);
    const crowded: string[] = [];
    let classChanges = 0;
    for (let step = 1; step < total; step++) {
      await page.keyboard.press('ArrowRight');
      await settled(page, step);
      crowded.push(...(await checkPicture(page)).crowdedHeaders.map((p) => `step ${step}: ${p}`));
      classChanges += await page.locator('.heap-object[data-type="type"] .refcount-delta').count();
    }
    expect(crowded).toEqual([]);
    // Each Node() adds a reference to the class and `del a, b` takes two away.
    expect(classChanges).toBeGreaterThanOrEqual(3);
    await page.close();
  }, 60_000);

  it('keeps text at 11 px or more and scrolls instead of shrinking; Fit and 100% zoom', async () => {
    const page = await openProgram(h, TEACHING_PROGRAMS.linkedList, { width: 900, height: 600 });
    await page.getByRole('button', { name: 'Run to the end' }).click();
    const total = await totalSteps(page);
    await settled(page, total - 1);
    expect((await checkPicture(page)).smallText).toEqual([]);
    const stage = (await page.locator('.graph-stage').boundingBox())!;
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(200);
    expect(await page.locator('.viewport').getAttribute('transform')).toMatch(/translate\(0,\s*-300\)/);
    await page.getByRole('button', { name: 'Fit the whole graph in view' }).click();
    await page.waitForTimeout(500);
    expect(Number(await page.getByTestId('zoom-level').innerText().then((t) => t.replace('%', '')))).toBeLessThan(100);
    await page.getByRole('button', { name: 'Zoom to 100%' }).click();
    await page.waitForTimeout(500);
    expect(await page.getByRole('button', { name: 'Zoom to 100%' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  }, 60_000);
});
