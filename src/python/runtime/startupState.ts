// The collector's state when a program's first line runs. CPython has already imported site, os,
// encodings and more when it compiles the program: we start from that state (measured) and replay what
// compiling this program allocates and frees (compileAllocations.ts), so the count and the free lists
// are CPython's for this program.

import type { CodeObject } from '../bytecode/code';
import { replayCompilation, type CollectorState } from './compileAllocations';
import type { Heap } from './heap';
import { FLOAT_FREE_LIST } from './freeLists';

const STARTUP_FREE_FLOATS = 4;

/** The collector before the program is compiled: gc.get_count() and the objects parked on free lists. */
export interface PreCompileState {
  readonly counts: readonly [number, number, number];
  readonly freeLists: Readonly<Record<string, number>>;
}

/** `gc.get_stats()` at startup: the collections CPython ran while starting, per generation. */
const STARTUP_STATS = [{ collections: 22, collected: 43 }, { collections: 2, collected: 92 }, { collections: 0, collected: 0 }];

const PRE_COMPILE: PreCompileState = {
  counts: [231, 0, 2],
  freeLists: {
    list: 39, tuple1: 4, tuple3: 1, tuple4: 2, tuple5: 3, tuple7: 8, tuple8: 6, tuple9: 1, tuple11: 1, tuple12: 3,
    tuple13: 5, tuple14: 1, tuple15: 2, tuple16: 2, tuple17: 2, tuple18: 3, tuple19: 1, slice: 1,
  },
};

/** Objects CPython's startup leaves tracked in the oldest generation (`len(gc.get_objects())` after gc.collect()). */
const STARTUP_TRACKED_OBJECTS = 11092;

/** Sets the heap's counts and free lists as CPython's are when the program starts. */
export function applyStartupState(heap: Heap, module: CodeObject, before = PRE_COMPILE): void {
  const state: CollectorState = {
    count: before.counts[0], count1: before.counts[1], collections: 0,
    levels: new Map(Object.entries(before.freeLists)),
  };
  replayCompilation(module, state);
  STARTUP_STATS.forEach((stats, i) => Object.assign(heap.generations[i], stats));
  heap.generations[0].count = state.count;
  heap.generations[1].count = state.count1;
  heap.generations[2].count = before.counts[2];
  heap.generations[0].collections += state.collections;
  heap.freeLists.reset();
  for (const [kind, parked] of state.levels) heap.freeLists.fill(kind, parked);
  // Floats CPython's startup freed (sys._debugmallocstats() in a program's first line: 4 free PyFloatObjects).
  heap.freeLists.fill(FLOAT_FREE_LIST, STARTUP_FREE_FLOATS);
  // CPython's startup collections have moved __main__, its namespace and sys.modules to the oldest generation.
  for (const o of heap.generations[0].objects) o.gcGeneration = 2;
  heap.generations[2].objects.takeAll(heap.generations[0].objects);
  // Our own startup objects are tracked too; the rest of CPython's count in long_lived_total.
  const ours = heap.generations.reduce((n, g) => n + g.objects.size, 0);
  heap.startupLongLived = Math.max(0, STARTUP_TRACKED_OBJECTS - ours);
  heap.programStartObjects = heap.liveObjects;
}
