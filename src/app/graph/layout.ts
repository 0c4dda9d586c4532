// A pure function from snapshot to box positions: frames in a column, objects in columns by distance from them.

import type { ObjectSnapshot, ReferenceSnapshot, Snapshot } from '../../python/snapshot';

export const FRAME_WIDTH = 190;
export const OBJECT_WIDTH = 200;
export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 26;
export const COLUMN_GAP = 70;
export const BOX_GAP = 28;
/** Containers show at most this many rows; the rest are summarised. */
export const MAX_ROWS = 8;

/** A row inside a box: a name and either an arrow to an object or an inline value. */
export interface Row {
  readonly label: string;
  readonly targetId: number | null;
  readonly inline: string | null;
  readonly weak: boolean;
}

export interface FrameBox {
  readonly id: number;
  readonly title: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rows: readonly Row[];
  readonly active: boolean;
}

export interface ObjectBox {
  readonly object: ObjectSnapshot;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rows: readonly Row[];
  /** Rows hidden because the container is large. */
  readonly hiddenRows: number;
}

export interface Edge {
  /** The box the arrow starts in (null for frames): an arrow back to its own box is drawn as a loop. */
  readonly fromId: number | null;
  readonly fromX: number;
  readonly fromY: number;
  readonly toId: number;
  readonly toX: number;
  readonly toY: number;
  readonly weak: boolean;
  readonly label: string;
}

export interface GraphLayout {
  readonly frames: readonly FrameBox[];
  readonly objects: readonly ObjectBox[];
  readonly edges: readonly Edge[];
  readonly width: number;
  readonly height: number;
}

export interface LayoutOptions {
  /** Draw shared objects and scalar values (small ints, None, True, False, strs) as boxes instead of inline. */
  showShared: boolean;
  /** Title of the module's frame box (translated by the caller). */
  globalFrameTitle?: string;
  /** Where each object was last time: objects keep their place from step to step. */
  previous?: ReadonlyMap<number, { x: number; y: number }>;
}

const SCALAR_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType']);

/** Whether an object is drawn inline inside the box that refers to it. */
export function isInline(o: ObjectSnapshot | undefined, options: LayoutOptions): boolean {
  if (!o) return true;
  if (options.showShared) return false;
  return o.immortal || SCALAR_TYPES.has(o.type);
}

/** Rows of an object's box: its items, entries or attributes (dict keys are folded into their entry). */
/** Which outgoing references a box lists, by type: internals (a function's globals, a module's dict) stay hidden. */
const SHOWN_REFERENCES: Record<string, (label: string) => boolean> = {
  module: () => false,
  type: () => false,
  code: () => false,
  function: (l) => l === '__defaults__' || l === '__closure__',
};

function rowsOf(o: ObjectSnapshot, byId: ReadonlyMap<number, ObjectSnapshot>, options: LayoutOptions): Row[] {
  const rows: Row[] = [];
  const shown = SHOWN_REFERENCES[o.type] ?? (() => true);
  const refs = o.references.filter((r) => shown(r.label) && r.label !== 'key' && r.label !== 'attribute name' && r.label !== '__class__' && r.label !== 'const cache');
  for (const r of refs) rows.push(rowFor(r, byId, options));
  return rows;
}

function rowFor(r: ReferenceSnapshot, byId: ReadonlyMap<number, ObjectSnapshot>, options: LayoutOptions): Row {
  const target = byId.get(r.targetId);
  if (isInline(target, options)) return { label: r.label, targetId: null, inline: target?.value ?? target?.repr ?? '?', weak: !!r.weak };
  return { label: r.label, targetId: r.targetId, inline: null, weak: !!r.weak };
}

const CLASS_PARTS = new Set(['function', 'getset_descriptor', 'member_descriptor', 'property', 'staticmethod', 'classmethod']);

/**
 * The parts of classes that are garbage (their dict, mro and bases tuples, descriptors and methods):
 * drawn as part of the class box, so a collected class shows as one box, not seven.
 */
function garbageClassParts(snap: Snapshot, byId: ReadonlyMap<number, ObjectSnapshot>): Set<number> {
  const parts = new Set<number>();
  const garbage = (id: number) => byId.get(id)?.state === 'unreachable';
  for (const t of snap.objects) {
    if (t.type !== 'type' || t.state !== 'unreachable') continue;
    for (const r of t.references) {
      if (!garbage(r.targetId) || !['__dict__', '__mro__', '__bases__'].includes(r.label)) continue;
      parts.add(r.targetId);
      if (r.label !== '__dict__') continue;
      for (const entry of byId.get(r.targetId)!.references) {
        if (garbage(entry.targetId) && CLASS_PARTS.has(byId.get(entry.targetId)!.type)) parts.add(entry.targetId);
      }
    }
  }
  return parts;
}

