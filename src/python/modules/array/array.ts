// The array module: array.array with every typecode, its methods, slicing, operators and repr.

import { SEQUENCE_FLAG } from '../../runtime/collectionFlags';
import { NativeRaise, argTypeName } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyBool, PyInt, PyList, PyNativeIterator, PySlice, PyStr, PyTuple } from '../../runtime/objects';
import { PyType } from '../../runtime/types';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newBool, newInt, newList, newNone, newStr, newTuple } from '../../runtime/factory';
import { big } from '../../runtime/intMath';
import { equals, richCompare } from '../../runtime/ops/compare';
import { indexOf } from '../../runtime/ops/numbers';
import { sliceIndices } from '../../runtime/ops/items';
import { repr } from '../../runtime/ops/repr';
import { BinaryOpArg } from '../../bytecode/opcodes';
import { builtinFunction, defineMethods } from '../../builtins/define';
import { defineSlotDunders, nativeType, once } from '../nativeType';
import { defineGetSets } from '../../builtins/slotWrappers';
import { ArrayValue, PyArray, TYPECODES, TYPECODE_LIST, TypeCode, boxValue, byteswapped, unboxValue, unicodeCodes, unicodeText, valuesToBytes, bytesToValues } from './arrayObject';
import { PyByteArray, PyBytes, bufferOf, newBytes } from '../../runtime/bytesObject';
import type { VM } from '../../vm/vm';

type Args = PyObject[];
type Kwargs = Map<string, PyObject> | null;

function noKeywords(name: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
}

/** Argument Clinic positional-only counts: `pop expected at most 1 argument, got 2`. */
function positional(name: string, n: number, min: number, max: number): void {
  const s = (k: number) => (k === 1 ? '' : 's');
  if (n < min) throw new NativeRaise('TypeError', min === max ? `${name} expected ${min} argument${s(min)}, got ${n}` : `${name} expected at least ${min} argument${s(min)}, got ${n}`);
  if (n > max) throw new NativeRaise('TypeError', min === max ? `${name} expected ${max} argument${s(max)}, got ${n}` : `${name} expected at most ${max} argument${s(max)}, got ${n}`);
}

function method(name: string, min: number, max: number, f: (vm: VM, a: PyArray, args: Args) => PyObject) {
  return (vm: VM, args: Args, kwargs: Kwargs): PyObject => {
    noKeywords(`array.${name}`, kwargs);
    const n = args.length - 1;
    if (min === 0 && max === 0 && n > 0) throw new NativeRaise('TypeError', `array.${name}() takes no arguments (${n} given)`);
    if (min === 1 && max === 1 && n !== 1) throw new NativeRaise('TypeError', `array.${name}() takes exactly one argument (${n} given)`);
    if (max > 1 || min !== max) positional(name, n, min, max);
    return f(vm, args[0] as PyArray, args.slice(1));
  };
}

export function newArray(tc: TypeCode, values: ArrayValue[] = []): PyArray {
  const heap = activeHeap();
  const type = arrayType();
  // array.array is a heap type in CPython 3.11: each array holds a reference to it.
  const a = heap.register(new PyArray(incref(type), tc));
  a.values = values;
  a.exact(values.length);
  heap.track(a);
  return a;
}

/** ins1: one value inserted at i (clamped), growing as array_resize does. */
function insertValue(a: PyArray, i: number, v: ArrayValue): void {
  const n = a.values.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  a.resize(n + 1);
  a.values.splice(i, 0, v);
}

