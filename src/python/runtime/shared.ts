// Objects shared by every interpreter of the process (builtin types, functions, singletons): ids below the heap's.

import type { PyObject } from './object';

/** Ids below this belong to objects shared by every interpreter (builtin types, functions, small ints). */
export const FIRST_HEAP_ID = 100_000;

/**
 * Shared objects never die: a refcount no program can bring to zero. CPython 3.11 starts its statically allocated
 * objects (small ints, one-character strings) at 999999999, so `sys.getrefcount(1)` prints 1000000xxx there too.
 * Below 2**30 so that it stays a Smi where V8 compresses pointers (Chrome: Smis are 31-bit): 2**30 there made
 * every shared object's refcount a heap number and the refcount field of every object a double field.
 */
const IMMORTAL_REFCOUNT = 999_999_999;

let nextSharedId = 1;

/** Marks an object as shared by all interpreters and never freed (builtin types, functions, singletons). */
export function makeShared<T extends PyObject>(o: T): T {
  if (nextSharedId >= FIRST_HEAP_ID) throw new Error('too many shared objects');
  o.id = nextSharedId++;
  o.refcount = IMMORTAL_REFCOUNT;
  o.immortal = true;
  return o;
}

/**
 * The shared objects whose counts a program can see like CPython's (startupRefcountsApply.ts): each interpreter
 * counts its own references to them, so a fork goes on from its parent's counts and a checkpoint replays with its
 * own. The heap an interpreter leaves keeps them, and the heap it switches to puts its own back (setActiveHeap).
 * Other shared objects (a module's functions, made again by each import) count from 999999999 in every run.
 */
let counted: readonly PyObject[] = [];

export function countSharedPerInterpreter(objects: readonly PyObject[]): void {
  counted = objects;
}

export function saveSharedRefcounts(): Float64Array {
  const counts = new Float64Array(counted.length);
  for (let i = 0; i < counts.length; i++) counts[i] = counted[i].refcount;
  return counts;
}

export function restoreSharedRefcounts(counts: Float64Array): void {
  for (let i = 0; i < counts.length; i++) counted[i].refcount = counts[i];
}

/**
 * A str CPython 3.11 allocates statically (a one-character singleton, a _Py_ID, a deep-frozen module's name), or one
 * its start-up interned and holds, but we make when a program first needs it: its count starts at what start-up holds
 * of it (999999999 and up for a static one), and it is never freed.
 */
export function makeStatic(o: PyObject, startupCount = IMMORTAL_REFCOUNT): void {
  if (o.immortal) return;
  o.refcount += startupCount;
  o.immortal = true;
}

let sharing = 0;

/**
 * Runs `build` so that every object it registers on a heap becomes shared instead: what the process
 * makes once for all interpreters must not take ids from the first program's heap (ids would then
 * differ between the first run and a re-run of the same program).
 */
export function buildShared<T>(build: () => T): T {
  sharing++;
  try {
    return build();
  } finally {
    sharing--;
  }
}

export function isBuildingShared(): boolean {
  return sharing > 0;
}