/** Lays out a snapshot. Same snapshot and previous positions give the same result. */
export function layoutSnapshot(snap: Snapshot, options: LayoutOptions): GraphLayout {
  const byId = new Map(snap.objects.map((o) => [o.id, o]));
  const frames: FrameBox[] = [];
  let y = 0;
  snap.frames.forEach((f, i) => {
    const rows = f.variables.map((v) => rowFor(v, byId, options));
    const height = HEADER_HEIGHT + Math.max(1, rows.length) * ROW_HEIGHT + 8;
    frames.push({ id: f.id, title: f.name === '<module>' ? options.globalFrameTitle ?? 'Global frame' : f.isClassBody ? `class ${f.qualname}` : `${f.qualname}()`, x: 0, y, width: FRAME_WIDTH, height, rows, active: i === snap.frames.length - 1 });
    y += height + BOX_GAP;
  });

  // Breadth-first from the frames: an object's column is its distance from a variable.
  const column = new Map<number, number>();
  const order: number[] = [];
  let queue: number[] = [];
  for (const f of frames) for (const r of f.rows) if (r.targetId !== null && !column.has(r.targetId)) {
    column.set(r.targetId, 1);
    queue.push(r.targetId);
  }
  while (queue.length > 0) {
    const next: number[] = [];
    for (const id of queue) {
      order.push(id);
      const o = byId.get(id);
      if (!o) continue;
      for (const row of rowsOf(o, byId, options)) {
        if (row.targetId !== null && !column.has(row.targetId) && !isInline(byId.get(row.targetId), options)) {
          column.set(row.targetId, column.get(id)! + 1);
          next.push(row.targetId);
        }
      }
    }
    queue = next;
  }
  // Objects not reached from a variable: garbage (a leaked cycle) and interpreter-held objects worth showing.
  // Garbage is spread over a few columns of its own so the arrows of a cycle stay readable.
  const maxColumn = Math.max(1, ...column.values());
  let garbageIndex = 0;
  const classParts = garbageClassParts(snap, byId);
  for (const o of snap.objects) {
    if (column.has(o.id) || isInline(o, options) || classParts.has(o.id)) continue;
    if (o.state === 'unreachable') {
      column.set(o.id, maxColumn + 1 + (garbageIndex++ % 3));
      order.push(o.id);
    }
  }

  const columnHeights = new Map<number, number>();
  const objects: ObjectBox[] = [];
  const placed = new Map<number, { x: number; y: number }>();
  for (const id of order) {
    const o = byId.get(id);
    if (!o) continue;
    const allRows = rowsOf(o, byId, options);
    const rows = allRows.slice(0, MAX_ROWS);
    const height = HEADER_HEIGHT + Math.max(1, rows.length + (allRows.length > MAX_ROWS ? 1 : 0)) * ROW_HEIGHT + 8;
    const col = column.get(id)!;
    const prev = options.previous?.get(id);
    let pos: { x: number; y: number };
    if (prev) pos = prev;
    else {
      const colY = columnHeights.get(col) ?? 0;
      pos = { x: FRAME_WIDTH + COLUMN_GAP + (col - 1) * (OBJECT_WIDTH + COLUMN_GAP), y: colY };
    }
    columnHeights.set(col, Math.max(columnHeights.get(col) ?? 0, pos.y + height + BOX_GAP));
    placed.set(id, pos);
    objects.push({ object: o, x: pos.x, y: pos.y, width: OBJECT_WIDTH, height, rows, hiddenRows: allRows.length - rows.length });
  }

  const edges: Edge[] = [];
  const boxOf = new Map(objects.map((b) => [b.object.id, b]));
  const addEdges = (fromId: number | null, x: number, top: number, width: number, rows: readonly Row[]) => {
    rows.forEach((r, i) => {
      if (r.targetId === null) return;
      const target = boxOf.get(r.targetId);
      if (!target) return;
      edges.push({
        fromId,
        fromX: x + width - 10, fromY: top + HEADER_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2,
        toId: r.targetId, toX: target.x, toY: target.y + HEADER_HEIGHT / 2, weak: r.weak, label: r.label,
      });
    });
  };
  for (const f of frames) addEdges(null, f.x, f.y, f.width, f.rows);
  for (const b of objects) addEdges(b.object.id, b.x, b.y, b.width, b.rows);

  const width = Math.max(FRAME_WIDTH, ...objects.map((b) => b.x + b.width)) + 20;
  const height = Math.max(y, ...objects.map((b) => b.y + b.height)) + 20;
  return { frames, objects, edges, width, height };
}
