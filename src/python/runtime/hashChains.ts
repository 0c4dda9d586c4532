// A dict's or set's entries indexed by CPython hash, kept once a key with a user __hash__ takes part: lookups
// of such keys (and of builtin keys with the same hash) walk the chain of equal-hash entries calling __eq__.

import { NON_STR, type MapKey } from './mapKey';
import type { PyObject } from './object';

/**
 * The map key of an entry whose key has a user __hash__ (or is a tuple holding one): its hash and the key's
 * identity. Such keys are equal to others only through __eq__, which the chain walk calls.
 */
export function chainedKey(hash: bigint, o: PyObject): string {
  return NON_STR + 'u' + hash + '#' + o.id;
}

/** Whether a map key is a chained one (no other hash key starts with 'u'). */
export function isChainedKey(key: MapKey): boolean {
  return typeof key === 'string' && key.charCodeAt(1) === 117 && key.charCodeAt(0) === NON_STR.charCodeAt(0);
}

/** The hash a chained map key was made with. */
export function hashOfChainedKey(key: MapKey): bigint {
  return BigInt((key as string).slice(2, (key as string).indexOf('#')));
}

export class HashChains {
  /** The map keys of the table's entries by hash, in insertion order; keys of removed entries stay until met. */
  private readonly byHash = new Map<bigint, MapKey[]>();

  /**
   * A dict's entries stored since the chains were last used, in order: a store has no VM to hash a builtin key
   * with, so they are hashed by the next lookup (flush).
   */
  private pending: [MapKey, PyObject][] = [];

  /** A new dict entry's map key and key object. */
  register(key: MapKey, o: PyObject): void {
    this.pending.push([key, o]);
  }

  /** Indexes the pending entries still stored under their map key (keyAt); hashOf hashes a builtin key. */
  flush(keyAt: (key: MapKey) => PyObject | undefined, hashOf: (o: PyObject) => bigint): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    for (const [key, o] of pending) {
      if (keyAt(key) === o) this.registerHash(key, isChainedKey(key) ? hashOfChainedKey(key) : hashOf(o));
    }
  }

  /** A new entry's map key and hash (a key removed and stored again moves to the chain's end, as a new entry would). */
  registerHash(key: MapKey, hash: bigint): void {
    const chain = this.byHash.get(hash);
    if (!chain) {
      this.byHash.set(hash, [key]);
      return;
    }
    const at = chain.indexOf(key);
    if (at >= 0) chain.splice(at, 1);
    chain.push(key);
  }

  /** The chain of map keys with this hash (the caller prunes keys no longer in the table). */
  chain(hash: bigint): MapKey[] | undefined {
    return this.byHash.get(hash);
  }

  clone(): HashChains {
    const c = new HashChains();
    for (const [h, chain] of this.byHash) c.byHash.set(h, chain.slice());
    c.pending = this.pending.slice();
    return c;
  }
}
