// Builds a Snapshot from the live VM without running any Python code (no user __repr__ is called).

import { PyObject } from './runtime/object';
import { PyDict, labelForKey } from './runtime/dict';
import {
  PyBool, PyFloat, PyFunction, PyInstance, PyInt, PyList, PyNone, PySet, PyStr, PyTuple, PyWeakref, PyModule, PyGenerator,
} from './runtime/objects';
import { PyType } from './runtime/types';
import { FIRST_HEAP_ID } from './runtime/shared';
import { displayRepr } from './displayRepr';
import { sizeOf } from './runtime/sizeof';
import type { Frame } from './vm/frame';
import { FastKind } from './bytecode/code';
import { isDunderName, walkHeap, type SnapshotScope } from './snapshotWalk';
import { libraryOf, moduleOfLibrary } from './snapshotLibrary';

export type { SnapshotScope };
import type { Interpreter } from './interpreter';
import type { FrameSnapshot, ObjectSnapshot, ReferenceSnapshot, Snapshot, StepEvent } from './snapshot';
import { PyBytes } from './runtime/bytesObject';
import { PyComplex } from './runtime/complexObject';

/** A scalar's value as the picture writes it in its box: its display repr. */
function scalarValue(o: PyObject, repr: string): string | undefined {
  if (o instanceof PyStr || o instanceof PyInt || o instanceof PyBool || o instanceof PyNone || o instanceof PyFloat) return repr;
  if (o instanceof PyBytes || o instanceof PyComplex) return repr;
  return undefined;
}

/** What the picture says of an object beyond its fields: a generator's state. */
function detailOf(o: PyObject): string | undefined {
  if (!(o instanceof PyGenerator)) return undefined;
  const f = o.frame;
  if (!f) return 'finished';
  if (o.running) return 'running';
  return f.pc === 0 ? 'not started' : `suspended at line ${f.lastLine()}`;
}

/** The name a learner knows an object by: a function's, class's, generator's or module's qualified name. */
function nameOf(o: PyObject): string | undefined {
  if (o instanceof PyFunction || o instanceof PyGenerator) return o.qualname;
  if (o instanceof PyType) return o.qualname;
  if (o instanceof PyModule) return o.name;
  return undefined;
}

/** A function's free variable names, in the order of its closure cells. */
function namesOf(o: PyObject): string[] | undefined {
  if (!(o instanceof PyFunction) || !o.closure) return undefined;
  const code = o.code.code;
  const kinds = code.localsplusKinds;
  return code.localsplusNames.filter((_, i) => kinds[i] & FastKind.FREE);
}

function lengthOf(o: PyObject): number | undefined {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PySet) return o.size;
  return undefined;
}


function frameSnapshot(frame: Frame, innermost: boolean, event: StepEvent, programFile: string): FrameSnapshot {
  const variables: ReferenceSnapshot[] = [];
  const ns = frame.localsDict;
  if (ns) {
    for (const e of ns.map.values()) {
      const name = (e.key as PyStr).value;
      if (!isDunderName(name)) variables.push({ label: name, targetId: e.value.id });
    }
  } else {
    const names = frame.code.localsplusNames;
    // A variable shared with a closure lives in a cell: the frame refers to the cell, as in CPython.
    frame.localsplus.forEach((v, i) => {
      if (v) variables.push({ label: names[i], targetId: v.id });
    });
  }
  const references: ReferenceSnapshot[] = [];
  frame.traverse((t, label) => references.push({ label, targetId: t.id }));
  const line = frame.code.lines[Math.max(0, innermost ? frame.pc : frame.pc - 1)] ?? frame.line;
  const top = frame.stack[frame.stack.length - 1];
  const returning = innermost && (event === 'return' || event === 'yield') && top ? { kind: event, valueId: top.id } : undefined;
  const library = moduleOfLibrary(frame.globals);
  // The function's __qualname__: a dataclass's __init__ is Point.__init__, though its code's is __create_fn__.<locals>.__init__.
  return {
    id: frame.id, name: frame.code.name, qualname: frame.func?.qualname ?? frame.code.qualname, line, variables,
    stack: frame.stack.map((v) => (v ? v.id : null)), references,
    ...(frame.localsDict && frame.localsDict !== frame.globals ? { isClassBody: true } : {}),
    ...optional('library', library),
    ...(library === undefined && frame.code.filename !== programFile ? { file: frame.code.filename } : {}),
    ...(ns ? { namespaceId: ns.id } : {}),
    ...(returning ? { returning } : {}),
  };
}

