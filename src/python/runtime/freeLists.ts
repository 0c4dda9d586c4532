// CPython 3.11's free lists: a freed list, dict or small tuple is parked for reuse instead of being
// returned to the allocator, so neither its deallocation nor the next allocation of its kind moves
// the collector's generation-0 count. A full collection empties them (clear_freelists in gcmodule.c).

/** Which free list an object goes back to: `list`, `dict`, `tuple1`..`tuple19`, `slice`, or '' for none. */
export type FreeListKind = string;

const LIST_CAPACITY = 80; // PyList_MAXFREELIST
const DICT_CAPACITY = 80; // PyDict_MAXFREELIST
const TUPLE_CAPACITY = 2000; // PyTuple_MAXFREELIST, per size
/** Tuples of 1..19 items have free lists (PyTuple_MAXSAVESIZE is 20; the empty tuple is a singleton). */
export const TUPLE_FREE_LIST_MAX_SIZE = 19;

const TUPLE_KINDS = Array.from({ length: TUPLE_FREE_LIST_MAX_SIZE + 1 }, (_, n) => (n === 0 ? '' : `tuple${n}`));

export function tupleFreeList(size: number): FreeListKind {
  return size <= TUPLE_FREE_LIST_MAX_SIZE ? TUPLE_KINDS[size] : '';
}

const SLICE_CACHE = 1; // interp->slice_cache

/** Exact floats' free list: no gc objects, so it moves no count, but tracemalloc sees what it supplies. */
export const FLOAT_FREE_LIST: FreeListKind = 'float';
const FLOAT_CAPACITY = 100; // PyFloat_MAXFREELIST

function capacityOf(kind: FreeListKind): number {
  if (kind === 'slice') return SLICE_CACHE;
  if (kind === FLOAT_FREE_LIST) return FLOAT_CAPACITY;
  if (kind === 'list') return LIST_CAPACITY;
  if (kind === 'dict') return DICT_CAPACITY;
  return TUPLE_CAPACITY;
}

/** One free list: how many objects are parked in it, and how many it can hold. */
interface FreeList {
  parked: number;
  readonly capacity: number;
}

export class FreeLists {
  // One lookup per take or put: the counts are updated in place, not stored back into the map.
  private readonly lists = new Map<FreeListKind, FreeList>();

  private list(kind: FreeListKind): FreeList {
    let list = this.lists.get(kind);
    if (list === undefined) {
      list = { parked: 0, capacity: capacityOf(kind) };
      this.lists.set(kind, list);
    }
    return list;
  }

  /** Reuses a parked object of this kind if there is one. */
  take(kind: FreeListKind): boolean {
    if (kind === '') return false;
    const list = this.lists.get(kind);
    if (list === undefined || list.parked === 0) return false;
    list.parked--;
    return true;
  }

  /** Parks a freed object if its list has room. */
  put(kind: FreeListKind): boolean {
    if (kind === '') return false;
    const list = this.list(kind);
    if (list.parked >= list.capacity) return false;
    list.parked++;
    return true;
  }

  /** Sets the parked count (the interpreter's startup state). */
  fill(kind: FreeListKind, count: number): void {
    const list = this.list(kind);
    list.parked = Math.min(count, list.capacity);
  }

  /** How many objects each list that clear() empties holds (every list but the slice cache). */
  levelsCleared(): Map<FreeListKind, number> {
    const levels = new Map<FreeListKind, number>();
    for (const [kind, list] of this.lists) if (kind !== 'slice') levels.set(kind, list.parked);
    return levels;
  }

  /** Empties every list, the slice cache too. */
  reset(): void {
    for (const list of this.lists.values()) list.parked = 0;
  }

  /** clear_freelists(): a full collection empties every list but the slice cache. Returns the gc objects released. */
  clear(): number {
    let released = 0;
    for (const [kind, list] of this.lists) {
      if (kind === 'slice') continue;
      if (kind !== FLOAT_FREE_LIST) released += list.parked;
      list.parked = 0;
    }
    return released;
  }
}
