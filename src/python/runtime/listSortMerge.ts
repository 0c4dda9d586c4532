// The merging half of CPython's listsort: galloping searches, merge_lo and merge_hi (with their
// galloping mode and min_gallop adaptation), and merge_at.

import { PyObject } from './object';
import type { NativeOp } from '../vm/nativeOp';
import { MIN_GALLOP, copy, lessThan, mergeGetmem, move, type MergeState } from './listSortState';

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
  mergeGetmem(ms, na);
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
  mergeGetmem(ms, nb);
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
export function* mergeAt(ms: MergeState, i: number): NativeOp<void> {
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

