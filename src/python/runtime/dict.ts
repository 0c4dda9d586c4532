// Python dict: insertion-ordered entries keyed by a hash key string that encodes Python equality for builtin keys.

import { strKey, type MapKey } from './mapKey';
import { PyObject, PyGcObject, ObjectFlag, NOT_TRACKED } from './object';
import type { PyType } from './types';
import type { SharedKeys } from './sharedKeys';
import type { FreeListKind } from './freeLists';
import { clearAttributes, traverseAttributes } from './instanceAttributes';
import { typeAttributesChanged } from './typeVersion';
import { nextKeysVersion } from './inlineCaches';
import type { HashChains } from './hashChains';

export interface DictEntry {
  key: PyObject;
  value: PyObject;
  /** Its slot in CPython's entries array (dk_entries): where an iterator stands is one of these. */
  index: number;
}

/**
 * The key under which a Python object is stored in a JS Map. Equal Python values map to equal keys:
 * 1, 1.0 and True share `i1`; strs are `s...`; tuples combine their items; other objects use identity.
 * Returns null for unhashable objects (the caller raises TypeError).
 */
export type HashKeyFn = (o: PyObject) => MapKey | null;

export class PyDict extends PyGcObject {
  static readonly writesOwnHeader = true;
  readonly map = new Map<MapKey, DictEntry>();
  /**
   * Unique to this dict's current set of keys (a new one whenever an entry is added or removed; a value stored
   * under an existing key keeps its entry object): inline caches hold entries while it is unchanged.
   */
  keysVersion = nextKeysVersion();
  /**
   * For an instance's attribute dict: false while CPython 3.11 would keep the values inline in the
   * instance (no dict object exists); true once `obj.__dict__` has been asked for.
   */
  materialized = true;
  /**
   * An instance's inline values (init_inline_values made them with the instance; tracemalloc's block for them is
   * this dict's item block): a dict made of them takes them over, no new block.
   */
  inlineValues = false;
  /** While a split table: the class's shared keys it uses (sharedKeys.ts); null once combined. */
  splitKeys: SharedKeys | null = null;
  /** A type's __dict__: its changes invalidate the types' attribute caches (typeVersion.ts). */
  ownedByType = false;
  /** The keys table CPython would have (see dictKeys.ts): log2 of its slots (0: the shared empty table). */
  keysLog2 = 0;
  /** Entries the table can still take before it must grow (dk_usable). */
  keysUsable = 0;
  /** Entry slots used (dk_nentries): a new entry takes the next; deleted ones stay holes until a resize. */
  nentries = 0;
  /** Whether every key is an exact str (smaller entries). */
  keysUnicode = true;
  /** The entries by hash once a key with a user __hash__ took part (see hashChains.ts); null: builtin keys only. */
  chains: HashChains | null = null;

  constructor(type: PyType) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
  }

  override get isGcType(): boolean {
    return true;
  }
  override get freeListKind(): FreeListKind {
    return this.type?.isHeapType ? '' : 'dict';
  }

  get size(): number {
    return this.map.size;
  }

  getByKey(hashKey: MapKey): PyObject | undefined {
    return this.map.get(hashKey)?.value;
  }

  /** Fast path for str keys (globals, attributes). */
  getStr(name: string): PyObject | undefined {
    return this.map.get(strKey(name))?.value;
  }

  override traverse(visit: (target: PyObject, label: string) => void): void {
    for (const e of this.map.values()) {
      visit(e.key, 'key');
      visit(e.value, `[${labelForKey(e.key)}]`);
    }
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }

  override forEachReference(visit: (target: PyObject) => void): void {
    for (const e of this.map.values()) {
      visit(e.key);
      visit(e.value);
    }
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }

  override clear(release: (target: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    const entries = [...this.map.values()];
    this.map.clear();
    this.nentries = 0;
    this.chains = null;
    this.keysVersion = nextKeysVersion();
    if (this.ownedByType) typeAttributesChanged();
    for (const e of entries) {
      release(e.key);
      release(e.value);
    }
    if (subclassed) release(this.type);
  }
}

/** Adds a new entry in the next entry slot. */
export function appendEntry(d: PyDict, h: MapKey, key: PyObject, value: PyObject): DictEntry {
  const e: DictEntry = { key, value, index: d.nentries++ };
  d.map.set(h, e);
  return e;
}

/** A resize packs the live entries into the first slots (dictresize): the holes go. */
export function compactEntries(d: PyDict): void {
  let i = 0;
  for (const e of d.map.values()) e.index = i++;
  d.nentries = i;
}

/** A short label for a dict key as the UI shows it: `'name'` for strs, the number for ints. */
export function labelForKey(key: PyObject): string {
  const v = (key as { value?: unknown }).value;
  if (typeof v === 'string') return key.type.name === 'bytes' ? `b'${v}'` : `'${v}'`;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return `#${key.id}`;
}
