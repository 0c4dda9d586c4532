// set and frozenset operations as Objects/setobject.c performs them: which table each result starts from and
// in what order entries are added decide the result's iteration order, so each path is CPython's.

import { frozensetKey, type MapKey } from './mapKey';
import { PyObject } from './object';
import { PyDict } from './dict';
import { PySet } from './objects';
import { T } from './builtinTypes';
import { activeHeap, decref, incref } from './heap';
import { newSet } from './factory';
import { chainedKey, isChainedKey } from './hashChains';
import { dictEntryHash, dictKeyForEntry, sameKeyKinds, setKey, setKeyFor, setKeyForEntry, setLookupKey } from './ops/keyLookup';
import type { SetEntry, SetTable } from './setTable';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import { getIterOp, isRequest, nextItem, mayRunPythonToIterate } from '../vm/callOps';

/** After a set's table may have been resized: its size counts against the memory limit. */
function tableResized(s: PySet): void {
  if (s.accountedBytes > 0 && s.table.sizeof() !== s.accountedBytes) activeHeap().resized(s, s.table.sizeof());
}

/** set_add_key: adds o (borrowed) unless an equal object is there. */
export function setAddKey(vm: VM, s: PySet, o: PyObject): void {
  const { key, hash } = setKey(vm, s.table, o, true);
  if (s.table.add(key, hash, o)) incref(o);
  tableResized(s);
}

/** The equality key to look an object up by; a set argument is looked up as the equal frozenset. */
function lookupKey(vm: VM, s: PySet, o: PyObject): MapKey {
  if (o instanceof PySet && !o.frozen) {
    const memberKeys = o.table.entries().map((e) => e.key);
    if (!memberKeys.some(isChainedKey)) return frozensetKey(memberKeys);
    // Members with a user __hash__ are equal to others only through __eq__: looked up as set_contains does,
    // through a temporary frozenset.
    const frozen = makeNewSet(vm, true, o);
    try {
      return setLookupKey(vm, s.table, frozen);
    } finally {
      decref(frozen);
    }
  }
  return setLookupKey(vm, s.table, o);
}

export function setContains(vm: VM, s: PySet, o: PyObject): boolean {
  return s.table.has(lookupKey(vm, s, o));
}

/** set_discard_key: whether an equal object was there (its reference is released). */
export function setDiscardKey(vm: VM, s: PySet, o: PyObject): boolean {
  const e = s.table.discard(lookupKey(vm, s, o));
  if (!e) return false;
  decref(e.obj);
  return true;
}

/**
 * Where e's key is (or goes) in t. The set operations take a reference to the key before looking it up, so an
 * __eq__ run by the lookup sees one more (set_merge, set_issubset, set_difference_update...).
 */
function heldEntryKey(vm: VM, t: SetTable, e: SetEntry): MapKey {
  const key = incref(e.obj);
  try {
    return setKeyForEntry(vm, t, e);
  } finally {
    decref(key);
  }
}

function discardEntry(vm: VM, s: PySet, e: SetEntry): boolean {
  const removed = s.table.discard(heldEntryKey(vm, s.table, e));
  if (!removed) return false;
  decref(removed.obj);
  return true;
}

function addEntry(vm: VM, s: PySet, e: SetEntry): void {
  if (s.table.add(heldEntryKey(vm, s.table, e), e.hash, e.obj)) incref(e.obj);
}

/** Whether another table holds an entry equal to e. */
function hasEntry(vm: VM, t: SetTable, e: SetEntry): boolean {
  return t.has(heldEntryKey(vm, t, e));
}

const increfEntry = (e: SetEntry): void => {
  incref(e.obj);
};

