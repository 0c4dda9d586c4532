// Calling builtin types: int(), float(), str(), list(), dict(), range(), enumerate(), zip(), map(), ...

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyDescriptorWrapper, PyFloat, PyInstance, PyInt, PyList, PyNativeIterator, PyRange, PySet, PySlice, PyStr,
  PyTuple, PySuper, PyDictView, PyCell } from '../runtime/objects';
import { FastKind } from '../bytecode/code';
import { PyType } from '../runtime/types';
import { E, Ellipsis, None, NotImplemented, T } from '../runtime/builtinTypes';
import { warnOp } from '../vm/nativeWarnings';
import { activeHeap, decref, incref } from '../runtime/heap';
import { getAttr } from '../runtime/ops/attributes';
import { newBool, newDict, newFloat, newInt, newIntFromDigits, newList, newRange, newStr, newStrOf, newTuple } from '../runtime/factory';
import { dictMergeKeywords, dictUpdate } from '../runtime/dictMerge';
import { dictSet, dictSetStr, lengthHint, listAppend, listExtendResumable, refuseImpossibleLength, reserveForExtend, trimAfterExtend } from '../runtime/containers';
import { makeNewSet, setUpdateResumable } from '../runtime/setObject';
import { reversedDictIterator } from '../runtime/dictViewOps';
import { strLeaf } from '../runtime/ops/repr';
import { strObjectResumable } from '../runtime/ops/textObjects';
import { builtinTruth, isTrueResumable } from '../runtime/ops/compare';
import { parseFloat as parsePyFloat, parseIntText } from '../format';
import { installModuleConstructor } from './moduleConstructor';
import { checkArguments, fast, keywords, noKeywords, positionalOrKeyword, resumableConstructor } from './define';
import { PROPERTY_PARAMETERS, takeGetterDoc } from './descriptorInit';
import { recastAsSubclass, subclassConstructors } from './subclassInstances';
import { installIteratorConstructors } from './iteratorConstructors';
import { PyMappingProxy } from '../runtime/iterators';
import { hasPythonSpecials } from '../runtime/ops/attributeHooks';
import { floatOf, floatOfOwnMethod, hasNumberFloat, indexOf, intOfNumber, isNumberLike, pythonNumberMethod } from '../runtime/ops/numbers';
import { big } from '../runtime/intMath';
import { typeCall } from './buildClass';
import { contains, getItem, length as sequenceLength, lengthHintOp, rangeIterator } from '../runtime/ops/items';
import { PyByteArray, PyBytes, bufferOf } from '../runtime/bytesObject';
import { decodeBytesWarning } from '../runtime/codecs';
import type { EscapesDecoded } from '../runtime/codecsEscape';
import { bytesLiteral } from './bytesSlots';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import { callSpecialOp, getIterOp, isRequest, mayRunPythonToIterate, nextItem } from '../vm/callOps';
import { keyObjectsOf, setKeyword } from '../vm/keywordKeys';
import { mergeFromPairs, mergeFromPairsOp } from './dictFromPairs';
import { TupleBuilder } from '../runtime/tupleBuilder';
import type { ReversedIterState } from '../runtime/iterators';

/** int(text, base), allocated as PyLong_FromString does (see newIntFromDigits). */
function intFromText(text: string, base: number, reprOf?: (s: string) => string): PyObject {
  const parsed = parseIntText(text, base, reprOf);
  return newIntFromDigits(parsed.value, parsed.digitCount, parsed.base);
}

