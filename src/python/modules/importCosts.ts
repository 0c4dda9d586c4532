// What importing a module moves in CPython's collector: gc.get_count() after `import hashlib` depends on
// how many tuples, dicts and lists the free lists hold when the import starts, because importlib and the
// module's code take their objects from those lists first. Each module's cost is measured in python3 as
// a base (the objects no free list can supply) plus, per free list, how many objects the import takes
// from it and how many of those it parks again when done.

import type { VM } from '../vm/vm';
import type { FreeListKind } from '../runtime/freeLists';

/** One free list's part of an import: objects taken (a new allocation when the list is empty), then parked again. */
interface FreeListUse {
  readonly kind: FreeListKind;
  readonly taken: number;
  readonly parked: number;
}

interface ImportCost {
  /** gc objects the import allocates that no free list holds (functions, classes, the module's dicts...). */
  readonly base: number;
  /** The free lists' parts, as written below (parsed by freeListUses when the module is imported). */
  readonly uses: string;
  /**
   * Temporaries the import frees near its end, and how many of the base objects come after that. Past a
   * collection during the import, those frees empty generation 0, so the count after the import no longer depends
   * on the count before it (python3 prints 427 after `import logging` from starting counts 247 to 277).
   */
  readonly temporaries: number;
  readonly tail: number;
}

function importCost(base: number, uses: string, temporaries = 0, tail = 0): ImportCost {
  return { base, uses, temporaries, tail };
}

/**
 * `kind=taken/parked ...`, kinds `1`..`19` for tuples of that size, `dict`, `list`. Measured in python3 per kind
 * by importing with that free list emptied and with it filled: taken = the difference in count; parked = the
 * objects the emptied import left on it. Parsed at the import, not at start-up (every start paid for the table).
 */
function freeListUses(uses: string): FreeListUse[] {
  return uses.split(' ').map((use) => {
    const [kind, taken, parked] = use.split(/[=/]/);
    return { kind: /^\d+$/.test(kind) ? `tuple${kind}` : kind, taken: Number(taken), parked: Number(parked) };
  });
}

/**
 * Modules python3 has not loaded when the program starts (random, collections, re, struct... cost nothing), each
 * measured by scripts/measure_import_cost.py --after cmath (or heapq): the cost of an import that is not the first.
 */
