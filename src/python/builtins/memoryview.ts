// memoryview's slots and methods over bytes and bytearray ('B' format, one dimension): indexing, slicing
// into views of the same buffer, assignment through writable views, ==, hash, tobytes/tolist/hex, release.

import { NON_STR } from '../runtime/mapKey';
import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt, PyNativeIterator, PySlice, PyStr } from '../runtime/objects';
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
import { defineGetSets } from './slotWrappers';
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

/** The exporter's byte at a position, read in place. */
function byteAt(m: PyMemoryView, at: number): number {
  const obj = m.obj;
  return obj instanceof PyByteArray ? obj.buf[obj.start + at] : (obj as PyBytes).value.charCodeAt(at);
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

/** An item as its format unpacks it: an int ('B', 'b') or a one-byte bytes ('c'). */
function item(m: PyMemoryView, byte: number): PyObject {
  if (m.format === 'c') return newBytes(String.fromCharCode(byte));
  return newInt(m.format === 'b' && byte >= 128 ? byte - 256 : byte);
}

/** The items' values, to compare views of different formats as CPython unpacks them. */
function unpacked(m: PyMemoryView): (number | string)[] {
  return Array.from(m.value, (c) => (m.format === 'c' ? c : m.format === 'b' && c.charCodeAt(0) >= 128 ? c.charCodeAt(0) - 256 : c.charCodeAt(0)));
}

function getItem(vm: VM, o: PyObject, key: PyObject): PyObject {
  const m = view(o);
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, m.length);
    return viewOf(m.mbuf!, position(m, start), count, m.step * step, m.readonly, m.format);
  }
  const i = itemIndex(vm, m, key);
  return item(m, byteAt(m, position(m, i)));
}

/** pack_single for a one-byte format. */
function packed(vm: VM, m: PyMemoryView, value: PyObject): number {
  const invalidType = () => new NativeRaise('TypeError', `memoryview: invalid type for format '${m.format}'`);
  const invalidValue = () => new NativeRaise('ValueError', `memoryview: invalid value for format '${m.format}'`);
  if (m.format === 'c') {
    if (!(value instanceof PyBytes)) throw invalidType();
    if (value.value.length !== 1) throw invalidValue();
    return value.value.charCodeAt(0);
  }
  if (!hasIndex(value)) throw invalidType();
  const v = indexOf(vm, value);
  const [lo, hi] = m.format === 'b' ? [-128, 127] : [0, 255];
  if (v < lo || v > hi) throw invalidValue();
  return Number(v) & 255;
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
  target.buf[target.start + position(m, i)] = packed(vm, m, value);
}

function compare(_vm: VM, a: PyObject, b: PyObject, op: number): PyObject | null {
  if (op !== CompareOpArg.EQ && op !== CompareOpArg.NE) return null;
  const m = a as PyMemoryView;
  // A released view equals only itself.
  if (m.released || (b instanceof PyMemoryView && b.released)) return newBool((a === b) === (op === CompareOpArg.EQ));
  const other = b instanceof PyMemoryView ? unpacked(b) : bufferOf(b) === null ? null : Array.from(bufferOf(b)!, (c) => c.charCodeAt(0));
  if (other === null) return null;
  const mine = unpacked(m);
  const equal = mine.length === other.length && mine.every((x, i) => x === other[i]);
  return newBool(equal === (op === CompareOpArg.EQ));
}

function hash(o: PyObject): bigint {
  return strHash(hashableView(o).value);
}

/** memory_hash's checks: a released view, then a writable one, cannot be hashed (nor be a key). */
function hashableView(o: PyObject): PyMemoryView {
  const m = view(o);
  if (!m.readonly) throw new NativeRaise('ValueError', 'cannot hash writable memoryview object');
  return m;
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
    return item(m, byteAt(m, position(m, it.state++)));
  }));
  vm.heap.track(it);
  return it;
}

