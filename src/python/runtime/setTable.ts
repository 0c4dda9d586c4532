// A model of CPython 3.11's set hash table (Objects/setobject.c): the slot each entry lands in gives the
// iteration order, the table size gives sys.getsizeof. Membership is answered by a JS Map on the hash key.

import type { MapKey } from './mapKey';
import type { PyObject } from './object';
import { HashChains, isChainedKey } from './hashChains';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
export const SET_MINSIZE = 8;

/** An active entry: the equality key (see hashKey), CPython's hash (also as unsigned 32-bit halves), the object. */
const TWO_TO_32 = 2 ** 32;
const TWO_TO_53 = 2 ** 53;

export class SetEntry {
  readonly lo: number;
  readonly hi: number;
  constructor(readonly key: MapKey, readonly hash: bigint, public obj: PyObject) {
    if (hash >= -TWO_TO_53 && hash <= TWO_TO_53) {
      // The two halves of the 64-bit hash without BigInt arithmetic, which allocates (most hashes are this small).
      const n = Number(hash);
      this.lo = n >>> 0;
      this.hi = Math.floor(n / TWO_TO_32) >>> 0;
    } else {
      this.lo = Number(BigInt.asUintN(32, hash));
      this.hi = Number(BigInt.asUintN(32, hash >> 32n));
    }
  }
}

/** A deleted slot (CPython's dummy key, hash -1). */
const DUMMY = null as unknown as SetEntry;
type Slot = SetEntry | null | undefined;
// Slots are undefined when never used and null once they held an entry that was removed.
const isDummy = (s: Slot): boolean => s === DUMMY;

export class SetTable {
  /** undefined: unused; null: dummy; else the entry. */
  slots: Slot[] = new Array<Slot>(SET_MINSIZE).fill(undefined);
  fill = 0;
  used = 0;
  /** Where set.pop() looks next. */
  finger = 0;
  index = new Map<MapKey, SetEntry>();
  /** The entries by hash once a key with a user __hash__ took part (see hashChains.ts); null: builtin keys only. */
  chains: HashChains | null = null;

  get mask(): number {
    return this.slots.length - 1;
  }

  get(key: MapKey): SetEntry | undefined {
    return this.index.get(key);
  }

  has(key: MapKey): boolean {
    return this.index.has(key);
  }