/** The references of `o`, cut to the rows a scope shows: returns how many items were left out. */
function scopedReferences(o: PyObject, scope: SnapshotScope | undefined, out: ReferenceSnapshot[]): number {
  const length = lengthOf(o);
  const limit = scope && length !== undefined && length > scope.rowLimit && !scope.expanded.has(o.id) ? scope.rowLimit : Infinity;
  if (limit === Infinity) {
    o.traverse((t, label) => out.push({ label, targetId: t.id }));
    if (o instanceof PyWeakref && o.target) out.push({ label: 'weakref', targetId: o.target.id, weak: true });
    return 0;
  }
  if (o instanceof PyList || o instanceof PyTuple) {
    for (let i = 0; i < limit; i++) out.push({ label: `[${i}]`, targetId: o.items[i].id });
  } else if (o instanceof PyDict) {
    let i = 0;
    for (const e of o.map.values()) {
      if (i++ >= limit) break;
      out.push({ label: 'key', targetId: e.key.id }, { label: `[${labelForKey(e.key)}]`, targetId: e.value.id });
    }
  } else if (o instanceof PySet) {
    o.ordered().slice(0, limit).forEach((x) => out.push({ label: '{}', targetId: x.id }));
  }
  return length! - limit;
}

/** Object ids (never negative) times this plus the index: a native numeric sort of these orders by id. */
const INDEX_SPAN = 2 ** 21;

/**
 * Sorts by id with one native numeric sort of id-and-index keys: the snapshots' shapes vary, so a comparator
 * reading `.id` is slow, and a comparator over a typed array of ids still calls back n log n times.
 */
function sortById(objects: ObjectSnapshot[]): void {
  const n = objects.length;
  if (n >= INDEX_SPAN) {
    objects.sort((a, b) => a.id - b.id);
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = objects[i].id * INDEX_SPAN + i;
  keys.sort();
  const byId = new Array<ObjectSnapshot>(n);
  for (let i = 0; i < n; i++) byId[i] = objects[keys[i] % INDEX_SPAN];
  for (let i = 0; i < n; i++) objects[i] = byId[i];
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [k in K]: V });
}

/**
 * The frames an uncaught exception passed through, outermost first, as its traceback keeps them: the state
 * where the program stopped. Their references are the frame objects' (held by the traceback), not their own.
 */
function tracebackFrames(exc: PyInstance, programFile: string): FrameSnapshot[] {
  return tracebackEntries(exc).map(({ tb, owned }) => {
    const snap = frameSnapshot(owned, false, 'exception', programFile);
    return { ...snap, line: tb.entry.line, references: [], heldBy: tb.frame.id, stack: [] };
  });
}

type TracebackLink = NonNullable<NonNullable<PyInstance['exc']>['tracebackHead']>;

/**
 * An uncaught exception's traceback entries whose frames still exist, outermost first, one per frame: a frame that
 * raised, caught and raised again is in the traceback twice, and is one box, at its outermost entry.
 */
function tracebackEntries(exc: PyInstance): { tb: TracebackLink; owned: Frame }[] {
  const out: { tb: TracebackLink; owned: Frame }[] = [];
  for (let tb = exc.exc?.tracebackHead ?? null; tb; tb = tb.next) {
    const owned = tb.frame.owned as Frame | null;
    if (owned && !out.some((e) => e.owned === owned)) out.push({ tb, owned });
  }
  return out;
}

/** The frames the picture draws at an uncaught exception's step: those its traceback keeps, outermost first. */
function framesShownAtException(interp: Interpreter, running: Frame[]): Frame[] {
  if (running.length > 0 || !interp.uncaught || interp.event !== 'exception') return running;
  return tracebackEntries(interp.uncaught).map((e) => e.owned);
}

