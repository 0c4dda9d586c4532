// The collector's state when a program's first line runs. CPython has already imported site, os,
// encodings and more, compiled the program and run some collections; we start from what
// `python3 FILE.py` (CPython 3.11, Debian) shows at that point. These figures vary a little with
// the program (its compilation allocates too); after the first full collection, counts are exact.

import type { Heap } from './heap';

/** `import gc; print(gc.get_count())` as a program's first lines. */
const STARTUP_COUNTS = [249, 0, 2] as const;

/** `gc.get_stats()` at startup: the collections CPython ran while starting, per generation. */
const STARTUP_STATS = [{ collections: 22, collected: 43 }, { collections: 2, collected: 92 }, { collections: 0, collected: 0 }];

/** Objects parked on free lists at startup, found by allocating until the count moves. */
const STARTUP_FREE_LISTS: Record<string, number> = {
  list: 39, dict: 7, tuple1: 4, tuple2: 6, tuple3: 3, tuple4: 2, tuple5: 3, slice: 1,
};

/** Objects CPython's startup leaves tracked in the oldest generation (`len(gc.get_objects())` after gc.collect()). */
const STARTUP_TRACKED_OBJECTS = 11092;

/** Sets the heap's counts and free lists as CPython's are when the program starts. */
export function applyStartupState(heap: Heap): void {
  STARTUP_COUNTS.forEach((count, i) => (heap.generations[i].count = count));
  STARTUP_STATS.forEach((stats, i) => Object.assign(heap.generations[i], stats));
  heap.freeLists.reset();
  for (const [kind, parked] of Object.entries(STARTUP_FREE_LISTS)) heap.freeLists.fill(kind, parked);
  // Our own startup objects are tracked too; the rest of CPython's count in long_lived_total.
  const ours = heap.generations.reduce((n, g) => n + g.objects.size, 0);
  heap.startupLongLived = Math.max(0, STARTUP_TRACKED_OBJECTS - ours);
  heap.programStartObjects = heap.liveObjects;
}