  /**
   * set_add_entry: inserts the object unless an equal one is present (returns false then). A dummy on the
   * probe path is reused; filling an unused slot may grow the table.
   */
  add(key: MapKey, hash: bigint, obj: PyObject): boolean {
    if (this.index.has(key)) return false;
    const entry = new SetEntry(key, hash, obj);
    this.index.set(key, entry);
    if (this.chains !== null) this.chains.registerHash(key, hash);
    else if (isChainedKey(key)) this.buildChains();
    const slots = this.slots;
    const mask = this.mask;
    let perturbLo = entry.lo, perturbHi = entry.hi;
    let i = entry.lo & mask;
    let freeslot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const s = slots[i + j];
        if (s === undefined) {
          if (freeslot >= 0) {
            slots[freeslot] = entry;
            this.used++;
            return true;
          }
          slots[i + j] = entry;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        // The last dummy on the probe path is the one reused (3.11's `else if (entry->hash == -1) freeslot = entry`).
        if (isDummy(s)) freeslot = i + j;
      }
      perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
      perturbHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturbLo) % 4294967296 & mask;
    }
  }

  /** set_discard_entry: the slot becomes a dummy; returns the removed entry. */
  discard(key: MapKey): SetEntry | null {
    const entry = this.index.get(key);
    if (!entry) return null;
    this.index.delete(key);
    const slots = this.slots;
    const mask = this.mask;
    let perturbLo = entry.lo, perturbHi = entry.hi;
    let i = entry.lo & mask;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (slots[i + j] === entry) {
          slots[i + j] = DUMMY;
          this.used--;
          return entry;
        }
      }
      perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
      perturbHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturbLo) % 4294967296 & mask;
    }
  }

  /** set_insert_clean: into a table known to hold no dummies and not this entry. */
  private insertClean(slots: Slot[], entry: SetEntry): void {
    const mask = slots.length - 1;
    let perturbLo = entry.lo, perturbHi = entry.hi;
    let i = entry.lo & mask;
    for (;;) {
      if (slots[i] === undefined) {
        slots[i] = entry;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (slots[i + j] === undefined) {
            slots[i + j] = entry;
            return;
          }
        }
      }
      perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
      perturbHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturbLo) % 4294967296 & mask;
    }
  }

  /** set_table_resize: the smallest power of two above minused; entries re-inserted in slot order. */
  resize(minused: number): void {
    let newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    const old = this.slots;
    if (newsize === SET_MINSIZE && old.length === SET_MINSIZE && this.fill === this.used) return;
    const slots = new Array<Slot>(newsize).fill(undefined);
    for (const s of old) if (s) this.insertClean(slots, s);
    this.slots = slots;
    this.fill = this.used;
  }

  /** The pre-sizing set_merge and the dict path of set_update_internal do before adding `incoming` entries. */
  reserve(incoming: number): void {
    if ((this.fill + incoming) * 5 >= this.mask * 3) this.resize((this.used + incoming) * 2);
  }

  /**
   * set_merge's copy of another set's entries into this one (objects not yet incref'd: `onAdd` is called
   * for each entry added). Returns nothing; follows CPython's three paths.
   */
  merge(other: SetTable, onAdd: (e: SetEntry) => void, keyFor?: (e: SetEntry) => MapKey): void {
    if (other === this || other.used === 0) return;
    this.reserve(other.used);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // Same size, no dummies: entries keep their slots.
      for (let i = 0; i < other.slots.length; i++) {
        const s = other.slots[i];
        if (s) this.placeCopy(i, s, onAdd);
      }
      this.fill = other.fill;
      this.used = other.used;
      this.chainsAfterCopy(other);
      return;
    }
    if (this.fill === 0) {
      for (const s of other.slots) {
        if (!s) continue;
        const e = new SetEntry(s.key, s.hash, s.obj);
        this.index.set(e.key, e);
        this.insertClean(this.slots, e);
        onAdd(e);
      }
      this.fill = this.used = other.used;
      this.chainsAfterCopy(other);
      return;
    }
    for (const s of other.slots) {
      if (!s) continue;
      // keyFor: the map key of an equal entry here (entries with a user __hash__ are equal through __eq__).
      const key = keyFor ? keyFor(s) : s.key;
      if (this.add(key, s.hash, s.obj)) onAdd(this.index.get(key)!);
    }
  }

  /** Indexes the entries by hash: from the first key with a user __hash__ (or lookup of one) on. */
  buildChains(): HashChains {
    if (this.chains === null) {
      const chains = new HashChains();
      for (const e of this.index.values()) chains.registerHash(e.key, e.hash);
      this.chains = chains;
    }
    return this.chains;
  }

  /** After copying all of another table's entries into this empty one: its chains come along. */
  private chainsAfterCopy(other: SetTable): void {
    if (this.chains !== null) for (const e of this.index.values()) this.chains.registerHash(e.key, e.hash);
    else if (other.chains !== null) this.chains = other.chains.clone();
  }

  private placeCopy(i: number, s: SetEntry, onAdd: (e: SetEntry) => void): void {
    const e = new SetEntry(s.key, s.hash, s.obj);
    this.index.set(e.key, e);
    this.slots[i] = e;
    onAdd(e);
  }

  /** set.pop(): the next active slot from the finger, which then moves past it. */
  pop(): SetEntry | null {
    if (this.used === 0) return null;
    const mask = this.mask;
    let i = this.finger & mask;
    for (;;) {
      const s = this.slots[i];
      if (s) {
        this.slots[i] = DUMMY;
        this.used--;
        this.index.delete(s.key);
        this.finger = i + 1;
        return s;
      }
      i = i + 1 > mask ? 0 : i + 1;
    }
  }

  /** Empties the table back to its minimum size (set_clear_internal); returns the entries that were in it. */
  clear(): SetEntry[] {
    const old = this.entries();
    this.slots = new Array<Slot>(SET_MINSIZE).fill(undefined);
    this.fill = this.used = 0;
    this.index.clear();
    this.chains = null;
    return old;
  }

  /** Active entries in slot (iteration) order. */
  entries(): SetEntry[] {
    const out: SetEntry[] = [];
    for (const s of this.slots) if (s) out.push(s);
    return out;
  }

  hashes(): bigint[] {
    return this.entries().map((e) => e.hash);
  }

  /** Swaps contents with another table (set_swap_bodies, for in-place intersection). */
  swap(other: SetTable): void {
    const slots = this.slots, fill = this.fill, used = this.used, index = this.index, chains = this.chains;
    this.slots = other.slots;
    this.fill = other.fill;
    this.used = other.used;
    this.index = other.index;
    this.chains = other.chains;
    other.chains = chains;
    other.slots = slots;
    other.fill = fill;
    other.used = used;
    other.index = index;
  }

  /** sys.getsizeof: the object with its inline small table, plus an external table when larger. */
  sizeof(): number {
    return 216 + (this.slots.length > SET_MINSIZE ? this.slots.length * 16 : 0);
  }
}
