// Subscription, slicing, len(), `in`, and iteration over builtin and user objects.

import type { MapKey } from '../mapKey';
import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import {
  PyBool, isGeneratorIterator, PyInstance, PyInt, PyList, PyNativeIterator, PyNone, PyRange, PySet, PySlice, PyStr, PyTuple,
  PyDictView, PyMappingProxy,
} from '../objects';
import { PyType } from '../types';
import { None, NotImplemented, T } from '../builtinTypes';
import { exactIntOf, hasIndex, indexOfOp } from './numbers';
import { norm, type IntValue } from '../intMath';
import { decref, incref } from '../heap';
import { newInt, newList, newRange, newStr, newTuple, strUnchanged } from '../factory';
import { slotsOf } from '../nativeSlots';
import { NATIVE_ITERATOR_BYTES } from '../sizeof';
import { compareBuiltin, equals, equalsResumable, isTrueResumable } from './compare';
import { hashKeyBuiltin } from './hashKey';
import { dictKey, dictKeyAtOnce, dictKeyResumable, setKeyResumable } from './keyLookup';
import { setContains } from '../setObject';
import { tableIterator } from '../dictSetIterators';
import { viewContains } from '../dictViewOps';
import { CompareOpArg } from '../../bytecode/opcodes';
import { keyWithIndexesCalled, needsIndexCall } from './indexKeys';
import { dictSetWithHash } from '../containers';
import { getAttr } from './attributes';
import { hasPythonSpecials, overridesSpecial, specialMethod } from './attributeHooks';
import type { NativeOp } from '../../vm/nativeOp';
import { callMethodOp, callSpecialOp, getIterOp, holdReferences, isRequest, nextItem, mayRunPythonToIterate, releaseReferences } from '../../vm/callOps';
import type { VM } from '../../vm/vm';
import type { RangeIterState } from '../iterators';
import { newGenericAlias } from '../../builtins/genericAlias';

/** An index argument as a JS number, or TypeError naming the container. */
export function indexValue(o: PyObject, what: string): number {
  if (o instanceof PyInt) {
    const v = o.value;
    // PyNumber_AsSsize_t(key, PyExc_IndexError).
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      throw new NativeRaise('IndexError', `cannot fit 'int' into an index-sized integer`);
    }
    return Number(v);
  }
  if (o instanceof PyBool) return o.value ? 1 : 0;
  throw new NativeRaise('TypeError', `${what} indices must be integers or slices, not ${o.type.name}`);
}

function normalizeIndex(i: number, length: number, what: string): number {
  const j = i < 0 ? i + length : i;
  if (j < 0 || j >= length) throw new NativeRaise('IndexError', `${what} index out of range`);
  return j;
}

function sliceBound(o: PyObject): number | null {
  if (o instanceof PyNone) return null;
  if (o instanceof PyInt) return Number(o.value);
  if (o instanceof PyBool) return o.value ? 1 : 0;
  throw new NativeRaise('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

/** CPython's PySlice_AdjustIndices: the concrete start, step and count of a slice over `length` items. */
export function sliceIndices(s: PySlice, length: number): { start: number; stop: number; step: number; count: number } {
  const stepRaw = sliceBound(s.step);
  const step = stepRaw ?? 1;
  if (step === 0) throw new NativeRaise('ValueError', 'slice step cannot be zero');
  let start = sliceBound(s.start);
  let stop = sliceBound(s.stop);
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + length) : Math.min(start, length);
    stop = stop === null ? length : stop < 0 ? Math.max(0, stop + length) : Math.min(stop, length);
    return { start, stop, step, count: stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0 };
  }
  start = start === null ? length - 1 : start < 0 ? Math.max(-1, start + length) : Math.min(start, length - 1);
  stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + length) : Math.min(stop, length - 1);
  return { start, stop, step, count: start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0 };
}

