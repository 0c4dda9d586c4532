// dict views (keys, values, items): membership, the set operators and comparisons of keys and items views,
// isdisjoint and reversed iteration, as Objects/dictobject.c implements them.

import { NativeRaise } from '../errors';
import { COMPARE_OP_SYMBOLS, CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from './object';
import { PyDict } from './dict';
import { PyDictView, PyNativeIterator, PySet, PyTuple } from './objects';
import { T } from './builtinTypes';
import { activeHeap, decref, incref } from './heap';
import { newResultTuple, newTuple, recycledResultTuple } from './factory';
import { equals } from './ops/compare';
import { dictKey, dictKeyForEntry } from './ops/keyLookup';
import { contains, length } from './ops/items';
import { makeNewSet, setDifferenceUpdate, setIntersection, setSymmetricDifferenceUpdate, setUpdate, setAddKey } from './setObject';
import type { VM } from '../vm/vm';
import { isOrderedDict, orderedDictIterator } from './orderedDictIterator';

const VIEW_TYPES = { keys: T.dict_keys, values: T.dict_values, items: T.dict_items };

export function newDictView(d: PyDict, kind: 'keys' | 'values' | 'items'): PyDictView {
  const heap = activeHeap();
  const v = heap.register(new PyDictView(viewTypes(d)[kind], incref(d), kind));
  heap.track(v);
  return v;
}

/** The view types of d's class: a dict's, or those an OrderedDict (sub)class has. */
function viewTypes(d: PyDict): typeof VIEW_TYPES {
  if (d.type === T.dict) return VIEW_TYPES;
  return d.type.inheritedDictViewTypes() ?? VIEW_TYPES;
}

/** A keys or items view: the views that behave like sets. */
export function isSetLikeView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && o.kind !== 'values';
}

/** `x in view`: keys by hash, items by (key, value) lookup and value equality, values by scanning. */
export function viewContains(vm: VM, view: PyDictView, item: PyObject): boolean {
  const d = view.dict;
  if (!d) return false;
  if (view.kind === 'keys') return d.map.has(dictKey(vm, d, item));
  if (view.kind === 'items') {
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
    const found = d.map.get(dictKey(vm, d, item.items[0]));
    if (!found) return false;
    const value = incref(found.value);
    try {
      return equals(vm, value, item.items[1]);
    } finally {
      decref(value);
    }
  }
  // A values view is searched through its iterator (_PySequence_IterSearch): each value it hands out is held.
  for (const e of [...d.map.values()]) {
    const value = incref(e.value);
    try {
      if (equals(vm, value, item)) return true;
    } finally {
      decref(value);
    }
  }
  return false;
}

/** dictviews_to_set: a keys view of an exact dict is read as the dict itself (set()'s dict fast path). */
function viewToSet(vm: VM, o: PyObject): PySet {
  if (o instanceof PyDictView && o.kind === 'keys' && o.dict && o.dict.type === T.dict) return makeNewSet(vm, false, o.dict);
  return makeNewSet(vm, false, o);
}

