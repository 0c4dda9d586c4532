// Methods of list and tuple, with CPython's signatures and messages (list.sort is its own concern).

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt, PyList, PyTuple } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { strKey } from '../runtime/mapKey';
import { decref, incref } from '../runtime/heap';
import { newIntExact, newList, newNone } from '../runtime/factory';
import { listAppend, listExtendResumable, listShrunk } from '../runtime/containers';
import { listResize } from '../runtime/sizeAccounting';
import { equals } from '../runtime/ops/compare';
import { repr } from '../runtime/ops/repr';
import { NOARGS, O, defineMethods, fast, ssizeArg } from './define';
import { indexOf } from '../runtime/ops/numbers';
import { listSortMethodOp } from './callingBuiltins';
import type { VM } from '../vm/vm';

/** _PyEval_SliceIndexNotNone: an int (clipped to the ssize range) or an __index__ object. */
function sliceIndexNotNone(vm: VM, o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  let v: number | bigint;
  try {
    v = o instanceof PyBool ? (o.value ? 1 : 0) : o instanceof PyInt ? o.value : indexOf(vm, o);
  } catch (e) {
    if (e instanceof NativeRaise && e.pyType === 'TypeError') throw new NativeRaise('TypeError', 'slice indices must be integers or have an __index__ method');
    throw e;
  }
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/**
 * Whether `item` equals `x`. CPython 3.11's list methods (count, index, remove) hold the item while its __eq__
 * runs; the tuple's compare it borrowed.
 */
function itemEquals(vm: VM, item: PyObject, x: PyObject, held: boolean): boolean {
  if (!held) return equals(vm, item, x);
  incref(item);
  try {
    return equals(vm, item, x);
  } finally {
    decref(item);
  }
}

/** list.index / tuple.index: the first equal item in [start, stop). */
function indexIn(vm: VM, items: PyObject[], args: PyObject[], held: boolean): number {
  const n = items.length;
  let start = sliceIndexNotNone(vm, args[2], 0);
  let stop = sliceIndexNotNone(vm, args[3], n);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, items.length); i++) if (itemEquals(vm, items[i], args[1], held)) return i;
  return -1;
}

function countOf(vm: VM, items: PyObject[], x: PyObject, held: boolean): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (itemEquals(vm, items[i], x, held)) n++;
  return n;
}

/** The list.append descriptor: a call of it the eval loop makes itself (appendToList in vm/loopCalls.ts). */
export let listAppendDescriptor: PyObject | null = null;

export function installListMethods(): void {
  defineMethods(T.list, {
    append: [O, (_vm, args) => {
      listAppend(args[0] as PyList, args[1]);
      return newNone();
    }],
    clear: [NOARGS, (_vm, args) => {
      const l = args[0] as PyList;
      // _list_clear frees an item array only when there is one: a list being sorted (none) stays as it is.
      if (l.items.length === 0 && l.allocated <= 0) return newNone();
      const old = l.items;
      l.items = [];
      l.allocated = 0;
      for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
      return newNone();
    }],
    copy: [NOARGS, (_vm, args) => newList((args[0] as PyList).items.map((x) => incref(x)))],
    count: [O, (vm, args) => newIntExact(countOf(vm, (args[0] as PyList).items, args[1], true))],
    extend: {
      sig: O,
      *op(vm, args) {
        yield* listExtendResumable(vm, args[0] as PyList, args[1]);
        return newNone();
      },
    },
    index: [fast(1, 3), (vm, args) => {
      const i = indexIn(vm, (args[0] as PyList).items, args, true);
      if (i < 0) throw new NativeRaise('ValueError', `${repr(vm, args[1])} is not in list`);
      return newIntExact(i);
    }],
    insert: [fast(2), (vm, args) => {
      const l = args[0] as PyList;
      const n = l.items.length;
      let i = ssizeArg(vm, args[1]);
      if (i < 0) i = Math.max(0, i + n);
      else if (i > n) i = n;
      if (n + 1 > l.allocated) l.allocated = listResize(l.allocated, n, n + 1);
      l.items.splice(i, 0, incref(args[2]));
      return newNone();
    }],
    pop: [fast(0, 1), (vm, args) => {
      const l = args[0] as PyList;
      let i = args[1] === undefined ? -1 : ssizeArg(vm, args[1]);
      if (l.items.length === 0) throw new NativeRaise('IndexError', 'pop from empty list');
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) throw new NativeRaise('IndexError', 'pop index out of range');
      const [v] = l.items.splice(i, 1);
      listShrunk(l);
      return v;
    }],
    remove: [O, (vm, args) => {
      const l = args[0] as PyList;
      const i = l.items.findIndex((y) => itemEquals(vm, y, args[1], true));
      if (i < 0) throw new NativeRaise('ValueError', 'list.remove(x): x not in list');
      const [v] = l.items.splice(i, 1);
      listShrunk(l);
      decref(v);
      return newNone();
    }],
    reverse: [NOARGS, (_vm, args) => {
      (args[0] as PyList).items.reverse();
      return newNone();
    }],
    sort: { op: listSortMethodOp },
  });
  listAppendDescriptor = T.list.dict.map.get(strKey('append'))!.value;

  defineMethods(T.tuple, {
    count: [O, (vm, args) => newIntExact(countOf(vm, (args[0] as PyTuple).items, args[1], false))],
    index: [fast(1, 3), (vm, args) => {
      const i = indexIn(vm, (args[0] as PyTuple).items, args, false);
      if (i < 0) throw new NativeRaise('ValueError', 'tuple.index(x): x not in tuple');
      return newIntExact(i);
    }],
  });
}