function sliceItems<T>(items: T[], s: PySlice): T[] {
  const { start, step, count } = sliceIndices(s, items.length);
  const out: T[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(items[j]);
  return out;
}

/** container[key]: a new reference. */
export function getItem(vm: VM, c: PyObject, key: PyObject): PyObject {
  return getItemBuiltin(vm, c, key) ?? vm.runSync(getItemResumable(vm, c, key));
}

/** Whether container[key] (or storing, deleting) may run Python code: __getitem__ and friends, a key's __hash__. */
function subscriptMayRunPython(vm: VM, c: PyObject, key: PyObject): boolean {
  return hasPythonSpecials(c) || (c instanceof PyDict && dictKeyMayRunPython(vm, c, key)) || needsIndexCall(c, key);
}

/** Whether finding `key` in the dict may run Python code: its __hash__ or __eq__, or those of keys it meets. */
function dictKeyMayRunPython(vm: VM, c: PyDict, key: PyObject): boolean {
  return key instanceof PyInstance || c.chains !== null || (key instanceof PyTuple && hashKeyBuiltin(vm, key) === null);
}

/** container[key] when no Python code can take part; null otherwise (use getItemResumable). */
export function getItemBuiltin(vm: VM, c: PyObject, key: PyObject): PyObject | null {
  // A dict of a Python class that leaves __getitem__ to dict's (Counter, `class D(dict)`) too: its slot is dict's.
  if (c instanceof PyDict && (c.attrs === null || !overridesSpecial(c, '__getitem__'))) {
    const h = dictKeyAtOnce(vm, c, key);
    if (h === null) return null;
    const v = c.getByKey(h);
    if (v) return incref(v);
    if (c.type.lookup('__missing__')) return null;
    throw vm.keyError(key);
  }
  if (hasPythonSpecials(c) || needsIndexCall(c, key)) return null;
  return getItemNow(vm, c, key);
}

/** container[key] with __getitem__, __missing__ and key methods running as frames. */
export function* getItemResumable(vm: VM, c: PyObject, key: PyObject): NativeOp<PyObject> {
  if (c instanceof PyDict && !overridesSpecial(c, '__getitem__')) {
    const v = c.getByKey(yield* dictKeyResumable(vm, c, key));
    if (v) return incref(v);
    // dict_subscript binds __missing__ (_PyObject_LookupSpecial): the method holds the dict while it runs.
    const missing = c.type.lookup('__missing__');
    if (missing) return yield* callSpecialOp(vm, missing, c, [key]);
    throw vm.keyError(key);
  }
  if (hasPythonSpecials(c)) {
    const method = specialMethod(c, '__getitem__');
    if (method) return yield* callMethodOp(vm, method, c, [key]);
  }
  if (needsIndexCall(c, key)) return getItemNow(vm, c, yield* keyWithIndexesCalled(vm, c, key));
  return getItemNow(vm, c, key);
}

/** The builtin kinds' own subscript (list, tuple, dict with __missing__, str, range...), then a module type's. */
export function getItemNow(vm: VM, c: PyObject, key: PyObject): PyObject {
  if (c instanceof PyList) {
    if (key instanceof PySlice) {
      // PySlice_Unpack checks the slice first (a zero step raises, allocating nothing); the new list is allocated
      // before the items are read (an automatic collection may run first, and its callbacks change the list).
      sliceIndices(key, c.items.length);
      const list = newList([]);
      list.items = sliceItems(c.items, key).map((x) => incref(x));
      list.allocated = list.items.length;
      return list;
    }
    return incref(c.items[normalizeIndex(indexValue(key, 'list'), c.items.length, 'list')]);
  }
  if (c instanceof PyTuple) {
    if (key instanceof PySlice) {
      const items = sliceItems(c.items, key);
      // The whole of an exact tuple is itself (a struct_time's slice is a new tuple).
      if (c.type === T.tuple && items.length === c.items.length && items.every((x, i) => x === c.items[i])) return incref(c);
      return newTuple(items.map((x) => incref(x)));
    }
    return incref(c.items[normalizeIndex(indexValue(key, 'tuple'), c.items.length, 'tuple')]);
  }
  if (c instanceof PyDict) {
    const v = c.getByKey(dictKey(vm, c, key));
    if (v) return incref(v);
    const missing = c.type.lookup('__missing__');
    if (missing) return vm.callSpecial(missing, c, [key]);
    throw vm.keyError(key);
  }
  if (c instanceof PyStr) {
    if (!(key instanceof PySlice) && !(key instanceof PyInt) && !(key instanceof PyBool)) {
      throw new NativeRaise('TypeError', `string indices must be integers, not '${key.type.name}'`);
    }
    if (c.isBmp) {
      if (key instanceof PySlice) {
        const { start, step, count } = sliceIndices(key, c.value.length);
        // unicode_subscript: the whole str in order is the str itself.
        if (step === 1 && count === c.value.length) return strUnchanged(c);
        if (step === 1) return newStr(c.value.slice(start, start + count));
        let out = '';
        for (let i = 0, j = start; i < count; i++, j += step) out += c.value[j];
        return newStr(out);
      }
      return newStr(c.value[normalizeIndex(indexValue(key, 'string'), c.value.length, 'string')]);
    }
    const chars = [...c.value];
    if (key instanceof PySlice) {
      const { step, count } = sliceIndices(key, chars.length);
      if (step === 1 && count === chars.length) return strUnchanged(c);
      return newStr(sliceItems(chars, key).join(''));
    }
    return newStr(chars[normalizeIndex(indexValue(key, 'string'), chars.length, 'string')]);
  }
  if (c instanceof PyRange) {
    if (key instanceof PySlice) {
      // compute_slice: the slice's indices (as slice.indices(len) gives them) mapped through the range.
      const { start, stop, step } = sliceIndices(key, Number(c.length));
      const [first, end, by] = [c.start + BigInt(start) * c.step, c.start + BigInt(stop) * c.step, c.step * BigInt(step)];
      return newRange(first, end, by, [newInt(norm(first)), newInt(norm(end)), newInt(norm(by))]);
    }
    // range_item works on ints of any size: a huge index is simply out of range.
    if (!(key instanceof PyInt || key instanceof PyBool)) indexValue(key, 'range');
    let i = key instanceof PyBool ? (key.value ? 1n : 0n) : BigInt((key as PyInt).value);
    if (i < 0n) i += c.length;
    if (i < 0n || i >= c.length) throw new NativeRaise('IndexError', 'range object index out of range');
    return newInt(c.start + i * c.step);
  }
  const slots = slotsOf(c.type);
  if (slots?.getItem) return slots.getItem(vm, c, key);
  if (c instanceof PyInstance) {
    const method = c.type.lookup('__getitem__');
    if (method) return vm.callMethod(method, c, [key]);
  }
  if (c instanceof PyMappingProxy && c.mapping) return getItem(vm, c.mapping, key);
  if (c instanceof PyType) {
    // PyObject_GetItem: `type[int]` is an alias made without a __class_getitem__ (type has none, so int has none).
    if (c === T.type) return newGenericAlias(c, key);
    // A class's __class_getitem__ (an implicit classmethod; the builtin containers' make `list[int]`).
    if (c.lookup('__class_getitem__')) {
      const method = getAttr(vm, c, '__class_getitem__');
      try {
        return vm.call(method, [key]);
      } finally {
        decref(method);
      }
    }
    throw new NativeRaise('TypeError', `type '${c.name}' is not subscriptable`);
  }
  throw new NativeRaise('TypeError', `'${c.type.name}' object is not subscriptable`);
}

/** container[key] = value; value is borrowed. */
export function setItem(vm: VM, c: PyObject, key: PyObject, value: PyObject): void {
  if (subscriptMayRunPython(vm, c, key)) vm.runSync(setItemResumable(vm, c, key, value));
  else setItemNow(vm, c, key, value);
}

/**
 * Whether container[key] = value (`special` '__setitem__') or del container[key] ('__delitem__') may run Python
 * code. A dict of a Python class that leaves that method to dict's (Counter's `mapping[elem] = mapping_get(elem,
 * 0) + 1`) is changed as a dict, without a task (setItemResumable's and delItemResumable's first case).
 */
export function storeSubscriptMayRunPython(vm: VM, c: PyObject, key: PyObject, special: '__setitem__' | '__delitem__'): boolean {
  if (c instanceof PyDict) return overridesSpecial(c, special) || dictKeyMayRunPython(vm, c, key);
  return subscriptMayRunPython(vm, c, key);
}

/** container[key] = value with __setitem__ or a key's __hash__ running as frames. */
export function* setItemResumable(vm: VM, c: PyObject, key: PyObject, value: PyObject): NativeOp<void> {
  if (c instanceof PyDict && !overridesSpecial(c, '__setitem__')) {
    // PyDict_SetItem takes its references to the key and the value before a __hash__ runs (3.11's _Take2).
    const held = holdReferences(vm, [key, value]);
    let h: MapKey;
    try {
      h = yield* dictKeyResumable(vm, c, key);
    } finally {
      releaseReferences(vm, held);
    }
    return dictSetWithHash(c, h, key, value);
  }
  if (hasPythonSpecials(c)) {
    const method = specialMethod(c, '__setitem__');
    if (method) {
      decref(yield* callMethodOp(vm, method, c, [key, value]));
      return;
    }
  }
  setItemNow(vm, c, needsIndexCall(c, key) ? yield* keyWithIndexesCalled(vm, c, key) : key, value);
}

/** container[key] = value when no Python code takes part (see storeSubscriptMayRunPython). */
export function setItemNow(vm: VM, c: PyObject, key: PyObject, value: PyObject): void {
  if (c instanceof PyList) {
    if (key instanceof PySlice) return vm.listAssignSlice(c, key, value);
    const i = normalizeIndex(indexValue(key, 'list'), c.items.length, 'list assignment');
    const old = c.items[i];
    c.items[i] = incref(value);
    decref(old);
    return;
  }
  if (c instanceof PyDict) return vm.dictSet(c, key, value);
  const slots = slotsOf(c.type);
  if (slots?.setItem) return slots.setItem(vm, c, key, value);
  if (c instanceof PyInstance) {
    const method = c.type.lookup('__setitem__');
    if (method) {
      decref(vm.callMethod(method, c, [key, value]));
      return;
    }
  }
  throw new NativeRaise('TypeError', `'${c.type.name}' object does not support item assignment`);
}

export function delItem(vm: VM, c: PyObject, key: PyObject): void {
  if (subscriptMayRunPython(vm, c, key)) vm.runSync(delItemResumable(vm, c, key));
  else delItemNow(vm, c, key);
}

/** del container[key] with __delitem__ or a key's __hash__ running as frames. */
export function* delItemResumable(vm: VM, c: PyObject, key: PyObject): NativeOp<void> {
  if (c instanceof PyDict && !overridesSpecial(c, '__delitem__')) {
    const h = yield* dictKeyResumable(vm, c, key);
    if (!vm.dictDelete(c, h)) throw vm.keyError(key);
    return;
  }
  if (hasPythonSpecials(c)) {
    const method = specialMethod(c, '__delitem__');
    if (method) {
      decref(yield* callMethodOp(vm, method, c, [key]));
      return;
    }
  }
  delItemNow(vm, c, needsIndexCall(c, key) ? yield* keyWithIndexesCalled(vm, c, key) : key);
}

/** del container[key] when no Python code takes part. */
export function delItemNow(vm: VM, c: PyObject, key: PyObject): void {
  if (c instanceof PyList) {
    if (key instanceof PySlice) return vm.listDeleteSlice(c, key);
    const i = normalizeIndex(indexValue(key, 'list'), c.items.length, 'list assignment');
    const [old] = c.items.splice(i, 1);
    vm.listShrunk(c);
    decref(old);
    return;
  }
  if (c instanceof PyDict) {
    if (!vm.dictDelete(c, dictKey(vm, c, key))) throw vm.keyError(key);
    return;
  }
  const slots = slotsOf(c.type);
  if (slots?.delItem) return slots.delItem(vm, c, key);
  if (c instanceof PyInstance) {
    const method = c.type.lookup('__delitem__');
    if (method) {
      decref(vm.callMethod(method, c, [key]));
      return;
    }
  }
  // PyObject_DelItem without a deletion slot. A class defining __setitem__ has the mapping slot, which looks
  // __delitem__ up in vain.
  if (c.type.isHeapType && c.type.lookup('__setitem__')) throw new NativeRaise('AttributeError', '__delitem__');
  // A type with sequence methods (every class has them) takes an index to PySequence_DelItem, whose message
  // is worded differently.
  const sequenceLike = c.type.isHeapType || ['__len__', '__contains__', '__getitem__'].some((name) => c.type.lookup(name) !== undefined);
  if (sequenceLike && hasIndex(key)) throw new NativeRaise('TypeError', `'${c.type.name}' object doesn't support item deletion`);
  throw new NativeRaise('TypeError', `'${c.type.name}' object does not support item deletion`);
}

/** len(o) as a JS number. */
export function length(vm: VM, o: PyObject): number {
  return hasPythonSpecials(o) ? vm.runSync(lengthResumable(vm, o)) : lengthNow(vm, o);
}

/** len(o) with __len__ running as a frame. */
export function* lengthResumable(vm: VM, o: PyObject): NativeOp<number> {
  if (hasPythonSpecials(o)) {
    const method = specialMethod(o, '__len__');
    if (method) return yield* pythonLengthOp(vm, method, o);
  }
  return lengthNow(vm, o);
}

/**
 * PyObject_LengthHint(o, fallback), which list(), tuple(), operator.length_hint and friends ask: len(o) (a
 * TypeError from it is dropped), else __length_hint__ (bound, as a special lookup), else the fallback. A Python
 * class's __len__ and __length_hint__ run as frames.
 */
export function* lengthHintOp(vm: VM, o: PyObject, fallback: number): NativeOp<number> {
  const len = hasPythonSpecials(o) ? specialMethod(o, '__len__') : undefined;
  try {
    if (len) return yield* pythonLengthOp(vm, len, o);
    return lengthNow(vm, o);
  } catch (e) {
    if (!vm.matches(e, 'TypeError')) throw e;
  }
  if (o instanceof PyNativeIterator) {
    const known = nativeIteratorLengthHint(o, fallback);
    if (known !== null) return known;
  }
  // range, dict, set and reversed iterators define __length_hint__ as a method too.
  const hint = hasPythonSpecials(o) ? specialMethod(o, '__length_hint__') : o.type.lookup('__length_hint__');
  if (!hint) return fallback;
  let r: PyObject;
  try {
    r = yield* callSpecialOp(vm, hint, o, []);
  } catch (e) {
    if (vm.matches(e, 'TypeError')) return fallback;
    throw e;
  }
  try {
    if (r === NotImplemented) return fallback;
    const value = exactIntOf(r);
    if (value === null) throw new NativeRaise('TypeError', `__length_hint__ must be an integer, not ${r.type.name}`);
    if (value > 9223372036854775807n || value < -9223372036854775808n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
    if (value < 0) throw new NativeRaise('ValueError', '__length_hint__() should return >= 0');
    return Number(value);
  } finally {
    decref(r);
  }
}

/** What a builtin iterator over a sequence has left (its C __length_hint__), or null when its type has no such slot. */
function nativeIteratorLengthHint(it: PyNativeIterator, fallback: number): number | null {
  const seq = it.held[0];
  if (it.type === T.list_iterator || it.type === T.tuple_iterator) return seq ? Math.max(0, (seq as PyList).items.length - it.state) : 0;
  if (it.type === T.str_ascii_iterator || it.type === T.str_iterator) return it.remaining!(it);
  const hint = slotsOf(it.type)?.lengthHint;
  return hint ? hint(it) ?? fallback : null;
}

/** A Python `__len__`'s result as slot_sq_length takes it: any int (a bool too) or `__index__`, >= 0, a Py_ssize_t. */
function* pythonLengthOp(vm: VM, method: PyObject, o: PyObject): NativeOp<number> {
  const r = yield* callMethodOp(vm, method, o, []);
  vm.holdTemporary(r);
  let value: IntValue;
  try {
    value = yield* indexOfOp(vm, r);
  } finally {
    vm.dropTemporary(r);
    decref(r);
  }
  if (value < 0) throw new NativeRaise('ValueError', '__len__() should return >= 0');
  if (value > 9223372036854775807n) throw new NativeRaise('OverflowError', "cannot fit 'int' into an index-sized integer");
  return Number(value);
}

/** The builtin kinds' own len (a module type's, a Python __len__ of an instance). */
export function lengthNow(vm: VM, o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return o.codePointLength;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PySet) return o.size;
  if (o instanceof PyRange) {
    if (o.length > 9223372036854775807n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
    return Number(o.length);
  }
  if (o instanceof PyDictView) return o.dict ? o.dict.size : 0;
  const slots = slotsOf(o.type);
  if (slots?.length) return slots.length(vm, o);
  if (o instanceof PyMappingProxy && o.mapping) return length(vm, o.mapping);
  if (o instanceof PyInstance) {
    const method = o.type.lookup('__len__');
    if (method) return vm.runSync(pythonLengthOp(vm, method, o));
  }
  throw new NativeRaise('TypeError', `object of type '${o.type.name}' has no len()`);
}

/** `item in container` as a JS boolean. */
export function contains(vm: VM, container: PyObject, item: PyObject): boolean {
  return containsBuiltin(vm, container, item) ?? vm.runSync(containsResumable(vm, container, item));
}

/** `item in container` when no Python code takes part; null when some may (use containsResumable). */
export function containsBuiltin(vm: VM, container: PyObject, item: PyObject): boolean | null {
  if (overridesSpecial(container, '__contains__')) return null;
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) {
      if (x === item) return true;
      const eq = compareBuiltin(vm, x, item, CompareOpArg.EQ);
      if (eq === null) return null;
      if (eq) return true;
    }
    return false;
  }
  // A user __hash__ of the item may run (a set item is looked up as a frozenset: no Python code).
  const hashed = container instanceof PyDict || container instanceof PySet || (container instanceof PyDictView && container.kind === 'keys');
  if (hashed && !(item instanceof PySet)) {
    if (hashKeyBuiltin(vm, item) === null) return null;
    // A stored key with a user __hash__ may have to compare itself with the item.
    if (container instanceof PyDict ? container.chains !== null : container instanceof PySet ? container.table.chains !== null : container.dict?.chains) return null;
  }
  if ((hasPythonSpecials(container) && container.attrs === null) || mayRunPythonToIterate(container)) return null;
  // A range compares anything but an int with each of its numbers, maybe by a Python __eq__.
  if (container instanceof PyRange && !rangeComputes(item)) return null;
  if (container instanceof PyInstance) return null;
  return containsNow(vm, container, item);
}