/** int(x=0, /, base=10): the base is converted before x is looked at. */
function intFrom(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [x, base] = positionalOrKeyword('int', args, kwargs, ['', 'base'], 0);
  if (x === undefined) {
    if (base !== undefined) throw new NativeRaise('TypeError', 'int() missing string argument');
    return newInt(0);
  }
  if (base !== undefined) {
    const b = Number(big(indexOf(vm, base)));
    // long_new_impl checks the base before the object.
    if ((b !== 0 && b < 2) || b > 36) throw new NativeRaise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    const raw = x instanceof PyBytes || x instanceof PyByteArray ? bufferOf(x) : null;
    if (raw !== null) return intFromText(raw, b, bytesRepr);
    if (!(x instanceof PyStr)) throw new NativeRaise('TypeError', "int() can't convert non-string with explicit base");
    return intFromText(x.value, b);
  }
  // An instance of an int subclass gives a plain int of its value (long_long), unless its class defines __int__.
  if (x instanceof PyInt && !pythonNumberMethod(x, '__int__')) return x.attrs === null ? incref(x) : newInt(x.value);
  // PyNumber_Long asks a str or bytes subclass's own __int__ before reading its text.
  const converts = x.attrs !== null && pythonNumberMethod(x, '__int__') !== undefined;
  if (x instanceof PyStr && !converts) return intFromText(x.value, 10);
  // Any buffer (bytes, bytearray, memoryview, array) is read as its bytes.
  const buffer = converts ? null : bufferOf(x);
  if (buffer !== null) return intFromText(buffer, 10, bytesRepr);
  if (x instanceof PyInstance && !isNumberLike(x) && !x.type.lookup('__trunc__')) {
    throw new NativeRaise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
  }
  return newInt(intOfNumber(vm, x));
}

/**
 * `float(x)` of an exact str or float, as float's vectorcall makes it (CPython 3.11's PRECALL_BUILTIN_CLASS: no
 * argument parsing, nothing packed, no recursion level); null for anything else.
 */
export function floatFromLeaf(x: PyObject): PyObject | null {
  if (x.type === T.str) return newFloat(parsePyFloat((x as PyStr).value));
  return x.type === T.float ? incref(x) : null;
}

/** str(object, encoding, errors): decodes a bytes-like object (unicode_escape may have a warning to give). */
function decodedObject(object: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined): EscapesDecoded {
  for (const [name, v] of [['encoding', encoding], ['errors', errors]] as const) {
    if (v !== undefined && !(v instanceof PyStr)) throw new NativeRaise('TypeError', `str() argument '${name}' must be str, not ${argTypeName(v)}`);
  }
  if (object instanceof PyStr) throw new NativeRaise('TypeError', 'decoding str is not supported');
  const data = object === undefined ? null : bufferOf(object);
  if (data !== null) return decodeBytesWarning(data, (encoding as PyStr | undefined)?.value ?? 'utf-8', (errors as PyStr | undefined)?.value ?? 'strict');
  const what = object === undefined ? 'bytes' : object.type.name;
  throw new NativeRaise('TypeError', `decoding to str: need a bytes-like object, ${what} found`);
}

/** The repr int() and float() quote a bytes argument with in their errors. */
const bytesRepr = (s: string): string => bytesLiteral(s);

