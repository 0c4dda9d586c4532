// Builds a Snapshot from the live VM without running any Python code (no user __repr__ is called).

import { FIRST_HEAP_ID } from './runtime/heap';
import { PyObject } from './runtime/object';
import { PyDict, labelForKey } from './runtime/dict';
import {
  PyBool, PyBuiltinFunction, PyCell, PyFloat, PyFunction, PyInstance, PyInt, PyList, PyNone, PySet, PyStr, PyTuple,
  PyWeakref, PyModule, PyGenerator, PyBoundMethod, PyClassAttributeDescriptor,
} from './runtime/objects';
import { PyType } from './runtime/types';
import { T } from './runtime/builtinTypes';
import { floatRepr, strRepr } from './format';
import { sizeOf } from './runtime/sizeof';
import type { Frame } from './vm/frame';
import { FastKind } from './bytecode/code';
import type { Interpreter } from './interpreter';
import type { ExternalReferrer, FrameSnapshot, ObjectSnapshot, ReferenceSnapshot, Snapshot, StepEvent } from './snapshot';

const MAX_REPR = 60;

function clip(s: string): string {
  return s.length > MAX_REPR ? s.slice(0, MAX_REPR - 1) + '…' : s;
}

/** A display repr that never calls Python code. */
export function displayRepr(o: PyObject, depth = 0): string {
  if (o instanceof PyStr) return clip(strRepr(o.value));
  if (o instanceof PyInt) return String(o.value);
  if (o instanceof PyBool) return o.value ? 'True' : 'False';
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (depth > 1) return '…';
  if (o instanceof PyList) return clip('[' + o.items.slice(0, 8).map((x) => displayRepr(x, depth + 1)).join(', ') + (o.items.length > 8 ? ', …' : '') + ']');
  if (o instanceof PyTuple) return clip('(' + o.items.slice(0, 8).map((x) => displayRepr(x, depth + 1)).join(', ') + (o.items.length === 1 ? ',' : '') + ')');
  if (o instanceof PyDict) return clip('{' + [...o.map.values()].slice(0, 6).map((e) => `${displayRepr(e.key, depth + 1)}: ${displayRepr(e.value, depth + 1)}`).join(', ') + '}');
  if (o instanceof PySet) return o.size === 0 ? 'set()' : clip('{' + o.ordered().slice(0, 8).map((x) => displayRepr(x, depth + 1)).join(', ') + '}');
  if (o instanceof PyFunction) return `<function ${o.qualname}>`;
  if (o instanceof PyBuiltinFunction) return `<built-in ${o.name}>`;
  if (o instanceof PyBoundMethod) return `<bound method>`;
  if (o instanceof PyType) return `<class '${o.qualname}'>`;
  if (o instanceof PyInstance) return `<${o.type.qualname} object>`;
  if (o instanceof PyModule) return `<module '${o.name}'>`;
  if (o instanceof PyGenerator) return `<generator ${o.qualname}>`;
  if (o instanceof PyCell) return `<cell>`;
  if (o instanceof PyWeakref) return o.target ? `<weakref to ${o.target.type.name}>` : '<weakref dead>';
  if (o instanceof PyClassAttributeDescriptor) return `<${o.type === T.member_descriptor ? 'member' : 'attribute'} '${o.name}' of '${o.owner?.qualname ?? '?'}'>`;
  return `<${o.type.name}>`;
}

function scalarValue(o: PyObject): string | undefined {
  if (o instanceof PyStr || o instanceof PyInt || o instanceof PyBool || o instanceof PyNone || o instanceof PyFloat) return displayRepr(o);
  return undefined;
}

