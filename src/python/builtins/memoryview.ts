// memoryview's slots and methods over bytes and bytearray ('B' format, one dimension): indexing, slicing
// into views of the same buffer, assignment through writable views, ==, hash, tobytes/tolist/hex, release.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt, PyNativeIterator, PySlice } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newInt, newList, newNone, newStr, newTuple } from '../runtime/factory';
import { PyByteArray, PyBytes, bufferOf, newBytes } from '../runtime/bytesObject';
import { PyMemoryView, newMemoryView, viewOf } from '../runtime/memoryviewObject';
import { sliceIndices } from '../runtime/ops/items';
import { hasIndex, indexOf } from '../runtime/ops/numbers';
import { strHash } from '../runtime/strHash';
import { hexAddress } from '../runtime/address';
import { CompareOpArg } from '../bytecode/opcodes';
import { NOARGS, defineMethods, keywords } from './define';
import { defineSlotDunders } from '../modules/nativeType';
import type { NativeSlots } from '../runtime/nativeSlots';
import type { VM } from '../vm/vm';

function checkLive(m: PyMemoryView): void {
  if (m.released) throw new NativeRaise('ValueError', 'operation forbidden on released memoryview object');
}

function view(o: PyObject): PyMemoryView {
  const m = o as PyMemoryView;
  checkLive(m);
  return m;
}

/** The position in the exporter's bytes of item i (already checked). */
function position(m: PyMemoryView, i: number): number {
  return m.start + i * m.step;
}

function itemIndex(vm: VM, m: PyMemoryView, key: PyObject): number {
  if (!(key instanceof PyInt || key instanceof PyBool || hasIndex(key))) throw new NativeRaise('TypeError', 'memoryview: invalid slice key');
  let i = Number(indexOf(vm, key));
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw new NativeRaise('IndexError', 'index out of bounds on dimension 1');
  return i;
}

function getItem(vm: VM, o: PyObject, key: PyObject): PyObject {
  const m = view(o);
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, m.length);
    return viewOf(m.mbuf!, position(m, start), count, m.step * step, m.readonly);
  }
  const i = itemIndex(vm, m, key);
  return newInt(m.value.charCodeAt(i));
}

function setItem(vm: VM, o: PyObject, key: PyObject, value: PyObject): void {
  const m = view(o);
  if (m.readonly) throw new NativeRaise('TypeError', 'cannot modify read-only memory');
  const target = m.obj as PyByteArray;
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, m.length);
    const b = bufferOf(value);
    if (b === null) throw new NativeRaise('TypeError', `a bytes-like object is required, not '${value.type.name}'`);
    if (b.length !== count) throw new NativeRaise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    for (let i = 0; i < count; i++) target.buf[target.start + position(m, start + i * step)] = b.charCodeAt(i);
    return;
  }
  const i = itemIndex(vm, m, key);
  if (!hasIndex(value)) throw new NativeRaise('TypeError', "memoryview: invalid type for format 'B'");
  const v = indexOf(vm, value);
  if (v < 0 || v > 255) throw new NativeRaise('ValueError', "memoryview: invalid value for format 'B'");
  target.buf[target.start + position(m, i)] = Number(v);
}

function compare(_vm: VM, a: PyObject, b: PyObject, op: number): PyObject | null {
  if (op !== CompareOpArg.EQ && op !== CompareOpArg.NE) return null;
  const m = a as PyMemoryView;
  // A released view equals only itself.
  if (m.released || (b instanceof PyMemoryView && b.released)) return newBool((a === b) === (op === CompareOpArg.EQ));
  const other = bufferOf(b);
  if (other === null) return null;
  return newBool((m.value === other) === (op === CompareOpArg.EQ));
}

function hash(o: PyObject): bigint {
  const m = view(o);
  if (!m.readonly) throw new NativeRaise('ValueError', 'cannot hash writable memoryview object');
  return strHash(m.value);
}