function floatFrom(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKeywords('float', kwargs);
  if (args.length > 1) throw new NativeRaise('TypeError', `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return newFloat(0);
  const x = args[0];
  const own = floatOfOwnMethod(vm, x);
  if (own !== null) return newFloat(own);
  if (x instanceof PyFloat) return x.attrs === null ? incref(x) : newFloat(x.value);
  if (x instanceof PyStr) return newFloat(parsePyFloat(x.value));
  if (x instanceof PyBytes || x instanceof PyByteArray) return newFloat(parsePyFloat(x.value, bytesRepr));
  // PyNumber_Float: nb_float or nb_index (an __int__ alone does not make a float).
  if (!hasNumberFloat(x)) throw new NativeRaise('TypeError', `float() argument must be a string or a real number, not '${x.type.name}'`);
  return newFloat(floatOf(vm, x));
}

/**
 * list(iterable) with CPython's capacity: lists and tuples are copied into an exactly preallocated list
 * (rounded up to even), sized iterables preallocate their length hint, others grow by appending.
 * `viaType` for list() itself, which allocates through tp_alloc; sorted() and others use PyList_New.
 */
export function listFromIterable(vm: VM, iterable: PyObject, viaType = false): PyList {
  const allocate = (make: () => PyList): PyList => (viaType ? activeHeap().allocateViaType(make) : make());
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const n = iterable.items.length;
    return allocate(() => newList(iterable.items.map((x) => incref(x)), n === 0 ? 0 : (n + 1) & ~1));
  }
  const sized = iterable instanceof PyRange || iterable instanceof PyDict || iterable instanceof PySet || iterable instanceof PyStr || iterable instanceof PyDictView;
  // CPython makes the list first (list_new, through tp_alloc), then extends it from the iterable.
  const list = allocate(() => newList([]));
  try {
    refuseImpossibleLength(iterable);
  } catch (e) {
    decref(list);
    throw e;
  }
  const hint = lengthHint(iterable);
  let items: PyObject[];
  try {
    items = vm.collectItems(iterable);
  } catch (e) {
    decref(list);
    throw e;
  }
  if (sized) {
    list.items = items;
    reserveForExtend(list, items.length);
    return list;
  }
  reserveForExtend(list, hint);
  for (const x of items) {
    listAppend(list, x);
    decref(x);
  }
  trimAfterExtend(list);
  return list;
}

/** list(iterable) when iterating runs Python code (generators, __iter__/__next__): each step a frame. */
export function* listFromIterableResumable(vm: VM, iterable: PyObject, viaType = false): NativeOp<PyList> {
  if (!mayRunPythonToIterate(iterable)) return listFromIterable(vm, iterable, viaType);
  const list = viaType ? activeHeap().allocateViaType(() => newList([])) : newList([]);
  vm.holdTemporary(list);
  try {
    yield* listExtendResumable(vm, list, iterable);
  } catch (e) {
    vm.dropTemporary(list);
    decref(list);
    throw e;
  }
  vm.dropTemporary(list);
  return list;
}

/** dict(mapping_or_pairs, **kwargs) into an existing dict (also used by dict.update). */
/**
 * dict_merge of a mapping that is not a dict: its keys() (PyMapping_Keys calls the method unbound), then each
 * value by subscription. With `duplicate` (DICT_MERGE, `f(**m)`), a key already there raises what it returns.
 */
export function mergeMapping(vm: VM, d: PyDict, src: PyObject, duplicate: ((key: PyObject) => NativeRaise) | null): void {
  const keysMethod = src.type.lookup('keys')!;
  const keysObj = vm.callMethod(keysMethod, src, []);
  let keys: PyObject[];
  try {
    keys = vm.collectItems(keysObj);
  } finally {
    decref(keysObj);
  }
  try {
    for (const k of keys) {
      if (duplicate !== null && contains(vm, d, k)) throw duplicate(k);
      const v = getItem(vm, src, k);
      dictSet(vm, d, k, v);
      decref(v);
    }
  } finally {
    for (const k of keys) decref(k);
  }
}

/**
 * dict_merge's test for copying a dict's table directly: a dict whose class keeps dict's __iter__ (one that
 * overrides it is merged through its keys() and __getitem__, as any mapping).
 */
export function mergesAsDict(o: PyObject): o is PyDict {
  return o instanceof PyDict && (o.attrs === null || o.type.lookup('__iter__') === T.dict.lookup('__iter__'));
}

/**
 * dict_update_common: the positional argument merged, then the keywords' dict. `dict(...)` itself (dict_vectorcall)
 * has no keywords' dict: it sets each keyword in turn (`keywordsAsDict` false).
 */
export function dictFill(vm: VM, d: PyDict, args: PyObject[], kwargs: Map<string, PyObject> | null, name = 'dict', keywordsAsDict = true): void {
  if (args.length > 1) throw new NativeRaise('TypeError', `${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const src = args[0];
    if (mergesAsDict(src)) {
      dictUpdate(vm, d, src);
    } else if (src.type.lookup('keys') !== undefined) {
      mergeMapping(vm, d, src, null);
    } else {
      mergeFromPairs(vm, d, src);
    }
  }
  if (!kwargs) return;
  // Keys of a str subclass (from a ** dict) are set as the objects they are.
  const keyObjects = keyObjectsOf(kwargs);
  if (keyObjects) for (const [k, v] of kwargs) setKeyword(vm, d, k, v, keyObjects);
  else if (keywordsAsDict) dictMergeKeywords(d, kwargs);
  else for (const [k, v] of kwargs) dictSetStr(d, k, v);
}

/** range(stop) / range(start, stop[, step]): the count is checked first, then each bound through __index__. */
function rangeFrom(vm: VM, args: PyObject[]): PyObject {
  if (args.length === 0) throw new NativeRaise('TypeError', 'range expected at least 1 argument, got 0');
  if (args.length > 3) throw new NativeRaise('TypeError', `range expected at most 3 arguments, got ${args.length}`);
  // PyNumber_Index of each bound: an exact int is held itself, anything else as a new int of its value.
  const objects: PyObject[] = [];
  try {
    for (const a of args) objects.push(a.type === T.int ? incref(a) : newInt(indexOf(vm, a)));
  } catch (e) {
    for (const o of objects) decref(o);
    throw e;
  }
  const n = objects.map((o) => BigInt((o as PyInt).value));
  const [start, stop, step] = n.length === 1 ? [0n, n[0], 1n] : [n[0], n[1], n[2] ?? 1n];
  const bounds: [PyObject, PyObject, PyObject] = objects.length === 1 ? [newInt(0), objects[0], newInt(1)] : [objects[0], objects[1], objects[2] ?? newInt(1)];
  if (step === 0n) {
    for (const o of bounds) decref(o);
    throw new NativeRaise('ValueError', 'range() arg 3 must not be zero');
  }
  return newRange(start, stop, step, bounds);
}

function activeRegister<X extends PyObject>(o: X): X {
  return activeHeap().register(o);
}

/** An iterator object over `sources` whose next item is computed by `step`. */
function iteratorOf(type: PyType, sources: PyObject[], step: (vm: VM, it: PyNativeIterator) => PyObject | null, state = 0): PyNativeIterator {
  const it = activeRegister(new PyNativeIterator(type, sources, step, state));
  if (sources.length > 0) activeHeap().track(it);
  return it;
}

/**
 * A builtin sequence's reversed iterator, whatever its class defines: list_reversed (also list.__reversed__ of a
 * subclass), range_reverse (a range iterator counting down, without the range), or reversed over a tuple's or str's
 * items.
 */
export function reversedBuiltinSequence(vm: VM, seq: PyList | PyTuple | PyStr | PyRange): PyObject {
  if (seq instanceof PyRange) {
    const length = seq.length;
    return rangeIterator(vm, seq.start + (length - 1n) * seq.step, -seq.step, length);
  }
  // A str's characters, split once (a str never changes; a list may, so its length is read at each step).
  const chars = seq instanceof PyStr ? [...seq.value] : null;
  const n = chars ? chars.length : (seq as PyList | PyTuple).items.length;
  const it = iteratorOf(seq instanceof PyList ? T.list_reverseiterator : T.reversed, [incref(seq)], (vm2, it) => {
    const s = it.held[0];
    if (!s) return null;
    const i = n - 1 - it.state++;
    const len = chars ? chars.length : (s as PyList).items.length;
    if (i < 0 || i >= len) {
      it.exhaust();
      return null;
    }
    if (chars) return newStr(chars[i]);
    return incref((s as PyList).items[i]);
  });
  it.remaining = (self) => (self.held.length ? Math.max(0, n - self.state) : 0);
  it.data = { length: n } satisfies ReversedIterState;
  return it;
}

function reversedFrom(vm: VM, args: PyObject[]): PyObject {
  const seq = args[0];
  if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyRange) return reversedBuiltinSequence(vm, seq);
  const slots = seq.type.nativeSlots;
  if (slots?.getItem && slots.length && !seq.type.lookup('__reversed__')) {
    // A module's sequence type (array): reversed walks indices down with its item slot, until IndexError.
    const n = slots.length(vm, seq);
    const it = iteratorOf(T.reversed, [incref(seq)], (vm2, it) => {
      const s = it.held[0];
      const i = n - 1 - it.state++;
      if (!s || i < 0 || i >= slots.length!(vm2, s)) {
        it.exhaust();
        return null;
      }
      const index = newInt(i);
      try {
        return slots.getItem!(vm2, s, index);
      } finally {
        decref(index);
      }
    });
    it.remaining = (self) => (self.held.length ? Math.max(0, n - self.state) : 0);
    return it;
  }
  if (seq instanceof PyDict) return reversedDictIterator(seq, 'keys');
  if (seq instanceof PyDictView && seq.dict) return reversedDictIterator(seq.dict, seq.kind);
  // A class's __reversed__, or a module type's (deque); None says the class is not reversible.
  const m = seq.type.lookup('__reversed__');
  if (m && m !== None) return vm.callSpecial(m, seq, []);
  if (!m && seq instanceof PyInstance && seq.type.lookup('__getitem__')) return reversedSequence(vm, seq);
  throw new NativeRaise('TypeError', `'${seq.type.name}' object is not reversible`);
}

