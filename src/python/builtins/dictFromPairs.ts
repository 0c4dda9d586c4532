// dict_merge_from_seq2: `dict(pairs)` and `d.update(pairs)` take each item from the iterator, unpack it and set it
// before taking the next, so the iterable sees the dict grow (`d.update((k, len(d)) for k in 'abc')`), what was
// set before a raise stays, and one pair tuple at a time is alive (the tuple free list reuses it).

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import type { PyDict } from '../runtime/dict';
import { PyList, PyTuple } from '../runtime/objects';
import { decref, incref } from '../runtime/heap';
import { dictSet } from '../runtime/containers';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import { collectItemsOp, getIterOp, isRequest, nextItem } from '../vm/callOps';

/** Merges an iterable of pairs into `d`, running any Python code it needs synchronously. */
export function mergeFromPairs(vm: VM, d: PyDict, src: PyObject): void {
  const it = vm.getIter(src);
  try {
    for (let i = 0; ; i++) {
      const pair = vm.iterNext(it);
      if (pair === null) break;
      try {
        const unpacked = isListOrTuple(pair) ? null : sequenceFast(i, () => vm.collectItems(pair));
        setPair(vm, d, pair, unpacked, i);
      } finally {
        decref(pair);
      }
    }
  } finally {
    decref(it);
  }
}

/** mergeFromPairs with each step resumable: a generator's or an `__iter__`'s frames run as steps of their own. */
export function* mergeFromPairsOp(vm: VM, d: PyDict, src: PyObject): NativeOp<void> {
  const it = yield* getIterOp(vm, src);
  // The iterator, and the pair being unpacked (its __iter__ may run as frames), shown as the operation's temporaries.
  const held: PyObject[] = [it];
  vm.holdTemporary(held);
  try {
    for (let i = 0; ; i++) {
      let item = nextItem(vm, it);
      if (isRequest(item)) item = (yield item) as PyObject | null;
      if (item === null) break;
      const pair = item;
      held[1] = pair;
      try {
        const unpacked = isListOrTuple(pair) ? null : yield* sequenceFastOp(i, () => collectItemsOp(vm, pair));
        setPair(vm, d, pair, unpacked, i);
      } finally {
        held.length = 1;
        decref(pair);
      }
    }
  } finally {
    vm.dropTemporary(held);
    decref(it);
  }
}

function isListOrTuple(o: PyObject): o is PyList | PyTuple {
  return o instanceof PyTuple || o instanceof PyList;
}

/** PySequence_Fast of a pair that is no list or tuple (any iterable will do: "ab" gives 'a': 'b'). */
function sequenceFast(i: number, collect: () => PyObject[]): PyObject[] {
  try {
    return collect();
  } catch (e) {
    throw notASequence(e, i);
  }
}

function* sequenceFastOp(i: number, collect: () => NativeOp<PyObject[]>): NativeOp<PyObject[]> {
  try {
    return yield* collect();
  } catch (e) {
    throw notASequence(e, i);
  }
}

function notASequence(e: unknown, i: number): unknown {
  return e instanceof NativeRaise && e.pyType === 'TypeError' ? new NativeRaise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`) : e;
}

/** Sets one pair: a list's or tuple's own items, or the new references `unpacked` holds (dropped after). */
function setPair(vm: VM, d: PyDict, pair: PyObject, unpacked: PyObject[] | null, i: number): void {
  try {
    setItems(vm, d, unpacked ?? (pair as PyList | PyTuple).items, i);
  } finally {
    if (unpacked) for (const o of unpacked) decref(o);
  }
}

function setItems(vm: VM, d: PyDict, kv: readonly PyObject[], i: number): void {
  if (kv.length !== 2) throw new NativeRaise('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
  // dict_merge_from_seq2 holds the key and the value while PyDict_SetItem runs.
  const [key, value] = kv;
  incref(key);
  incref(value);
  try {
    dictSet(vm, d, key, value);
  } finally {
    decref(key);
    decref(value);
  }
}
