// Where a key is in a dict or set: its map key from the value alone for builtin keys (the fast path), else
// lookdict's walk over the entries of equal hash: identity first, then the stored key's __eq__ run as a frame.

import type { MapKey } from '../mapKey';
import { PyObject } from '../object';
import type { PyDict } from '../dict';
import type { SetEntry, SetTable } from '../setTable';
import { HashChains, chainedKey, hashOfChainedKey, isChainedKey } from '../hashChains';
import { decref, incref } from '../heap';
import { pyHash, pyHashBuiltin, pyHashResumable } from '../hash';
import { equalsResumable } from './compare';
import { hashKeyBuiltin } from './hashKey';
import type { VM } from '../../vm/vm';
import { nested, type NativeOp } from '../../vm/nativeOp';

/** What the walk needs of a dict or a set's table: its chains (built on first need) and an entry's key object. */
interface KeyedTable {
  chains(): HashChains;
  keyAt(mapKey: MapKey): PyObject | undefined;
}

function dictTable(vm: VM, d: PyDict): KeyedTable {
  const keyAt = (k: MapKey): PyObject | undefined => d.map.get(k)?.key;
  return {
    chains: () => {
      if (d.chains === null) {
        const chains = new HashChains();
        for (const [k, e] of d.map) chains.register(k, e.key);
        d.chains = chains;
      }
      d.chains.flush(keyAt, (o) => pyHash(vm, o));
      return d.chains;
    },
    keyAt,
  };
}

function setTable(t: SetTable): KeyedTable {
  return { chains: () => t.buildChains(), keyAt: (k) => t.index.get(k)?.obj };
}

/**
 * The map key of the entry equal to `o` among those with its hash, or null. `own` is o's own map key: a builtin
 * key is equal to another builtin key exactly when their map keys are (no __eq__ to run). When an __eq__
 * changes the entry it was comparing, the walk starts again, as lookdict does.
 */
function* findEqual(vm: VM, table: KeyedTable, o: PyObject, hash: bigint, own: MapKey): NativeOp<MapKey | null> {
  for (;;) {
    let chain = table.chains().chain(hash);
    if (chain === undefined) return null;
    let changed = false;
    for (let i = 0; i < chain.length; i++) {
      const k = chain[i];
      const stored = table.keyAt(k);
      if (stored === undefined) {
        chain.splice(i--, 1);
        continue;
      }
      if (k === own || stored === o) return k;
      if (!isChainedKey(k) && !isChainedKey(own)) continue;
      incref(stored);
      vm.holdTemporary(stored);
      let equal: boolean;
      try {
        equal = yield* nested(equalsResumable(vm, stored, o));
      } finally {
        vm.dropTemporary(stored);
        decref(stored);
      }
      if (table.keyAt(k) !== stored) {
        changed = true;
        break;
      }
      if (equal) return k;
      // Entries the __eq__ stored are walked too (they join the chain when it is next used).
      chain = table.chains().chain(hash) ?? chain;
    }
    if (!changed) return null;
  }
}

/** A key's map key and hash once looked up: the equal entry's map key, else the key's own. */
export interface FoundKey {
  key: MapKey;
  hash: bigint;
}

function* find(vm: VM, table: KeyedTable, o: PyObject, hasChains: boolean, holdKey = false): NativeOp<FoundKey> {
  const builtin = hashKeyBuiltin(vm, o);
  if (builtin !== null) {
    const hash = pyHashBuiltin(vm, o) ?? (yield* pyHashResumable(vm, o));
    if (!hasChains) return { key: builtin, hash };
    return { key: (yield* findEqualHolding(vm, table, o, hash, builtin, holdKey)) ?? builtin, hash };
  }
  const hash = yield* pyHashResumable(vm, o);
  const own = chainedKey(hash, o);
  return { key: (yield* findEqualHolding(vm, table, o, hash, own, holdKey)) ?? own, hash };
}

/** findEqual, holding `o` meanwhile when asked (set_add_entry takes its reference before comparing). */
function* findEqualHolding(vm: VM, table: KeyedTable, o: PyObject, hash: bigint, own: MapKey, hold: boolean): NativeOp<MapKey | null> {
  if (!hold) return yield* findEqual(vm, table, o, hash, own);
  incref(o);
  vm.holdTemporary(o);
  try {
    return yield* findEqual(vm, table, o, hash, own);
  } finally {
    vm.dropTemporary(o);
    decref(o);
  }
}

/** The map key under which `o` is, or would be stored, in the dict (user __hash__ and __eq__ run as frames). */
export function* dictKeyResumable(vm: VM, d: PyDict, o: PyObject): NativeOp<MapKey> {
  return dictKeyAtOnce(vm, d, o) ?? (yield* find(vm, dictTable(vm, d), o, true)).key;
}

