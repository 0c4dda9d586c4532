// bytearray's mutations: item and slice assignment and deletion (bytearray_setslice_linear's resizing, so
// sys.getsizeof follows CPython), append, extend, insert, pop, remove, clear, reverse, copy.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt, PySlice } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newInt, newNone } from '../runtime/factory';
import { PyByteArray, bufferOf, newByteArray } from '../runtime/bytesObject';
import { indexValue, sliceIndices } from '../runtime/ops/items';
import { hasIndex, indexOf } from '../runtime/ops/numbers';
import { NOARGS, O, defineMethods, fast, ssizeArg } from './define';
import { byteValue, bytearraySlots } from './bytesSlots';
import type { VM } from '../vm/vm';

function itemIndex(vm: VM, a: PyByteArray, key: PyObject): number {
  let i = key instanceof PyInt || key instanceof PyBool || !hasIndex(key) ? indexValue(key, 'bytearray') : Number(indexOf(vm, key));
  if (i < 0) i += a.size;
  if (i < 0 || i >= a.size) throw new NativeRaise('IndexError', 'bytearray index out of range');
  return i;
}

/** bytearray_setslice_linear: replaces bytes [lo, hi) with `value`, resizing as CPython does. */
export function setLinear(a: PyByteArray, lo: number, hi: number, value: string): void {
  const needed = value.length;
  const growth = needed - (hi - lo);
  const size = a.size;
  if (growth < 0) {
    if (a.exports > 0) throw new NativeRaise('BufferError', 'Existing exports of data: object cannot be re-sized');
    if (lo === 0) a.dropFront(-growth);
    else {
      a.buf.copyWithin(a.start + lo + needed, a.start + hi, a.start + size);
      a.resize(size + growth);
    }
  } else if (growth > 0) {
    a.resize(size + growth);
    a.buf.copyWithin(a.start + lo + needed, a.start + hi, a.start + size);
  }
  for (let i = 0; i < needed; i++) a.buf[a.start + lo + i] = value.charCodeAt(i);
}

/** The bytes a slice assignment stores: a buffer, or an iterable of ints (not a single int or a str). */
function assignedBytes(vm: VM, value: PyObject): string {
  const b = bufferOf(value);
  if (b !== null) return b;
  if (hasIndex(value) || value.type === T.str) {
    throw new NativeRaise('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  const made = vm.call(T.bytearray, [value]) as PyByteArray;
  try {
    return made.value;
  } finally {
    decref(made);
  }
}

/**
 * bytearray_extend's bytes from an iterable of ints: one that cannot be iterated is "can't extend bytearray with
 * X", each item must be a byte; nothing is appended unless all are.
 */
function extendingBytes(vm: VM, iterable: PyObject): string {
  let it: PyObject;
  try {
    it = vm.getIter(iterable);
  } catch (e) {
    if (vm.matches(e, 'TypeError')) throw new NativeRaise('TypeError', `can't extend bytearray with ${iterable.type.name}`);
    throw e;
  }
  let items: PyObject[];
  try {
    items = vm.collectItems(it);
  } finally {
    decref(it);
  }
  try {
    let bytes = '';
    for (const x of items) bytes += String.fromCharCode(byteValue(vm, x));
    return bytes;
  } finally {
    for (const x of items) decref(x);
  }
}

function setItem(vm: VM, o: PyObject, key: PyObject, value: PyObject): void {
  const a = o as PyByteArray;
  if (key instanceof PySlice) {
    const bytes = assignedBytes(vm, value);
    const { start, stop, step, count } = sliceIndices(key, a.size);
    if (step === 1) return setLinear(a, start, Math.max(start, stop), bytes);
    if (bytes.length !== count) throw new NativeRaise('ValueError', `attempt to assign bytes of size ${bytes.length} to extended slice of size ${count}`);
    for (let i = 0, j = start; i < count; i++, j += step) a.buf[a.start + j] = bytes.charCodeAt(i);
    return;
  }
  const i = itemIndex(vm, a, key);
  a.buf[a.start + i] = byteValue(vm, value);
}

function delItem(vm: VM, o: PyObject, key: PyObject): void {
  const a = o as PyByteArray;
  if (key instanceof PySlice) {
    const { start, stop, step, count } = sliceIndices(key, a.size);
    if (step === 1) return setLinear(a, start, Math.max(start, stop), '');
    if (count === 0) return;
    const keep: number[] = [];
    const bytes = a.bytes;
    const drop = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
    for (let i = 0; i < bytes.length; i++) if (!drop.has(i)) keep.push(bytes[i]);
    a.buf.set(keep, a.start);
    a.resize(keep.length);
    return;
  }
  const i = itemIndex(vm, a, key);
  setLinear(a, i, i + 1, '');
}

function self(args: PyObject[]): PyByteArray {
  return args[0] as PyByteArray;
}

function insertAt(a: PyByteArray, i: number, v: number): void {
  const n = a.size;
  a.resize(n + 1);
  a.buf.copyWithin(a.start + i + 1, a.start + i, a.start + n);
  a.buf[a.start + i] = v;
}

export function installByteArrayMethods(): void {
  bytearraySlots.setItem = setItem;
  bytearraySlots.delItem = delItem;
  defineMethods(T.bytearray, {
    append: [O, (vm, args) => {
      const a = self(args);
      insertAt(a, a.size, byteValue(vm, args[1]));
      return newNone();
    }],
    clear: [NOARGS, (_vm, args) => {
      self(args).resize(0);
      return newNone();
    }],
    copy: [NOARGS, (_vm, args) => newByteArray(self(args).bytes.slice())],
    extend: [O, (vm, args) => {
      const a = self(args);
      setLinear(a, a.size, a.size, bufferOf(args[1]) ?? extendingBytes(vm, args[1]));
      return newNone();
    }],
    insert: [fast(2), (vm, args) => {
      const a = self(args);
      let i = ssizeArg(vm, args[1]);
      const v = byteValue(vm, args[2]);
      if (i < 0) i = Math.max(0, i + a.size);
      if (i > a.size) i = a.size;
      insertAt(a, i, v);
      return newNone();
    }],
    pop: [fast(0, 1), (vm, args) => {
      const a = self(args);
      if (a.size === 0) throw new NativeRaise('IndexError', 'pop from empty bytearray');
      let i = args[1] === undefined ? -1 : ssizeArg(vm, args[1]);
      if (i < 0) i += a.size;
      if (i < 0 || i >= a.size) throw new NativeRaise('IndexError', 'pop index out of range');
      const v = a.buf[a.start + i];
      a.buf.copyWithin(a.start + i, a.start + i + 1, a.start + a.size);
      a.resize(a.size - 1);
      return newInt(v);
    }],
    remove: [O, (vm, args) => {
      const a = self(args);
      const v = byteValue(vm, args[1]);
      const i = a.bytes.indexOf(v);
      if (i < 0) throw new NativeRaise('ValueError', 'value not found in bytearray');
      a.buf.copyWithin(a.start + i, a.start + i + 1, a.start + a.size);
      a.resize(a.size - 1);
      return newNone();
    }],
    reverse: [NOARGS, (_vm, args) => {
      self(args).bytes.reverse();
      return newNone();
    }],
  });
}
