// The state of one listsort: keys and the items moving with them, the pending runs, min_gallop, the
// chosen comparison, and the array moves sortslice does.

import { PyObject } from './object';
import { activeHeap } from './heap';
import type { VM } from '../vm/vm';
import type { KeyCompare } from './listSortCompare';

export const MIN_GALLOP = 7;
export const MAX_MINRUN = 64;
/** MERGESTATE_TEMP_SIZE: the merge state's own array, used before any block is allocated. */
export const MERGESTATE_TEMP_SIZE = 256;

/** Keys and, with a key function, the items that move with them (CPython's sortslice). */
export interface Arrays {
  keys: PyObject[];
  values: PyObject[] | null;
}

export interface Run {
  base: number;
  len: number;
  power: number;
}

export class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  /** Temporary storage for merges. */
  readonly temp: Arrays;
  /** How many keys the merge storage holds (ms->alloced): merge_init's share of temparray until a block is made. */
  alloced: number;
  /** The bytes of the block merge_getmem allocated (tracemalloc sees it), 0 while temparray serves. */
  blockBytes = 0;
  constructor(readonly vm: VM, readonly a: Arrays, readonly listlen: number, readonly cmp: KeyCompare) {
    this.temp = { keys: [], values: a.values ? [] : null };
    this.alloced = a.values ? Math.min(Math.floor((listlen + 1) / 2), MERGESTATE_TEMP_SIZE / 2) : MERGESTATE_TEMP_SIZE;
  }
}

/** merge_getmem: a merge of `need` elements past what the storage holds frees it and allocates a block for them (keys and values with a key function). */
export function mergeGetmem(ms: MergeState, need: number): void {
  if (need <= ms.alloced) return;
  mergeFreemem(ms);
  ms.blockBytes = (ms.a.values ? 2 : 1) * need * 8;
  activeHeap().tracer?.temporaryAllocated(ms.blockBytes);
  ms.alloced = need;
}

/** merge_freemem: the block, if merge_getmem made one. */
export function mergeFreemem(ms: MergeState): void {
  if (ms.blockBytes === 0) return;
  activeHeap().tracer?.temporaryFreed(ms.blockBytes);
  ms.blockBytes = 0;
}

/** ISLT(x, y) when it needs no Python code; null when `yield* ms.cmp.slow(x, y)` must decide. */
export function lessThan(ms: MergeState, x: PyObject, y: PyObject): boolean | null {
  return ms.cmp.sync(x, y);
}

export function copy(dst: Arrays, di: number, src: Arrays, si: number): void {
  dst.keys[di] = src.keys[si];
  if (dst.values) dst.values[di] = src.values![si];
}

/** memmove: safe for overlapping ranges of the same arrays. */
export function move(dst: Arrays, di: number, src: Arrays, si: number, n: number): void {
  if (dst.keys === src.keys && di > si) {
    for (let i = n - 1; i >= 0; i--) copy(dst, di + i, src, si + i);
  } else {
    for (let i = 0; i < n; i++) copy(dst, di + i, src, si + i);
  }
}

export function reverseRange(a: Arrays, lo: number, hi: number): void {
  const rev = (arr: PyObject[]) => {
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
  };
  rev(a.keys);
  if (a.values) rev(a.values);
}
