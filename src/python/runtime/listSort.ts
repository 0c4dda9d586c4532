// list.sort as CPython 3.11's listsort: timsort (count_run, binary insertion, galloping merges, powersort
// merge order) with the pre-sort check's choice of comparison, as a resumable operation, so key functions
// and __lt__ run as frames of the eval loop and comparisons happen in CPython's order.

import { NativeRaise } from '../errors';
import { PyObject } from './object';
import { PyList } from './objects';
import { decref } from './heap';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';
import { MAX_MINRUN, MERGESTATE_TEMP_SIZE, MergeState, copy, lessThan, mergeFreemem, reverseRange, type Arrays } from './listSortState';
import { mergeAt } from './listSortMerge';
import { chooseCompare } from './listSortCompare';
import { sortIntKeysNatively } from './listSortNative';
import { sortKeysOp } from './sortKeys';

/** Binary insertion sort of a[lo:hi], of which a[lo:start] is already sorted. */
function* binarySort(ms: MergeState, lo: number, hi: number, start: number): NativeOp<void> {
  const a = ms.a;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = a.keys[r];
    const pivotValue = a.values ? a.values[r] : null;
    do {
      const p = l + ((r - l) >> 1);
      if (lessThan(ms, pivot, a.keys[p]) ?? (yield* ms.cmp.slow(pivot, a.keys[p]))) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) copy(a, p, a, p - 1);
    a.keys[l] = pivot;
    if (a.values) a.values[l] = pivotValue!;
  }
}

/** The length of the run starting at lo (reversed in place when strictly descending). */
function* countRun(ms: MergeState, lo: number, hi: number): NativeOp<{ n: number; descending: boolean }> {
  const k = ms.a.keys;
  if (lo + 1 === hi) return { n: 1, descending: false };
  let n = 2;
  let i = lo + 1;
  if (lessThan(ms, k[i], k[i - 1]) ?? (yield* ms.cmp.slow(k[i], k[i - 1]))) {
    for (i = i + 1; i < hi; i++, n++) {
      if (!(lessThan(ms, k[i], k[i - 1]) ?? (yield* ms.cmp.slow(k[i], k[i - 1])))) break;
    }
    return { n, descending: true };
  }
  for (i = i + 1; i < hi; i++, n++) {
    if (lessThan(ms, k[i], k[i - 1]) ?? (yield* ms.cmp.slow(k[i], k[i - 1]))) break;
  }
  return { n, descending: false };
}
/** The powersort "power" of the run at s1 (length n1) followed by one of length n2, in a list of n. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function* foundNewRun(ms: MergeState, n2: number): NativeOp<void> {
  const p = ms.pending;
  if (p.length === 0) return;
  const top = p[p.length - 1];
  const power = powerloop(top.base, top.len, n2, ms.listlen);
  while (p.length > 1 && p[p.length - 2].power > power) yield* mergeAt(ms, p.length - 2);
  p[p.length - 1].power = power;
}

function* mergeForceCollapse(ms: MergeState): NativeOp<void> {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
    yield* mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** The sort proper over a.keys (values moving with them). */
function* timsort(ms: MergeState): NativeOp<void> {
  let nremaining = ms.listlen;
  let lo = 0;
  const minrun = computeMinrun(nremaining);
  do {
    const run = yield* countRun(ms, lo, lo + nremaining);
    let n = run.n;
    if (run.descending) reverseRange(ms.a, lo, lo + n);
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      yield* binarySort(ms, lo, lo + force, lo + n);
      n = force;
    }
    yield* foundNewRun(ms, n);
    ms.pending.push({ base: lo, len: n, power: 0 });
    lo += n;
    nremaining -= n;
  } while (nremaining);
  yield* mergeForceCollapse(ms);
}
/**
 * list.sort(key=..., reverse=...) as listsort: the list is empty while it sorts (its items are held by the
 * sort), keys are computed first, in order; a list changed meanwhile raises ValueError afterwards.
 */
export function* listSortResumable(vm: VM, list: PyList, keyfunc: PyObject | null, reverse: boolean): NativeOp<void> {
  const saved = list.items;
  const n = saved.length;
  list.items = [];
  const savedAllocated = list.detachStorage();
  // With a key function, the keys of a list of 128 items or more are a block of their own.
  const keysBlockBytes = keyfunc && n >= MERGESTATE_TEMP_SIZE / 2 ? 8 * n : 0;
  // The sort holds the items (and keys): reported as copies, since merging duplicates entries in passing.
  const heldItems = saved.slice();
  vm.holdTemporary(heldItems);
  let heldKeys: PyObject[] | null = null;
  let keys: PyObject[] | null = null;
  let failure: unknown = null;
  let failed = false;
  let keyFailed = false;
  try {
    if (keyfunc) {
      if (keysBlockBytes) vm.heap.tracer?.temporaryAllocated(keysBlockBytes);
      keys = [];
      vm.holdTemporary(keys);
      try {
        yield sortKeysOp(vm, keyfunc, saved, keys);
        vm.dropTemporary(keys);
        heldKeys = keys.slice();
        vm.holdTemporary(heldKeys);
      } catch (e) {
        vm.dropTemporary(keys);
        for (let i = keys.length - 1; i >= 0; i--) decref(keys[i]);
        keys = null;
        keyFailed = true;
        throw e;
      }
    }
    const arrays: Arrays = keys ? { keys, values: saved } : { keys: saved, values: null };
    const ms = new MergeState(vm, arrays, n, chooseCompare(vm, arrays.keys));
    try {
      if (n >= 2) {
        if (reverse) reverseRange(arrays, 0, n);
        // While tracemalloc traces, merges past the merge state's own array allocate blocks it sees: timsort runs.
        const mayAllocate = vm.heap.tracer !== null && n > MERGESTATE_TEMP_SIZE;
        if (mayAllocate || !sortIntKeysNatively(arrays)) yield* timsort(ms);
      }
    } finally {
      mergeFreemem(ms);
    }
  } catch (e) {
    failed = true;
    failure = e;
  }
  if (keys) {
    if (heldKeys) vm.dropTemporary(heldKeys);
    for (const k of keys) decref(k);
  }
  if (keysBlockBytes) vm.heap.tracer?.temporaryFreed(keysBlockBytes);
  if (!keyFailed) {
    if (!failed && list.allocated !== -1) {
      failed = true;
      failure = new NativeRaise('ValueError', 'list modified during sort');
    }
    if (reverse && n > 1) saved.reverse();
  }
  // Restore the list; whatever was put in it meanwhile is dropped.
  const meanwhile = list.items;
  list.items = saved;
  list.reattachStorage(savedAllocated);
  vm.dropTemporary(heldItems);
  for (let i = meanwhile.length - 1; i >= 0; i--) decref(meanwhile[i]);
  if (failed) throw failure;
}