/** array_iter_extend / array_do_extend (the constructor iterates over an array of another typecode). */
function extend(vm: VM, a: PyArray, iterable: PyObject, anyArray = false): void {
  if (iterable instanceof PyArray && !(anyArray && iterable.typecode !== a.typecode)) {
    if (iterable.typecode !== a.typecode) throw new NativeRaise('TypeError', 'can only extend with array of same kind');
    const values = iterable.values.slice();
    a.resize(a.values.length + values.length);
    a.values.push(...values);
    return;
  }
  const it = vm.getIter(iterable);
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      try {
        insertValue(a, a.values.length, unboxValue(vm, a.typecode, v));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

function itemIndex(vm: VM, a: PyArray, key: PyObject, message = 'array index out of range'): number {
  let i = Number(big(indexOf(vm, key)));
  if (i < 0) i += a.values.length;
  if (i < 0 || i >= a.values.length) throw new NativeRaise('IndexError', message);
  return i;
}

function indexKey(key: PyObject): boolean {
  return key instanceof PyInt || key instanceof PyBool || key.type.lookup('__index__') !== undefined;
}

function getItem(vm: VM, o: PyObject, key: PyObject): PyObject {
  const a = o as PyArray;
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, a.values.length);
    const values: ArrayValue[] = [];
    for (let i = 0, j = start; i < count; i++, j += step) values.push(a.values[j]);
    return newArray(a.typecode, values);
  }
  if (!indexKey(key)) throw new NativeRaise('TypeError', 'array indices must be integers');
  return boxValue(a.typecode, a.values[itemIndex(vm, a, key)]);
}

function setItem(vm: VM, o: PyObject, key: PyObject, value: PyObject): void {
  const a = o as PyArray;
  if (key instanceof PySlice) {
    if (!(value instanceof PyArray)) throw new NativeRaise('TypeError', `can only assign array (not "${value.type.name}") to array slice`);
    if (value.typecode !== a.typecode) throw new NativeRaise('TypeError', 'bad argument type for built-in operation');
    const { start, step, count } = sliceIndices(key, a.values.length);
    const values = value.values.slice();
    if (step === 1) {
      if (values.length !== count) a.resize(a.values.length - count + values.length);
      a.values.splice(start, count, ...values);
      return;
    }
    // An empty array deletes the extended slice (array_ass_subscr's needed == 0).
    if (values.length === 0) return delItem(vm, a, key);
    if (values.length !== count) throw new NativeRaise('ValueError', `attempt to assign array of size ${values.length} to extended slice of size ${count}`);
    for (let i = 0, j = start; i < count; i++, j += step) a.values[j] = values[i];
    return;
  }
  if (!indexKey(key)) throw new NativeRaise('TypeError', 'array indices must be integers');
  const i = itemIndex(vm, a, key, 'array assignment index out of range');
  a.values[i] = unboxValue(vm, a.typecode, value);
}

function delItem(vm: VM, o: PyObject, key: PyObject): void {
  const a = o as PyArray;
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, a.values.length);
    if (count === 0) return;
    const doomed = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) doomed.add(j);
    const kept = a.values.filter((_, i) => !doomed.has(i));
    a.resize(kept.length);
    a.values = kept;
    return;
  }
  if (!indexKey(key)) throw new NativeRaise('TypeError', 'array indices must be integers');
  const i = itemIndex(vm, a, key, 'array assignment index out of range');
  a.resize(a.values.length - 1);
  a.values.splice(i, 1);
}

/** array_richcompare: arrays only; equal items compared as Python objects. */
function compare(vm: VM, x: PyObject, y: PyObject, op: number): PyObject | null {
  if (!(x instanceof PyArray) || !(y instanceof PyArray)) return null;
  const n = x.values.length, m = y.values.length;
  if (n !== m && (op === 2 || op === 3)) return newBool(op === 3);
  // Same integer or 'u' typecode: the stored values compare directly (compareitems), no objects made.
  if (x.typecode === y.typecode && x.typecode.kind !== 'float') {
    const xs = x.values, ys = y.values;
    for (let i = 0; i < n && i < m; i++) {
      if (xs[i] !== ys[i]) return newBool([xs[i] < ys[i], xs[i] < ys[i], false, true, xs[i] > ys[i], xs[i] > ys[i]][op]);
    }
    return newBool([n < m, n <= m, n === m, n !== m, n > m, n >= m][op]);
  }
  for (let i = 0; i < n && i < m; i++) {
    const a = boxValue(x.typecode, x.values[i]), b = boxValue(y.typecode, y.values[i]);
    try {
      if (!equals(vm, a, b)) {
        if (op === 2) return newBool(false);
        if (op === 3) return newBool(true);
        return richCompare(vm, a, b, op);
      }
    } finally {
      decref(a);
      decref(b);
    }
  }
  return newBool([n < m, n <= m, n === m, n !== m, n > m, n >= m][op]);
}

