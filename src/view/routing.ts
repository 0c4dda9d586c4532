// Arrow routes that never pass under a box: out of the row's dot along its own row to the column's edge,
// down or up the gap beside the column, across other columns only through a gap free in all of them,
// and into the target's left side along its header. Parallel arrows in one gap get separate lanes.

import { BOX_GAP, LANE } from './metrics';

export type Point = readonly [number, number];

interface Rect {
  readonly top: number;
  readonly bottom: number;
}

/** Intervals taken by the boxes of one column, sorted. */
type Occupancy = readonly Rect[];

/** Keeps parallel segments in one gap apart: the lowest lane whose segments don't overlap this one. */
class Lanes {
  private readonly used = new Map<string, { from: number; to: number }[][]>();
  take(gap: string, from: number, to: number, maxLanes: number): number {
    const lo = Math.min(from, to) - 3;
    const hi = Math.max(from, to) + 3;
    let lanes = this.used.get(gap);
    if (!lanes) this.used.set(gap, (lanes = []));
    for (let i = 0; i < lanes.length; i++) {
      if (lanes[i].every((s) => s.to < lo || s.from > hi)) {
        lanes[i].push({ from: lo, to: hi });
        return i % maxLanes;
      }
    }
    lanes.push([{ from: lo, to: hi }]);
    return (lanes.length - 1) % maxLanes;
  }
}

export class Router {
  private readonly lanes = new Lanes();
  private readonly occupancy: Occupancy[];

  constructor(
    private readonly columns: readonly { readonly x: number; readonly width: number }[],
    boxesByColumn: readonly Rect[][],
    private readonly columnGap: number,
  ) {
    this.occupancy = boxesByColumn.map((rects) => [...rects].sort((a, b) => a.top - b.top));
  }

  private gapLeft(gap: number): number {
    return this.columns[gap].x + this.columns[gap].width;
  }

  /**
   * The y of a horizontal run across columns `from..to` (inclusive) that no box there covers, closest to
   * `prefer`, in its own lane.
   */
  private channel(from: number, to: number, prefer: number, xFrom: number, xTo: number): number {
    const taken: Rect[] = [];
    for (let c = from; c <= to; c++) taken.push(...(this.occupancy[c] ?? []));
    taken.sort((a, b) => a.top - b.top);
    // Free gaps between the merged intervals; above the first and below the last are always free.
    const margin = 5;
    const gaps: { top: number; bottom: number }[] = [];
    let cursor = -Infinity;
    for (const r of taken) {
      if (r.top - margin > cursor) gaps.push({ top: cursor, bottom: r.top - margin });
      cursor = Math.max(cursor, r.bottom + margin);
    }
    gaps.push({ top: cursor, bottom: Infinity });
    let best = gaps[0];
    let bestDistance = Infinity;
    for (const g of gaps) {
      const d = prefer < g.top ? g.top - prefer : prefer > g.bottom ? prefer - g.bottom : 0;
      if (d < bestDistance) {
        best = g;
        bestDistance = d;
      }
    }
    const height = Math.min(best.bottom - best.top, BOX_GAP * 4);
    const lanes = Math.max(1, Math.floor((Number.isFinite(height) ? height : BOX_GAP) / LANE) - 1);
    const lane = this.lanes.take(`h${Math.round(best.top)}`, xFrom, xTo, lanes);
    if (bestDistance === 0 && lane === 0) return prefer;
    // In a bounded gap lanes go down from its top; above everything they go up; below everything, down.
    if (!Number.isFinite(best.top)) return best.bottom - LANE * (lane + 1);
    if (!Number.isFinite(best.bottom)) return best.top + LANE * (lane + 1);
    const centre = bestDistance === 0 ? prefer : prefer < best.top ? best.top + LANE : best.bottom - LANE;
    const y = centre + (lane % 2 === 0 ? 1 : -1) * LANE * Math.ceil(lane / 2);
    return Math.min(best.bottom - 2, Math.max(best.top + 2, y));
  }

  /** A vertical run's x in the gap right of column `gap`: exits on the left half, entries on the right. */
  private laneX(gap: number, fromY: number, toY: number, side: 'exit' | 'entry'): number {
    const left = this.gapLeft(gap);
    const usable = this.columnGap / 2 - 8;
    const lanes = Math.max(1, Math.floor(usable / LANE));
    const lane = this.lanes.take(`v${gap}${side}`, fromY, toY, lanes);
    return side === 'exit' ? left + 8 + lane * LANE : left + this.columnGap - 10 - lane * LANE;
  }

  /**
   * The route of an arrow from a row (right edge `startX` of its box at `startY`, in column `fromColumn`)
   * to the left side of a box in column `toColumn` at `entryY`.
   */
  route(fromColumn: number, startX: number, startY: number, toColumn: number, targetX: number, entryY: number): Point[] {
    const exitGap = fromColumn;
    const entryGap = toColumn - 1;
    const start: Point = [startX, startY];
    const end: Point = [targetX, entryY];
    if (exitGap === entryGap) {
      if (Math.abs(startY - entryY) < 1) return [start, end];
      const x = this.laneX(exitGap, startY, entryY, 'exit');
      return [start, [x, startY], [x, entryY], end];
    }
    // Columns the horizontal run must cross: between the gaps, or back over both boxes' columns.
    const [crossFrom, crossTo] = toColumn > fromColumn ? [fromColumn + 1, toColumn - 1] : [toColumn, fromColumn];
    const xOut = this.laneX(exitGap, startY, startY, 'exit');
    const xIn = this.laneX(entryGap, entryY, entryY, 'entry');
    const prefer = toColumn > fromColumn ? startY : entryY;
    const y = this.channel(crossFrom, crossTo, prefer, Math.min(xOut, xIn), Math.max(xOut, xIn));
    const points: Point[] = [start];
    if (y === startY) points.push([xIn, startY]);
    else points.push([xOut, startY], [xOut, y], [xIn, y]);
    if (y !== entryY) points.push([xIn, entryY]);
    points.push(end);
    return points;
  }
}
