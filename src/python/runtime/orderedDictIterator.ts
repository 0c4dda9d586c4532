// OrderedDict's iterator (odictobject.c odictiter_*): it holds the key it will give next, not a position, and
// fails on any change to the order since it was made ("mutated") or to the size; a key added after the last one
// was taken is never met.

import { NativeRaise } from '../errors';
import { PyDict, type DictEntry } from './dict';
import { PyNativeIterator } from './objects';
import { T, ODICT_VIEW_TYPES } from './builtinTypes';
import { activeHeap, decref, incref } from './heap';
import { newResultTuple, recycledResultTuple } from './factory';
import type { PyObject } from './object';

type Kind = 'keys' | 'values' | 'items';

/** di_size (-1 once a size change was seen: the error repeats) and di_state, the order's version when made. */
interface OrderedIterState {
  size: number;
  readonly version: number;
  readonly kind: Kind;
  /** The entries in iteration order when made: valid while the version holds (any reordering changes it). */
  readonly entries: readonly DictEntry[];
}

/** Whether d is an OrderedDict (or of a subclass): its class has OrderedDict's views. */
export function isOrderedDict(d: PyDict): boolean {
  return d.type !== T.dict && d.type.inheritedDictViewTypes() === ODICT_VIEW_TYPES;
}

/** iter(od), iter(od.values()), reversed(od.items())...: odictiter_new, which already holds the first key. */
export function orderedDictIterator(od: PyDict, kind: Kind, reversed: boolean): PyNativeIterator {
  const entries = [...od.map.values()];
  if (reversed) entries.reverse();
  const it = new PyNativeIterator(T.odict_iterator, [incref(od)], nextOrdered);
  it.data = { size: od.size, version: od.keysVersion, kind, entries } satisfies OrderedIterState;
  // di_current: the key the next step gives.
  if (entries.length > 0) it.held.push(incref(entries[0].key));
  const heap = activeHeap();
  heap.register(it);
  heap.track(it);
  // The items' reusable result tuple comes after the iterator, as PyTuple_Pack's after PyObject_GC_New.
  if (kind === 'items') it.result = newResultTuple(2);
  return it;
}

/** odictiter_iternext: checks, then the held key's item, then the following key held in its place. */
function nextOrdered(_vm: unknown, it: PyNativeIterator): PyObject | null {
  const od = it.held[0] as PyDict | undefined;
  const current = it.held[1];
  if (!od || !current) return finish(it);
  const state = it.data as OrderedIterState;
  if (od.keysVersion !== state.version && od.size !== 0) {
    finish(it);
    throw new NativeRaise('RuntimeError', 'OrderedDict mutated during iteration');
  }
  if (state.size !== od.size) {
    state.size = -1;
    throw new NativeRaise('RuntimeError', 'OrderedDict changed size during iteration');
  }
  const position = it.state++;
  const entry = state.entries[position];
  const following = state.entries[position + 1];
  // The held key's reference passes to the result (or is dropped for a value); the next key takes its place.
  if (following) it.held[1] = incref(following.key);
  else it.held.pop();
  if (state.kind === 'keys') return current;
  decref(current);
  if (state.kind === 'values') return incref(entry.value);
  return recycledResultTuple(it, [incref(entry.key), incref(entry.value)]);
}

/** `goto done`: the iterator lets go of the OrderedDict and its key, and stays exhausted. */
function finish(it: PyNativeIterator): null {
  it.exhaust();
  return null;
}