/** PySequence_Tuple: iter(v), then its length hint (a Python class's __len__ or __length_hint__ runs), then the items. */
function* tupleFromIterableOp(vm: VM, v: PyObject): NativeOp<PyObject> {
  refuseImpossibleLength(v);
  // PyList_AsTuple: an exact list's items, counted.
  if (v instanceof PyList && v.type === T.list) return newTuple(v.items.map((x) => incref(x)));
  const it = yield* getIterOp(vm, v);
  // The iterator and the tuple being filled, shown as the operation's temporaries while the iterable's code runs.
  const held: PyObject[] = [it];
  vm.holdTemporary(held);
  let builder: TupleBuilder | null = null;
  try {
    builder = new TupleBuilder(yield* lengthHintOp(vm, v, 10));
    for (;;) {
      held[1] = builder.building;
      let item = nextItem(vm, it);
      if (isRequest(item)) item = (yield item) as PyObject | null;
      if (item === null) break;
      addTupleItem(builder, item);
    }
    const tuple = builder.finish();
    builder = null;
    return tuple;
  } finally {
    vm.dropTemporary(held);
    builder?.abandon();
    decref(it);
  }
}

/** tupleFromIterableOp for an iterable whose iteration runs no Python code. */
function tupleFromIterable(vm: VM, v: PyObject): PyObject {
  refuseImpossibleLength(v);
  if (v instanceof PyList && v.type === T.list) return newTuple(v.items.map((x) => incref(x)));
  const it = vm.getIter(v);
  let builder: TupleBuilder | null = null;
  try {
    builder = new TupleBuilder(vm.runSync(lengthHintOp(vm, v, 10)));
    for (let item = vm.iterNext(it); item !== null; item = vm.iterNext(it)) addTupleItem(builder, item);
    const tuple = builder.finish();
    builder = null;
    return tuple;
  } finally {
    builder?.abandon();
    decref(it);
  }
}

