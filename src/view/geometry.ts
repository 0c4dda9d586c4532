// Checks on a laid-out picture that tests (unit and browser) share: overlapping boxes, arrows under boxes,
// badges that do not add up.

import type { GraphLayout, ObjectBox } from './model';

interface Rect {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function inside(r: Rect, x: number, y: number, margin = 0.5): boolean {
  return x > r.x + margin && x < r.x + r.width - margin && y > r.y + margin && y < r.y + r.height - margin;
}

/** Pairs of boxes that overlap. */
export function overlappingBoxes(boxes: readonly Rect[]): [string, string][] {
  const out: [string, string][] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.width; j++) {
      const b = sorted[j];
      if (a.y < b.y + b.height && b.y < a.y + a.height) out.push([a.key, b.key]);
    }
  }
  return out;
}

/** Points along a polyline, every `step` pixels. */
export function samplePolyline(points: readonly (readonly [number, number])[], step = 4): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k <= n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return out;
}

/** Arrows with a sampled point, outside their own two boxes, inside some other box. */
export function arrowsUnderBoxes(layout: GraphLayout): { edge: string; box: string }[] {
  const out: { edge: string; box: string }[] = [];
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  for (const e of layout.edges) {
    const from = byKey.get(e.fromKey)!;
    const to = byKey.get(e.toKey)!;
    const hit = firstBoxUnder(e.points, from, to, layout.boxes);
    if (hit) out.push({ edge: e.key, box: hit.key });
  }
  return out;
}

/**
 * The first box (in the layout's order) over a sampled point of the polyline, away from its own two boxes. Each
 * segment's points are tested only against the boxes its bounding box meets: a deep recursion's tall picture has
 * long arrows and a hundred frames, where testing every point against every box took 90 ms a step.
 */
function firstBoxUnder(points: readonly (readonly [number, number])[], from: Rect, to: Rect, boxes: readonly Rect[]): Rect | undefined {
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const minX = Math.min(x0, x1), maxX = Math.max(x0, x1), minY = Math.min(y0, y1), maxY = Math.max(y0, y1);
    const near = boxes.filter((b) => b.x < maxX && b.x + b.width > minX && b.y < maxY && b.y + b.height > minY);
    if (near.length === 0) continue;
    for (const [x, y] of samplePolyline([points[i - 1], points[i]])) {
      if (inside(from, x, y, -1) || inside(to, x, y, -1)) continue;
      const hit = near.find((b) => inside(b, x, y));
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * Boxes whose badge is not the arrows into them (weak ones aside) plus the references their notes name, each as
 * `list #3 count 2, arrows 1 + notes 0 ()`.
 */
export function unaccountedBadges(layout: GraphLayout): string[] {
  const arrowsIn = new Map<string, number>();
  for (const e of layout.edges) if (!e.weak) arrowsIn.set(e.toKey, (arrowsIn.get(e.toKey) ?? 0) + 1);
  return layout.boxes
    .filter((b): b is ObjectBox => b.kind === 'object' && (arrowsIn.get(b.key) ?? 0) + b.notedReferences !== b.refcount)
    .map((b) => `${b.title} count ${b.refcount}, arrows ${arrowsIn.get(b.key) ?? 0} + notes ${b.notedReferences} (${b.notes.join('; ')})`);
}
