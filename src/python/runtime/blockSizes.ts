// The sizes of the blocks CPython's free lists keep (sys.getsizeof of an empty one, PyGC_Head included for gc
// objects): one table for the heap's accounting, the allocation tracer and the address space.

import type { FreeListKind } from './freeLists';

/** An exact float: PyFloatObject, no gc header. */
export const FLOAT_BYTES = 24;
/** An exact list's object header; its items are a block of their own. */
export const LIST_HEADER_BYTES = 56;
/** An exact dict's object header; its keys and values are blocks of their own. */
export const DICT_HEADER_BYTES = 64;

/** The size of the objects a free list keeps: tupleN holds tuples of N items. */
export function freeListBlockBytes(kind: FreeListKind): number {
  if (kind.startsWith('tuple')) return 40 + 8 * Number(kind.slice(5));
  return kind === 'float' ? FLOAT_BYTES : kind === 'dict' ? DICT_HEADER_BYTES : LIST_HEADER_BYTES; // lists and slices: 56
}
