// The _heapq module: heap operations on lists with CPython's exact comparison sequence (so __lt__ side
// effects, errors and "list changed size during iteration" match); heapq's Python part is heapqPython.ts.

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyList } from '../runtime/objects';
import { decref, incref } from '../runtime/heap';
import { newNone } from '../runtime/factory';
import { listAppend, listShrunk } from '../runtime/containers';
import { richCompare } from '../runtime/ops/compare';
import { CompareOpArg } from '../bytecode/opcodes';
import { builtinFunction, expectArgs } from '../builtins/define';
import { once } from './nativeType';
import type { Kwargs } from './argumentClinic';
import type { VM } from '../vm/vm';

/** PyObject_RichCompareBool(a, b, Py_LT), holding a (and b unless told not to) for the duration as _heapq does. */
function lessThan(vm: VM, a: PyObject, b: PyObject, holdB = true): boolean {
  incref(a);
  if (holdB) incref(b);
  try {
    const r = richCompare(vm, a, b, CompareOpArg.LT);
    try {
      return vm.isTrue(r);
    } finally {
      decref(r);
    }
  } finally {
    if (holdB) decref(b);
    decref(a);
  }
}

type Less = (vm: VM, a: PyObject, b: PyObject) => boolean;
const minOrder: Less = lessThan;
const maxOrder: Less = (vm, a, b) => lessThan(vm, b, a);

function changedSize(): NativeRaise {
  return new NativeRaise('RuntimeError', 'list changed size during iteration');
}

/** Moves the item at pos up towards startpos while it is smaller than its parent. */
function siftdown(vm: VM, heap: PyList, startpos: number, pos: number, less: Less): void {
  const size = heap.items.length;
  if (pos >= size) throw new NativeRaise('IndexError', 'index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const smaller = less(vm, heap.items[pos], heap.items[parentpos]);
    if (size !== heap.items.length) throw changedSize();
    if (!smaller) break;
    const items = heap.items;
    [items[parentpos], items[pos]] = [items[pos], items[parentpos]];
    pos = parentpos;
  }
}

/** Moves the smaller child up until a leaf, then sifts the item at pos back down into place. */
function siftup(vm: VM, heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw new NativeRaise('IndexError', 'index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      if (!less(vm, heap.items[childpos], heap.items[childpos + 1])) childpos++;
      if (endpos !== heap.items.length) throw changedSize();
    }
    const items = heap.items;
    [items[childpos], items[pos]] = [items[pos], items[childpos]];
    pos = childpos;
  }
  siftdown(vm, heap, startpos, pos, less);
}

function listArg(fname: string, o: PyObject, position: string): PyList {
  if (o instanceof PyList) return o;
  throw new NativeRaise('TypeError', `${fname}() argument${position} must be list, not ${argTypeName(o)}`);
}

function noKeywords(fname: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `_heapq.${fname}() takes no keyword arguments`);
}

/** A METH_O function of the heap. */
function heapFunction(name: string, f: (vm: VM, heap: PyList) => PyObject): PyObject {
  return builtinFunction(name, (vm, args, kwargs) => {
    noKeywords(name, kwargs);
    if (args.length !== 1) throw new NativeRaise('TypeError', `_heapq.${name}() takes exactly one argument (${args.length} given)`);
    return f(vm, listArg(name, args[0], ''));
  });
}

/** A positional function of the heap and an item. */
function heapItemFunction(name: string, f: (vm: VM, heap: PyList, item: PyObject) => PyObject): PyObject {
  return builtinFunction(name, (vm, args, kwargs) => {
    noKeywords(name, kwargs);
    expectArgs(name, args, 2);
    return f(vm, listArg(name, args[0], ' 1'), args[1]);
  });
}

function heappop(vm: VM, heap: PyList, less: Less): PyObject {
  const n = heap.items.length;
  if (n === 0) throw new NativeRaise('IndexError', 'index out of range');
  const last = heap.items.pop()!;
  listShrunk(heap);
  if (n === 1) return last;
  const top = heap.items[0];
  heap.items[0] = last;
  try {
    siftup(vm, heap, 0, less);
  } catch (e) {
    decref(top);
    throw e;
  }
  return top;
}

function heapreplace(vm: VM, heap: PyList, item: PyObject, less: Less): PyObject {
  if (heap.items.length === 0) throw new NativeRaise('IndexError', 'index out of range');
  const top = heap.items[0];
  heap.items[0] = incref(item);
  try {
    siftup(vm, heap, 0, less);
  } catch (e) {
    decref(top);
    throw e;
  }
  return top;
}

/** Builds a heap bottom-up; past 2500 items in CPython's cache-friendly order (same comparisons, same heap). */
function heapify(vm: VM, heap: PyList, less: Less): PyObject {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1;
    let top = 1;
    while (top * 2 <= m + 1) top *= 2;
    const leftmost = top - 1;
    const mhalf = m >> 1;
    const siftChain = (i: number) => {
      for (let j = i; ; j >>= 1) {
        siftup(vm, heap, j, less);
        if (!(j & 1)) break;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) siftChain(i);
    for (let i = m - 1; i >= leftmost; i--) siftChain(i);
    return newNone();
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(vm, heap, i, less);
  return newNone();
}

const functions = once((): Record<string, PyObject> => ({
  heappush: heapItemFunction('heappush', (vm, heap, item) => {
    listAppend(heap, item);
    siftdown(vm, heap, 0, heap.items.length - 1, minOrder);
    return newNone();
  }),
  heappop: heapFunction('heappop', (vm, heap) => heappop(vm, heap, minOrder)),
  heapify: heapFunction('heapify', (vm, heap) => heapify(vm, heap, minOrder)),
  heapreplace: heapItemFunction('heapreplace', (vm, heap, item) => heapreplace(vm, heap, item, minOrder)),
  heappushpop: heapItemFunction('heappushpop', (vm, heap, item) => {
    if (heap.items.length === 0 || !lessThan(vm, heap.items[0], item, false)) return incref(item);
    if (heap.items.length === 0) throw new NativeRaise('IndexError', 'index out of range');
    return heapreplace(vm, heap, item, minOrder);
  }),
  _heappop_max: heapFunction('_heappop_max', (vm, heap) => heappop(vm, heap, maxOrder)),
  _heapify_max: heapFunction('_heapify_max', (vm, heap) => heapify(vm, heap, maxOrder)),
  _heapreplace_max: heapItemFunction('_heapreplace_max', (vm, heap, item) => heapreplace(vm, heap, item, maxOrder)),
}));

export function heapqNativeContents(_vm: VM): Record<string, PyObject> {
  const out = { ...functions() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
