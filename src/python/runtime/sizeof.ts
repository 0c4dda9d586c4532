// sys.getsizeof for every object kind, as CPython 3.11 on 64-bit reports it.

import { PyObject } from './object';
import { PyDict } from './dict';
import { keysTableBytes } from './dictKeys';
import {
  PyBool, PyFloat, PyGenerator, PyInstance, PyInt, PyList, PySet, PyStr, PyTuple, PyFunction, PyBoundMethod,
  PyRange, PyCell, PyNativeIterator, PyWeakref, PyModule, PyBuiltinFunction, PySlice, listBytes,
} from './objects';
import { PyType } from './types';
import { slotsOf } from './nativeSlots';
import type { VM } from '../vm/vm';

const GC_HEADER = 16;

function sizeofInt(v: number | bigint): number {
  let x = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  if (x === 0n) return 28;
  let digits = 0;
  while (x > 0n) {
    x >>= 30n;
    digits++;
  }
  return 24 + 4 * digits;
}

const ASCII = /^[\x00-\x7f]*$/;

function sizeofStr(s: string): number {
  if (ASCII.test(s)) return 49 + s.length;
  let max = 0;
  let length = 0;
  for (const ch of s) {
    max = Math.max(max, ch.codePointAt(0)!);
    length++;
  }
  if (max < 128) return 48 + length + 1;
  if (max < 256) return 72 + length + 1;
  if (max < 65536) return 72 + 2 * (length + 1);
  return 72 + 4 * (length + 1);
}

/**
 * What the heap counts for a new object: sys.getsizeof, quickly for the common ints (no BigInt arithmetic)
 * and lists (their slots).
 */
export function allocationSize(o: PyObject): number {
  if (o instanceof PyInt && typeof o.value === 'number' && !(o instanceof PyBool)) {
    const a = Math.abs(o.value);
    return a < 2 ** 30 ? 28 : a < 2 ** 60 ? 32 : 36;
  }
  if (o instanceof PyList) return listBytes(o.allocated);
  return sizeOf(null, o);
}

/** The bytes sys.getsizeof reports for o. */
export function sizeOf(_vm: VM | null, o: PyObject): number {
  const slots = slotsOf(o.type);
  if (slots?.sizeof) return slots.sizeof(o);
  if (o instanceof PyBool) return 28;
  if (o instanceof PyInt) return sizeofInt(o.value);
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyStr) return sizeofStr(o.value);
  if (o instanceof PyList) return listBytes(o.allocated);
  if (o instanceof PyTuple) return o.items.length === 0 ? 40 : 24 + GC_HEADER + 8 * o.items.length;
  if (o instanceof PyDict) return o.fromInlineValues && o.size <= 30 ? 296 : sizeOfDict(o);
  if (o instanceof PySet) return o.table.sizeof();
  if (o instanceof PyInstance) {
    if (o.exc) return 88;
    // A plain object() has no dict, no weakref slot and no gc header.
    if (o.type.name === 'object' && !o.type.isHeapType) return 16;
    return o.type.hasInstanceDict ? 56 : 32 + 8 * o.type.slotLayout.length;
  }
  if (o instanceof PyFunction) return 152;
  if (o instanceof PyBoundMethod) return 64;
  // A generator embeds its frame: localsplus and value stack slots, 8 bytes each.
  if (o instanceof PyGenerator) return 168 + 8 * o.frameSlots;
  if (o instanceof PyBuiltinFunction) return 72;
  if (o instanceof PySlice) return 56;
  if (o instanceof PyRange) return 48;
  if (o instanceof PyCell) return 40;
  if (o instanceof PyNativeIterator) return o.type.name === 'enumerate' ? 72 : o.type.name === 'zip' ? 64 : 48;
  if (o instanceof PyWeakref) return 80;
  if (o instanceof PyModule) return 72;
  if (o instanceof PyType) return o.isHeapType ? 1688 : 416;
  return 16;
}

/** _PyDict_SizeOf plus the gc header: the dict object and the keys table it owns. */
export function sizeOfDict(d: PyDict): number {
  return 48 + GC_HEADER + keysTableBytes(d);
}