/** _PyDictView_Intersect. */
function viewIntersect(vm: VM, a: PyObject, b: PyObject): PyObject {
  let self = a, other = b;
  if (!isSetLikeView(self)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = length(vm, view);
  if (other instanceof PySet && other.type === T.set && lenSelf <= length(vm, other)) return setIntersection(vm, other, view);
  let big: PyDictView = view;
  let small: PyObject = other;
  if (isSetLikeView(other) && length(vm, other) > lenSelf) [big, small] = [other, view];
  const result = makeNewSet(vm, false, null);
  try {
    const it = vm.getIter(small);
    try {
      for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
        try {
          if (viewContains(vm, big, v)) setAddKey(vm, result, v);
        } finally {
          decref(v);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dictitems_xor: pairs of either dict whose key is missing from, or maps to a different value in, the other. */
function itemsXor(vm: VM, a: PyDictView, b: PyDictView): PyObject {
  const remaining = vm.dictCopy(a.dict!);
  const result = makeNewSet(vm, false, null);
  try {
    for (const [h, e] of [...b.dict!.map]) {
      const at = dictKeyForEntry(vm, remaining, h, e.key);
      const mine = remaining.map.get(at);
      const same = mine ? equals(vm, mine.value, e.value) : false;
      if (same) vm.dictDelete(remaining, at);
      else {
        const pair = newTuple([incref(e.key), incref(e.value)]);
        try {
          setAddKey(vm, result, pair);
        } finally {
          decref(pair);
        }
      }
    }
    const items = newDictView(remaining, 'items');
    try {
      setUpdate(vm, result, items);
    } finally {
      decref(items);
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(remaining);
  }
  return result;
}

/** view OP other (or other OP view, `a` being the left operand): a new set, or null when not a view operation. */
export function viewBinaryOp(vm: VM, a: PyObject, b: PyObject, op: '|' | '&' | '-' | '^'): PyObject | null {
  if (!isSetLikeView(a) && !isSetLikeView(b)) return null;
  if (op === '&') return viewIntersect(vm, a, b);
  if (op === '^' && isSetLikeView(a) && isSetLikeView(b) && a.kind === 'items' && b.kind === 'items') return itemsXor(vm, a, b);
  const result = viewToSet(vm, a);
  try {
    if (op === '|') setUpdate(vm, result, b);
    else if (op === '-') setDifferenceUpdate(vm, result, b);
    else setSymmetricDifferenceUpdate(vm, result, b);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** all_contained_in: every item of `a` is in `b`. */
function allContainedIn(vm: VM, a: PyObject, b: PyObject): boolean {
  const it = vm.getIter(a);
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      try {
        if (!contains(vm, b, v)) return false;
      } finally {
        decref(v);
      }
    }
    return true;
  } finally {
    decref(it);
  }
}

/** dictview_richcompare between a keys/items view and a set, frozenset or view; null when not applicable. */
export function viewCompare(vm: VM, a: PyObject, b: PyObject, op: number): boolean | null {
  const setLike = (o: PyObject): boolean => o instanceof PySet || isSetLikeView(o);
  if (!(isSetLikeView(a) && setLike(b)) && !(isSetLikeView(b) && setLike(a))) return null;
  const la = length(vm, a), lb = length(vm, b);
  switch (op) {
    case CompareOpArg.EQ: return la === lb && allContainedIn(vm, a, b);
    case CompareOpArg.NE: return !(la === lb && allContainedIn(vm, a, b));
    case CompareOpArg.LT: return la < lb && allContainedIn(vm, a, b);
    case CompareOpArg.LE: return la <= lb && allContainedIn(vm, a, b);
    case CompareOpArg.GT: return la > lb && allContainedIn(vm, b, a);
    case CompareOpArg.GE: return la >= lb && allContainedIn(vm, b, a);
  }
  throw new Error(`bad comparison ${COMPARE_OP_SYMBOLS[op]}`);
}

/** dictviews_isdisjoint. */
export function viewIsDisjoint(vm: VM, view: PyDictView, otherArg: PyObject): boolean {
  let self: PyObject = view, other = otherArg;
  if (self === other) return length(vm, self) === 0;
  if (other instanceof PySet || isSetLikeView(other)) {
    if (length(vm, other) > length(vm, self)) [self, other] = [other, self];
  }
  const it = vm.getIter(other);
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      try {
        if (contains(vm, self, v)) return false;
      } finally {
        decref(v);
      }
    }
    return true;
  } finally {
    decref(it);
  }
}

const REVERSE_TYPES = { keys: T.dict_reversekeyiterator, values: T.dict_reversevalueiterator, items: T.dict_reverseitemiterator };

/** reversed(d), reversed(d.keys()), ...: walks the entries last to first; changing the dict's size stops it. */
export function reversedDictIterator(d: PyDict, kind: 'keys' | 'values' | 'items'): PyNativeIterator {
  if (isOrderedDict(d)) return orderedDictIterator(d, kind, true);
  const entryList = [...d.map.values()];
  const size = d.size;
  const heap = activeHeap();
  const it = heap.register(new PyNativeIterator(REVERSE_TYPES[kind], [incref(d)], (_vm, self) => {
    const owner = self.held[0] as PyDict | undefined;
    if (!owner) return null;
    if (owner.size !== size) {
      self.exhaust();
      throw new NativeRaise('RuntimeError', 'dictionary changed size during iteration');
    }
    const entries = self.data as typeof entryList;
    const i = entries.length - 1 - self.state;
    if (i < 0) {
      self.exhaust();
      return null;
    }
    self.state++;
    const e = entries[i];
    if (kind === 'keys') return incref(e.key);
    if (kind === 'values') return incref(e.value);
    return recycledResultTuple(self, [incref(e.key), incref(e.value)]);
  }));
  it.data = entryList;
  heap.track(it);
  if (kind === 'items') it.result = newResultTuple(2);
  it.remaining = (self) => (self.held.length ? (self.data as typeof entryList).length - self.state : 0);
  return it;
}
