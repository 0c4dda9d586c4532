// CPython 3.11's key-sharing dicts: a class keeps one keys table (ht_cached_keys) for its instances' attribute
// names, and each instance's dict holds only values. sys.getsizeof of such a dict counts the value slots the
// shared table offers now, which shrink by one with every instance made (init_inline_values): so the size of
// one object's __dict__ changes when more objects of its class are created.

import type { PyObject } from './object';
import type { PyStr } from './objects';
import type { PyType } from './types';
import type { PyDict } from './dict';
import { isExactStrKey } from './dictKeys';

/** SHARED_KEYS_MAX_SIZE: the most names one class's shared table holds. */
const SHARED_KEYS_MAX_SIZE = 30;
export { SHARED_KEYS_LOG2 } from './dictKeys';

export class SharedKeys {
  readonly names = new Set<string>();
  /** dk_usable: set to the maximum when the class is made, less one per instance and one per new name. */
  usable = SHARED_KEYS_MAX_SIZE;
}

export function sharedKeysOf(type: PyType): SharedKeys {
  return (type.sharedKeys ??= new SharedKeys());
}

/** init_inline_values: a new instance takes one value slot from what later instances will be offered. */
export function instanceTakesValues(type: PyType): SharedKeys {
  const keys = sharedKeysOf(type);
  if (keys.usable > 1) keys.usable--;
  return keys;
}

/** Whether the shared table has, or can still take, this key (insert_into_dictkeys); takes it if it can. */
export function sharedKeysTake(keys: SharedKeys, key: PyObject): boolean {
  if (!isExactStrKey(key)) return false;
  const name = (key as PyStr).value;
  if (keys.names.has(name)) return true;
  if (keys.usable <= 0) return false;
  keys.names.add(name);
  keys.usable--;
  return true;
}

/** new_values(): the block init_inline_values allocates for an instance, sized by the slots the table offers now. */
export function valuesBlockBytes(keys: SharedKeys): number {
  const size = keys.names.size + keys.usable;
  const prefix = Math.ceil((size + 2) / 8) * 8;
  return prefix + 8 * size;
}

/** _PyDict_SizeOf of a split dict: the dict, its gc header, and the value slots the shared table offers. */
export function splitDictBytes(d: PyDict): number {
  const keys = d.splitKeys!;
  return 64 + 8 * (keys.names.size + keys.usable);
}
