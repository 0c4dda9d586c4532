// The size of a dict's keys table as CPython 3.11 keeps it (Objects/dictobject.c): grown by insertion with
// GROWTH_RATE, presized by displays and merges, never shrunk by deletion, emptied by clear().

import { compactEntries, type PyDict } from './dict';
import type { PyObject } from './object';

/** USABLE_FRACTION: how many entries a table of `size` slots holds before it must grow. */
function usableFraction(size: number): number {
  return Math.floor((size * 2) / 3);
}

/**
 * calculate_log2_keysize, as 3.11 computes it on 64-bit Linux: `bit_length(((n | 8) - 1) | 7)`.
 * (This is not quite "the smallest power of two >= n": 6 gives 16 slots, 16 gives 32.)
 */
function log2KeysizeFor(minsize: number): number {
  const x = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(x);
}

/** estimate_log2_keysize: a table that holds n entries without resizing. */
export function estimateLog2Keysize(n: number): number {
  return log2KeysizeFor(Math.floor((n * 3 + 1) / 2));
}

/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE: a class's shared keys table has 2**6 slots. */
export const SHARED_KEYS_LOG2 = 6;

/** The largest table _PyDict_NewPresized makes (2**17 slots). */
const LOG2_MAX_PRESIZE = 17;

/** Whether a key keeps a table "unicode" (16-byte entries without the hash): exact str keys only. */
export function isExactStrKey(key: PyObject): boolean {
  return key.type.name === 'str' && !key.type.isHeapType;
}

function setTable(d: PyDict, log2: number, unicode: boolean): void {
  d.keysLog2 = log2;
  d.keysUnicode = unicode;
  d.keysUsable = usableFraction(2 ** log2) - d.map.size;
  compactEntries(d);
}

/** dictresize to 2**log2 slots; the table stays unicode only if it was and `unicode` allows it. */
function resize(d: PyDict, log2: number, unicode: boolean): void {
  setTable(d, log2, unicode && (d.keysLog2 === 0 || d.keysUnicode));
}

/** Before insertdict adds a new key (the dict does not hold it yet). */
export function keysBeforeInsert(d: PyDict, key: PyObject): void {
  if (d.keysLog2 === 0) {
    // insert_to_emptydict: a fresh minimum table.
    setTable(d, 3, isExactStrKey(key));
  } else {
    if (d.keysUnicode && !isExactStrKey(key)) resize(d, log2KeysizeFor(d.map.size * 3), false);
    if (d.keysUsable <= 0) resize(d, log2KeysizeFor(d.map.size * 3), true);
  }
  d.keysUsable--;
}

/** dict_new_presized (BUILD_MAP, BUILD_CONST_KEY_MAP): room for n entries when n is more than 5. */
function presize(d: PyDict, n: number, unicode: boolean): void {
  if (n <= usableFraction(8)) return;
  const log2 = n > usableFraction(2 ** LOG2_MAX_PRESIZE) ? LOG2_MAX_PRESIZE : estimateLog2Keysize(n);
  setTable(d, log2, unicode);
}

/** A dict display's table (_PyDict_FromItems): presized for its n keys, unicode when all are exact strs. */
export function presizeDisplay(d: PyDict, n: number, keyAt: (i: number) => PyObject): void {
  if (n <= usableFraction(8)) return;
  let unicode = true;
  for (let i = 0; i < n && unicode; i++) unicode = isExactStrKey(keyAt(i));
  presize(d, n, unicode);
}

/** dict.clear(): back to the shared empty table. */
export function keysCleared(d: PyDict): void {
  d.keysLog2 = 0;
  d.keysUnicode = true;
  d.keysUsable = 0;
  d.nentries = 0;
}

/** How many entry slots the table has used (dk_nentries): deleted entries keep theirs until a resize. */
function entriesUsed(d: PyDict): number {
  return d.keysLog2 === 0 ? 0 : usableFraction(2 ** d.keysLog2) - d.keysUsable;
}