function iter(vm: VM, o: PyObject): PyObject {
  view(o);
  const it = vm.heap.register(new PyNativeIterator(T.memory_iterator, [incref(o)], (_vm, it) => {
    const m = it.held[0] as PyMemoryView | undefined;
    if (!m) return null;
    checkLive(m);
    if (it.state >= m.length) {
      it.exhaust();
      return null;
    }
    return newInt(m.value.charCodeAt(it.state++));
  }));
  vm.heap.track(it);
  return it;
}

function attribute(o: PyObject, name: string): PyObject | null {
  const m = o as PyMemoryView;
  switch (name) {
    case 'obj': return incref(view(m).obj);
    case 'nbytes': return newInt(view(m).length);
    case 'readonly': return newBool(view(m).readonly);
    case 'format': return (view(m), newStr('B'));
    case 'itemsize': return (view(m), newInt(1));
    case 'ndim': return (view(m), newInt(1));
    case 'shape': return newTuple([newInt(view(m).length)]);
    case 'strides': return newTuple([newInt(view(m).step)]);
    case 'suboffsets': return (view(m), newTuple([]));
    case 'contiguous': case 'c_contiguous': case 'f_contiguous':
      return newBool(view(m).step === 1 || m.length <= 1);
    default: return null;
  }
}

const slots: NativeSlots = {
  repr: (_vm, o) => `<${(o as PyMemoryView).released ? 'released ' : ''}memory at ${hexAddress(o)}>`,
  sizeof: () => 184,
  length: (_vm, o) => view(o).length,
  getItem,
  setItem,
  iter,
  compare,
  hash,
  hashKey: (o) => 'y' + view(o).value,
  attribute,
  weakrefable: true,
};

function memoryviewNew(_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const total = args.length + (kwargs?.size ?? 0);
  if (total !== 1 || (kwargs && !kwargs.has('object'))) {
    throw new NativeRaise('TypeError', total === 0 ? "memoryview() missing required argument 'object' (pos 1)" : `memoryview() takes at most 1 argument (${total} given)`);
  }
  const obj = args[0] ?? kwargs!.get('object')!;
  if (obj instanceof PyMemoryView) {
    const m = view(obj);
    return viewOf(m.mbuf!, m.start, m.length, m.step, m.readonly);
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) return newMemoryView(obj);
  throw new NativeRaise('TypeError', `memoryview: a bytes-like object is required, not '${obj.type.name}'`);
}

export function installMemoryview(): void {
  T.memoryview.nativeSlots = slots;
  T.memoryview.nativeNew = memoryviewNew;
  T.managedbuffer.nativeSlots = { sizeof: () => 128 };
  defineSlotDunders(T.memoryview);
  defineMethods(T.memoryview, {
    tobytes: [keywords(['order'], 0), (_vm, args) => newBytes(view(args[0]).value)],
    tolist: [NOARGS, (_vm, args) => newList(Array.from(view(args[0]).value, (c) => newInt(c.charCodeAt(0))))],
    hex: [keywords(['sep', 'bytes_per_sep'], 0), (vm, args) => {
      const bytesHex = T.bytes.lookup('hex')!;
      const b = newBytes(view(args[0]).value);
      try {
        return vm.call(bytesHex, [b, ...args.slice(1).filter((x) => x !== undefined)]);
      } finally {
        decref(b);
      }
    }],
    release: [NOARGS, (_vm, args) => {
      (args[0] as PyMemoryView).release();
      return newNone();
    }],
    toreadonly: [NOARGS, (_vm, args) => {
      const m = view(args[0]);
      return viewOf(m.mbuf!, m.start, m.length, m.step, true);
    }],
    __enter__: [NOARGS, (_vm, args) => incref(view(args[0]))],
    __exit__: (_vm, args) => {
      (args[0] as PyMemoryView).release();
      return newNone();
    },
  });
}