/** The frames of the run, outermost first, with a global frame after the module body returned. */
function frameSnapshots(interp: Interpreter, frames: Frame[]): FrameSnapshot[] {
  const vm = interp.vm;
  const frameSnaps = frames.map((f, i) => frameSnapshot(f, i === frames.length - 1, interp.event, vm.filename));
  if (frames.length === 0 && interp.uncaught && interp.event === 'exception') {
    const fromTraceback = tracebackFrames(interp.uncaught, vm.filename);
    if (fromTraceback.length > 0) return fromTraceback;
  }
  if (frames.length === 0 && interp.status !== 'finished' && interp.status !== 'error') {
    // After the module body returned, its globals still live (until shutdown): show them as the global frame.
    const globals = vm.mainModule?.dict;
    if (globals?.alive) {
      const variables: ReferenceSnapshot[] = [];
      for (const e of globals.map.values()) {
        const name = (e.key as PyStr).value;
        if (!isDunderName(name)) variables.push({ label: name, targetId: e.value.id });
      }
      frameSnaps.push({ id: 0, name: '<module>', qualname: '<module>', line: 0, variables, stack: [], references: [] });
    }
  }
  return frameSnaps;
}

function interpreterRoots(interp: Interpreter): { roots: ReferenceSnapshot[]; rootObjects: PyObject[] } {
  const vm = interp.vm;
  const roots: ReferenceSnapshot[] = [];
  const rootObjects: PyObject[] = [];
  // A program that did not compile has no interpreter world (no sys.modules) to show.
  if (vm.modules) {
    roots.push({ label: 'sys.modules', targetId: vm.modules.dict.id });
    rootObjects.push(vm.modules.dict);
  }
  // The interpreter's own reference to the builtins dict, once the program has stored objects of its own there.
  if (vm.builtins && vm.builtins.gcGeneration >= 0) {
    roots.push({ label: 'builtins', targetId: vm.builtins.id });
    rootObjects.push(vm.builtins);
  } else if (vm.builtins) {
    // Left out as machinery, the builtins dict still holds its names: a str the program spells, such as "abs", is
    // that interned key (as in CPython), so the dict's reference to it shows as the interpreter's.
    for (const e of vm.builtins.map.values()) if (e.key.id >= FIRST_HEAP_ID) roots.push({ label: 'builtins name', targetId: e.key.id });
  }
  // The collector's own references to gc.garbage and gc.callbacks (gcstate's, besides the gc module's).
  for (const [label, list] of [['gc.garbage (the collector)', vm.gcGarbage], ['gc.callbacks (the collector)', vm.gcCallbacks]] as const) {
    if (!list) continue;
    roots.push({ label, targetId: list.id });
    rootObjects.push(list);
  }
  // atexit's registrations (its module state's references, as in CPython): the functions and their arguments.
  for (const cb of vm.exitCallbacks) {
    if (!cb) continue;
    const held = [cb.func, ...cb.args, ...(cb.kwargs?.values() ?? [])];
    held.forEach((o, i) => {
      roots.push({ label: i === 0 ? 'atexit' : 'atexit (an argument)', targetId: o.id });
      rootObjects.push(o);
    });
  }
  if (vm.moduleCode?.alive) {
    roots.push({ label: 'module code', targetId: vm.moduleCode.id });
    rootObjects.push(vm.moduleCode);
  }
  if (vm.lastGeneratorResult) {
    roots.push({ label: 'return value of the last finished generator', targetId: vm.lastGeneratorResult.id });
    rootObjects.push(vm.lastGeneratorResult);
  }
  vm.handling.forEach((e, i) => {
    roots.push({ label: `exception being handled #${i}`, targetId: e.id });
    rootObjects.push(e);
  });
  if (interp.uncaught) {
    roots.push({ label: 'the uncaught exception (sys.last_value)', targetId: interp.uncaught.id });
    rootObjects.push(interp.uncaught);
  }
  return { roots, rootObjects };
}

/** How many objects are alive and their bytes (sys.getsizeof summed), for a memory timeline. */
export function measureLive(interp: Interpreter): { objects: number; bytes: number } {
  const frames: Frame[] = [];
  for (let f = interp.vm.frame; f; f = f.back) frames.push(f);
  const walk = walkHeap(interp.vm, frames, interpreterRoots(interp).rootObjects, undefined, lengthOf, false);
  return { objects: walk.liveObjectCount, bytes: walk.liveBytes };
}