/** Copies `other`'s table shape (clone_combined_dict_keys). */
function cloneTable(d: PyDict, other: PyDict): void {
  d.keysLog2 = other.keysLog2;
  d.keysUnicode = other.keysUnicode;
  d.keysUsable = other.keysUsable;
  d.nentries = other.nentries;
}

/** A split dict's own combined table of 2**log2 slots (dictresize from the shared keys). */
export function keysOfSplitDict(d: PyDict, unicode: boolean, log2: number): void {
  setTable(d, log2, unicode);
}

/** insertion_resize's size: GROWTH_RATE, three times the entries. */
export function growthLog2(d: PyDict): number {
  return log2KeysizeFor(d.map.size * 3);
}

/**
 * dict_merge(d, other) for a dict `other`, before its entries are inserted: clone or presize. Returns true
 * when the table was cloned, entries included: the caller copies them without inserting.
 */
export function keysBeforeMerge(d: PyDict, other: PyDict): boolean {
  const used = other.map.size;
  if (other === d || used === 0) return false;
  // A split `other` (an instance's attributes) is never cloned.
  if (other.splitKeys === null && used === entriesUsed(other) && clonesInto(d, other.keysLog2, used)) {
    d.splitKeys = null;
    cloneTable(d, other);
    return true;
  }
  presizeForMerge(d, used, other.keysUnicode || other.splitKeys !== null);
  return false;
}

/**
 * dict_merge of a call's keyword arguments (dict.update(a=1), dict(a=1)): their dict, which _PyStack_AsDict
 * presized for the n names, is cloned into an empty `d`. Sets the table `d` has before the n entries go in.
 */
export function keysBeforeKeywordMerge(d: PyDict, n: number): void {
  if (n === 0) return;
  const log2 = n <= usableFraction(8) ? 3 : estimateLog2Keysize(n);
  if (clonesInto(d, log2, n)) {
    d.splitKeys = null;
    setTable(d, log2, true);
  } else presizeForMerge(d, n, true);
}

/** Whether dict_merge clones a compact table of 2**log2 slots holding `used` entries into `d` (it must be empty). */
function clonesInto(d: PyDict, log2: number, used: number): boolean {
  return d.map.size === 0 && (log2 === 3 || usableFraction(2 ** log2 / 2) < used);
}

/** dict_merge's one big resize when `used` more entries would not fit; a split dict's becomes combined. */
function presizeForMerge(d: PyDict, used: number, unicode: boolean): void {
  // A split dict's table is the class's shared one, of 2**SHARED_KEYS_LOG2 slots.
  const size = d.splitKeys !== null ? 2 ** SHARED_KEYS_LOG2 : d.keysLog2 === 0 ? 1 : 2 ** d.keysLog2;
  if (usableFraction(size) >= used) return;
  d.splitKeys = null;
  resize(d, estimateLog2Keysize(d.map.size + used), unicode);
}

/**
 * PyDict_Copy: a table at most a third of whose entry slots were deleted is cloned; otherwise the copy is
 * built by merging into a new dict. Returns whether the caller should merge.
 */
export function keysForCopy(copy: PyDict, source: PyDict): boolean {
  if (source.map.size > 0 && source.map.size >= Math.floor((entriesUsed(source) * 2) / 3)) {
    cloneTable(copy, source);
    return false;
  }
  return true;
}

/** dict.fromkeys of a dict or set: one resize for all its keys. */
export function presizeForFromkeys(d: PyDict, n: number, unicode: boolean): void {
  resize(d, estimateLog2Keysize(n), unicode);
}

/** The bytes of the keys table _PyDict_SizeOf counts (none for the shared empty table). */
export function keysTableBytes(d: PyDict): number {
  const log2 = d.keysLog2;
  if (log2 === 0) return 0;
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  return 32 + indexBytes * 2 ** log2 + usableFraction(2 ** log2) * (d.keysUnicode ? 16 : 24);
}
