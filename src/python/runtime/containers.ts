// Mutations of dicts, lists and sets that keep refcounts, gc tracking and size models right.

import { strKey, type MapKey } from './mapKey';
import { NativeRaise } from '../errors';
import { PyObject } from './object';
import { PyDict, appendEntry, type DictEntry } from './dict';
import { PyList, PySet, PySlice, PyTuple, PyRange, PyStr, PyDictView, PyNativeIterator, MAX_LIST_SLOTS, listBytes } from './objects';
import { activeHeap, decref, incref, type Heap } from './heap';
import { DICT_HEADER_BYTES } from './blockSizes';
import { mayBeTracked, newStr } from './factory';
import { T } from './builtinTypes';
import { internedAtStartup } from '../compiler/internedStrings';
import { dictKey, dictKeyAtOnce } from './ops/keyLookup';
import { lengthHintOp, sliceIndices } from './ops/items';
import { hasPythonSpecials } from './ops/attributeHooks';
import { listResize } from './sizeAccounting';
import { growthLog2, isExactStrKey, keysBeforeInsert, keysCleared, keysOfSplitDict } from './dictKeys';
import { SHARED_KEYS_LOG2, sharedKeysTake, valuesBlockBytes } from './sharedKeys';
import { sizeOfDict } from './sizeof';
import { isAlive } from './object';
import { typeAttributesChanged } from './typeVersion';
import { nextKeysVersion } from './inlineCaches';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import { getIterOp, isRequest, nextItem, mayRunPythonToIterate } from '../vm/callOps';

/** Before a dict takes a new entry: its table may grow (as CPython's), which counts against the memory limit. */
function dictGrows(d: PyDict, key: PyObject): void {
  if (d.splitKeys !== null) {
    if (sharedKeysTake(d.splitKeys, key)) return;
    splitBecomesCombined(d, key);
  }
  const log2 = d.keysLog2;
  keysBeforeInsert(d, key);
  if (d.keysLog2 !== log2) dictResized(d);
}

/**
 * A key the class's shared table cannot take: an instance without a dict object gets one now
 * (make_dict_from_instance_attributes), and the split dict is resized into a table of its own (insertion_resize).
 */
function splitBecomesCombined(d: PyDict, key: PyObject): void {
  if (!d.materialized) materializeAttributeDict(d);
  d.splitKeys = null;
  keysOfSplitDict(d, isExactStrKey(key), growthLog2(d));
  dictResized(d);
}

/** popitem converts a split dict to a combined table the size of the shared one (2**6 slots). */
export function splitDictBeforePopitem(d: PyDict): void {
  d.splitKeys = null;
  keysOfSplitDict(d, true, SHARED_KEYS_LOG2);
  dictResized(d);
}

/** An instance's attribute dict becomes an object of its own, as CPython makes one when it is first needed. */
export function materializeAttributeDict(d: PyDict, newValues = false): void {
  d.materialized = true;
  d.refcount = 1;
  const heap = activeHeap();
  if (d.inlineValues) registerOverInlineValues(heap, d);
  else if (newValues) {
    // new_dict_with_shared_keys: the values are a block of their own.
    heap.register(d, DICT_HEADER_BYTES);
    resizedUntraced(heap, d);
    heap.tracer?.addBlock(d, valuesBlockBytes(d.splitKeys!));
  } else heap.register(d);
  // Tracked only while it holds something the collector must see (CPython's MAINTAIN_TRACKING).
  for (const e of d.map.values()) {
    if (mayBeTracked(e.value)) {
      heap.track(d);
      break;
    }
  }
}

/** make_dict_from_instance_attributes: a new dict object that takes over the instance's values block. */
function registerOverInlineValues(heap: Heap, d: PyDict): void {
  d.inlineValues = false;
  const tracer = heap.tracer;
  const values = tracer?.takeItemBlock(d);
  heap.register(d, DICT_HEADER_BYTES);
  if (values) tracer!.putItemBlock(d, values);
  // Its size counts the values, which tracemalloc saw when the instance was made (if it was tracing then).
  resizedUntraced(heap, d);
}

/** The heap counts a dict's size now, tracemalloc not: its values are a block traced on its own. */
export function resizedUntraced(heap: Heap, d: PyDict): void {
  const tracer = heap.tracer;
  heap.tracer = null;
  try {
    heap.resized(d, heap.measure(d));
  } finally {
    heap.tracer = tracer;
  }
}

/** Tells the heap a dict's table changed size. */
export function dictResized(d: PyDict): void {
  if (d.accountedBytes !== 0) activeHeap().resized(d, sizeOfDict(d), true);
}

/** CPython's MAINTAIN_TRACKING: a dict starts being tracked once it holds something that may be tracked. */
export function maintainTracking(d: PyDict, key: PyObject, value: PyObject): void {
  if (d.gcGeneration < 0 && d.materialized && d.id !== 0 && (mayBeTracked(key) || mayBeTracked(value))) {
    activeHeap().track(d);
  }
}