/** Adds an item whose reference the tuple takes, or drops it if growing the tuple fails (MemoryError). */
function addTupleItem(builder: TupleBuilder, item: PyObject): void {
  try {
    builder.add(item);
  } catch (e) {
    decref(item);
    throw e;
  }
}

/** reversed() of a class with __getitem__ and __len__ (PySequence_Check): its items from len(seq) - 1 down to 0. */
function reversedSequence(vm: VM, seq: PyInstance): PyObject {
  const n = sequenceLength(vm, seq);
  const it = iteratorOf(T.reversed, [incref(seq)], (vm2, it) => {
    const s = it.held[0];
    const i = n - 1 - it.state;
    if (!s || i < 0) {
      it.exhaust();
      return null;
    }
    const item = vm2.sequenceItemOrEnd(s, i);
    if (item === null) it.exhaust();
    else it.state++;
    return item;
  });
  it.remaining = (self) => (self.held.length ? Math.max(0, n - self.state) : 0);
  return it;
}

/** supercheck: the object must be an instance of the type, or a subclass of it. */
export function superCheck(vm: VM, type: PyType, obj: PyObject): void {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return;
  if (obj.type.isSubtypeOf(type)) return;
  // An object may report another class (a weak proxy): its __class__.
  let reported: PyObject | null = null;
  try {
    reported = getAttr(vm, obj, '__class__');
  } catch (e) {
    if (!vm.matches(e, 'AttributeError')) throw e;
  }
  const fits = reported instanceof PyType && reported !== obj.type && reported.isSubtypeOf(type);
  if (reported) decref(reported);
  if (!fits) throw new NativeRaise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
}