const IMPORT_COSTS: Record<string, ImportCost> = {
  heapq: importCost(21, '1=13/10 2=15/10 3=12/8 4=6/3 6=1/0 7=2/0 8=1/1 10=1/0 12=2/0 13=1/0 14=2/0 15=1/0 dict=7/4 list=5/2'),
  array: importCost(63, '1=4/2 2=3/1 3=2/2 dict=5/2 list=3/2'),
  // Measured first, less FIRST_FILE_IMPORT: after another import string's measure takes one more tuple of each size,
  // which no program showed.
  string: importCost(44, '1=16/4 2=66/53 3=6/2 4=14/7 5=6/0 6=8/0 7=2/0 8=3/0 9=1/0 11=1/0 12=4/3 13=1/1 14=1/0 19=2/2 dict=9/6 list=24/25'),
  timeit: importCost(19, '1=13/2 2=16/1 3=8/2 4=5/1 5=6/0 6=6/0 7=1/0 8=2/0 9=1/0 10=1/1 11=1/0 12=1/1 14=1/0 17=1/0 18=1/1 dict=6/3 list=3/1'),
  numbers: importCost(111, '1=62/3 2=36/25 3=5/2 4=3/2 5=2/1 6=2/1 7=1/1 10=1/1 14=1/1 16=1/1 dict=58/6 list=3/1'),
  queue: importCost(86, '1=26/8 2=36/9 3=21/8 4=11/2 5=3/0 6=6/1 7=4/2 8=2/2 9=1/0 10=2/0 11=1/0 12=3/1 13=1/0 14=2/0 15=2/1 dict=19/4 list=7/1'),
  base64: importCost(34, '1=19/3 2=13/2 3=17/2 4=12/1 5=2/0 6=5/0 7=4/0 8=2/0 9=3/0 10=4/0 11=3/0 14=7/0 15=1/0 16=1/0 dict=7/2 list=3/1'),
  hashlib: importCost(93, '1=19/11 2=22/6 3=5/3 4=1/1 5=4/2 6=1/1 7=1/0 9=2/0 11=1/0 12=1/1 14=1/1 15=1/1 19=1/0 dict=17/4 list=5/2'),
  hmac: importCost(116, '1=31/12 2=38/9 3=9/3 4=3/1 5=6/1 6=3/1 7=3/0 9=3/0 11=2/0 12=2/1 13=1/1 14=2/1 15=1/1 16=2/2 19=1/0 dict=20/5 list=6/2'),
  ctypes: importCost(417, '1=83/15 2=52/14 3=58/28 4=55/11 5=17/6 6=8/5 7=4/2 8=2/1 9=4/1 10=3/1 11=3/1 13=1/0 16=1/1 18=1/1 dict=50/7 list=7/2'),
  logging: importCost(547, '1=159/6 2=301/81 3=160/10 4=95/4 5=72/4 6=40/3 7=32/6 8=29/6 9=18/2 10=20/2 11=8/3 12=12/5 13=13/3 14=8/3 15=3/1 16=4/2 17=6/1 18=5/0 19=6/4 dict=64/4 list=58/55', 500, 427),
  cmath: importCost(26, '1=3/3 2=1/1 3=2/2 dict=3/2 list=3/2'),
  copy: importCost(16, '1=13/7 2=8/2 3=6/4 4=6/0 5=1/0 6=3/0 7=2/0 9=1/0 11=2/0 13=1/0 14=1/0 18=1/1 dict=10/5 list=3/0'),
  json: importCost(119, '1=22/7 2=59/37 3=19/2 4=15/2 5=8/0 6=5/1 7=9/3 8=5/1 9=7/1 10=3/1 11=2/0 12=3/0 13=4/1 14=3/0 16=2/0 17=1/1 18=1/0 dict=18/4 list=28/27'),
  csv: importCost(83, '1=22/3 2=25/1 3=9/2 4=14/2 5=5/1 6=4/0 7=2/1 8=7/3 9=5/4 11=4/3 13=1/0 14=2/1 15=1/1 16=2/0 18=2/0 dict=20/4 list=4/1'),
  datetime: importCost(448, '1=90/14 2=76/17 3=58/9 4=49/8 5=39/17 6=21/3 7=27/4 8=21/6 9=16/6 10=14/2 11=12/3 12=3/0 13=7/5 14=4/3 15=4/1 16=2/0 17=1/0 18=1/1 19=1/1 dict=61/4 list=9/7'),
  pickle: importCost(218, '1=46/12 2=291/18 3=58/7 4=56/3 5=40/0 6=19/0 7=13/0 8=10/4 9=5/1 10=3/0 11=7/1 12=2/1 13=10/2 14=3/0 15=4/1 16=1/0 17=1/0 18=1/0 dict=32/2 list=16/12'),
  unicodedata: importCost(34, '1=3/2 2=2/1 3=2/2 dict=4/2 list=3/2'),
  dataclasses: importCost(1198, '1=299/3 2=348/22 3=232/9 4=191/4 5=104/7 6=79/5 7=52/3 8=41/1 9=40/1 10=43/1 11=26/1 12=25/1 13=14/4 14=18/0 15=10/1 16=6/0 17=9/0 18=3/1 19=4/0 dict=80/2 list=57/20'),
  textwrap: importCost(32, '1=13/3 2=122/100 3=13/2 4=10/3 5=4/0 6=3/1 7=4/0 8=4/0 9=4/0 10=2/0 11=1/0 12=2/0 13=2/0 14=1/0 15=1/0 16=2/1 17=1/0 18=2/0 19=2/1 dict=21/20 list=55/55'),
  traceback: importCost(266, '1=80/3 2=179/100 3=70/2 4=49/4 5=28/1 6=20/5 7=14/1 8=13/0 9=8/0 10=17/1 11=6/2 12=3/0 13=6/1 14=6/3 15=1/0 16=3/1 17=5/0 18=4/0 19=5/3 dict=34/6 list=56/56'),
  pprint: importCost(1265, '1=312/3 2=362/21 3=254/10 4=200/4 5=115/7 6=92/6 7=60/5 8=53/1 9=48/1 10=49/1 11=29/1 12=26/1 13=15/4 14=19/0 15=11/1 16=6/0 17=9/0 18=4/1 19=5/0 dict=80/4 list=58/18'),
  fractions: importCost(511, '1=106/7 2=135/83 3=43/20 4=29/10 5=9/0 6=13/1 7=6/1 8=6/0 9=5/0 10=5/0 12=1/0 13=2/0 14=1/1 16=1/1 18=2/0 dict=80/6 list=56/53'),
  statistics: importCost(626, '1=149/9 2=160/84 3=73/20 4=50/10 5=28/1 6=28/1 7=14/1 8=14/2 9=7/0 10=9/0 11=4/0 12=3/0 13=4/0 14=1/1 15=3/0 16=1/1 18=2/0 dict=80/6 list=58/53'),
  tracemalloc: importCost(456, '1=103/4 2=358/16 3=105/4 4=89/5 5=62/1 6=37/0 7=24/0 8=19/4 9=10/2 10=17/3 11=13/3 12=7/3 13=13/4 14=9/2 15=5/1 16=2/0 17=4/1 18=3/1 19=1/0 dict=66/4 list=17/11'),
  decimal: importCost(414, '1=85/8 2=41/18 3=8/2 4=3/1 5=2/0 6=8/2 7=5/0 8=2/0 9=3/0 10=1/0 14=1/1 16=1/1 dict=80/5 list=11/8'),
  asyncio: importCost(6173, '1=1117/15 2=2001/2 3=843/2 4=571/1 5=350/1 6=269/3 7=206/1 8=159/0 9=138/4 10=134/2 11=75/1 12=69/5 13=51/2 14=51/1 15=33/1 16=25/1 17=23/1 18=17/1 19=15/0 dict=81/6 list=80/2'),
  // gc does the counting, so only differences show: python3's count after `import gc` with each free list
  // emptied minus with it filled. Base 0: the start count (startupState.ts) could only be read after `import gc`.
  gc: importCost(0, '1=2/2 2=2/2 3=2/2 dict=3/2'),
};

