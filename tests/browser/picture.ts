// Reads the drawn graph back from the page: boxes, arrows, text sizes, and the checks every step must pass.
import type { Page } from 'playwright-core';

export interface PictureCheck {
  step: number;
  objectIds: string[];
  overlaps: string[];
  hiddenArrows: string[];
  smallText: string[];
  invisible: string[];
  /** Texts of a box's header drawn over each other (its title, a refcount change, its size). */
  crowdedHeaders: string[];
}

/** Waits until the graph shows `step` and every box and arrow has finished moving and fading in. */
export async function settled(page: Page, step?: number): Promise<void> {
  if (step !== undefined) await page.waitForSelector(`.heap-graph[data-step="${step}"]`, { timeout: 15_000 });
  await page.waitForFunction(() => {
    const svg = document.querySelector('.heap-graph');
    if (!svg || svg.getAttribute('data-replaying') === 'true') return false;
    const parts = [...svg.querySelectorAll<SVGElement>('g.box-group, path.edge')];
    return parts.every((el) => getComputedStyle(el).opacity === '1') && !svg.querySelector('g.box-group.freed');
  }, undefined, { timeout: 15_000 });
  await page.waitForTimeout(50);
}

/** The picture's checks, computed in the page from what is drawn (positions after transitions). */
export async function checkPicture(page: Page): Promise<PictureCheck> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.heap-graph')!;
    const groups = [...svg.querySelectorAll<SVGGElement>('g.box-group')];
    const boxes = groups.map((g) => {
      const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '')!;
      const rect = g.querySelector('rect.box')!;
      return {
        key: g.classList.contains('frame') ? `f${g.getAttribute('data-frame-id')}` : `o${g.getAttribute('data-object-id')}`,
        x: Number(m[1]), y: Number(m[2]), w: Number(rect.getAttribute('width')), h: Number(rect.getAttribute('height')),
      };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.key}/${b.key}`);
      }
    }
    const inside = (b: { x: number; y: number; w: number; h: number }, x: number, y: number, m: number) => x > b.x + m && x < b.x + b.w - m && y > b.y + m && y < b.y + b.h - m;
    const byKey = new Map(boxes.map((b) => [b.key, b]));
    const hiddenArrows: string[] = [];
    const invisible: string[] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>('path.edge')) {
      const from = byKey.get(path.getAttribute('data-from')!);
      const to = byKey.get(path.getAttribute('data-to')!);
      if (!from || !to) {
        invisible.push(`arrow ${path.getAttribute('data-from')}→${path.getAttribute('data-to')} has no box at an end`);
        continue;
      }
      if (!path.getAttribute('marker-end')) invisible.push(`arrow into ${to.key} has no head`);
      const length = path.getTotalLength();
      for (let d = 0; d <= length; d += 4) {
        const p = path.getPointAtLength(d);
        if (inside(from, p.x, p.y, -1) || inside(to, p.x, p.y, -1)) continue;
        const hit = boxes.find((b) => inside(b, p.x, p.y, 0.5));
        if (hit) {
          hiddenArrows.push(`${from.key}→${to.key} under ${hit.key}`);
          break;
        }
      }
    }
    const scale = Number(/scale\(([\d.]+)/.exec(svg.querySelector('.viewport')?.getAttribute('transform') ?? '')?.[1] ?? 1);
    const smallText: string[] = [];
    for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < 11) smallText.push(`${t.textContent} (${size}px)`);
    }
    const crowdedHeaders: string[] = [];
    for (const g of groups) {
      const texts = [...g.querySelectorAll<SVGTextElement>(':scope > text.box-title, :scope > text.refcount-delta, :scope > text.box-size')]
        .map((t) => ({ name: t.getAttribute('class')!, text: t.textContent, box: t.getBBox() }))
        .sort((a, b) => a.box.x - b.box.x);
      for (let i = 1; i < texts.length; i++) {
        const left = texts[i - 1], right = texts[i];
        if (left.box.x + left.box.width > right.box.x - 2) crowdedHeaders.push(`"${left.text}" touches "${right.text}" in ${g.getAttribute('data-object-id') ?? g.getAttribute('data-frame-id')}`);
      }
    }
    for (const g of groups) if (getComputedStyle(g).opacity !== '1') invisible.push(`box ${g.getAttribute('data-object-id') ?? g.getAttribute('data-frame-id')} at opacity ${getComputedStyle(g).opacity}`);
    return {
      step: Number(svg.getAttribute('data-step')),
      objectIds: groups.filter((g) => g.classList.contains('heap-object')).map((g) => g.getAttribute('data-object-id')!).sort(),
      overlaps, hiddenArrows, smallText, invisible, crowdedHeaders,
    };
  });
}

export async function currentStep(page: Page): Promise<{ step: number; total: number | null }> {
  const text = await page.locator('.step-counter').innerText();
  const m = /(\d+) \/ (\d+)?/.exec(text)!;
  return { step: Number(m[1]), total: m[2] ? Number(m[2]) : null };
}