function binary(vm: VM, self: PyObject, other: PyObject, op: number, inplace: boolean, reflected: boolean): PyObject | null {
  const a = self as PyArray;
  if (op === BinaryOpArg.ADD && !reflected) {
    if (inplace) {
      if (!(other instanceof PyArray)) throw new NativeRaise('TypeError', `can only extend array with array (not "${other.type.name}")`);
      extend(vm, a, other);
      return incref(a);
    }
    if (!(other instanceof PyArray)) throw new NativeRaise('TypeError', `can only append array (not "${other.type.name}") to array`);
    if (other.typecode !== a.typecode) throw new NativeRaise('TypeError', 'bad argument type for built-in operation');
    return newArray(a.typecode, [...a.values, ...other.values]);
  }
  if (op === BinaryOpArg.MULTIPLY && indexKey(other)) {
    const n = Math.max(0, Number(big(indexOf(vm, other))));
    const values: ArrayValue[] = [];
    for (let i = 0; i < n; i++) values.push(...a.values);
    if (inplace && !reflected) {
      a.resize(values.length);
      a.values = values;
      return incref(a);
    }
    return newArray(a.typecode, values);
  }
  return null;
}

function arrayRepr(vm: VM, o: PyObject): string {
  const a = o as PyArray;
  const code = a.typecode.code;
  if (a.values.length === 0) return `array('${code}')`;
  if (code === 'u') return `array('u', ${repr(vm, newStrTemp(unicodeText(a.values)))})`;
  const list = newList(a.values.map((v) => boxValue(a.typecode, v)));
  try {
    return `array('${code}', ${repr(vm, list)})`;
  } finally {
    decref(list);
  }
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.refcount--;
  return o;
}

const iteratorType = once(() => nativeType('arrayiterator', 'array', { slots: { sizeof: () => 56 } }));

function iterate(_vm: VM, o: PyObject): PyObject {
  const it = activeHeap().register(new PyNativeIterator(iteratorType(), [incref(o)], (_vm2, self) => {
    const a = self.held[0] as PyArray | undefined;
    if (!a) return null;
    if (self.state < a.values.length) return boxValue(a.typecode, a.values[self.state++]);
    self.exhaust();
    return null;
  }));
  activeHeap().track(it);
  return it;
}

function findIndex(vm: VM, a: PyArray, v: PyObject, start = 0, stop = a.values.length): number {
  for (let i = Math.max(0, start); i < Math.min(stop, a.values.length); i++) {
    const item = boxValue(a.typecode, a.values[i]);
    try {
      if (equals(vm, item, v)) return i;
    } finally {
      decref(item);
    }
  }
  return -1;
}

function clampIndex(vm: VM, o: PyObject | undefined, n: number, fallback: number): number {
  if (o === undefined) return fallback;
  const v = Number(big(indexOf(vm, o)));
  return v < 0 ? Math.max(0, v + n) : v;
}