/** Whether range_contains answers by arithmetic (an exact int or a bool); anything else is compared item by item. */
export const rangeComputes = (item: PyObject): boolean => item instanceof PyBool || (item instanceof PyInt && item.type === T.int);

/** Whether a range holds an item equal to `item` (the sequence search range_contains falls back to). */
function rangeHoldsEqual(vm: VM, r: PyRange, item: PyObject): boolean {
  for (let i = 0n; i < r.length; i++) {
    const v = newInt(r.start + i * r.step);
    try {
      if (equals(vm, v, item)) return true;
    } finally {
      decref(v);
    }
  }
  return false;
}

/** slot_sq_contains: a class that sets __contains__ to None says it is no container. */
const notAContainer = (container: PyObject): NativeRaise => new NativeRaise('TypeError', `'${container.type.name}' object is not a container`);

/** `item in container` with __contains__, __eq__, __hash__ and iteration running as frames. */
export function* containsResumable(vm: VM, container: PyObject, item: PyObject): NativeOp<boolean> {
  if (hasPythonSpecials(container)) {
    const method = specialMethod(container, '__contains__');
    if (method === None) throw notAContainer(container);
    if (method) {
      const r = yield* callMethodOp(vm, method, container, [item]);
      const t = yield* isTrueResumable(vm, r);
      decref(r);
      return t;
    }
  }
  if (container instanceof PyTuple) {
    // CPython 3.11's tuplecontains compares each item borrowed.
    for (const x of container.items) if (yield* equalsResumable(vm, x, item)) return true;
    return false;
  }
  if (container instanceof PyList) {
    // list_contains holds each item while comparing it; the list is re-read at each step, as an __eq__ may change it.
    for (let i = 0; i < container.items.length; i++) {
      const held = holdReferences(vm, [container.items[i]]);
      try {
        if (yield* equalsResumable(vm, held[0], item)) return true;
      } finally {
        releaseReferences(vm, held);
      }
    }
    return false;
  }
  if (container instanceof PyDict || (container instanceof PyDictView && container.dict && container.kind === 'keys')) {
    const d = container instanceof PyDictView ? container.dict! : container;
    return d.map.has(yield* dictKeyResumable(vm, d, item));
  }
  if (container instanceof PySet && !(item instanceof PySet)) return container.table.has((yield* setKeyResumable(vm, container.table, item)).key);
  if (container instanceof PyStr) return containsNow(vm, container, item);
  if (!hasPythonSpecials(container) && !(container instanceof PyRange && !rangeComputes(item)) && !mayRunPythonToIterate(container)) return containsNow(vm, container, item);
  const it = yield* getIterOp(vm, container, `argument of type '${container.type.name}' is not iterable`);
  vm.holdTemporary(it);
  try {
    for (;;) {
      let v = nextItem(vm, it);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) break;
      let found: boolean;
      vm.holdTemporary(v);
      try {
        found = yield* equalsResumable(vm, v, item);
      } finally {
        vm.dropTemporary(v);
        decref(v);
      }
      if (found) return true;
    }
    return false;
  } finally {
    vm.dropTemporary(it);
    decref(it);
  }
}

