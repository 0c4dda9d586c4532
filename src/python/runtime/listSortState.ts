// The state of one listsort: keys and the items moving with them, the pending runs, min_gallop, the
// chosen comparison, and the array moves sortslice does.

import { PyObject } from './object';
import type { VM } from '../vm/vm';
import type { KeyCompare } from './listSortCompare';

export const MIN_GALLOP = 7;
export const MAX_MINRUN = 64;

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
  constructor(readonly vm: VM, readonly a: Arrays, readonly listlen: number, readonly cmp: KeyCompare) {
    this.temp = { keys: [], values: a.values ? [] : null };
  }
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