export function superFrom(vm: VM, args: PyObject[]): PyObject {
  if (args.length === 2) {
    const type = args[0];
    if (!(type instanceof PyType)) throw new NativeRaise('TypeError', `super() argument 1 must be a type, not ${type.type.name}`);
    superCheck(vm, type, args[1]);
    return activeRegister(new PySuper(T.super, incref(type), incref(args[1])));
  }
  if (args.length === 1 && !(args[0] instanceof PyType)) {
    throw new NativeRaise('TypeError', `super() argument 1 must be a type, not ${args[0].type.name}`);
  }
  // Zero-argument super() (super_init_without_args): the calling function's first argument and __class__ cell.
  const frame = vm.frame;
  if (!frame) throw new NativeRaise('RuntimeError', 'super(): no current frame');
  const code = frame.code;
  if (code.argcount === 0) throw new NativeRaise('RuntimeError', 'super(): no arguments');
  let first: PyObject | null = frame.localsplus[0];
  if (first instanceof PyCell && (code.localsplusKinds[0] & FastKind.CELL) !== 0) first = first.contents;
  if (!first) throw new NativeRaise('RuntimeError', 'super(): arg[0] deleted');
  const classIndex = code.localsplusNames.findIndex((n, i) => n === '__class__' && (code.localsplusKinds[i] & FastKind.FREE) !== 0);
  if (classIndex < 0) throw new NativeRaise('RuntimeError', 'super(): __class__ cell not found');
  const cell = frame.localsplus[classIndex];
  if (!(cell instanceof PyCell)) throw new NativeRaise('RuntimeError', 'super(): bad __class__ cell');
  const cls = cell.contents;
  if (!cls) throw new NativeRaise('RuntimeError', 'super(): empty __class__ cell');
  if (!(cls instanceof PyType)) throw new NativeRaise('RuntimeError', `super(): __class__ is not a type (${cls.type.name})`);
  superCheck(vm, cls, first);
  return activeRegister(new PySuper(T.super, incref(cls), incref(first)));
}


function wrapper(type: PyType) {
  return (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    let wrapped: PyObject[];
    if (type === T.property) wrapped = positionalOrKeyword('property', args, kwargs, PROPERTY_PARAMETERS, 0).map((a) => incref(a ?? None));
    else {
      checkArguments(fast(1), type.name, type.name, args, kwargs);
      wrapped = args.map((a) => incref(a));
    }
    const w = activeRegister(new PyDescriptorWrapper(type, wrapped));
    activeHeap().track(w);
    // functools_wraps copies the function's attributes into the wrapper's new __dict__, reading its
    // __annotations__ (a new dict on the function).
    if (type !== T.property) activeHeap().addHiddenParts(w, ['dict', 'dict']);
    else takeGetterDoc(vm, w);
    return w;
  };
}