/**
 * MAP_ADD's d[key] = value: _PyDict_SetItem_Take2 takes the stack's references (the caller's, released after), so
 * a __hash__ sees no extra one.
 */
export function dictSetFromStack(vm: VM, d: PyDict, key: PyObject, value: PyObject): void {
  dictSetWithHash(d, dictKey(vm, d, key), key, value);
}

/** d[key] = value; both borrowed. */
export function dictSet(vm: VM, d: PyDict, key: PyObject, value: PyObject): void {
  const h = dictKeyAtOnce(vm, d, key);
  if (h !== null) return dictSetWithHash(d, h, key, value);
  // PyDict_SetItem takes its references to the key and the value before a __hash__ runs (3.11's _Take2).
  incref(key);
  incref(value);
  try {
    dictSetWithHash(d, dictKey(vm, d, key), key, value);
  } finally {
    decref(key);
    decref(value);
  }
}

export function dictSetWithHash(d: PyDict, h: MapKey, key: PyObject, value: PyObject): void {
  if (d.ownedByType) typeAttributesChanged();
  const e = d.map.get(h);
  if (e) {
    const old = e.value;
    e.value = incref(value);
    maintainTracking(d, key, value);
    decref(old);
    return;
  }
  dictGrows(d, key);
  appendEntry(d, h, incref(key), incref(value));
  if (d.chains !== null) d.chains.register(h, key);
  d.keysVersion = nextKeysVersion();
  maintainTracking(d, key, value);
}

/**
 * The key object for a str-keyed store: the interned str of that name, as CPython stores the interned name the
 * code holds (setattr interns its name too). Made here only when no live one exists, and then not shown to
 * tracemalloc. A name the program spells is the parser's str in CPython, made before the program ran and held
 * by the code to the end: ours is made now, not counted as the program's allocation, and the module code holds it.
 */
function nameKey(name: string, d: PyDict): PyStr {
  const heap = activeHeap();
  // What the interpreter builds before the program and outside it (builtins, modules) keeps keys of its own:
  // shared with the program's, their references from objects no snapshot shows would count in a str it draws.
  const counting = heap.countingAllocations;
  const program = heap.programNames;
  const interning = program !== null && counting && d !== heap.builtinsDict;
  if (interning) {
    const known = heap.interned.get(name);
    if (known !== undefined && isAlive(known)) return incref(known);
  }
  const spelled = interning && program.names.has(name);
  if (!interning) return heap.untraced(() => newStr(name));
  const intern = (): PyStr => {
    // The parser's identifier, or one CPython interned at start-up, is a str of its own even of one character
    // (not chr()'s singleton).
    const ownStr = name.length === 1 && (spelled || internedAtStartup(name));
    const made = ownStr ? heap.register(new PyStr(T.str, name)) : newStr(name);
    heap.intern(made);
    if (spelled) program.code.holdName(made);
    return made;
  };
  // A name the source spells was made by the compiler, before the program ran: not one of its allocations.
  return spelled ? heap.beforeProgram(intern) : heap.untraced(intern);
}

/** d[name] = value for a str key; value borrowed. Returns the entry now holding it. */
export function dictSetStr(d: PyDict, name: string, value: PyObject, mapKey = strKey(name)): DictEntry {
  const h = mapKey;
  if (d.ownedByType) typeAttributesChanged();
  const e = d.map.get(h);
  if (e) {
    const old = e.value;
    e.value = incref(value);
    maintainTracking(d, e.key, value);
    decref(old);
    return e;
  }
  const key = nameKey(name, d);
  dictGrows(d, key);
  const added = appendEntry(d, h, key, incref(value));
  if (d.chains !== null) d.chains.register(h, key);
  d.keysVersion = nextKeysVersion();
  maintainTracking(d, key, value);
  return added;
}

/** Removes a key; returns false if absent. */
export function dictDelete(d: PyDict, h: MapKey): boolean {
  const e = d.map.get(h);
  if (!e) return false;
  if (d.ownedByType) typeAttributesChanged();
  d.map.delete(h);
  d.keysVersion = nextKeysVersion();
  decref(e.key);
  decref(e.value);
  return true;
}

export function dictClear(d: PyDict): void {
  const entries = [...d.map.values()];
  d.map.clear();
  d.chains = null;
  d.keysVersion = nextKeysVersion();
  if (d.ownedByType) typeAttributesChanged();
  const log2 = d.keysLog2;
  d.splitKeys = null;
  keysCleared(d);
  if (log2 !== 0) dictResized(d);
  for (const e of entries) {
    decref(e.key);
    decref(e.value);
  }
}

export function listAppend(l: PyList, v: PyObject): void {
  const n = l.items.length + 1;
  if (n > l.allocated) l.allocated = listResize(l.allocated, n - 1, n);
  l.items.push(incref(v));
}

/** Called after items were removed from a list, to apply CPython's shrink rule. */
export function listShrunk(l: PyList): void {
  l.allocated = listResize(l.allocated, l.items.length, l.items.length);
}

