// list.sort as CPython 3.11's listsort: timsort (count_run, binary insertion, galloping merges, powersort
// merge order) with the pre-sort check's choice of comparison, as a resumable operation, so key functions
// and __lt__ run as frames of the eval loop and comparisons happen in CPython's order.

import { NativeRaise } from '../errors';
import { CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from './object';
import { PyBool, PyFloat, PyInstance, PyInt, PyList, PyStr, PyTuple } from './objects';
import { NotImplemented } from './builtinTypes';
import { decref } from './heap';
import { intCompare, big } from './intMath';
import { compareBoolResumable, compareBuiltin, isTrueResumable } from './ops/compare';
import { callMethodOp, callOp } from '../vm/callOps';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

/** Keys and, with a key function, the items that move with them (CPython's sortslice). */
interface Arrays {
  keys: PyObject[];
  values: PyObject[] | null;
}

interface Run {
  base: number;
  len: number;
  power: number;
}

/**
 * ISLT for the comparison the pre-sort check chose: `sync` answers when no Python code can take part
 * (null otherwise), `slow` runs the comparison with its Python methods as frames.
 */
interface KeyCompare {
  sync(x: PyObject, y: PyObject): boolean | null;
  slow(x: PyObject, y: PyObject): NativeOp<boolean>;
}

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  /** Temporary storage for merges. */
  readonly temp: Arrays;
  constructor(readonly vm: VM, readonly a: Arrays, readonly listlen: number, readonly cmp: KeyCompare) {
    this.temp = { keys: [], values: a.values ? [] : null };
  }
}

/** ISLT(x, y) when it needs no Python code; null when `yield* ms.cmp.slow(x, y)` must decide. */
function lessThan(ms: MergeState, x: PyObject, y: PyObject): boolean | null {
  return ms.cmp.sync(x, y);
}

function copy(dst: Arrays, di: number, src: Arrays, si: number): void {
  dst.keys[di] = src.keys[si];
  if (dst.values) dst.values[di] = src.values![si];
}

/** memmove: safe for overlapping ranges of the same arrays. */
function move(dst: Arrays, di: number, src: Arrays, si: number, n: number): void {
  if (dst.keys === src.keys && di > si) {
    for (let i = n - 1; i >= 0; i--) copy(dst, di + i, src, si + i);
  } else {
    for (let i = 0; i < n; i++) copy(dst, di + i, src, si + i);
  }
}

function reverseRange(a: Arrays, lo: number, hi: number): void {
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

/** Where key belongs in the sorted a[base:base+n], left of equal elements; starts the search at hint. */
function* gallopLeft(ms: MergeState, key: PyObject, arr: PyObject[], base: number, n: number, hint: number): NativeOp<number> {
  const a = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (lessThan(ms, arr[a], key) ?? (yield* ms.cmp.slow(arr[a], key))) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lessThan(ms, arr[a + ofs], key) ?? (yield* ms.cmp.slow(arr[a + ofs], key))) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lessThan(ms, arr[a - ofs], key) ?? (yield* ms.cmp.slow(arr[a - ofs], key))) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lessThan(ms, arr[base + m], key) ?? (yield* ms.cmp.slow(arr[base + m], key))) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Like gallopLeft, but right of equal elements. */
function* gallopRight(ms: MergeState, key: PyObject, arr: PyObject[], base: number, n: number, hint: number): NativeOp<number> {
  const a = base + hint;
  let lastofs = 0;
  let ofs = 1;
  if (lessThan(ms, key, arr[a]) ?? (yield* ms.cmp.slow(key, arr[a]))) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lessThan(ms, key, arr[a - ofs]) ?? (yield* ms.cmp.slow(key, arr[a - ofs]))) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lessThan(ms, key, arr[a + ofs]) ?? (yield* ms.cmp.slow(key, arr[a + ofs]))) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lessThan(ms, key, arr[base + m]) ?? (yield* ms.cmp.slow(key, arr[base + m]))) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Merges a[pa:pa+na] and a[pb:pb+nb] (pb = pa + na), na <= nb, through a copy of the first run. */
function* mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): NativeOp<void> {
  const a = ms.a;
  const t = ms.temp;
  move(t, 0, a, pa, na);
  let dest = pa;
  let ia = 0;
  let ib = pb;
  let copiedB = false;
  // The last element of the first run belongs at the end of the merge.
  const copyB = (): void => {
    move(a, dest, a, ib, nb);
    copy(a, dest + nb, t, ia);
    copiedB = true;
  };
  try {
    copy(a, dest++, a, ib++);
    if (--nb === 0) return;
    if (na === 1) return copyB();
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lessThan(ms, a.keys[ib], t.keys[ia]) ?? (yield* ms.cmp.slow(a.keys[ib], t.keys[ia]))) {
          copy(a, dest++, a, ib++);
          bcount++;
          acount = 0;
          if (--nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          copy(a, dest++, t, ia++);
          acount++;
          bcount = 0;
          if (--na === 1) return copyB();
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = yield* gallopRight(ms, a.keys[ib], t.keys, ia, na, 0);
        acount = k;
        if (k) {
          move(a, dest, t, ia, k);
          dest += k;
          ia += k;
          na -= k;
          if (na === 1) return copyB();
          if (na === 0) return;
        }
        copy(a, dest++, a, ib++);
        if (--nb === 0) return;
        k = yield* gallopLeft(ms, t.keys[ia], a.keys, ib, nb, 0);
        bcount = k;
        if (k) {
          move(a, dest, a, ib, k);
          dest += k;
          ib += k;
          nb -= k;
          if (nb === 0) return;
        }
        copy(a, dest++, t, ia++);
        if (--na === 1) return copyB();
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed and Fail: what is left of the first run goes back (nothing is lost or duplicated).
    if (na > 0 && !copiedB) move(a, dest, t, ia, na);
  }
}

/** Merges a[pa:pa+na] and a[pb:pb+nb] (pb = pa + na), na >= nb, through a copy of the second run, from the right. */
function* mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): NativeOp<void> {
  const a = ms.a;
  const t = ms.temp;
  move(t, 0, a, pb, nb);
  let dest = pb + nb - 1;
  let ib = nb - 1;
  let ia = pa + na - 1;
  let copiedA = false;
  const copyA = (): void => {
    move(a, dest - na + 1, a, ia - na + 1, na);
    dest -= na;
    ia -= na;
    copy(a, dest, t, ib);
    copiedA = true;
  };
  try {
    copy(a, dest--, a, ia--);
    if (--na === 0) return;
    if (nb === 1) return copyA();
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lessThan(ms, t.keys[ib], a.keys[ia]) ?? (yield* ms.cmp.slow(t.keys[ib], a.keys[ia]))) {
          copy(a, dest--, a, ia--);
          acount++;
          bcount = 0;
          if (--na === 0) return;
          if (acount >= minGallop) break;
        } else {
          copy(a, dest--, t, ib--);
          bcount++;
          acount = 0;
          if (--nb === 1) return copyA();
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = yield* gallopRight(ms, t.keys[ib], a.keys, pa, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          ia -= k;
          move(a, dest + 1, a, ia + 1, k);
          na -= k;
          if (na === 0) return;
        }
        copy(a, dest--, t, ib--);
        if (--nb === 1) return copyA();
        k = yield* gallopLeft(ms, a.keys[ia], t.keys, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          ib -= k;
          move(a, dest + 1, t, ib + 1, k);
          nb -= k;
          if (nb === 1) return copyA();
          if (nb === 0) return;
        }
        copy(a, dest--, a, ia--);
        if (--na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    if (nb > 0 && !copiedA) move(a, dest - (nb - 1), t, 0, nb);
  }
}

/** Merges the runs at stack indices i and i + 1. */
function* mergeAt(ms: MergeState, i: number): NativeOp<void> {
  const p = ms.pending;
  let pa = p[i].base;
  let na = p[i].len;
  const pb = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  if (i === p.length - 3) p[i + 1] = p[i + 2];
  p.pop();
  const a = ms.a;
  const k = yield* gallopRight(ms, a.keys[pb], a.keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = yield* gallopLeft(ms, a.keys[pa + na - 1], a.keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) yield* mergeLo(ms, pa, na, pb, nb);
  else yield* mergeHi(ms, pa, na, pb, nb);
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

// ----- the pre-sort check's comparisons -----

const pureNumbers: KeyCompare = {
  sync: (x, y) => numberLess(x, y),
  slow: function* (x, y) {
    return numberLess(x, y);
  },
};

function numberLess(x: PyObject, y: PyObject): boolean {
  if (x instanceof PyFloat && y instanceof PyFloat) return x.value < y.value;
  const a = (x as PyInt).value, b = (y as PyInt).value;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return intCompare(big(a), big(b)) < 0;
}

const pureStrings: KeyCompare = {
  sync: (x, y) => (x as PyStr).value < (y as PyStr).value,
  slow: function* (x, y) {
    return (x as PyStr).value < (y as PyStr).value;
  },
};

/** safe_object_compare: PyObject_RichCompareBool(x, y, Py_LT). */
function safeCompare(vm: VM): KeyCompare {
  return {
    sync: (x, y) => compareBuiltin(vm, x, y, CompareOpArg.LT),
    slow: (x, y) => compareBoolResumable(vm, x, y, CompareOpArg.LT),
  };
}

/**
 * unsafe_object_compare for keys all of one class: its __lt__ is called directly (no recursion guard, no
 * reflected method), falling back to the full comparison when it returns NotImplemented.
 */
function sameClassCompare(vm: VM, safe: KeyCompare): KeyCompare {
  return {
    sync: (x, y) => (x instanceof PyInstance ? null : safe.sync(x, y)),
    slow: function* (x, y) {
      if (!(x instanceof PyInstance)) return yield* safe.slow(x, y);
      const lt = x.type.lookup('__lt__');
      if (!lt) return yield* compareBoolResumable(vm, x, y, CompareOpArg.LT);
      const r = yield* callMethodOp(vm, lt, x, [y]);
      if (r === NotImplemented) {
        decref(r);
        return yield* compareBoolResumable(vm, x, y, CompareOpArg.LT);
      }
      try {
        return r instanceof PyBool ? r.value : yield* isTrueResumable(vm, r);
      } finally {
        decref(r);
      }
    },
  };
}

/** unsafe_tuple_compare: equal leading items are skipped, the first differing pair decides. */
function tupleCompare(vm: VM, first: KeyCompare): KeyCompare {
  const rest = safeCompare(vm);
  return {
    sync: (x, y) => {
      const v = (x as PyTuple).items, w = (y as PyTuple).items;
      let i = 0;
      for (; i < v.length && i < w.length; i++) {
        if (v[i] === w[i]) continue;
        const eq = compareBuiltin(vm, v[i], w[i], CompareOpArg.EQ);
        if (eq === null) return null;
        if (!eq) break;
      }
      if (i >= v.length || i >= w.length) return v.length < w.length;
      return i === 0 ? first.sync(v[0], w[0]) : rest.sync(v[i], w[i]);
    },
    slow: function* (x, y) {
      const v = (x as PyTuple).items, w = (y as PyTuple).items;
      let i = 0;
      for (; i < v.length && i < w.length; i++) {
        if (!(yield* compareBoolResumable(vm, v[i], w[i], CompareOpArg.EQ))) break;
      }
      if (i >= v.length || i >= w.length) return v.length < w.length;
      return i === 0 ? yield* first.slow(v[0], w[0]) : yield* rest.slow(v[i], w[i]);
    },
  };
}

/** The pre-sort check: the comparison CPython picks for these keys. */
function chooseCompare(vm: VM, keys: PyObject[]): KeyCompare {
  const safe = safeCompare(vm);
  if (keys.length < 2) return safe;
  let inTuples = keys[0] instanceof PyTuple && (keys[0] as PyTuple).items.length > 0;
  const keyType = inTuples ? (keys[0] as PyTuple).items[0].type : keys[0].type;
  let sameType = true;
  for (const k of keys) {
    if (inTuples && !(k instanceof PyTuple && k.items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (k as PyTuple).items[0] : k;
    if (key.type !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
  }
  const sample = inTuples ? (keys[0] as PyTuple).items[0] : keys[0];
  let cmp: KeyCompare = safe;
  if (sameType) cmp = isPure(sample) ? (sample instanceof PyStr ? pureStrings : pureNumbers) : sameClassCompare(vm, safe);
  // Tuples of tuples: the first items are compared in full.
  if (inTuples) return tupleCompare(vm, sample instanceof PyTuple ? safe : cmp);
  return cmp;
}

/** str, int and float keys compare without Python code (unsafe_latin/long/float_compare). */
function isPure(o: PyObject): boolean {
  return (o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat) && !(o instanceof PyBool);
}

/**
 * list.sort(key=..., reverse=...) as listsort: the list is empty while it sorts (its items are held by the
 * sort), keys are computed first, in order; a list changed meanwhile raises ValueError afterwards.
 */
export function* listSortResumable(vm: VM, list: PyList, keyfunc: PyObject | null, reverse: boolean): NativeOp<void> {
  const saved = list.items;
  const savedAllocated = list.allocated;
  const n = saved.length;
  list.items = [];
  list.allocated = -1;
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
      keys = [];
      vm.holdTemporary(keys);
      try {
        for (let i = 0; i < n; i++) keys.push(yield* callOp(vm, keyfunc, [saved[i]]));
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
    if (n >= 2) {
      if (reverse) reverseRange(arrays, 0, n);
      yield* timsort(ms);
    }
  } catch (e) {
    failed = true;
    failure = e;
  }
  if (keys) {
    if (heldKeys) vm.dropTemporary(heldKeys);
    for (const k of keys) decref(k);
  }
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
  list.allocated = savedAllocated;
  vm.dropTemporary(heldItems);
  for (let i = meanwhile.length - 1; i >= 0; i--) decref(meanwhile[i]);
  if (failed) throw failure;
}
