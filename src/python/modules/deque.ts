// collections.deque (CPython's _collections.deque): the type, its methods and operators. The `_collections`
// module exports it; the pure-Python parts of collections import it from there.

import { SEQUENCE_FLAG } from '../runtime/collectionFlags';
import { defineGetSets } from '../builtins/slotWrappers';
import { countElementsFunction } from './collections/countElements';
import { tupleGetterType } from './collections/tupleGetter';
import { callableAliasFunction } from '../builtins/genericAlias';
import { markCStandIn } from '../vm/cStandIns';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt, PyNativeIterator, PyNone, PySlice, PyStr } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newBool, newInt, newList, newNone, newStr, newTuple } from '../runtime/factory';
import { bufferOf, newBytes } from '../runtime/bytesObject';
import { big } from '../runtime/intMath';
import { equals, richCompare } from '../runtime/ops/compare';
import { indexOf } from '../runtime/ops/numbers';
import { repr } from '../runtime/ops/repr';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { builtinFunction, defineMethods, setTypeAttribute } from '../builtins/define';
import { defineSlotDunders, nativeType, once } from './nativeType';
import { PyDeque, clearDeque } from './collections/dequeObject';
import { orderedDictMove, orderedDictSized } from './collections/orderedDictNative';
import type { VM } from '../vm/vm';
import { recastAsSubclass, subclassConstructors } from '../builtins/subclassInstances';
import { builtinNew, genericAliasClassGetItem } from '../builtins/objectSlots';
import { defineNew } from '../builtins/slotWrappers';

export { PyDeque };

type Args = PyObject[];
type Kwargs = Map<string, PyObject> | null;
const SSIZE_MAX = (1n << 63n) - 1n;

/** Py_ssize_t arguments ("n" format): an index, OverflowError when it does not fit. */
function ssize(vm: VM, o: PyObject): number {
  const v = big(indexOf(vm, o));
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

function noKeywords(name: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
}

/** A METH_NOARGS or METH_O method: `deque.append() takes exactly one argument (0 given)`. */
function method(name: string, arity: 0 | 1, f: (vm: VM, d: PyDeque, arg: PyObject) => PyObject) {
  return (vm: VM, args: Args, kwargs: Kwargs): PyObject => {
    noKeywords(`deque.${name}`, kwargs);
    const n = args.length - 1;
    if (arity === 0 && n !== 0) throw new NativeRaise('TypeError', `deque.${name}() takes no arguments (${n} given)`);
    if (arity === 1 && n !== 1) throw new NativeRaise('TypeError', `deque.${name}() takes exactly one argument (${n} given)`);
    return f(vm, args[0] as PyDeque, args[1]);
  };
}

/** deque_append_internal: appends (taking the reference) and trims the left end past maxlen. */
export function dequeAppend(d: PyDeque, item: PyObject): void {
  d.pushRight(item);
  if (d.maxlen >= 0 && d.size > d.maxlen) decref(d.popLeft());
  else d.state++;
}

export function dequeAppendLeft(d: PyDeque, item: PyObject): void {
  d.pushLeft(item);
  if (d.maxlen >= 0 && d.size > d.maxlen) decref(d.popRight());
  else d.state++;
}

/** extend / extendleft: a deque extended by itself iterates over a list copy. */
function extend(vm: VM, d: PyDeque, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    const copy = newList(d.toArray().map((x) => incref(x)));
    try {
      extend(vm, d, copy, left);
    } finally {
      decref(copy);
    }
    return;
  }
  const it = vm.getIter(iterable);
  try {
    if (d.maxlen === 0) {
      for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) decref(v);
      return;
    }
    d.startFilling(!left);
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      if (left) dequeAppendLeft(d, v);
      else dequeAppend(d, v);
    }
  } finally {
    decref(it);
  }
}

/** deque_new + deque_init. */
function newDeque(maxlen = -1): PyDeque {
  const heap = activeHeap();
  const d = heap.register(new PyDeque(dequeType()));
  d.maxlen = maxlen;
  heap.track(d);
  return d;
}

