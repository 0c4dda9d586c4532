// From a snapshot to the picture: box contents and sizes, positions, arrow routes, and the references
// each badge counts that no arrow shows. A pure function: the same snapshot gives the same picture.

import type { FrameSnapshot, ObjectSnapshot, Snapshot } from '../python/snapshot';
import type { Box, Edge, FrameBox, GraphLayout, ObjectBox, Row, ViewOptions } from './model';
import { BoxContents, drawnFrames, type BoxContent, type RowSpec } from './boxes';
import {
  BOX_PADDING, COLUMN_GAP, DETAIL_HEIGHT, DOT_ROOM, HEADER_HEIGHT, MAX_BOX_WIDTH, MIN_FRAME_WIDTH, MIN_OBJECT_WIDTH,
  NOTE_HEIGHT, ROW_HEIGHT, fitText, textWidth, objectHeaderRoom, frameHeaderRoom,
} from './metrics';
import { placeBoxes, type Placeable } from './placement';
import { Router } from './routing';
import { referenceNotes, type ObjectNotes } from './notes';

/** Room for "Global frame" / "Frame global". */
const MODULE_FRAME_TITLE_ROOM = 'Global frame';

/** At most this many object boxes are laid out; the rest are counted in `omitted`. */
export const MAX_BOXES = 1200;

interface Sized {
  readonly key: string;
  readonly content: BoxContent;
  readonly rows: Row[];
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly fullTitle?: string;
}

/** A row's label and value cut to the box width; the full text kept for the tooltip. */
function fitRow(r: RowSpec, width: number): Row {
  const room = width - 2 * BOX_PADDING - DOT_ROOM;
  const value = r.value === null ? null : r.value;
  const valueRoom = value === null ? 0 : Math.min(textWidth(value), Math.max(room * 0.6, room - textWidth(r.label) - 8));
  const label = fitText(r.label, room - valueRoom - (value === null ? 0 : 8));
  const shownValue = value === null ? null : fitText(value, valueRoom);
  const base: Row = { label, value: shownValue, targetId: r.targetId, weak: r.weak, kind: r.kind };
  return label !== r.label || shownValue !== value ? { ...base, full: value === null ? r.label : `${r.label} = ${value}` } : base;
}

function size(content: BoxContent, minWidth: number, extraTitle: number, noteLine: boolean): { width: number; height: number } {
  const rowWidths = content.rows.map((r) => textWidth(r.label) + (r.value === null ? 0 : textWidth(r.value) + 12) + 2 * BOX_PADDING + DOT_ROOM);
  const titleWidth = textWidth(content.title) + extraTitle + 2 * BOX_PADDING;
  const detailWidth = content.detail ? textWidth(content.detail) + 2 * BOX_PADDING : 0;
  const width = Math.min(MAX_BOX_WIDTH, Math.ceil(Math.max(minWidth, titleWidth, detailWidth, ...rowWidths)));
  const height = HEADER_HEIGHT + (content.detail ? DETAIL_HEIGHT : 0) + content.rows.length * ROW_HEIGHT + (noteLine ? NOTE_HEIGHT : 0) + 6;
  return { width, height };
}

