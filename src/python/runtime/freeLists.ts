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

function capacityOf(kind: FreeListKind): number {
  if (kind === 'slice') return SLICE_CACHE;
  if (kind === 'list') return LIST_CAPACITY;
  if (kind === 'dict') return DICT_CAPACITY;
  return TUPLE_CAPACITY;
}

export class FreeLists {
  private readonly parked = new Map<FreeListKind, number>();

  /** Reuses a parked object of this kind if there is one. */
  take(kind: FreeListKind): boolean {
    if (kind === '') return false;
    const n = this.parked.get(kind) ?? 0;
    if (n === 0) return false;
    this.parked.set(kind, n - 1);
    return true;
  }

  /** Parks a freed object if its list has room. */
  put(kind: FreeListKind): boolean {
    if (kind === '') return false;
    const n = this.parked.get(kind) ?? 0;
    if (n >= capacityOf(kind)) return false;
    this.parked.set(kind, n + 1);
    return true;
  }

  /** Sets the parked count (the interpreter's startup state). */
  fill(kind: FreeListKind, count: number): void {
    this.parked.set(kind, Math.min(count, capacityOf(kind)));
  }

  /** Empties every list, the slice cache too. */
  reset(): void {
    this.parked.clear();
  }

  /** clear_freelists(): a full collection empties every list but the slice cache. Returns the objects released. */
  clear(): number {
    const slices = this.parked.get('slice') ?? 0;
    let released = 0;
    for (const [kind, n] of this.parked) if (kind !== 'slice') released += n;
    this.parked.clear();
    if (slices > 0) this.parked.set('slice', slices);
    return released;
  }
}