function initDeque(vm: VM, d: PyDeque, args: Args, kwargs: Kwargs): void {
  if ((kwargs && kwargs.size > 0) || args.length > 2) {
    const total = args.length + (kwargs?.size ?? 0);
    if (total > 2) throw new NativeRaise('TypeError', `deque() takes at most 2 arguments (${total} given)`);
    for (const k of kwargs!.keys()) {
      if (k !== 'iterable' && k !== 'maxlen') throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for deque()`);
    }
  }
  const iterable = args[0] ?? kwargs?.get('iterable');
  const maxlenObj = args[1] ?? kwargs?.get('maxlen');
  let maxlen = -1;
  if (maxlenObj !== undefined && !(maxlenObj instanceof PyNone)) {
    if (!(maxlenObj instanceof PyInt || maxlenObj instanceof PyBool)) throw new NativeRaise('TypeError', 'an integer is required');
    maxlen = ssize(vm, maxlenObj);
    if (maxlen < 0) throw new NativeRaise('ValueError', 'maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.size > 0) clearDeque(d);
  if (iterable !== undefined) extend(vm, d, iterable, false);
}

/** deque_copy: a new deque with the same maxlen (one item is appended, more extended). */
function copyDeque(vm: VM, d: PyDeque): PyDeque {
  if (d.type.isHeapType) return copySubclassDeque(vm, d);
  const copy = newDeque(d.maxlen);
  try {
    if (d.size === 1) dequeAppend(copy, incref(d.at(0)));
    else extend(vm, copy, d, false);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

/** deque_copy of a subclass's deque: the subclass called with the deque (and its maxlen), which must give a deque. */
function copySubclassDeque(vm: VM, d: PyDeque): PyDeque {
  const maxlen = d.maxlen >= 0 ? newInt(d.maxlen) : null;
  let copy: PyObject;
  try {
    copy = vm.call(d.type, maxlen ? [d, maxlen] : [d]);
  } finally {
    if (maxlen) decref(maxlen);
  }
  if (copy instanceof PyDeque) return copy;
  const name = copy.type.name;
  decref(copy);
  throw new NativeRaise('TypeError', `${d.type.name}() must return a deque, not ${name}`);
}

/** PySequence_GetItem's index: an int (negative counts from the end), or TypeError naming the key's type. */
function sequenceIndex(vm: VM, d: PyDeque, key: PyObject): number {
  if (key instanceof PySlice || !(key instanceof PyInt || key instanceof PyBool || key.type.lookup('__index__'))) {
    throw new NativeRaise('TypeError', `sequence index must be integer, not '${key.type.name}'`);
  }
  const v = big(indexOf(vm, key));
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw new NativeRaise('IndexError', `cannot fit '${key.type.name}' into an index-sized integer`);
  let i = Number(v);
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) throw new NativeRaise('IndexError', 'deque index out of range');
  return i;
}

/** deque_del_item: rotate the item to the left end, pop it, rotate back. */
function deleteAt(d: PyDeque, i: number): void {
  d.rotate(-i);
  const item = d.popLeft();
  d.rotate(i);
  decref(item);
}

function mutated(): NativeRaise {
  return new NativeRaise('RuntimeError', 'deque mutated during iteration');
}

/** PyObject_RichCompareBool(item, v, Py_EQ) with the item held, then the mutation check. */
function matchesAt(vm: VM, d: PyDeque, i: number, v: PyObject, startState: number): boolean {
  const item = incref(d.at(i));
  let found: boolean;
  try {
    found = equals(vm, item, v);
  } finally {
    decref(item);
  }
  if (startState !== d.state) throw mutated();
  return found;
}

/** Slice-index arguments of index(): ints or __index__, never None. */
function sliceIndex(vm: VM, o: PyObject): number {
  if (!(o instanceof PyInt || o instanceof PyBool || o.type.lookup('__index__'))) {
    throw new NativeRaise('TypeError', 'slice indices must be integers or have an __index__ method');
  }
  const v = big(indexOf(vm, o));
  return v > SSIZE_MAX ? Number.MAX_SAFE_INTEGER : v < -SSIZE_MAX ? -Number.MAX_SAFE_INTEGER : Number(v);
}

function dequeIndex(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  noKeywords('index', kwargs);
  const d = args[0] as PyDeque;
  const n = args.length - 1;
  if (n < 1) throw new NativeRaise('TypeError', `index() takes at least 1 argument (${n} given)`);
  if (n > 3) throw new NativeRaise('TypeError', `index() takes at most 3 arguments (${n} given)`);
  const v = args[1];
  let start = args[2] ? sliceIndex(vm, args[2]) : 0;
  let stop = args[3] ? sliceIndex(vm, args[3]) : d.size;
  if (start < 0) start = Math.max(0, start + d.size);
  if (stop < 0) stop = Math.max(0, stop + d.size);
  stop = Math.min(stop, d.size);
  start = Math.min(start, stop);
  const state = d.state;
  for (let i = start; i < stop; i++) if (matchesAt(vm, d, i, v, state)) return newInt(i);
  throw new NativeRaise('ValueError', `${repr(vm, v)} is not in deque`);
}

function dequeInsert(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  noKeywords('insert', kwargs);
  const d = args[0] as PyDeque;
  const n = args.length - 1;
  if (n !== 2) throw new NativeRaise('TypeError', `insert() takes exactly 2 arguments (${n} given)`);
  const index = ssize(vm, args[1]);
  const value = args[2];
  if (d.maxlen === d.size) throw new NativeRaise('IndexError', 'deque already at its maximum size');
  if (index >= d.size) dequeAppend(d, incref(value));
  else if (index <= -d.size || index === 0) dequeAppendLeft(d, incref(value));
  else {
    d.rotate(-index);
    if (index < 0) dequeAppend(d, incref(value));
    else dequeAppendLeft(d, incref(value));
    d.rotate(index);
  }
  return newNone();
}

function dequeRemove(vm: VM, d: PyDeque, value: PyObject): PyObject {
  const state = d.state;
  for (let i = 0; i < d.size; i++) {
    const item = incref(d.at(i));
    let found: boolean;
    try {
      found = equals(vm, item, value);
    } finally {
      decref(item);
    }
    if (state !== d.state) throw new NativeRaise('IndexError', 'deque mutated during iteration');
    if (found) {
      deleteAt(d, i);
      return newNone();
    }
  }
  throw new NativeRaise('ValueError', `${repr(vm, value)} is not in deque`);
}

function dequeRotate(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  noKeywords('deque.rotate', kwargs);
  const n = args.length - 1;
  if (n > 1) throw new NativeRaise('TypeError', `deque.rotate expected at most 1 argument, got ${n}`);
  (args[0] as PyDeque).rotate(n === 1 ? ssize(vm, args[1]) : 1);
  return newNone();
}

/** deque_inplace_repeat: d *= n. */
function repeatInPlace(vm: VM, d: PyDeque, n: number): PyDeque {
  const size = d.size;
  if (size === 0 || n === 1) return incref(d);
  if (n <= 0) {
    clearDeque(d);
    return incref(d);
  }
  if (size === 1) {
    const item = d.at(0);
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    for (let i = 0; i < n - 1; i++) d.pushRight(incref(item));
    return incref(d);
  }
  const items = newList(d.toArray().map((x) => incref(x)));
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) extend(vm, d, items, false);
  } finally {
    decref(items);
  }
  return incref(d);
}

function binary(vm: VM, d: PyObject, other: PyObject, op: number, inplace: boolean, reflected: boolean): PyObject | null {
  const self = d as PyDeque;
  if (op === BinaryOpArg.ADD && !reflected) {
    // d += iterable extends in place; d + other needs a deque.
    if (inplace) {
      extend(vm, self, other, false);
      return incref(self);
    }
    if (!(other instanceof PyDeque)) throw new NativeRaise('TypeError', `can only concatenate deque (not "${other.type.name}") to deque`);
    const copy = copyDeque(vm, self);
    try {
      extend(vm, copy, other, false);
    } catch (e) {
      decref(copy);
      throw e;
    }
    return copy;
  }
  if (op === BinaryOpArg.MULTIPLY && (other instanceof PyInt || other instanceof PyBool || other.type.lookup('__index__'))) {
    const n = Number(big(indexOf(vm, other)));
    if (inplace && !reflected) return repeatInPlace(vm, self, n);
    const copy = copyDeque(vm, self);
    try {
      return repeatInPlace(vm, copy, n);
    } finally {
      decref(copy);
    }
  }
  return null;
}

/** deque_richcompare: deques only, item by item like sequences. */
function compare(vm: VM, a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!(a instanceof PyDeque) || !(b instanceof PyDeque)) return null;
  if (op === CompareOpArg.EQ || op === CompareOpArg.NE) {
    if (a === b) return newBool(op === CompareOpArg.EQ);
    if (a.size !== b.size) return newBool(op === CompareOpArg.NE);
  }
  const x = a.toArray().map((v) => incref(v)), y = b.toArray().map((v) => incref(v));
  try {
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (!equals(vm, x[i], y[i])) return richCompare(vm, x[i], y[i], op);
    }
    const [lx, ly] = [x.length, y.length];
    const results = [ly > lx, lx <= ly, lx === ly, lx !== ly, lx > ly, lx >= ly];
    return newBool(results[op]);
  } finally {
    for (const v of [...x, ...y]) decref(v);
  }
}

/** Deques being printed right now: a deque inside itself prints as [...]. */
const printing = new Set<PyObject>();

function dequeRepr(vm: VM, o: PyObject): string {
  const d = o as PyDeque;
  if (printing.has(d)) return '[...]';
  vm.hidden.reprEnter();
  printing.add(d);
  const asList = newList(d.toArray().map((x) => incref(x)));
  try {
    const items = repr(vm, asList);
    // deque_repr names the deque's class (a subclass's own name).
    const name = d.type.isHeapType ? d.type.name : 'deque';
    return d.maxlen >= 0 ? `${name}(${items}, maxlen=${d.maxlen})` : `${name}(${items})`;
  } finally {
    printing.delete(d);
    decref(asList);
  }
}

// ----- iterators -----

interface DequeIterState {
  /** The deque's mutation counter when the iterator was made. */
  state: number;
  /** Items left; the position is size - counter from the end it starts at. */
  counter: number;
}

function iteratorType(name: string): PyType {
  const type = nativeType(name, '_collections', {
    slots: { sizeof: () => 72, lengthHint: (o: PyObject) => (o as PyNativeIterator & { data: DequeIterState }).data.counter },
  });
  defineMethods(type, {
    __length_hint__: (_vm, args) => newInt((args[0] as PyNativeIterator & { data: DequeIterState }).data.counter),
    __iter__: (_vm, args) => incref(args[0]),
    __next__: (vm, args) => {
      const v = vm.iterNext(args[0]);
      if (!v) throw new NativeRaise('StopIteration', '');
      return v;
    },
  });
  return type;
}

const dequeIterType = once(() => iteratorType('_deque_iterator'));
const dequeReverseIterType = once(() => iteratorType('_deque_reverse_iterator'));

function makeIterator(d: PyDeque, reverse: boolean): PyObject {
  const data: DequeIterState = { state: d.state, counter: d.size };
  const type = reverse ? dequeReverseIterType() : dequeIterType();
  const it = new PyNativeIterator(type, [incref(d)], (_vm, self) => {
    const data = self.data as DequeIterState;
    const deque = self.held[0] as PyDeque;
    if (!reverse && deque.state !== data.state) {
      data.counter = 0;
      throw mutated();
    }
    if (data.counter === 0) return null;
    if (reverse && deque.state !== data.state) {
      data.counter = 0;
      throw mutated();
    }
    const position = reverse ? data.counter - 1 : deque.size - data.counter;
    data.counter--;
    return incref(deque.at(position));
  });
  it.data = data;
  activeHeap().register(it);
  activeHeap().track(it);
  return it;
}

// ----- the type -----

export const dequeType = once((): PyType => {
  const type = nativeType('deque', 'collections', {
    packsArguments: true,
    subclassable: true,
    slots: {
      repr: dequeRepr,
      sizeof: (o) => (o as PyDeque).sizeof,
      length: (_vm, o) => (o as PyDeque).size,
      truth: (o) => (o as PyDeque).size > 0,
      getItem: (vm, o, key) => incref((o as PyDeque).at(sequenceIndex(vm, o as PyDeque, key))),
      setItem: (vm, o, key, value) => {
        const d = o as PyDeque;
        const i = sequenceIndex(vm, d, key);
        const old = d.at(i);
        d.setAt(i, incref(value));
        decref(old);
      },
      delItem: (vm, o, key) => deleteAt(o as PyDeque, sequenceIndex(vm, o as PyDeque, key)),
      contains: (vm, o, item) => {
        const d = o as PyDeque;
        const state = d.state;
        for (let i = 0; i < d.size; i++) if (matchesAt(vm, d, i, item, state)) return true;
        return false;
      },
      iter: (_vm, o) => makeIterator(o as PyDeque, false),
      compare,
      binary,
      unhashable: true,
      weakrefable: true,
    },
  });
  type.collectionFlags = SEQUENCE_FLAG;
  // deque_getset: a read-only maxlen (None when unbounded).
  defineGetSets(type, { maxlen: (_vm, o) => ((o as PyDeque).maxlen < 0 ? newNone() : newInt((o as PyDeque).maxlen)) });
  type.nativeNew = (vm, args, kwargs) => {
    const d = newDeque();
    try {
      initDeque(vm, d, args, kwargs);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  };
  // deque_new gives a subclass an empty deque; deque.__init__ fills it.
  subclassConstructors.set(type, (_vm, sub) => recastAsSubclass(newDeque(), sub));
  defineNew(type, builtinNew(type));
  // deque has its own weakreflist: a subclass adds no __weakref__.
  type.hasWeakrefSlot = true;
  defineSlotDunders(type);
  defineMethods(type, {
    __init__: (vm, args, kwargs) => {
      initDeque(vm, args[0] as PyDeque, args.slice(1), kwargs);
      return newNone();
    },
    append: method('append', 1, (_vm, d, x) => (dequeAppend(d, incref(x)), newNone())),
    appendleft: method('appendleft', 1, (_vm, d, x) => (dequeAppendLeft(d, incref(x)), newNone())),
    clear: method('clear', 0, (_vm, d) => (clearDeque(d), newNone())),
    copy: method('copy', 0, (vm, d) => copyDeque(vm, d)),
    __copy__: method('__copy__', 0, (vm, d) => copyDeque(vm, d)),
    count: method('count', 1, (vm, d, v) => {
      const state = d.state;
      let count = 0;
      for (let i = 0; i < d.size; i++) if (matchesAt(vm, d, i, v, state)) count++;
      return newInt(count);
    }),
    extend: method('extend', 1, (vm, d, it) => (extend(vm, d, it, false), newNone())),
    extendleft: method('extendleft', 1, (vm, d, it) => (extend(vm, d, it, true), newNone())),
    index: dequeIndex,
    insert: dequeInsert,
    pop: method('pop', 0, (_vm, d) => {
      if (d.size === 0) throw new NativeRaise('IndexError', 'pop from an empty deque');
      return d.popRight();
    }),
    popleft: method('popleft', 0, (_vm, d) => {
      if (d.size === 0) throw new NativeRaise('IndexError', 'pop from an empty deque');
      return d.popLeft();
    }),
    remove: method('remove', 1, dequeRemove),
    reverse: method('reverse', 0, (_vm, d) => (d.reverse(), newNone())),
    rotate: dequeRotate,
    __reversed__: method('__reversed__', 0, (_vm, d) => makeIterator(d, true)),
    __sizeof__: method('__sizeof__', 0, (_vm, d) => newInt(d.sizeof - 16)),
    // deque_reduce: (type, () or ((), maxlen), __getstate__(), iter(d)), what copy and deepcopy rebuild it from.
    __reduce__: method('__reduce__', 0, (vm, d) => {
      const state = vm.callMethod(d.type.lookup('__getstate__')!, d, []);
      const items = makeIterator(d, false);
      const args = d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), newInt(d.maxlen)]);
      return newTuple([incref(d.type), args, state, items]);
    }),
  });
  setTypeAttribute(type, '__class_getitem__', genericAliasClassGetItem());
  return type;
});


/**
 * `_caller_module(depth)`: the `__name__` of the module whose code is running `depth` frames above the
 * caller (namedtuple's `sys._getframe(1).f_globals['__name__']`).
 */
const callerModule = once(() => builtinFunction('_caller_module', (vm, args) => {
  let frame = vm.frame;
  for (let i = Number(big(indexOf(vm, args[0]))); frame && i > 0; i--) frame = frame.back;
  const name = frame?.globals.getStr('__name__');
  return name ? incref(name) : newStr('__main__');
}));

/**
 * `_set_type_name(cls, name)`: gives a class written in Python the tp_name of the C type CPython has
 * (`collections.defaultdict` in error messages), its `__name__` staying the last part.
 */
const setTypeName = once(() => builtinFunction('_set_type_name', (_vm, args) => {
  const [cls, name] = args;
  if (cls instanceof PyType && cls.isHeapType && name instanceof PyStr) {
    cls.name = name.value;
    cls.nameIsDotted = true;
  }
  return newNone();
}));

/** `_c_implemented(cls_or_function)`: code that is C in CPython shows no frame in tracebacks (see cStandIns). */
const cImplemented = once(() => builtinFunction('_c_implemented', (_vm, args) => {
  markCStandIn(args[0]);
  return incref(args[0]);
}));

/** `_buffer_bytes(o)`: the bytes of a buffer exporter (bytearray, memoryview, array.array), or None. */
const bufferBytes = once(() => builtinFunction('_buffer_bytes', (_vm, args) => {
  const bytes = bufferOf(args[0]);
  return bytes === null ? newNone() : newBytes(bytes);
}));

/** The `_collections` module's native part. */
export function collectionsNativeContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = {
    deque: dequeType(),
    _deque_iterator: dequeIterType(),
    _deque_reverse_iterator: dequeReverseIterType(),
    _caller_module: callerModule(),
    _set_type_name: setTypeName(),
    _odict_sized: orderedDictSized(),
    _odict_move: orderedDictMove(),
    _c_implemented: cImplemented(),
    _callable_alias: callableAliasFunction(),
    _count_elements: countElementsFunction(),
    _tuplegetter: tupleGetterType(),
    _buffer_bytes: bufferBytes(),
  };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}