/** The getset descriptors: each refuses a released view. */
const GETSETS: Record<string, (vm: VM, self: PyObject) => PyObject> = {
  obj: (_vm, o) => incref(view(o).obj),
  nbytes: (_vm, o) => newInt(view(o).length),
  readonly: (_vm, o) => newBool(view(o).readonly),
  itemsize: (_vm, o) => (view(o), newInt(1)),
  format: (_vm, o) => newStr(view(o).format),
  ndim: (_vm, o) => (view(o), newInt(1)),
  shape: (_vm, o) => newTuple([newInt(view(o).length)]),
  strides: (_vm, o) => newTuple([newInt(view(o).step)]),
  suboffsets: (_vm, o) => (view(o), newTuple([])),
  c_contiguous: (_vm, o) => newBool(contiguous(view(o))),
  f_contiguous: (_vm, o) => newBool(contiguous(view(o))),
  contiguous: (_vm, o) => newBool(contiguous(view(o))),
};

function contiguous(m: PyMemoryView): boolean {
  return m.step === 1 || m.length <= 1;
}

/** memoryview.cast to another one-byte format; wider formats are beyond this playground's views. */
function cast(_vm: VM, args: PyObject[]): PyObject {
  const m = view(args[0]);
  const fmt = args[1];
  if (!(fmt instanceof PyStr)) throw new NativeRaise('TypeError', `cast() argument 'format' must be str, not ${argTypeName(fmt)}`);
  if (args[2] !== undefined) throw new NativeRaise('NotImplementedError', 'memoryview.cast with a shape is not supported in this playground');
  if (!contiguous(m)) throw new NativeRaise('TypeError', 'memoryview: casts are restricted to C-contiguous views');
  const f = fmt.value.replace(/^@/, '');
  if (f === 'B' || f === 'b' || f === 'c') return viewOf(m.mbuf!, m.start, m.length, 1, m.readonly, f);
  if (f.length === 1 && 'hHiIlLqQnNfdeP?'.includes(f)) throw new NativeRaise('NotImplementedError', `memoryview.cast to '${f}' is not supported in this playground (one-byte formats only)`);
  throw new NativeRaise('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
}

const slots: NativeSlots = {
  repr: (_vm, o) => `<${(o as PyMemoryView).released ? 'released ' : ''}memory at ${hexAddress(o)}>`,
  sizeof: () => 184,
  length: (_vm, o) => view(o).length,
  getItem,
  setItem,
  iter,
  compare,
  hash: (_vm, o) => hash(o),
  valueKey: (_vm, o) => NON_STR + 'y' + hashableView(o).value,
  // memory_ass_sub: a released view, then a read-only one, is refused before deletion is.
  delItem: (_vm, o) => {
    if (view(o).readonly) throw new NativeRaise('TypeError', 'cannot modify read-only memory');
    throw new NativeRaise('TypeError', 'cannot delete memory');
  },
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
    return viewOf(m.mbuf!, m.start, m.length, m.step, m.readonly, m.format);
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) return newMemoryView(obj);
  throw new NativeRaise('TypeError', `memoryview: a bytes-like object is required, not '${obj.type.name}'`);
}

export function installMemoryview(): void {
  T.memoryview.nativeSlots = slots;
  T.memoryview.nativeNew = memoryviewNew;
  T.managedbuffer.nativeSlots = { sizeof: () => 128 };
  defineSlotDunders(T.memoryview);
  defineGetSets(T.memoryview, GETSETS);
  defineMethods(T.memoryview, {
    tobytes: [keywords(['order'], 0), (_vm, args) => newBytes(view(args[0]).value)],
    tolist: [NOARGS, (_vm, args) => {
      const m = view(args[0]);
      return newList(Array.from(m.value, (c) => item(m, c.charCodeAt(0))));
    }],
    cast: [keywords(['format', 'shape'], 1), cast],
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
      return viewOf(m.mbuf!, m.start, m.length, m.step, true, m.format);
    }],
    __enter__: [NOARGS, (_vm, args) => incref(view(args[0]))],
    __exit__: (_vm, args) => {
      (args[0] as PyMemoryView).release();
      return newNone();
    },
  });
}
