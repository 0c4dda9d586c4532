// Iterators over dicts (keys, values, items) and sets, which follow the table as CPython 3.11's do
// (Objects/dictobject.c dictiter_iternext*, Objects/setobject.c setiter_iternext): they stand at a slot of the
// live table, so keys replaced during iteration are met or raise as there.

import type { MapKey } from './mapKey';
import { NativeRaise } from '../errors';
import { PyDict, type DictEntry } from './dict';
import { PyNativeIterator, PySet } from './objects';
import { T } from './builtinTypes';
import { incref } from './heap';
import { newResultTuple, recycledResultTuple } from './factory';
import type { PyObject } from './object';
import type { PyType } from './types';
import type { VM } from '../vm/vm';
import { isOrderedDict, orderedDictIterator } from './orderedDictIterator';

/** di_used / si_used (-1 once a size change was seen: that error repeats) and len (items still expected). */
interface TableIterState {
  used: number;
  len: number;
}

/**
 * Where a dict iterator's walk of the map stands, so a step does not rescan from the start: a cache (a fork's
 * copy of the iterator starts a new walk from its slot index), since a JS iterator cannot be copied.
 */
const dictWalks = new WeakMap<PyNativeIterator, { map: Map<MapKey, DictEntry>; walk: Iterator<DictEntry> }>();

/** The first live entry at slot `pos` or after: the map's order is the slots' order. */
function entryFromSlot(it: PyNativeIterator, d: PyDict, pos: number): DictEntry | null {
  let cached = dictWalks.get(it);
  if (!cached || cached.map !== d.map) {
    cached = { map: d.map, walk: d.map.values() };
    dictWalks.set(it, cached);
  }
  // Entries the walk passes sit below pos: a resize only moves entries to lower slots.
  for (let r = cached.walk.next(); !r.done; r = cached.walk.next()) {
    if (r.value.index >= pos) return r.value;
  }
  return null;
}

/** A split dict (an instance's attributes) is walked by insertion order: the pos-th live entry. */
function entryByOrder(d: PyDict, pos: number): DictEntry | null {
  if (pos >= d.size) return null;
  let i = 0;
  for (const e of d.map.values()) if (i++ === pos) return e;
  return null;
}

function endOfIteration(it: PyNativeIterator): null {
  dictWalks.delete(it);
  it.exhaust();
  return null;
}

/** dictiter_iternextkey's walk: size check, the next live slot, then "keys changed" when none was expected. */
function nextDictEntry(it: PyNativeIterator): DictEntry | null {
  const d = it.held[0] as PyDict | undefined;
  if (!d) return null;
  const state = it.data as TableIterState;
  if (state.used !== d.size) {
    state.used = -1;
    throw new NativeRaise('RuntimeError', 'dictionary changed size during iteration');
  }
  const split = d.splitKeys !== null;
  const e = split ? entryByOrder(d, it.state) : entryFromSlot(it, d, it.state);
  if (!e) return endOfIteration(it);
  if (state.len === 0) {
    endOfIteration(it);
    throw new NativeRaise('RuntimeError', 'dictionary keys changed during iteration');
  }
  it.state = split ? it.state + 1 : e.index + 1;
  state.len--;
  return e;
}

function nextKey(_vm: VM, it: PyNativeIterator): PyObject | null {
  const e = nextDictEntry(it);
  return e && incref(e.key);
}

function nextValue(_vm: VM, it: PyNativeIterator): PyObject | null {
  const e = nextDictEntry(it);
  return e && incref(e.value);
}

function nextItem(_vm: VM, it: PyNativeIterator): PyObject | null {
  const e = nextDictEntry(it);
  return e && recycledResultTuple(it, [incref(e.key), incref(e.value)]);
}

/** setiter_iternext: the next occupied slot of the set's current table; only a size change is an error. */
function nextSetItem(_vm: VM, it: PyNativeIterator): PyObject | null {
  const s = it.held[0] as PySet | undefined;
  if (!s) return null;
  const state = it.data as TableIterState;
  if (state.used !== s.table.used) {
    state.used = -1;
    throw new NativeRaise('RuntimeError', 'Set changed size during iteration');
  }
  const slots = s.table.slots;
  let i = it.state;
  while (i < slots.length && !slots[i]) i++;
  it.state = i + 1;
  if (i >= slots.length) {
    it.exhaust();
    return null;
  }
  state.len--;
  return incref(slots[i]!.obj);
}

/** __length_hint__: the items still expected, or 0 once exhausted or after a size change. */
function itemsLeft(it: PyNativeIterator): number {
  const owner = it.held[0] as PyDict | PySet | undefined;
  const state = it.data as TableIterState;
  if (!owner) return 0;
  return state.used === (owner instanceof PySet ? owner.table.used : owner.size) ? state.len : 0;
}

const DICT_STEPS = { keys: nextKey, values: nextValue, items: nextItem };
const DICT_TYPES = { keys: T.dict_keyiterator, values: T.dict_valueiterator, items: T.dict_itemiterator };

/** iter(d), iter(d.values()), ..., iter(a_set). */
export function tableIterator(vm: VM, owner: PyDict | PySet, kind: 'keys' | 'values' | 'items' = 'keys'): PyNativeIterator {
  if (owner instanceof PyDict && isOrderedDict(owner)) return orderedDictIterator(owner, kind, false);
  const isSet = owner instanceof PySet;
  const type: PyType = isSet ? T.set_iterator : DICT_TYPES[kind];
  const it = new PyNativeIterator(type, [incref(owner)], isSet ? nextSetItem : DICT_STEPS[kind]);
  vm.heap.register(it);
  vm.heap.track(it);
  const used = isSet ? owner.table.used : owner.size;
  it.data = { used, len: used } satisfies TableIterState;
  if (!isSet && kind === 'items') it.result = newResultTuple(2);
  it.remaining = itemsLeft;
  return it;
}