/** Installs nativeNew on each builtin type. */
export function installConstructors(): void {
  // NoneType(), EllipsisType(), NotImplementedType(): the singletons themselves.
  for (const [type, name, singleton] of [[T.NoneType, 'NoneType', None], [T.ellipsis, 'EllipsisType', Ellipsis], [T.NotImplementedType, 'NotImplementedType', NotImplemented]] as const) {
    type.nativeNew = (_vm, args, kwargs) => {
      if (args.length > 0 || (kwargs && kwargs.size > 0)) throw new NativeRaise('TypeError', `${name} takes no arguments`);
      return incref(singleton);
    };
  }
  T.function.nativeNew = (_vm, args) => {
    if (args.length < 2) throw new NativeRaise('TypeError', `function() missing required argument '${args.length === 0 ? 'code' : 'globals'}' (pos ${args.length + 1})`);
    throw new NativeRaise('NotImplementedError', 'making a function from a code object is not supported in this playground');
  };
  T.int.nativeNew = intFrom;
  T.float.nativeNew = floatFrom;
  // Constructors that may run Python code (__str__, __bool__, iteration) are resumable.
  resumableConstructor(T.str, [keywords(['object', 'encoding', 'errors'], 0), function* (vm, args) {
    const [object, encoding, errors] = args as (PyObject | undefined)[];
    if (object === undefined) return newStr('');
    // PyObject_Str: an exact str is its own str.
    if (encoding === undefined && errors === undefined && object instanceof PyStr && object.type === T.str) return incref(object);
    if (encoding === undefined && errors === undefined) return yield* strObjectResumable(vm, object);
    const decoded = decodedObject(object, encoding, errors);
    if (decoded.warning !== null) yield* warnOp(vm, E.DeprecationWarning, decoded.warning);
    return newStr(decoded.text);
  }], (vm, args) => {
    const [object, encoding, errors] = args as (PyObject | undefined)[];
    if (object === undefined) return newStr('');
    if (encoding !== undefined || errors !== undefined) {
      const decoded = decodedObject(object, encoding, errors);
      return decoded.warning === null ? newStr(decoded.text) : null;
    }
    if (object instanceof PyStr && object.type === T.str) return incref(object);
    const leaf = strLeaf(vm, object);
    return leaf === null ? null : newStrOf(object, leaf);
  });
  resumableConstructor(T.bool, [fast(0, 1), function* (vm, args) {
    return newBool(args.length > 0 && (yield* isTrueResumable(vm, args[0])));
  }], (_vm, args) => {
    const t = args.length > 0 ? builtinTruth(args[0]) : false;
    return t === null ? null : newBool(t);
  });
  resumableConstructor(T.list, function* (vm, args, kwargs) {
    noKeywords('list', kwargs);
    if (args.length > 1) throw new NativeRaise('TypeError', `list expected at most 1 argument, got ${args.length}`);
    return args.length ? yield* listFromIterableResumable(vm, args[0], true) : activeHeap().allocateViaType(() => newList([]));
  }, (vm, args, kwargs) => {
    if (args.length === 1 && mayRunPythonToIterate(args[0])) return null;
    noKeywords('list', kwargs);
    if (args.length > 1) throw new NativeRaise('TypeError', `list expected at most 1 argument, got ${args.length}`);
    return args.length ? listFromIterable(vm, args[0], true) : activeHeap().allocateViaType(() => newList([]));
  });
  resumableConstructor(T.tuple, [fast(0, 1), function* (vm, args) {
    if (args[0] instanceof PyTuple && args[0].type === T.tuple) return incref(args[0]); // PyTuple_CheckExact: a struct sequence is copied
    return args.length ? yield* tupleFromIterableOp(vm, args[0]) : newTuple([]);
  }], (vm, args) => {
    if (args[0] instanceof PyTuple && args[0].type === T.tuple) return incref(args[0]);
    if (args.length && mayRunPythonToIterate(args[0])) return null;
    return args.length ? tupleFromIterable(vm, args[0]) : newTuple([]);
  });
  resumableConstructor(T.dict, function* (vm, args, kwargs) {
    const d = activeHeap().allocateViaType(() => newDict());
    vm.holdTemporary(d);
    try {
      if (args.length === 1 && mayRunPythonToIterate(args[0]) && args[0].type.lookup('keys') === undefined) {
        yield* mergeFromPairsOp(vm, d, args[0]);
        dictFill(vm, d, [], kwargs, 'dict', false);
      } else dictFill(vm, d, args, kwargs, 'dict', false);
    } catch (e) {
      decref(d);
      throw e;
    } finally {
      vm.dropTemporary(d);
    }
    return d;
  }, (vm, args, kwargs) => {
    if (args.length === 1 && mayRunPythonToIterate(args[0])) return null;
    const d = activeHeap().allocateViaType(() => newDict());
    try {
      dictFill(vm, d, args, kwargs, 'dict', false);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  // set_new/frozenset_new: keywords refused, at most one iterable; frozenset(f) of an exact frozenset is f.
  const setFrom = (frozen: boolean) => function* (vm: VM, args: PyObject[]): NativeOp<PyObject> {
    if (frozen && args[0] instanceof PySet && args[0].type === T.frozenset) return incref(args[0]);
    const s = makeNewSet(vm, frozen, null);
    if (args.length) {
      vm.holdTemporary(s);
      try {
        yield* setUpdateResumable(vm, s, args[0]);
      } catch (e) {
        decref(s);
        throw e;
      } finally {
        vm.dropTemporary(s);
      }
    }
    return s;
  };
  const setFast = (frozen: boolean) => (vm: VM, args: PyObject[]): PyObject | null => {
    if (args.length && mayRunPythonToIterate(args[0])) return null;
    if (frozen && args[0] instanceof PySet && args[0].type === T.frozenset) return incref(args[0]);
    return makeNewSet(vm, frozen, args[0] ?? null);
  };
  resumableConstructor(T.set, [fast(0, 1), setFrom(false)], setFast(false));
  resumableConstructor(T.frozenset, [fast(0, 1), setFrom(true)], setFast(true));
  T.range.nativeNew = (vm, args, kwargs) => {
    noKeywords('range', kwargs);
    return rangeFrom(vm, args);
  };
  installIteratorConstructors();
  resumableConstructor(T.reversed, [fast(1), function* (vm, args) {
    const seq = args[0];
    if (hasPythonSpecials(seq)) {
      const m = seq.type.lookup('__reversed__');
      if (m && m !== None) return yield* callSpecialOp(vm, m, seq, []);
    }
    return reversedFrom(vm, args);
  }], (vm, args) => (hasPythonSpecials(args[0]) ? null : reversedFrom(vm, args)));
  // reversed_new gives a subclass what a sequence's __reversed__ returns as it is (a list's list_reverseiterator).
  subclassConstructors.set(T.reversed, (vm, type, args, kwargs) => {
    const it = T.reversed.nativeNew!(vm, args, kwargs);
    return it.type === T.reversed ? recastAsSubclass(it, type) : it;
  });
  T.super.nativeNew = (vm, args) => superFrom(vm, args);
  T.staticmethod.nativeNew = wrapper(T.staticmethod);
  T.classmethod.nativeNew = wrapper(T.classmethod);
  T.property.nativeNew = wrapper(T.property);
  T.slice.nativeNew = (_vm, args, kwargs) => {
    checkArguments(fast(1, 3), 'slice', 'slice', args, kwargs);
    const [a, b, c] = args.length === 1 ? [None, args[0], None] : [args[0], args[1], args[2] ?? None];
    const slice = activeRegister(new PySlice(T.slice, incref(a), incref(b), incref(c)));
    activeHeap().track(slice);
    return slice;
  };
  // cell_new: types.CellType() is an empty cell, CellType(x) holds x.
  T.cell.nativeNew = (_vm, args, kwargs) => {
    checkArguments(fast(0, 1), 'cell', 'cell', args, kwargs);
    const cell = activeRegister(new PyCell(T.cell, args[0] ? incref(args[0]) : null));
    activeHeap().track(cell);
    return cell;
  };
  T.mappingproxy.nativeNew = (vm, args, kwargs) => {
    const mapping = positionalOrKeyword('mappingproxy', args, kwargs, ['mapping'], 1)[0]!;
    // mappingproxy_check_mapping: a mapping, not a list or tuple (which have __getitem__ too).
    const isMapping = mapping instanceof PyDict || mapping.type === T.mappingproxy ||
      (mapping instanceof PyInstance && mapping.type.lookup('__getitem__') !== undefined);
    if (!isMapping) throw new NativeRaise('TypeError', `mappingproxy() argument must be a mapping, not ${mapping.type.name}`);
    const proxy = vm.heap.register(new PyMappingProxy(T.mappingproxy, incref(mapping)));
    vm.heap.track(proxy);
    return proxy;
  };
  T.object.nativeNew = (_vm, args, kwargs) => {
    if (args.length || (kwargs && kwargs.size > 0)) throw new NativeRaise('TypeError', 'object() takes no arguments');
    const o = activeRegister(new PyInstance(T.object, null, 0));
    return o;
  };
  T.type.nativeNew = typeCall;
  installModuleConstructor();
}