/** What the picture says of an object beyond its fields: a generator's state. */
function detailOf(o: PyObject): string | undefined {
  if (!(o instanceof PyGenerator)) return undefined;
  const f = o.frame;
  if (!f) return 'finished';
  if (o.running) return 'running';
  return f.pc === 0 ? 'not started' : `suspended at line ${f.code.lines[Math.max(0, f.pc - 1)]}`;
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


function isDunder(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__');
}

function frameSnapshot(frame: Frame, innermost: boolean, event: StepEvent): FrameSnapshot {
  const variables: ReferenceSnapshot[] = [];
  const ns = frame.localsDict;
  if (ns) {
    for (const e of ns.map.values()) {
      const name = (e.key as PyStr).value;
      if (!isDunder(name)) variables.push({ label: name, targetId: e.value.id });
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
  return {
    id: frame.id, name: frame.code.name, qualname: frame.code.qualname, line, variables,
    stack: frame.stack.map((v) => (v ? v.id : null)), references,
    ...(frame.localsDict && frame.localsDict !== frame.globals ? { isClassBody: true } : {}),
    ...(ns ? { namespaceId: ns.id } : {}),
    ...(returning ? { returning } : {}),
  };
}

/**
 * What a picture needs of a big heap: containers show their first `rowLimit` items (all of them once
 * expanded), and at most `maxObjects` objects are described. Everything else still counts in the totals,
 * and references from objects left out are summed up per object (externalReferrers).
 */
export interface SnapshotScope {
  readonly rowLimit: number;
  readonly expanded: ReadonlySet<number>;
  readonly maxObjects: number;
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

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [k in K]: V });
}

/** The frames of the run, outermost first, with a global frame after the module body returned. */
function frameSnapshots(interp: Interpreter, frames: Frame[]): FrameSnapshot[] {
  const vm = interp.vm;
  const frameSnaps = frames.map((f, i) => frameSnapshot(f, i === frames.length - 1, interp.event));
  if (frames.length === 0 && interp.status !== 'finished' && interp.status !== 'error') {
    // After the module body returned, its globals still live (until shutdown): show them as the global frame.
    const globals = vm.mainModule?.dict;
    if (globals?.alive) {
      const variables: ReferenceSnapshot[] = [];
      for (const e of globals.map.values()) {
        const name = (e.key as PyStr).value;
        if (!isDunder(name)) variables.push({ label: name, targetId: e.value.id });
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
  for (const [name, m] of vm.modules) {
    roots.push({ label: `sys.modules['${name}']`, targetId: m.id });
    rootObjects.push(m);
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
  return { roots, rootObjects };
}

/** Live objects: those reachable from frames and roots, the garbage only the gc lists know, and their totals. */
interface Census {
  readonly reachable: Set<PyObject>;
  readonly garbage: Set<PyObject>;
  /** Builtin objects every interpreter shares (`object`, builtin types' methods), reached from garbage. */
  readonly shared: Set<PyObject>;
  readonly liveObjectCount: number;
  readonly liveBytes: number;
}

function censusOf(interp: Interpreter, frames: Frame[], rootObjects: PyObject[]): Census {
  const vm = interp.vm;
  const reachable = new Set<PyObject>();
  const work: PyObject[] = [...rootObjects];
  for (const f of frames) f.traverse((t) => work.push(t));
  const builtinsDict = vm.builtins;
  while (work.length > 0) {
    const o = work.pop()!;
    if (reachable.has(o) || o === builtinsDict) continue;
    reachable.add(o);
    o.traverse((t) => work.push(t));
  }
  const garbage = new Set<PyObject>();
  const gwork: PyObject[] = [];
  for (const g of vm.heap.generations) for (const o of g.objects) if (!reachable.has(o)) gwork.push(o);
  const shared = new Set<PyObject>();
  while (gwork.length > 0) {
    const o = gwork.pop()!;
    if (reachable.has(o) || garbage.has(o) || shared.has(o) || !o.alive) continue;
    if (o.id < FIRST_HEAP_ID) {
      shared.add(o);
      continue;
    }
    garbage.add(o);
    o.traverse((t) => gwork.push(t));
  }
  let liveBytes = 0;
  let liveObjectCount = 0;
  const count = (o: PyObject) => {
    if (o.immortal) return;
    liveObjectCount++;
    liveBytes += sizeOf(vm, o);
  };
  reachable.forEach(count);
  garbage.forEach(count);
  return { reachable, garbage, shared, liveObjectCount, liveBytes };
}

/** How many objects are alive and their bytes (sys.getsizeof summed), for a memory timeline. */
export function measureLive(interp: Interpreter): { objects: number; bytes: number } {
  const frames: Frame[] = [];
  for (let f = interp.vm.frame; f; f = f.back) frames.push(f);
  const { liveObjectCount, liveBytes } = censusOf(interp, frames, interpreterRoots(interp).rootObjects);
  return { objects: liveObjectCount, bytes: liveBytes };
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

  const { reachable, garbage, shared, liveObjectCount, liveBytes } = censusOf(interp, frames, rootObjects);
  const described = scope ? objectsInScope(vm, frames, rootObjects, garbage, scope) : null;
  const objects: ObjectSnapshot[] = [];
  const add = (o: PyObject, state: 'alive' | 'unreachable') => {
    if (described && !described.has(o)) return;
    const references: ReferenceSnapshot[] = [];
    const hiddenItems = scopedReferences(o, scope, references);
    objects.push({
      id: o.id, type: o.type.name, repr: displayRepr(o), refcount: o.immortal ? 1 : o.refcount, size: sizeOf(vm, o),
      gcTracked: o.gcGeneration >= 0, gcGeneration: o.gcGeneration, immortal: o.immortal, state,
      references, length: lengthOf(o), value: scalarValue(o),
      ...(hiddenItems > 0 ? { hiddenItems } : {}),
      ...optional('detail', detailOf(o)),
      ...optional('names', namesOf(o)),
      ...optional('name', nameOf(o)),
    });
  };
  for (const o of reachable) add(o, 'alive');
  for (const o of shared) add(o, 'alive');
  for (const o of garbage) add(o, 'unreachable');
  objects.sort((a, b) => a.id - b.id);
  if (described) addExternalReferrers(objects, described, reachable, garbage, scope!);

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
    gc: {
      enabled: heap.gcEnabled,
      counts: [heap.generations[0].count, heap.generations[1].count, heap.generations[2].count],
      thresholds: [heap.generations[0].threshold, heap.generations[1].threshold, heap.generations[2].threshold],
      collectionCount: vm.gcLog.count,
      stepCollections: vm.gcLog.since(interp.stepStartCollections),
    },
    error: interp.error,
    freedIds: scope ? [] : vm.freedIds.slice(),
    liveObjectCount,
    liveBytes,
    ...(scope ? { partial: true } : {}),
  };
}

/**
 * The objects a scoped snapshot describes: breadth-first from the frames, the interpreter's roots and then
 * the garbage, following only the rows the scope shows, until maxObjects.
 */
function objectsInScope(vm: Interpreter['vm'], frames: Frame[], rootObjects: PyObject[], garbage: Set<PyObject>, scope: SnapshotScope): Set<PyObject> {
  const included = new Set<PyObject>();
  const queue: PyObject[] = [];
  const enqueue = (o: PyObject) => {
    if (included.has(o) || included.size >= scope.maxObjects || o === vm.builtins) return;
    included.add(o);
    queue.push(o);
  };
  for (const f of frames) f.traverse(enqueue);
  for (const o of rootObjects) enqueue(o);
  const byId = new Map<number, PyObject>();
  const drain = () => {
    for (let i = 0; i < queue.length; i++) {
      const o = queue[i];
      const refs: ReferenceSnapshot[] = [];
      scopedReferences(o, scope, refs);
      if (refs.length === 0) continue;
      // Map ids back to objects through one traverse (references are found by the object itself).
      byId.clear();
      o.traverse((t) => byId.set(t.id, t));
      for (const r of refs) {
        const t = byId.get(r.targetId);
        if (t) enqueue(t);
      }
    }
    queue.length = 0;
  };
  drain();
  [...garbage].sort((a, b) => a.id - b.id).forEach(enqueue);
  drain();
  return included;
}

/** For each described object, the references it gets from objects left out of the scope, grouped. */
function addExternalReferrers(objects: ObjectSnapshot[], described: Set<PyObject>, reachable: Set<PyObject>, garbage: Set<PyObject>, scope: SnapshotScope): void {
  const groups = new Map<number, Map<string, ExternalReferrer>>();
  const note = (holder: PyObject, target: PyObject, label: string) => {
    if (!described.has(target) || target.immortal) return;
    let byKey = groups.get(target.id);
    if (!byKey) groups.set(target.id, (byKey = new Map()));
    const generic = label.replace(/^\[\d+\]$/, '[i]');
    const key = `${holder.type.name}\u0000${generic}`;
    const g = byKey.get(key);
    if (g) (g as { count: number }).count++;
    else byKey.set(key, { holderType: holder.type.name, label: generic, count: 1, exampleHolderId: holder.id });
  };
  const scan = (holder: PyObject) => {
    if (!described.has(holder)) {
      holder.traverse((t, label) => note(holder, t, label));
      return;
    }
    // A described container whose rows were cut still holds its other items.
    const length = lengthOf(holder);
    if (length === undefined || length <= scope.rowLimit || scope.expanded.has(holder.id)) return;
    let i = 0;
    holder.traverse((t, label) => {
      if (holder instanceof PyDict ? i++ >= 2 * scope.rowLimit : i++ >= scope.rowLimit) note(holder, t, label);
    });
  };
  reachable.forEach(scan);
  garbage.forEach(scan);
  for (const o of objects) {
    const byKey = groups.get(o.id);
    if (byKey) (o as { externalReferrers?: ExternalReferrer[] }).externalReferrers = [...byKey.values()];
  }
}