/** A module's cost when a module it imports was loaded before (logging imports string): measured the same way. */
const IMPORT_COSTS_AFTER: Record<string, Record<string, ImportCost>> = {
  queue: { heapq: importCost(65, '1=21/6 2=24/2 3=12/3 4=7/1 5=3/0 6=5/1 7=2/2 8=1/1 9=1/0 10=1/0 11=1/0 12=1/1 15=1/1 dict=16/4 list=4/1') },
  logging: { string: importCost(503, '1=147/6 2=300/93 3=156/10 4=85/1 5=66/4 6=37/8 7=31/7 8=26/6 9=17/2 10=20/2 11=8/4 12=8/2 13=13/3 14=8/4 15=3/1 16=4/2 17=6/1 18=5/0 19=6/4 dict=61/4 list=58/54') },
  hmac: { hashlib: importCost(23, '1=13/2 2=18/5 3=6/2 4=2/0 5=3/0 6=2/0 7=2/0 9=1/0 11=1/0 12=1/0 13=1/1 14=1/0 16=2/2 dict=6/4 list=3/2') },
};

/**
 * gc objects a module's import leaves unreachable in python3, which the next collection finds: datetime.py defines
 * its classes in Python, then takes _datetime's in their place (`import gc, datetime; print(gc.collect())`).
 */
const IMPORT_GARBAGE: Record<string, number> = { datetime: 295, pickle: 11, tracemalloc: 10 };