/**
 * The paused state as data. Without a scope every live object is described (tests check the ledger on
 * it); with one, only what a picture can show (see SnapshotScope), with the same totals.
 */
export function buildSnapshot(interp: Interpreter, scope?: SnapshotScope): Snapshot {
  const vm = interp.vm;
  const frames: Frame[] = [];
  for (let f = vm.frame; f; f = f.back) frames.push(f);
  frames.reverse();
  const frameSnaps = frameSnapshots(interp, frames);
  const { roots, rootObjects } = interpreterRoots(interp);

  // Drawn frames show their namespaces whole, so the walk must describe every variable's object (a global
  // frame kept by the traceback has more rows than a container shows).
  const walk = walkHeap(vm, framesShownAtException(interp, frames), rootObjects, scope, lengthOf, scope === undefined);
  const { liveObjectCount, liveBytes } = walk;
  const objects: ObjectSnapshot[] = [];
  const add = (o: PyObject, state: 'alive' | 'unreachable', size: number) => {
    const references: ReferenceSnapshot[] = [];
    const hiddenItems = scopedReferences(o, scope, references);
    const external = walk.externalReferrers.get(o.id);
    const repr = displayRepr(o);
    // Optional fields are set only when present (spreading one object per field made snapshots slow).
    const snap: Writable<ObjectSnapshot> = {
      id: o.id, type: o.type.name, repr, refcount: o.immortal ? 1 : o.refcount, size,
      gcTracked: o.gcGeneration >= 0, gcGeneration: o.gcGeneration, immortal: o.immortal, state,
      references, length: lengthOf(o), value: scalarValue(o, repr),
    };
    if (hiddenItems > 0) snap.hiddenItems = hiddenItems;
    const detail = detailOf(o);
    if (detail !== undefined) snap.detail = detail;
    const names = namesOf(o);
    if (names !== undefined) snap.names = names;
    const name = nameOf(o);
    if (name !== undefined) snap.name = name;
    const library = libraryOf(o);
    if (library !== undefined) snap.library = library;
    if (external) snap.externalReferrers = [...external.values()];
    objects.push(snap);
  };
  if (walk.described) {
    for (const o of walk.described) add(o, walk.isGarbage(o) ? 'unreachable' : 'alive', sizeOf(vm, o));
  } else {
    const { alive, aliveSizes, garbage, garbageSizes } = walk;
    // The walk measured what it counted: immortal objects (-1) are measured here.
    const measured = (o: PyObject, size: number) => (size >= 0 ? size : sizeOf(vm, o));
    for (let i = 0; i < alive.length; i++) add(alive[i], 'alive', measured(alive[i], aliveSizes[i]));
    for (const o of walk.shared) add(o, 'alive', sizeOf(vm, o));
    for (let i = 0; i < garbage.length; i++) add(garbage[i], 'unreachable', measured(garbage[i], garbageSizes[i]));
  }
  sortById(objects);

  const heap = vm.heap;
  const innermost = frames[frames.length - 1];
  return {
    status: interp.status,
    step: interp.steps,
    event: interp.event,
    idBase: interp.idBase,
    nextId: vm.heap.peekNextId(),
    line: interp.event === 'exit' ? null : innermost ? innermost.code.lines[innermost.pc] : interp.error?.line ?? null,
    frames: frameSnaps,
    objects,
    roots,
    stdout: vm.stdout,
    stderr: interp.stderr,
    stderrMarks: interp.stderrMarks.share(),
    gc: {
      enabled: heap.gcEnabled,
      counts: [heap.generations[0].count, heap.generations[1].count, heap.generations[2].count],
      thresholds: [heap.generations[0].threshold, heap.generations[1].threshold, heap.generations[2].threshold],
      collectionCount: vm.gcLog.count,
      stepCollections: vm.gcLog.since(interp.stepStartCollections),
    },
    error: interp.error,
    freedIds: scope ? [] : vm.freedLog?.slice() ?? [],
    liveObjectCount,
    liveBytes,
    ...(scope ? { partial: true } : {}),
  };
}
