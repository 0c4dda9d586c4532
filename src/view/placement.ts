// Where boxes go: frames in a column on the left; each object in the column after the box that first
// refers to it (depth-first from the frames, in row order), as level with that row as the column allows.
// A pure function of the snapshot: the same step always gets the same picture, however it was reached.

import { BOX_GAP, COLUMN_GAP, GARBAGE_GAP, HEADER_HEIGHT, ROW_HEIGHT } from './metrics';

/** A box to place: its size, and the rows' targets in order (only rows drawn as arrows). */
export interface Placeable {
  readonly key: string;
  readonly width: number;
  readonly height: number;
  /** y of each row's centre, from the box's top. */
  readonly rowCentres: readonly number[];
  readonly rowTargets: readonly (string | null)[];
  /** Frames place each variable's object level with the variable; objects place theirs level with themselves. */
  readonly isFrame: boolean;
}

export interface Placed {
  readonly x: number;
  readonly y: number;
  readonly column: number;
}

export interface Placement {
  readonly positions: ReadonlyMap<string, Placed>;
  /** Left edge and width of each column (column 0 holds the frames). */
  readonly columns: readonly { readonly x: number; readonly width: number }[];
  readonly garbageTop: number | null;
  readonly width: number;
  readonly height: number;
}

interface Column {
  width: number;
  bottom: number;
  readonly keys: string[];
}

/**
 * Places frames (top to bottom) and the objects reachable from them, then `heldRoots` (live objects no drawn box
 * refers to) and what they reach, then the unreachable objects below everything, starting from `garbageRoots` in
 * order. `boxOf` gives a box's size and rows.
 */
export function placeBoxes(
  frames: readonly Placeable[], heldRoots: readonly string[], garbageRoots: readonly string[],
  boxOf: (key: string) => Placeable | undefined, maxBoxes: number,
): Placement & { omitted: number } {
  const columns: Column[] = [{ width: 0, bottom: -BOX_GAP, keys: [] }];
  const ys = new Map<string, { column: number; y: number }>();
  let omitted = 0;
  let y = 0;
  for (const f of frames) {
    ys.set(f.key, { column: 0, y });
    columns[0].keys.push(f.key);
    columns[0].width = Math.max(columns[0].width, f.width);
    y += f.height + BOX_GAP;
    columns[0].bottom = y - BOX_GAP;
  }

  const columnAt = (i: number): Column => {
    while (columns.length <= i) columns.push({ width: 0, bottom: -Infinity, keys: [] });
    return columns[i];
  };
  /** Depth-first from `start`'s rows; each new box lands in the next column, level with its row if it can. */
  const walk = (start: Placeable, startColumn: number, startY: number) => {
    const stack: { key: string; column: number; desiredY: number }[] = [];
    const pushRows = (box: Placeable, column: number, top: number) => {
      for (let i = box.rowTargets.length - 1; i >= 0; i--) {
        const target = box.rowTargets[i];
        if (target === null || ys.has(target)) continue;
        // Next to a frame's variable, the object's title is level with the variable; next to an object, the
        // objects it refers to line up with its top, so a chain reads as one straight row.
        stack.push({ key: target, column: column + 1, desiredY: box.isFrame ? top + box.rowCentres[i] - HEADER_HEIGHT / 2 : top });
      }
    };
    pushRows(start, startColumn, startY);
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (ys.has(next.key)) continue;
      const box = boxOf(next.key);
      if (!box) continue;
      if (ys.size >= maxBoxes) {
        omitted++;
        continue;
      }
      const col = columnAt(next.column);
      const top = Math.max(next.desiredY, col.bottom + BOX_GAP, 0);
      ys.set(next.key, { column: next.column, y: top });
      col.keys.push(next.key);
      col.width = Math.max(col.width, box.width);
      col.bottom = top + box.height;
      pushRows(box, next.column, top);
    }
  };
  for (const f of frames) walk(f, 0, ys.get(f.key)!.y);

  /** A root starts a chain of its own in column 1, at `top` or below what column 1 has. */
  const placeRoot = (key: string, box: Placeable, top: number) => {
    const col = columnAt(1);
    const y = Math.max(top, col.bottom + BOX_GAP);
    ys.set(key, { column: 1, y });
    col.keys.push(key);
    col.width = Math.max(col.width, box.width);
    col.bottom = y + box.height;
    walk(box, 1, y);
  };
  for (const key of heldRoots) {
    const box = ys.has(key) ? undefined : boxOf(key);
    if (box) placeRoot(key, box, 0);
  }
  let garbageTop: number | null = null;
  for (const key of garbageRoots) {
    const box = ys.has(key) ? undefined : boxOf(key);
    if (!box) continue;
    // Below everything placed so far.
    if (garbageTop === null) garbageTop = Math.max(0, ...columns.map((c) => c.bottom)) + GARBAGE_GAP;
    placeRoot(key, box, garbageTop);
  }

  // Columns are as wide as their widest box; every box is left-aligned in its column.
  const columnX: { x: number; width: number }[] = [];
  let x = 0;
  for (const c of columns) {
    columnX.push({ x, width: c.width });
    x += c.width + COLUMN_GAP;
  }
  const positions = new Map<string, Placed>();
  for (const [key, p] of ys) positions.set(key, { x: columnX[p.column].x, y: p.y, column: p.column });
  const height = Math.max(0, ...columns.map((c) => c.bottom)) + ROW_HEIGHT;
  return { positions, columns: columnX, garbageTop, width: x, height, omitted };
}