export const arrayType = once((): PyType => {
  const type = nativeType('array', 'array', {
    packsArguments: true,
    slots: {
      repr: arrayRepr,
      sizeof: (o) => (o as PyArray).sizeof,
      length: (_vm, o) => (o as PyArray).values.length,
      truth: (o) => (o as PyArray).values.length > 0,
      getItem,
      setItem,
      delItem,
      contains: (vm, o, v) => findIndex(vm, o as PyArray, v) >= 0,
      iter: iterate,
      compare,
      binary,
      unhashable: true,
      weakrefable: true,
    },
  });
  type.collectionFlags = SEQUENCE_FLAG;
  type.nativeNew = newArrayObject;
  // Getset descriptors, as CPython's array_getsets: read-only ("attribute 'itemsize' ... is not writable").
  defineGetSets(type, {
    typecode: (_vm, o) => newStr((o as PyArray).typecode.code),
    itemsize: (_vm, o) => newInt((o as PyArray).typecode.itemsize),
  });
  defineSlotDunders(type);
  defineMethods(type, {
    append: method('append', 1, 1, (vm, a, [v]) => (insertValue(a, a.values.length, unboxValue(vm, a.typecode, v)), newNone())),
    buffer_info: method('buffer_info', 0, 0, (_vm, a) => newTuple([newInt(0x7f0000000000 + a.id * 64), newInt(a.values.length)])),
    byteswap: method('byteswap', 0, 0, (_vm, a) => {
      if (a.typecode.itemsize > 1) a.values = a.values.map((v) => byteswapped(a.typecode, v));
      return newNone();
    }),
    count: method('count', 1, 1, (vm, a, [v]) => {
      let n = 0;
      for (let i = 0; i < a.values.length; i++) {
        const item = boxValue(a.typecode, a.values[i]);
        if (equals(vm, item, v)) n++;
        decref(item);
      }
      return newInt(n);
    }),
    extend: method('extend', 1, 1, (vm, a, [it]) => (extend(vm, a, it), newNone())),
    fromlist: method('fromlist', 1, 1, (vm, a, [list]) => {
      if (!(list instanceof PyList)) throw new NativeRaise('TypeError', 'arg must be list');
      // array_array_fromlist grows first and shrinks back on a bad item (the allocation may stay grown).
      const old = a.values.length;
      a.resize(old + list.items.length);
      try {
        for (const x of list.items) a.values.push(unboxValue(vm, a.typecode, x));
      } catch (e) {
        a.resize(old, old + list.items.length);
        a.values.length = old;
        throw e;
      }
      return newNone();
    }),
    fromunicode: method('fromunicode', 1, 1, (_vm, a, [s]) => {
      if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `fromunicode() argument must be str, not ${argTypeName(s)}`);
      if (a.typecode.code !== 'u') throw new NativeRaise('ValueError', 'fromunicode() may only be called on unicode type arrays');
      const chars = unicodeCodes(s.value);
      a.resize(a.values.length + chars.length);
      a.values.push(...chars);
      return newNone();
    }),
    index: method('index', 1, 3, (vm, a, [v, start, stop]) => {
      const n = a.values.length;
      const i = findIndex(vm, a, v, clampIndex(vm, start, n, 0), clampIndex(vm, stop, n, n));
      if (i < 0) throw new NativeRaise('ValueError', 'array.index(x): x not in array');
      return newInt(i);
    }),
    insert: method('insert', 2, 2, (vm, a, [i, v]) => {
      const index = Number(big(indexOf(vm, i)));
      insertValue(a, index, unboxValue(vm, a.typecode, v));
      return newNone();
    }),
    pop: method('pop', 0, 1, (vm, a, [i]) => {
      const n = a.values.length;
      if (n === 0) throw new NativeRaise('IndexError', 'pop from empty array');
      let index = i === undefined ? -1 : Number(big(indexOf(vm, i)));
      if (index < 0) index += n;
      if (index < 0 || index >= n) throw new NativeRaise('IndexError', 'pop index out of range');
      const v = a.values[index];
      a.resize(n - 1);
      a.values.splice(index, 1);
      return boxValue(a.typecode, v);
    }),
    remove: method('remove', 1, 1, (vm, a, [v]) => {
      const i = findIndex(vm, a, v);
      if (i < 0) throw new NativeRaise('ValueError', 'array.remove(x): x not in array');
      a.resize(a.values.length - 1);
      a.values.splice(i, 1);
      return newNone();
    }),
    reverse: method('reverse', 0, 0, (_vm, a) => (a.values.reverse(), newNone())),
    tolist: method('tolist', 0, 0, (_vm, a) => newList(a.values.map((v) => boxValue(a.typecode, v)))),
    tobytes: method('tobytes', 0, 0, (_vm, a) => newBytes(valuesToBytes(a.typecode, a.values))),
    frombytes: method('frombytes', 1, 1, (_vm, a, [b]) => {
      const data = bufferOf(b);
      if (data === null) throw new NativeRaise('TypeError', `a bytes-like object is required, not '${b.type.name}'`);
      const values = bytesToValues(a.typecode, data);
      a.resize(a.values.length + values.length);
      a.values.push(...values);
      return newNone();
    }),
    tounicode: method('tounicode', 0, 0, (_vm, a) => {
      if (a.typecode.code !== 'u') throw new NativeRaise('ValueError', 'tounicode() may only be called on unicode type arrays');
      return newStr(unicodeText(a.values));
    }),
    __copy__: method('__copy__', 0, 0, (_vm, a) => newArray(a.typecode, a.values.slice())),
    __deepcopy__: method('__deepcopy__', 1, 1, (_vm, a) => newArray(a.typecode, a.values.slice())),
    __sizeof__: method('__sizeof__', 0, 0, (_vm, a) => newInt(a.sizeof - 16)),
  });
  return type;
});