/** The builtin kinds' own `in` (then a module type's, a Python __contains__, iteration). */
export function containsNow(vm: VM, container: PyObject, item: PyObject): boolean {
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => equals(vm, x, item));
  if (container instanceof PyDict) return container.map.has(dictKey(vm, container, item));
  if (container instanceof PySet) return setContains(vm, container, item);
  if (container instanceof PyStr) {
    if (!(item instanceof PyStr)) throw new NativeRaise('TypeError', `'in <string>' requires string as left operand, not ${item.type.name}`);
    return container.value.includes(item.value);
  }
  if (container instanceof PyRange) {
    if (!rangeComputes(item)) return rangeHoldsEqual(vm, container, item);
    const v = item instanceof PyBool ? (item.value ? 1n : 0n) : BigInt((item as PyInt).value), { start, step } = container;
    const n = container.length;
    if (n === 0n) return false;
    const last = start + (n - 1n) * step;
    const inRange = step > 0n ? v >= start && v <= last : v <= start && v >= last;
    return inRange && (v - start) % step === 0n;
  }
  if (container instanceof PyDictView && container.dict && container.kind === 'keys') return container.dict.map.has(dictKey(vm, container.dict, item));
  const slots = slotsOf(container.type);
  if (slots?.contains) return slots.contains(vm, container, item);
  if (container instanceof PyDictView) return viewContains(vm, container, item);
  if (container instanceof PyMappingProxy && container.mapping) return contains(vm, container.mapping, item);
  if (hasPythonSpecials(container)) {
    const method = container.type.lookup('__contains__');
    if (method === None) throw notAContainer(container);
    if (method) {
      const r = vm.callMethod(method, container, [item]);
      const t = vm.isTrue(r);
      decref(r);
      return t;
    }
  }
  const it = vm.getIter(container, `argument of type '${container.type.name}' is not iterable`);
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      const found = equals(vm, v, item);
      decref(v);
      if (found) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

