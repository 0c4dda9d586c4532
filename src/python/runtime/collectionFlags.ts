// Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING: what a match statement's sequence and mapping patterns accept. The
// builtin sequences and mappings have them, a class inherits its tp_base's, an ABC gives them by __abc_tpflags__
// (collections.abc.Sequence and Mapping) and by register() to every mutable class below the registered one.

import type { Heap } from './heap';
import type { PyType } from './types';

export const SEQUENCE_FLAG = 1 << 5;
export const MAPPING_FLAG = 1 << 6;
export const COLLECTION_FLAGS = SEQUENCE_FLAG | MAPPING_FLAG;

/** _abc's set_collection_flag_recursive: `flag` replaces the class's and its subclasses' (builtin types keep theirs). */
export function setCollectionFlagRecursive(heap: Heap, type: PyType, flag: number): void {
  if (!type.isHeapType || (type.collectionFlags & COLLECTION_FLAGS) === flag) return;
  type.collectionFlags = flag;
  for (const sub of heap.subclasses.get(type) ?? []) if (sub.alive) setCollectionFlagRecursive(heap, sub, flag);
}