/** array.array(typecode[, initializer]). */
function newArrayObject(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  noKeywords('array.array', kwargs);
  if (args.length < 1) throw new NativeRaise('TypeError', `array() takes at least 1 argument (${args.length} given)`);
  if (args.length > 2) throw new NativeRaise('TypeError', `array() takes at most 2 arguments (${args.length} given)`);
  const [code, init] = args;
  if (!(code instanceof PyStr) || [...code.value].length !== 1) {
    const what = code instanceof PyStr ? 'str' : code.type.name;
    throw new NativeRaise('TypeError', `array() argument 1 must be a unicode character, not ${what}`);
  }
  const tc = TYPECODES[code.value];
  if (!tc) throw new NativeRaise('ValueError', `bad typecode (must be ${[...TYPECODE_LIST].slice(0, -1).join(', ')} or d)`);
  if (init instanceof PyStr && tc.code !== 'u') throw new NativeRaise('TypeError', `cannot use a str to initialize an array with typecode '${tc.code}'`);
  if (init instanceof PyArray && init.typecode.code === 'u' && tc.code !== 'u') {
    throw new NativeRaise('TypeError', `cannot use a unicode array to initialize an array with typecode '${tc.code}'`);
  }
  if (init === undefined) return newArray(tc);
  if (init instanceof PyList || init instanceof PyTuple) return newArray(tc, init.items.map((x) => unboxValue(vm, tc, x)));
  if (init instanceof PyStr) return newArray(tc, unicodeCodes(init.value));
  const data = init instanceof PyBytes || init instanceof PyByteArray ? bufferOf(init) : null;
  if (data !== null) {
    // array_new: an empty array, then frombytes (its ValueError before anything is made here).
    const values = bytesToValues(tc, data);
    const a = newArray(tc);
    a.resize(values.length);
    a.values.push(...values);
    return a;
  }
  if (init instanceof PyArray && init.typecode === tc) return newArray(tc, init.values.slice());
  const a = newArray(tc);
  try {
    extend(vm, a, init, true);
  } catch (e) {
    decref(a);
    throw e;
  }
  return a;
}

export function arrayModuleContents(_vm: VM): Record<string, PyObject> {
  const type = arrayType();
  return {
    array: incref(type),
    ArrayType: incref(type),
    typecodes: newStr(TYPECODE_LIST),
    _array_reconstructor: builtinFunction('_array_reconstructor', () => {
      throw new NativeRaise('TypeError', 'bytes are not supported in this playground');
    }),
  };
}