export function importGarbage(name: string): number {
  return IMPORT_GARBAGE[name] ?? 0;
}

/** Modules CPython's import of another has loaded already (its fractions imports numbers): then they cost nothing. */
const LOADED_BY: Record<string, readonly string[]> = { numbers: ['fractions'] };

/** The modules a program may import that python3 has not loaded when the program starts (the rest are in sys.modules). */
const LOADED_ON_IMPORT = new Set([
  'gc', 'cmath', 'heapq', '_heapq', 'array', 'string', '_string', 'tracemalloc', '_tracemalloc', 'copy', 'dataclasses',
  'json', 'textwrap', 'pprint', 'fractions', 'statistics', 'csv', 'datetime', 'traceback', 'numbers', 'timeit',
  'logging', 'queue', 'base64', 'hashlib', 'hmac', 'ctypes', '_ctypes', 'pydoc', 'inspect', 'pickle', 'unicodedata',
  'calendar', 'asyncio',
]);

/**
 * importlib's one-time work at a program's first import of a module from a file (the difference between a module
 * imported first and after another, the same for every module measured): a first `import heapq` counts 3 more
 * objects than one after `import cmath`, and takes five more 2-tuples and a list.
 */
const FIRST_FILE_IMPORT = importCost(3, '2=5/0 list=1/0');

/** Modules of LOADED_ON_IMPORT compiled into python3 (no file to find: no FIRST_FILE_IMPORT). */
const BUILTIN_MODULES = new Set(['gc', '_string', '_tracemalloc']);

/** Whether importing `name` now is the program's first import of a module from a file. */
function isFirstFileImport(vm: VM, name: string): boolean {
  if (!LOADED_ON_IMPORT.has(name) || BUILTIN_MODULES.has(name)) return false;
  for (const other of LOADED_ON_IMPORT) if (!BUILTIN_MODULES.has(other) && vm.modules.get(other) !== undefined) return false;
  return true;
}

/**
 * The end of importlib's _find_and_load, for a module not yet loaded: _ModuleLockManager.__exit__(*args) holds
 * its 3-tuple of arguments while the module lock's `with self.lock` calls the C lock's __exit__, which takes its
 * arguments as another 3-tuple (METH_VARARGS). Both are parked afterwards. The modules with a measured cost
 * have these two inside their tuple3 use.
 */
const MODULE_LOCK_EXIT = importCost(0, '3=2/2');

function costOf(vm: VM, name: string): ImportCost | undefined {
  if (LOADED_BY[name]?.some((other) => vm.modules.get(other) !== undefined)) return undefined;
  for (const [other, cost] of Object.entries(IMPORT_COSTS_AFTER[name] ?? {})) {
    if (vm.modules.get(other) !== undefined) return cost;
  }
  return IMPORT_COSTS[name] ?? (LOADED_ON_IMPORT.has(name) ? MODULE_LOCK_EXIT : undefined);
}

/**
 * Counts, after our import of `name`, what CPython's import allocates and frees: call it before the module is
 * in vm.modules (the cost depends on which modules were loaded before), run the result once the import ends.
 */
export function importCounter(vm: VM, name: string): () => void {
  const costs = [isFirstFileImport(vm, name) ? FIRST_FILE_IMPORT : undefined, costOf(vm, name)];
  return () => {
    for (const cost of costs) if (cost) countImport(vm, cost);
  };
}

function countImport(vm: VM, cost: ImportCost): void {
  const heap = vm.heap;
  const uses = freeListUses(cost.uses);
  for (const use of uses) for (let i = 0; i < use.taken; i++) heap.countAllocation(use.kind);
  for (let i = 0; i < cost.base - cost.tail + cost.temporaries; i++) heap.countAllocation('');
  for (let i = 0; i < cost.temporaries; i++) heap.countRelease('');
  for (let i = 0; i < cost.tail; i++) heap.countAllocation('');
  for (const use of uses) for (let i = 0; i < use.parked; i++) heap.countRelease(use.kind);
}
