// Merging into dicts (dict_merge, PyDict_Copy): a table cloned or presized as CPython's, then the entries.

import { PyObject } from './object';
import { PyDict } from './dict';
import { activeHeap, decref, incref } from './heap';
import { newDict } from './factory';
import { NOT_TRACKED } from './object';
import { dictKeyForEntry } from './ops/keyLookup';
import { keysBeforeKeywordMerge, keysBeforeMerge, keysForCopy } from './dictKeys';
import { valuesBlockBytes } from './sharedKeys';
import { typeAttributesChanged } from './typeVersion';
import { nextKeysVersion } from './inlineCaches';
import { dictResized, dictSetStr, dictSetWithHash, resizedUntraced } from './containers';
import type { VM } from '../vm/vm';

/** dict.update(other) for dicts (borrowed). */
export function dictUpdate(vm: VM, d: PyDict, other: PyDict): void {
  const log2 = d.keysLog2;
  const cloned = keysBeforeMerge(d, other);
  if (d.keysLog2 !== log2) dictResized(d);
  if (cloned) {
    copyEntries(d, other);
    return;
  }
  if (d.chains === null && other.chains === null) {
    for (const [h, e] of [...other.map]) dictSetWithHash(d, h, e.key, e.value);
    return;
  }
  // Keys with a user __hash__: an equal key already here is found through __eq__ (the stored hash is reused).
  for (const [h, e] of [...other.map]) {
    const key = incref(e.key), value = incref(e.value);
    try {
      dictSetWithHash(d, dictKeyForEntry(vm, d, h, key), key, value);
    } finally {
      decref(key);
      decref(value);
    }
  }
}

/**
 * dict_merge of a call's keyword arguments (`d.update(a=1)`): the table their dict gives, then the entries. (The
 * keywords' dict object itself is one of the call's hidden allocations, see hiddenAllocations.ts.)
 */
export function dictMergeKeywords(d: PyDict, kwargs: ReadonlyMap<string, PyObject>): void {
  const log2 = d.keysLog2;
  keysBeforeKeywordMerge(d, kwargs.size);
  if (d.keysLog2 !== log2) dictResized(d);
  for (const [name, value] of kwargs) dictSetStr(d, name, value);
}

/** The entries of a dict whose table was cloned (clone_combined_dict_keys): tracked when the original is. */
function copyEntries(d: PyDict, other: PyDict): void {
  if (d.ownedByType) typeAttributesChanged();
  for (const [h, e] of other.map) d.map.set(h, { key: incref(e.key), value: incref(e.value), index: e.index });
  // The chains of equal-hash entries come along (an empty dict's own, from a lookup, index the new entries).
  if (d.chains !== null) for (const [h, e] of other.map) d.chains.register(h, e.key);
  else if (other.chains !== null) d.chains = other.chains.clone();
  d.keysVersion = nextKeysVersion();
  if (other.gcGeneration !== NOT_TRACKED && d.gcGeneration === NOT_TRACKED && d.materialized) activeHeap().track(d);
}

/** dict.copy() (PyDict_Copy): the table cloned when it is compact enough, else rebuilt by a merge. */
export function dictCopy(vm: VM, d: PyDict): PyDict {
  // PyDict_Copy: an empty dict (a split one too) copies to a new empty dict.
  if (d.map.size === 0) return newDict();
  if (d.splitKeys !== null) return splitDictCopy(vm, d);
  const c = newDict();
  if (keysForCopy(c, d)) dictUpdate(vm, c, d);
  else {
    dictResized(c);
    copyEntries(c, d);
  }
  return c;
}

/** A split dict's copy is split too, sharing the class's keys: a dict object (PyObject_GC_New, no free list) and values of its own. */
function splitDictCopy(vm: VM, d: PyDict): PyDict {
  const heap = activeHeap();
  const c = heap.allocateViaType(newDict);
  c.splitKeys = d.splitKeys;
  dictUpdate(vm, c, d);
  resizedUntraced(heap, c);
  heap.tracer?.addBlock(c, valuesBlockBytes(c.splitKeys!));
  return c;
}