/** Items left in a list or tuple iterator's sequence (0 once it let go of it). */
function heldItemsLeft(it: PyNativeIterator): number {
  const s = it.held[0] as PyList | PyTuple | undefined;
  return s ? Math.max(0, s.items.length - it.state) : 0;
}

function tracked(vm: VM, it: PyNativeIterator, bytes?: number): PyNativeIterator {
  vm.heap.register(it, bytes);
  vm.heap.track(it);
  return it;
}

/** listiter_next and tupleiter_next: one function for every such iterator, so none carries a closure. */
function nextHeldItem(_vm: VM, it: PyNativeIterator): PyObject | null {
  const s = it.held[0] as PyList | PyTuple | undefined;
  if (!s || it.state >= s.items.length) {
    it.exhaust();
    return null;
  }
  return incref(s.items[it.state++]);
}

/** A builtin iterator over a snapshot-free sequence: list_iterator etc. hold their sequence and an index. */
export function sequenceIterator(vm: VM, seq: PyList | PyTuple | PyStr | PyRange | PyDict | PySet, kind?: 'keys' | 'values' | 'items'): PyNativeIterator {
  if (seq instanceof PyList || seq instanceof PyTuple) {
    const type = seq instanceof PyList ? T.list_iterator : T.tuple_iterator;
    const it = tracked(vm, new PyNativeIterator(type, [incref(seq)], nextHeldItem), NATIVE_ITERATOR_BYTES);
    it.remaining = heldItemsLeft;
    return it;
  }
  if (seq instanceof PyStr) {
    const chars = [...seq.value];
    const type = /^[\x00-\x7f]*$/.test(seq.value) ? T.str_ascii_iterator : T.str_iterator;
    const it = tracked(vm, new PyNativeIterator(type, [incref(seq)], (_vm, it) => {
      if (it.state >= chars.length) {
        it.exhaust();
        return null;
      }
      return newStr(chars[it.state++]);
    }));
    it.remaining = (self) => (self.held.length ? chars.length - self.state : 0);
    return it;
  }
  if (seq instanceof PyRange) return rangeIterator(vm, seq.start, seq.step, seq.length);
  return tableIterator(vm, seq, kind);
}

