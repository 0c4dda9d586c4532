// One walk over the heap for a snapshot: what is alive (reachable from frames and the interpreter's roots),
// what is garbage only the gc lists know, their totals, and, for a scoped snapshot, which objects to describe
// and the references they get from the objects left out. Objects are marked, not collected in sets: a walk
// over 100,000 objects must take milliseconds.

import { PyObject } from './runtime/object';
import { PyDict } from './runtime/dict';
import { PyModule, PyStr } from './runtime/objects';
import { FIRST_HEAP_ID } from './runtime/heap';
import { sizeOf } from './runtime/sizeof';
import type { ExternalReferrer } from './snapshot';
import { moduleOfLibrary } from './snapshotLibrary';
import type { Frame } from './vm/frame';
import type { VM } from './vm/vm';

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

export interface HeapWalk {
  readonly alive: PyObject[];
  /**
   * With `keepSizes`: sys.getsizeof of each of `alive`, in its order, or -1 for an immortal object (not measured);
   * else empty.
   */
  readonly aliveSizes: number[];
  readonly garbage: PyObject[];
  /** As aliveSizes, for `garbage`. */
  readonly garbageSizes: number[];
  /** Builtin objects every interpreter shares (`object`, builtin types' methods), reached from garbage. */
  readonly shared: PyObject[];
  readonly liveObjectCount: number;
  readonly liveBytes: number;
  /** With a scope: the objects to describe, in the order found. */
  readonly described: PyObject[] | null;
  readonly externalReferrers: Map<number, Map<string, ExternalReferrer>>;
  isGarbage(o: PyObject): boolean;
}

/**
 * Each walk marks objects with its own base (a multiple of 8, from a counter) plus what it found: a state in the
 * low two bits and DESCRIBED_BIT. One field on every object instead of two; a mark from an older walk reads as 0.
 */
let epoch = 0;
const STATE_BITS = 3;
const DESCRIBED_BIT = 4;
const enum WalkState { Unseen = 0, Alive = 1, Garbage = 2, Shared = 3 }

/** `__name__`-style names: a namespace's machinery, which the picture leaves out. */
export function isDunderName(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__');
}

/** The number of items a container has (for the scope's row limit), or -1. */
export type LengthOf = (o: PyObject) => number | undefined;

/**
 * `keepSizes`: hand over the size measured of each counted object (a snapshot describing every object uses them
 * rather than measuring again; the totals alone, or a scoped snapshot, do not need them).
 */