/** dictKeyResumable run to the end (any __hash__ and __eq__ run as nested frames). */
export function dictKey(vm: VM, d: PyDict, o: PyObject): MapKey {
  return dictKeyAtOnce(vm, d, o) ?? vm.runSync(dictKeyResumable(vm, d, o));
}

/** The map key of `o` in d when no Python code takes part in finding it (null when some may). */
export function dictKeyAtOnce(vm: VM, d: PyDict, o: PyObject): MapKey | null {
  return d.chains === null ? hashKeyBuiltin(vm, o) : null;
}

/** Where another table's entry (its map key and key object) belongs in d: the stored hash is reused. */
export function dictKeyForEntry(vm: VM, d: PyDict, mapKey: MapKey, o: PyObject): MapKey {
  if (d.chains === null && !isChainedKey(mapKey)) return mapKey;
  return vm.runSync(dictKeyForEntryResumable(vm, d, mapKey, o));
}

export function* dictKeyForEntryResumable(vm: VM, d: PyDict, mapKey: MapKey, o: PyObject): NativeOp<MapKey> {
  if (d.chains === null && !isChainedKey(mapKey)) return mapKey;
  const hash = isChainedKey(mapKey) ? hashOfChainedKey(mapKey) : pyHash(vm, o);
  return (yield* findEqual(vm, dictTable(vm, d), o, hash, mapKey)) ?? mapKey;
}

/**
 * The lookup after a lookup (a get, then _PyDict_SetItem_KnownHash): `o` is searched for again with the hash the
 * first found, so a Python __eq__ runs again and __hash__ does not. Builtin keys compare natively: nothing runs.
 */
export function* dictKeyAgainResumable(vm: VM, d: PyDict, o: PyObject, found: MapKey): NativeOp<MapKey> {
  if (!isChainedKey(found)) return found;
  const hash = hashOfChainedKey(found);
  const own = chainedKey(hash, o);
  return (yield* findEqual(vm, dictTable(vm, d), o, hash, own)) ?? own;
}

/** The map key and hash of `o` in a set's table (user __hash__ and __eq__ run as frames). */
export function* setKeyResumable(vm: VM, t: SetTable, o: PyObject): NativeOp<FoundKey> {
  return yield* find(vm, setTable(t), o, t.chains !== null);
}

/**
 * The map key and hash of `o` in a set's table; `holdKey` for an insertion (set_add_entry holds the new key while
 * stored keys' __eq__ compare it).
 */
export function setKey(vm: VM, t: SetTable, o: PyObject, holdKey = false): FoundKey {
  if (t.chains === null) {
    const builtin = hashKeyBuiltin(vm, o);
    if (builtin !== null) return { key: builtin, hash: pyHash(vm, o) };
  }
  return vm.runSync(find(vm, setTable(t), o, t.chains !== null, holdKey));
}

/** The map key only (membership, removal): no hash is computed for a builtin key when none is needed. */
export function setLookupKey(vm: VM, t: SetTable, o: PyObject): MapKey {
  if (t.chains === null) {
    const builtin = hashKeyBuiltin(vm, o);
    if (builtin !== null) return builtin;
  }
  return vm.runSync(setKeyResumable(vm, t, o)).key;
}

/** Where another table's entry (its map key, hash and key object) belongs in t: the stored hash is reused. */
export function setKeyFor(vm: VM, t: SetTable, mapKey: MapKey, hash: bigint, o: PyObject): MapKey {
  if (t.chains === null && !isChainedKey(mapKey)) return mapKey;
  return vm.runSync(findEqual(vm, setTable(t), o, hash, mapKey)) ?? mapKey;
}

export function setKeyForEntry(vm: VM, t: SetTable, e: SetEntry): MapKey {
  return setKeyFor(vm, t, e.key, e.hash, e.obj);
}

/** Whether t holds an entry equal to another table's entry e (stored keys' __eq__ run as frames). */
export function* setHasEntryResumable(vm: VM, t: SetTable, e: SetEntry): NativeOp<boolean> {
  if (t.chains === null && !isChainedKey(e.key)) return t.has(e.key);
  return (yield* findEqual(vm, setTable(t), e.obj, e.hash, e.key)) !== null;
}

/** The hash stored with a dict entry (CPython's me_hash): a chained key carries it, a builtin key's is computed. */
export function dictEntryHash(vm: VM, mapKey: MapKey, o: PyObject): bigint {
  return isChainedKey(mapKey) ? hashOfChainedKey(mapKey) : pyHash(vm, o);
}

/** Whether the two tables' map keys can be compared directly (no entry with a user __hash__ in either). */
export function sameKeyKinds(a: { chains: unknown }, b: { chains: unknown }): boolean {
  return a.chains === null && b.chains === null;
}