const C_LONG_MAX = 9223372036854775807n;
const C_LONG_MIN = -9223372036854775808n;

/** range_iter and range_reverse: an iterator of `length` ints from start by step, holding no reference to the range. */
export function rangeIterator(vm: VM, start: bigint, step: bigint, length: bigint): PyNativeIterator {
  const n = Number(length);
  const isSmall =
    Math.abs(Number(start)) < 2 ** 52 && Math.abs(Number(step)) < 2 ** 52 && Math.abs(Number(start) + n * Number(step)) < 2 ** 52;
  const small = isSmall ? Object.freeze({ start: Number(start), step: Number(step), length: n }) : null;
  // range_iter: a range past a C long has longrangeiter's type.
  const long = !isSmall && [start, start + length * step, step, length].some((v) => v > C_LONG_MAX || v < C_LONG_MIN);
  const it = vm.heap.register(new PyNativeIterator(long ? T.longrange_iterator : T.range_iterator, [], rangeStep));
  it.remaining = rangeRemaining;
  it.data = Object.freeze({ start, step, length, small } satisfies RangeIterState);
  return it;
}

function rangeStep(_vm: VM, it: PyNativeIterator): PyObject | null {
  const { small, start, step, length } = it.data as RangeIterState;
  if (small) {
    if (it.state >= small.length) return null;
    return newInt(small.start + it.state++ * small.step);
  }
  if (it.state >= Number(length)) return null;
  return newInt(start + BigInt(it.state++) * step);
}

function rangeRemaining(it: PyNativeIterator): number {
  return Math.max(0, Number((it.data as RangeIterState).length) - it.state);
}

/** Whether o is an iterator we can advance natively (builtin iterators and generators). */
export function isNativeIterator(o: PyObject): boolean {
  return o instanceof PyNativeIterator || isGeneratorIterator(o);
}