export function walkHeap(
  vm: VM, frames: Frame[], rootObjects: PyObject[], scope: SnapshotScope | undefined, lengthOf: LengthOf, keepSizes: boolean,
): HeapWalk {
  // Kept below 2^27 so that base | bits stays a small integer for the bitwise operators.
  epoch = (epoch % 0x7ffffff) + 1;
  const base = epoch * 8;
  /** This walk's bits on o (0 when o was last marked by another walk). */
  const marks = (o: PyObject) => {
    const m = o.walkMark ^ base;
    return m < 8 ? m : 0;
  };
  const stateOf = (o: PyObject): WalkState => marks(o) & STATE_BITS;
  const setState = (o: PyObject, state: WalkState) => {
    o.walkMark = base | (marks(o) & DESCRIBED_BIT) | state;
  };
  // The builtins dict is machinery, left out, unless the program stored its own objects there (then it is tracked
  // by the collector and walked as an interpreter root: see interpreterRoots).
  const builtinsDict = vm.builtins && vm.builtins.gcGeneration < 0 ? vm.builtins : null;
  const externalReferrers = new Map<number, Map<string, ExternalReferrer>>();
  const isDescribed = (o: PyObject) => (marks(o) & DESCRIBED_BIT) !== 0;
  // A frame's namespace is drawn whole in the frame's box, so every variable's object must be described. A
  // library's frames have no box: their module's dict is cut to its first rows as any big dict, and what its
  // other rows hold is noted (asyncio's _running_loop).
  const drawnFrames = frames.filter((f) => moduleOfLibrary(f.globals) === undefined);
  const namespaces = new Set<PyObject>(drawnFrames.flatMap((f) => (f.localsDict ? [f.globals, f.localsDict] : [f.globals])));
  const cut = (o: PyObject) => {
    if (!scope || namespaces.has(o)) return Infinity;
    const n = lengthOf(o);
    return n !== undefined && n > scope.rowLimit && !scope.expanded.has(o.id) ? scope.rowLimit : Infinity;
  };

  // The objects to describe: breadth-first from the frames and roots, following only the rows a scope shows.
  const described: PyObject[] | null = scope ? [] : null;
  const describe = (start: PyObject[]) => {
    if (!described || !scope) return;
    const queue: PyObject[] = [];
    const enqueue = (o: PyObject) => {
      if (isDescribed(o) || described.length >= scope.maxObjects || o === builtinsDict) return;
      o.walkMark = base | marks(o) | DESCRIBED_BIT;
      described.push(o);
      queue.push(o);
    };
    for (const o of start) enqueue(o);
    for (let i = 0; i < queue.length; i++) {
      const o = queue[i];
      // Imported modules are machinery: the picture shows the module, not what its namespace holds.
      if (o instanceof PyModule && o !== vm.mainModule) continue;
      if (namespaces.has(o) && o instanceof PyDict) {
        // The frame's box hides dunder rows (__builtins__, __loader__...), so what only they reach stays out.
        for (const e of o.map.values()) {
          if (e.key instanceof PyStr && isDunderName(e.key.value)) continue;
          enqueue(e.key);
          enqueue(e.value);
        }
        continue;
      }
      const limit = cut(o);
      if (limit === Infinity) {
        o.forEachReference(enqueue);
        continue;
      }
      // A cut container: its first items in the order the snapshot lists them (a dict's entries: key and value).
      let n = 0;
      const per = o instanceof PyDict ? 2 : 1;
      o.traverse((t) => {
        if (n++ < limit * per) enqueue(t);
      });
    }
  };
  const fromFrames: PyObject[] = [];
  for (const f of frames) f.traverse((t) => fromFrames.push(t));
  describe([...fromFrames, ...rootObjects]);

  /** References into described objects from objects left out (or from the cut rows of a described container). */
  const noteReferrers = (holder: PyObject) => {
    const limit = isDescribed(holder) ? cut(holder) : 0;
    if (limit === Infinity) return;
    let n = 0;
    const per = holder instanceof PyDict ? 2 : 1;
    holder.traverse((t, label) => {
      if (n++ < limit * per || !isDescribed(t) || t.immortal) return;
      let byKey = externalReferrers.get(t.id);
      if (!byKey) externalReferrers.set(t.id, (byKey = new Map()));
      const generic = label.replace(/^\[\d+\]$/, '[i]');
      const key = `${holder.type.name}\u0000${generic}`;
      const g = byKey.get(key) as { count: number } | undefined;
      if (g) g.count++;
      else byKey.set(key, { holderType: holder.type.name, label: generic, count: 1, exampleHolderId: holder.id });
    });
  };

  let liveObjectCount = 0;
  let liveBytes = 0;
  /** Counts o in the totals: its size, or -1 for an immortal object (not counted, nor measured). */
  const count = (o: PyObject): number => {
    if (o.immortal) return -1;
    const size = sizeOf(vm, o);
    liveObjectCount++;
    liveBytes += size;
    return size;
  };

  // Everything reachable from frames and the interpreter's roots is alive.
  const alive: PyObject[] = [];
  const aliveSizes: number[] = [];
  const work: PyObject[] = [...rootObjects, ...fromFrames];
  let pointsAtDescribed = false;
  const push = (t: PyObject) => {
    work.push(t);
    if (isDescribed(t)) pointsAtDescribed = true;
  };
  while (work.length > 0) {
    const o = work.pop()!;
    if (stateOf(o) === WalkState.Alive || o === builtinsDict) continue;
    setState(o, WalkState.Alive);
    alive.push(o);
    const size = count(o);
    if (keepSizes) aliveSizes.push(size);
    pointsAtDescribed = false;
    o.forEachReference(push);
    if (scope && pointsAtDescribed) noteReferrers(o);
  }

  // What only the gc lists know is garbage (a leaked cycle), with what it holds.
  const garbage: PyObject[] = [];
  const garbageSizes: number[] = [];
  const shared: PyObject[] = [];
  const gwork: PyObject[] = [];
  for (const g of vm.heap.generations) for (const o of g.objects) if (stateOf(o) !== WalkState.Alive) gwork.push(o);
  while (gwork.length > 0) {
    const o = gwork.pop()!;
    if (stateOf(o) !== WalkState.Unseen || !o.alive) continue;
    if (o.id < FIRST_HEAP_ID) {
      setState(o, WalkState.Shared);
      shared.push(o);
      continue;
    }
    setState(o, WalkState.Garbage);
    garbage.push(o);
    const size = count(o);
    if (keepSizes) garbageSizes.push(size);
    o.forEachReference((t) => gwork.push(t));
  }
  if (scope) {
    const describedBefore = described!.length;
    describe([...garbage].sort((a, b) => a.id - b.id));
    // Garbage can hold a live object nothing described reaches (a dead class's code): described now, its
    // references are listed, so the notes made of them as a left-out holder's are made again without it.
    if (described!.slice(describedBefore).some((o) => stateOf(o) === WalkState.Alive)) {
      externalReferrers.clear();
      for (const o of alive) {
        let pointsAt = false;
        o.forEachReference((t) => {
          if (isDescribed(t)) pointsAt = true;
        });
        if (pointsAt) noteReferrers(o);
      }
    }
    for (const o of garbage) noteReferrers(o);
  }
  return {
    alive, aliveSizes, garbage, garbageSizes, shared, liveObjectCount, liveBytes, described, externalReferrers,
    isGarbage: (o) => stateOf(o) === WalkState.Garbage,
  };
}