/** list.extend(iterable): iterable borrowed. */
export function listExtend(vm: VM, l: PyList, iterable: PyObject): void {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const items = iterable.items.slice();
    if (items.length === 0) return;
    reserveForExtend(l, items.length);
    for (const x of items) l.items.push(incref(x));
    return;
  }
  refuseImpossibleLength(iterable);
  if (iterable instanceof PyRange || iterable instanceof PyDict || iterable instanceof PySet || iterable instanceof PyStr || iterable instanceof PyDictView) {
    // Sized iterables: CPython reserves their length hint up front, then trims.
    const items = vm.collectItems(iterable);
    if (items.length === 0) return;
    reserveForExtend(l, items.length);
    for (const x of items) l.items.push(x);
    return;
  }
  if (mayRunPythonToIterate(iterable)) {
    vm.runSync(listExtendResumable(vm, l, iterable));
    return;
  }
  const it = vm.getIter(iterable);
  try {
    reserveForExtend(l, lengthHint(iterable));
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      listAppend(l, v);
      decref(v);
    }
    trimAfterExtend(l);
  } finally {
    decref(it);
  }
}

/** PyObject_LengthHint(o, 8) without running Python code: an iterator over a sized sequence knows what is left. */
export function lengthHint(o: PyObject): number {
  if (o instanceof PyNativeIterator && o.remaining) return o.remaining(o);
  return 8;
}

/**
 * A builtin range's (or a sized iterator's) length, checked as list_resize and PyTuple_New check the length hint
 * before anything is iterated: past a Py_ssize_t an OverflowError (range's __len__), past memory a MemoryError.
 */
export function refuseImpossibleLength(iterable: PyObject): void {
  let n: number;
  if (iterable instanceof PyRange) {
    const length = iterable.length;
    if (length > 9223372036854775807n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
    n = Number(length);
  } else if (iterable instanceof PyNativeIterator && iterable.remaining) {
    n = iterable.remaining(iterable);
    // A longrange_iterator's __length_hint__ is an int that PyObject_LengthHint cannot take as a Py_ssize_t.
    if (n >= 2 ** 63) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
  } else return;
  if (n > MAX_LIST_SLOTS) throw new NativeRaise('MemoryError', '');
  activeHeap().reserve(listBytes(n));
}

/** list_extend's guess: an empty list without storage is preallocated exactly (rounded up to even), else resized. */
export function reserveForExtend(l: PyList, hint: number): void {
  const m = l.items.length;
  if (l.allocated === 0) {
    if (hint > 0) l.allocated = (hint + 1) & ~1;
  } else l.allocated = listResize(l.allocated, m, m + hint);
}

/** list_extend's cut back when the guess was too large. */
export function trimAfterExtend(l: PyList): void {
  if (l.items.length < l.allocated) listShrunk(l);
}

/** list.extend(iterable) whose iteration may run Python code (generators, __iter__/__next__) as frames. */
export function* listExtendResumable(vm: VM, l: PyList, iterable: PyObject): NativeOp<void> {
  if (!mayRunPythonToIterate(iterable)) return listExtend(vm, l, iterable);
  const it = yield* getIterOp(vm, iterable);
  vm.holdTemporary(it);
  try {
    reserveForExtend(l, hasPythonSpecials(iterable) ? yield* lengthHintOp(vm, iterable, 8) : lengthHint(iterable));
    for (;;) {
      let v = nextItem(vm, it);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) break;
      listAppend(l, v);
      decref(v);
    }
    trimAfterExtend(l);
  } finally {
    vm.dropTemporary(it);
    decref(it);
  }
}

/** l[slice] = iterable. */
export function listAssignSlice(vm: VM, l: PyList, s: PySlice, value: PyObject): void {
  const replacement = vm.collectItems(value);
  const { start, step, count } = sliceIndices(s, l.items.length);
  if (step === 1) {
    const removed = l.items.splice(start, count, ...replacement);
    const newSize = l.items.length;
    if (newSize > l.allocated) l.allocated = listResize(l.allocated, newSize - replacement.length + count, newSize);
    else listShrunk(l);
    // list_ass_slice releases the items it removed from the last one back.
    for (let i = removed.length - 1; i >= 0; i--) decref(removed[i]);
    return;
  }
  if (replacement.length !== count) {
    for (const r of replacement) decref(r);
    throw new NativeRaise('ValueError', `attempt to assign sequence of size ${replacement.length} to extended slice of size ${count}`);
  }
  const old: PyObject[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) {
    old.push(l.items[j]);
    l.items[j] = replacement[i];
  }
  for (const o of old) decref(o);
}

export function listDeleteSlice(l: PyList, s: PySlice): void {
  const { start, step, count } = sliceIndices(s, l.items.length);
  if (count === 0) return;
  let removed: PyObject[];
  if (step === 1) removed = l.items.splice(start, count);
  else {
    const drop = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
    removed = l.items.filter((_, i) => drop.has(i));
    l.items = l.items.filter((_, i) => !drop.has(i));
  }
  listShrunk(l);
  // list_ass_slice (step 1) releases them from the last one back; an extended slice's go in slice order.
  if (step === 1) removed.reverse();
  for (const r of removed) decref(r);
}