/** set_update_internal: from a set (set_merge), an exact dict (pre-sized, its keys), or any iterable. */
export function setUpdate(vm: VM, s: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    // set_merge: nothing to add from itself or from an empty set.
    if (other === s || other.table.used === 0) return;
    const keyFor = sameKeyKinds(s.table, other.table) ? undefined : (e: SetEntry) => heldEntryKey(vm, s.table, e);
    s.table.merge(other.table, increfEntry, keyFor);
    tableResized(s);
    return;
  }
  if (other instanceof PyDict && other.type === T.dict) {
    s.table.reserve(other.size);
    for (const [key, e] of [...other.map]) {
      const hash = dictEntryHash(vm, key, e.key);
      if (s.table.add(setKeyFor(vm, s.table, key, hash, e.key), hash, e.key)) incref(e.key);
    }
    tableResized(s);
    return;
  }
  const it = vm.getIter(other);
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      try {
        setAddKey(vm, s, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** set_update_internal from an iterable whose iteration runs Python code (a generator, a class's __next__). */
export function* setUpdateResumable(vm: VM, s: PySet, other: PyObject): NativeOp<void> {
  if (!mayRunPythonToIterate(other)) {
    setUpdate(vm, s, other);
    return;
  }
  const it = yield* getIterOp(vm, other);
  vm.holdTemporary(it);
  try {
    for (;;) {
      let v = nextItem(vm, it);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) break;
      try {
        setAddKey(vm, s, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    vm.dropTemporary(it);
    decref(it);
  }
}

/** make_new_set: a new set or frozenset filled from an iterable (or empty). */
export function makeNewSet(vm: VM, frozen: boolean, iterable: PyObject | null): PySet {
  const s = newSet(frozen);
  if (iterable) {
    try {
      setUpdate(vm, s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/** set_copy: a new set of the same kind (set or frozenset) with the same entries. */
export function setCopy(vm: VM, so: PySet): PySet {
  return makeNewSet(vm, so.frozen, so);
}

/** set_intersection. */
export function setIntersection(vm: VM, so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(vm, so);
  const result = newSet(so.frozen);
  try {
    if (other instanceof PySet) {
      let big: PySet = so, small: PySet = other;
      if (other.size > so.size) [big, small] = [other, so];
      for (const e of small.table.entries()) if (hasEntry(vm, big.table, e)) addEntry(vm, result, e);
      return result;
    }
    const it = vm.getIter(other);
    try {
      for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
        try {
          const { key, hash } = setKey(vm, so.table, v);
          // The item found is added, under its own map key.
          const own = isChainedKey(key) ? chainedKey(hash, v) : key;
          if (so.table.has(key) && result.table.add(setKeyFor(vm, result.table, own, hash, v), hash, v)) incref(v);
        } finally {
          decref(v);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** set_intersection_update: the intersection's table replaces this set's (set_swap_bodies). */
export function setIntersectionUpdate(vm: VM, so: PySet, other: PyObject): void {
  const tmp = setIntersection(vm, so, other);
  so.table.swap(tmp.table);
  decref(tmp);
}

/** set_difference_update_internal. */
export function setDifferenceUpdate(vm: VM, so: PySet, other: PyObject): void {
  if (so === other) {
    for (const e of so.table.clear()) decref(e.obj);
    return;
  }
  if (other instanceof PySet) {
    // When the other set is more than 8 times larger, only the common entries are walked.
    const walk = other.size >> 3 > so.size ? setIntersection(vm, so, other) : incref(other);
    try {
      for (const e of walk.table.entries()) discardEntry(vm, so, e);
    } finally {
      decref(walk);
    }
  } else {
    const it = vm.getIter(other);
    try {
      for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
        try {
          setDiscardKey(vm, so, v);
        } finally {
          decref(v);
        }
      }
    } finally {
      decref(it);
    }
  }
  // More than a quarter dummies: resized away.
  const t = so.table;
  if (t.fill - t.used > t.mask >> 2) t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);
}

/** set_difference: a copy minus the other when this set is much larger, else the entries not in the other. */
export function setDifference(vm: VM, so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.size;
  else if (other instanceof PyDict && other.type === T.dict) otherSize = other.size;
  else return copyAndDifference(vm, so, other);
  if (so.size >> 2 > otherSize) return copyAndDifference(vm, so, other);
  const result = newSet(so.frozen);
  for (const e of so.table.entries()) {
    const inOther = other instanceof PySet ? hasEntry(vm, other.table, e) : (other as PyDict).map.has(dictKeyForEntry(vm, other as PyDict, e.key, e.obj));
    if (!inOther) addEntry(vm, result, e);
  }
  return result;
}

function copyAndDifference(vm: VM, so: PySet, other: PyObject): PySet {
  const result = setCopy(vm, so);
  try {
    setDifferenceUpdate(vm, result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_symmetric_difference_update: each of the other's items is removed if present, else added. */
export function setSymmetricDifferenceUpdate(vm: VM, so: PySet, other: PyObject): void {
  if (so === other) {
    for (const e of so.table.clear()) decref(e.obj);
    return;
  }
  if (other instanceof PyDict && other.type === T.dict) {
    for (const [key, e] of [...other.map]) {
      const hash = dictEntryHash(vm, key, e.key);
      const at = setKeyFor(vm, so.table, key, hash, e.key);
      const removed = so.table.discard(at);
      if (removed) decref(removed.obj);
      else if (so.table.add(at, hash, e.key)) incref(e.key);
    }
    return;
  }
  const otherSet = other instanceof PySet ? incref(other) : makeNewSet(vm, so.frozen, other);
  try {
    for (const e of otherSet.table.entries()) if (!discardEntry(vm, so, e)) addEntry(vm, so, e);
  } finally {
    decref(otherSet);
  }
}

/** set_symmetric_difference: a new set from the other, updated with this one. */
export function setSymmetricDifference(vm: VM, so: PySet, other: PyObject): PySet {
  const result = makeNewSet(vm, so.frozen, other);
  try {
    setSymmetricDifferenceUpdate(vm, result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_issubset: every entry of this set is in the other (made a set first when it is not one). */
export function setIsSubset(vm: VM, so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = makeNewSet(vm, false, other);
    try {
      return setIsSubset(vm, so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (so.size > other.size) return false;
  for (const e of so.table.entries()) if (!hasEntry(vm, other.table, e)) return false;
  return true;
}

export function setIsSuperset(vm: VM, so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return setIsSubset(vm, other, so);
  const tmp = makeNewSet(vm, false, other);
  try {
    return setIsSubset(vm, tmp, so);
  } finally {
    decref(tmp);
  }
}

/** set_isdisjoint: no common item; walks the smaller set, or the other iterable until a common item. */
export function setIsDisjoint(vm: VM, so: PySet, other: PyObject): boolean {
  if (so === other) return so.size === 0;
  if (other instanceof PySet) {
    let big: PySet = so, small: PySet = other;
    if (other.size > so.size) [big, small] = [other, so];
    for (const e of small.table.entries()) if (hasEntry(vm, big.table, e)) return false;
    return true;
  }
  const it = vm.getIter(other);
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      try {
        if (so.table.has(setLookupKey(vm, so.table, v))) return false;
      } finally {
        decref(v);
      }
    }
    return true;
  } finally {
    decref(it);
  }
}

/** The binary operators |, &, -, ^ between sets (and their in-place forms on a set); null: not implemented. */
export function setBinaryOp(vm: VM, a: PySet, b: PyObject, op: '|' | '&' | '-' | '^', inplace: boolean): PyObject | null {
  if (!(b instanceof PySet)) return null;
  if (inplace && !a.frozen) {
    if (op === '|') setUpdate(vm, a, b);
    else if (op === '&') setIntersectionUpdate(vm, a, b);
    else if (op === '-') setDifferenceUpdate(vm, a, b);
    else setSymmetricDifferenceUpdate(vm, a, b);
    return incref(a);
  }
  switch (op) {
    case '|': {
      const result = setCopy(vm, a);
      // set_or: a set or-ed with itself is its copy.
      if (a !== b) setUpdate(vm, result, b);
      return result;
    }
    case '&': return setIntersection(vm, a, b);
    case '-': return setDifference(vm, a, b);
    default: return setSymmetricDifference(vm, a, b);
  }
}