/** y of row `i`'s centre from the top of a box. */
function rowCentre(detail: boolean, i: number): number {
  return HEADER_HEIGHT + (detail ? DETAIL_HEIGHT : 0) + i * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/**
 * Lays out a snapshot: frames left, objects right, unreachable objects below. Example:
 * `layoutSnapshot(interp.snapshot(), { showShared: false }).boxes.map((b) => b.title)`.
 */
/** A frame header's place label: the program's line, or the file and line of code compiled from other text. */
function frameLineLabel(f: FrameSnapshot): string {
  return f.file !== undefined ? `${f.file}:${f.line}` : `line ${f.line}`;
}

export function layoutSnapshot(snap: Snapshot, options: ViewOptions): GraphLayout {
  const first = layoutOnce(snap, options, new Set());
  // A box whose notes were not foreseen (an arrow that could not be drawn) gets its notes line in a second pass.
  const unforeseen = first.layout.boxes.filter((b): b is ObjectBox => b.kind === 'object' && b.notes.length > 0 && !first.noteLines.has(b.objectId));
  if (unforeseen.length === 0) return first.layout;
  return layoutOnce(snap, options, new Set(unforeseen.map((b) => b.objectId))).layout;
}

function layoutOnce(snap: Snapshot, options: ViewOptions, forceNoteLine: ReadonlySet<number>): { layout: GraphLayout; noteLines: Set<number> } {
  const contents = new BoxContents(snap, options);
  const noteLines = new Set<number>();
  const drawnKey = (id: number | null) => (id !== null && !contents.isInline(id) && contents.byId.has(id) ? `o${id}` : null);

  const shownFrames = drawnFrames(snap);
  const frameCount = shownFrames.length;
  const frameContents = shownFrames.map((f) => contents.frame(f));
  const objectCache = new Map<string, Sized>();
  const rowSpecs = new Map<string, RowSpec[]>();
  // Notes need every drawn arrow, so they are written after placement; boxes reserve their line before.
  const notesOf = referenceNotes(snap, contents);

  const sizeObject = (key: string): Sized | undefined => {
    const cached = objectCache.get(key);
    if (cached) return cached;
    const o = contents.byId.get(Number(key.slice(1)));
    if (!o) return undefined;
    const content = contents.object(o);
    const titleText = `${content.title} #${o.id - snap.idBase + 1}`;
    const noteLine = forceNoteLine.has(o.id) || notesOf.needsLine(o);
    if (noteLine) noteLines.add(o.id);
    const headerRoom = objectHeaderRoom(o.size);
    const { width, height } = size({ ...content, title: titleText }, MIN_OBJECT_WIDTH, headerRoom, noteLine);
    const title = fitText(titleText, width - 2 * BOX_PADDING - headerRoom);
    const sized: Sized = {
      key, content, rows: content.rows.map((r) => fitRow(r, width)), width, height, title,
      ...(title !== titleText ? { fullTitle: titleText } : {}),
    };
    rowSpecs.set(key, content.rows);
    objectCache.set(key, sized);
    return sized;
  };
  const placeable = (key: string, s: Sized, detail: boolean, isFrame: boolean): Placeable => ({
    key, width: s.width, height: s.height, isFrame,
    rowCentres: s.content.rows.map((_, i) => rowCentre(detail, i)),
    rowTargets: s.content.rows.map((r) => (r.value === null ? drawnKey(r.targetId) : null)),
  });

  const frames: Sized[] = shownFrames.map((f, i) => {
    const content = frameContents[i];
    // The module frame's title is translated by the page: size it for the longest translation.
    const sizedTitle = f.name === '<module>' ? { ...content, title: MODULE_FRAME_TITLE_ROOM } : content;
    const headerRoom = frameHeaderRoom(frameLineLabel(f));
    const { width, height } = size(sizedTitle, MIN_FRAME_WIDTH, headerRoom, false);
    const title = fitText(content.title, width - 2 * BOX_PADDING - headerRoom);
    rowSpecs.set(`f${f.id}`, content.rows);
    return {
      key: `f${f.id}`, content, rows: content.rows.map((r) => fitRow(r, width)), width, height, title,
      ...(title !== content.title ? { fullTitle: content.title } : {}),
    };
  });
  // All frames share the column's width so their dots line up.
  const frameWidth = Math.max(MIN_FRAME_WIDTH, ...frames.map((f) => f.width));
  const framePlaceables = frames.map((f) => placeable(f.key, { ...f, width: frameWidth }, false, true));

  const garbageRoots = garbageRootKeys(snap, contents);
  const placement = placeBoxes(framePlaceables, pausedProgramCode(snap, contents), garbageRoots, (key) => {
    const s = sizeObject(key);
    return s ? placeable(key, s, !!s.content.detail, false) : undefined;
  }, MAX_BOXES);

  const boxes: Box[] = [];
  shownFrames.forEach((f, i) => {
    const s = frames[i];
    const p = placement.positions.get(s.key)!;
    const box: FrameBox = {
      kind: 'frame', key: s.key, frameId: f.id, x: p.x, y: p.y, width: frameWidth, height: s.height, title: s.title,
      ...(s.fullTitle ? { fullTitle: s.fullTitle } : {}), rows: s.rows,
      active: i === frameCount - 1, line: f.line, lineLabel: frameLineLabel(f), isModule: f.name === '<module>',
    };
    boxes.push(box);
  });
  const byKey = new Map<string, { x: number; y: number; width: number; height: number; detail: boolean; column: number }>();
  for (const b of boxes) byKey.set(b.key, { x: b.x, y: b.y, width: b.width, height: b.height, detail: false, column: 0 });
  for (const [key, p] of placement.positions) {
    if (key.startsWith('f')) continue;
    const s = objectCache.get(key)!;
    byKey.set(key, { x: p.x, y: p.y, width: s.width, height: s.height, detail: !!s.content.detail, column: p.column });
  }

  // Arrows: from every row whose target has a box.
  const boxesByColumn = placement.columns.map(() => [] as { top: number; bottom: number }[]);
  for (const [, b] of byKey) boxesByColumn[b.column].push({ top: b.y, bottom: b.y + b.height });
  const router = new Router(placement.columns, boxesByColumn, COLUMN_GAP);
  const edges: Edge[] = [];
  const drawn: { holder: string; refLabel: string; targetId: number }[] = [];
  for (const [key, from] of byKey) {
    const specs = rowSpecs.get(key) ?? [];
    specs.forEach((r, i) => {
      if (r.value !== null || r.targetId === null) return;
      const toKey = `o${r.targetId}`;
      const to = byKey.get(toKey);
      if (!to) return;
      drawn.push({ holder: r.holder, refLabel: r.refLabel, targetId: r.targetId });
      const startX = from.x + from.width - 10;
      const startY = from.y + rowCentre(from.detail, i);
      const column = placement.columns[from.column];
      // Forward arrows enter the target's left side level with their row when they can (a straight line);
      // the others enter beside its title.
      const forward = to.column > from.column;
      const entryY = forward ? Math.min(to.y + to.height - 8, Math.max(to.y + 8, startY)) : to.y + HEADER_HEIGHT / 2;
      const points = router.route(from.column, startX, startY, to.column, to.x, entryY);
      // The first run leaves along the row to the column's edge, where no other box can be.
      if (points.length > 2 && points[1][0] < column.x + column.width) points[1] = [column.x + column.width, points[1][1]];
      edges.push({ key: `${key}:${i}`, fromKey: key, rowIndex: i, toKey, weak: r.weak, points });
    });
  }

  const boxed = new Set<number>();
  for (const key of placement.positions.keys()) if (key.startsWith('o')) boxed.add(Number(key.slice(1)));
  const notes = notesOf.finish(drawn, boxed);
  for (const [key, p] of placement.positions) {
    if (key.startsWith('f')) continue;
    const s = objectCache.get(key)!;
    const o = contents.byId.get(Number(key.slice(1)))!;
    boxes.push(objectBox(o, s, p.x, p.y, snap.idBase, notes.get(o.id)));
  }
  const width = Math.max(placement.width, ...boxes.map((b) => b.x + b.width)) + 20;
  const height = Math.max(placement.height, ...boxes.map((b) => b.y + b.height)) + 20;
  return { layout: { boxes, edges, width, height, garbageTop: placement.garbageTop, omitted: placement.omitted }, noteLines };
}

function objectBox(o: ObjectSnapshot, s: Sized, x: number, y: number, idBase: number, notes: ObjectNotes | undefined): ObjectBox {
  return {
    kind: 'object', key: s.key, objectId: o.id, type: o.type, number: o.id - idBase + 1, refcount: o.refcount, size: o.size,
    state: o.state, x, y, width: s.width, height: s.height, title: s.title, ...(s.fullTitle ? { fullTitle: s.fullTitle } : {}),
    rows: s.rows, ...(s.content.detail ? { detail: s.content.detail } : {}),
    notes: notes?.phrases ?? [], noteSentences: notes?.sentences ?? [], notedReferences: notes?.count ?? 0,
    collapsed: (o.hiddenItems ?? 0) > 0,
  };
}

/**
 * The program's generators and coroutines that are paused (not started, or suspended at a line) and live: a
 * library holds them when no drawn box does (asyncio's Tasks, a @contextmanager's generator during its with
 * block), and their frames are the program's even so.
 */
function pausedProgramCode(snap: Snapshot, contents: BoxContents): string[] {
  const keys: string[] = [];
  for (const o of snap.objects) {
    if (o.state === 'unreachable' || o.library !== undefined || contents.isInline(o.id)) continue;
    if (o.type !== 'generator' && o.type !== 'coroutine' && o.type !== 'async_generator') continue;
    if (o.detail === 'not started' || o.detail?.startsWith('suspended')) keys.push(`o${o.id}`);
  }
  return keys;
}

/** References through which an object is part of its holder's box (or its internals), never a box of its own. */
const PART_LABELS = new Set(['__dict__', '__mro__', '__bases__', '__closure__', '__defaults__', '__kwdefaults__', '__objclass__']);

/**
 * Unreachable objects that start a chain of their own: first the heads (no garbage refers to them), then
 * the rest lowest id first (a leftover cycle starts at its lowest member; placed objects are skipped).
 * A dead class's dict, tuples, methods and descriptors belong to the class's box and are never roots, and what
 * dead machinery (code) or a library's dead class or function holds belongs to it.
 */
function garbageRootKeys(snap: Snapshot, contents: BoxContents): string[] {
  const garbage = snap.objects.filter((o) => o.state === 'unreachable');
  const isGarbage = new Set(garbage.map((o) => o.id));
  const internal = new Set<number>();
  for (const o of garbage) {
    for (const r of o.references) {
      if (!isGarbage.has(r.targetId) || !PART_LABELS.has(r.label)) continue;
      internal.add(r.targetId);
      // What a dead class's dict holds (methods, descriptors) is drawn with the class, if at all.
      if (o.type === 'type' && r.label === '__dict__') {
        for (const e of contents.byId.get(r.targetId)?.references ?? []) if (isGarbage.has(e.targetId) && e.targetId !== o.id) internal.add(e.targetId);
      }
    }
    if (o.type === 'getset_descriptor' || o.type === 'member_descriptor') internal.add(o.id);
  }
  // What dead machinery or a library's dead class or function holds, and what that holds (a code object's
  // constants, the cycles datetime's import leaves), belongs to it: written inline, it has no box to join.
  const queue = garbage.filter((o) => contents.isInline(o.id));
  const queued = new Set(queue.map((o) => o.id));
  for (let i = 0; i < queue.length; i++) {
    for (const r of queue[i].references) {
      const target = contents.byId.get(r.targetId);
      if (!target || !isGarbage.has(target.id) || queued.has(target.id)) continue;
      internal.add(target.id);
      queued.add(target.id);
      queue.push(target);
    }
  }
  const candidates = garbage.filter((o) => !internal.has(o.id) && !contents.isInline(o.id));
  const held = new Set<number>();
  for (const o of candidates) for (const r of o.references) if (r.targetId !== o.id) held.add(r.targetId);
  const heads = candidates.filter((o) => !held.has(o.id));
  return [...heads, ...candidates.filter((o) => held.has(o.id))].map((o) => `o${o.id}`);
}
