// sys.getsizeof for every object kind, as CPython 3.11 on 64-bit reports it.

import { PyObject } from './object';
import { PyDict } from './dict';
import { keysTableBytes } from './dictKeys';
import {
  PyBool, PyFloat, PyGenerator, PyInstance, PyInt, PyList, PySet, PyStr, PyTuple, PyFunction, PyBoundMethod,
  PyRange, PyCell, PyNativeIterator, PyWeakref, PyModule, PyBuiltinFunction, PySlice, PyFrameObject, PyTraceback, listBytes,
} from './objects';
import { PyType } from './types';
import { slotsOf } from './nativeSlots';
import { splitDictBytes } from './sharedKeys';
import { E, T } from './builtinTypes';
import { instanceLayout } from './typeLayout';
import type { VM } from '../vm/vm';

const GC_HEADER = 16;
/** _PyDict_KeysSize of the keys table _PyDict_NewKeysForClass makes: 64 one-byte indices, 42 unicode entries. */
const CACHED_KEYS_BYTES = 32 + 64 + 42 * 16;

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

function sizeofStr(o: PyStr): number {
  const length = o.codePointLength;
  switch (o.storageKind) {
    case 1: return 49 + length;
    case 2: return 73 + length;
    case 3: return 72 + 2 * (length + 1);
    default: return 72 + 4 * (length + 1);
  }
}

/**
 * What the heap counts for a new object: sys.getsizeof, quickly for the common ints (no BigInt arithmetic),
 * lists (their slots) and exact strs.
 */
export function allocationSize(o: PyObject): number {
  if (o instanceof PyInt && typeof o.value === 'number' && !(o instanceof PyBool)) {
    const a = Math.abs(o.value);
    return a < 2 ** 30 ? 28 : a < 2 ** 60 ? 32 : 36;
  }
  if (o instanceof PyList && o.attrs === null) return listBytes(o.allocated);
  if (o instanceof PyStr && o.type === T.str) return sizeofStr(o);
  return sizeOf(null, o);
}

/** sys.getsizeof of builtin objects of a fixed size, by type name (python3 3.11.7, 64-bit, gc header included). */
const FIXED_SIZES: ReadonlyMap<string, number> = new Map([
  ['dict_keys', 40], ['dict_values', 40], ['dict_items', 40], ['odict_keys', 40], ['odict_values', 40], ['odict_items', 40],
  ['dict_keyiterator', 72], ['dict_valueiterator', 72], ['dict_itemiterator', 72],
  ['dict_reversekeyiterator', 72], ['dict_reversevalueiterator', 72], ['dict_reverseitemiterator', 72], ['odict_iterator', 80],
  ['set_iterator', 64], ['memory_iterator', 64], ['classmethod', 48], ['staticmethod', 48], ['property', 80], ['method-wrapper', 48],
  ['method_descriptor', 72], ['wrapper_descriptor', 72], ['classmethod_descriptor', 72], ['getset_descriptor', 64],
  ['member_descriptor', 64], ['mappingproxy', 40], ['super', 56],
]);

/** sys.getsizeof of a list, tuple, range or str iterator (and most builtin iterators). */
export const NATIVE_ITERATOR_BYTES = 48;

/** sys.getsizeof of a function object. */
export const FUNCTION_BYTES = 152;

/** sys.getsizeof of a tuple of n items. */
export function tupleBytes(n: number): number {
  return n === 0 ? 40 : 24 + GC_HEADER + 8 * n;
}

/** The bytes sys.getsizeof reports for o. */
export function sizeOf(_vm: VM | null, o: PyObject): number {
  const slots = slotsOf(o.type);
  if (o.attrs !== null && !(o instanceof PyInstance) && o.type.builtinKind) return slots?.sizeof?.(o) ?? subclassInstanceSize(o, o.type);
  if (slots?.sizeof) return slots.sizeof(o);
  // Instances first: the most frequent allocation of a program with classes, and no other kind below is one.
  if (o instanceof PyInstance) {
    // A plain object() has no dict, no weakref slot and no gc header.
    if (o.type === T.object) return 16;
    const basicsize = instanceLayout(o.type).basicsize;
    if (basicsize >= 0) return basicsize + preHeaderSize(o);
    return o.type.hasInstanceDict ? 56 : 32 + 8 * o.type.slotLayout.length;
  }
  if (o instanceof PyBool) return 28;
  if (o instanceof PyInt) return sizeofInt(o.value);
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyStr) return sizeofStr(o);
  if (o instanceof PyList) return listBytes(o.allocated);
  if (o instanceof PyTuple) return tupleBytes(o.items.length);
  if (o instanceof PyDict) {
    return o.splitKeys !== null ? splitDictBytes(o) : sizeOfDict(o);
  }
  if (o instanceof PySet) return o.table.sizeof();
  if (o instanceof PyFunction) return FUNCTION_BYTES;
  if (o instanceof PyBoundMethod) return 64;
  // A generator embeds its frame: localsplus and value stack slots, 8 bytes each.
  if (o instanceof PyGenerator) return 168 + 8 * o.frameSlots;
  // frame_sizeof: the frame object with its interpreter frame (120 bytes) and the frame's slots, and a traceback.
  if (o instanceof PyFrameObject) {
    const code = o.scope?.code;
    return 136 + (code ? 8 * (code.localsplusNames.length + code.stacksize) : 0);
  }
  if (o instanceof PyTraceback) return 56;
  if (!o.type.isHeapType) {
    const fixed = FIXED_SIZES.get(o.type.name);
    if (fixed !== undefined) return fixed;
  }
  if (o instanceof PyBuiltinFunction) return 72;
  if (o instanceof PySlice) return 56;
  if (o instanceof PyRange) return 48;
  if (o instanceof PyCell) return 40;
  if (o instanceof PyNativeIterator) return o.type.name === 'enumerate' ? 72 : o.type.name === 'zip' ? 64 : NATIVE_ITERATOR_BYTES;
  if (o instanceof PyWeakref) return 80;
  if (o instanceof PyModule) return 72;
  // sizeof(PyHeapTypeObject) or sizeof(PyTypeObject), the gc header, and a managed-dict class's cached keys table.
  if (o instanceof PyType) return o.isHeapType || o === E.ExceptionGroup ? 920 + (hasManagedDict(o) ? CACHED_KEYS_BYTES : 0) : 424;
  return 16;
}

/**
 * An instance of a Python subclass of a builtin kind: the kind's __sizeof__ over the class's tp_basicsize
 * (8 bytes per slot, `__weakref__` where the kind allows one, `__dict__` after the items for the variable-size
 * int and tuple), plus the gc header int, float and str gain and the managed-dict pointers (CPython 3.11's
 * pre-header) of a class with `__dict__`.
 */
function subclassInstanceSize(o: PyObject, type: PyType): number {
  const kind = type.builtinKind!;
  const variableSize = kind === T.int || kind === T.tuple;
  const managedDict = type.hasInstanceDict && !variableSize ? 16 : 0;
  if (o instanceof PyInt) return sizeofInt(o.value) + GC_HEADER;
  if (o instanceof PyStr) return unicodeObjectSize(o.value) + GC_HEADER + managedDict;
  let basic = 8 * type.slotLayout.length;
  if (type.hasInstanceDict && variableSize) basic += 8;
  if (type.hasWeakrefSlot && kind !== T.set && kind !== T.frozenset && !variableSize) basic += 8;
  return builtinKindSize(o) + basic + managedDict;
}

/** The size of the builtin kind's own object (with its gc header). */
function builtinKindSize(o: PyObject): number {
  if (o instanceof PyFloat) return 24 + GC_HEADER;
  if (o instanceof PyList) return listBytes(o.allocated);
  if (o instanceof PyTuple) return o.items.length === 0 ? 40 : 24 + GC_HEADER + 8 * o.items.length;
  if (o instanceof PyDict) return sizeOfDict(o);
  if (o instanceof PySet) return o.table.sizeof();
  return 16;
}

/** unicode_sizeof of a str that is not compact (a subclass's, made by unicode_subtype_new): header plus data. */
function unicodeObjectSize(s: string): number {
  let max = 0;
  let length = 0;
  for (const ch of s) {
    max = Math.max(max, ch.codePointAt(0)!);
    length++;
  }
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  return 80 + (length + 1) * kind;
}

/** _PyDict_SizeOf plus the gc header: the dict object and the keys table it owns. */
export function sizeOfDict(d: PyDict): number {
  return 48 + GC_HEADER + keysTableBytes(d);
}

/** _PyType_PreHeaderSize: what sys.getsizeof adds to __sizeof__ (the gc header, and a class's managed-dict pointers). */
export function preHeaderSize(o: PyObject): number {
  // Every type object has the gc header: type's flags decide, though a builtin type is never collected.
  const gcHeader = o.isGcType || o instanceof PyType ? GC_HEADER : 0;
  return gcHeader + (hasManagedDict(o.type) ? 16 : 0);
}

/** Py_TPFLAGS_MANAGED_DICT: a class statement added `__dict__` over a base without items (not int, tuple, type). */
function hasManagedDict(type: PyType): boolean {
  // A C type standing in (OrderedDict) keeps its dict pointer in the object, and so do its subclasses.
  return type.isHeapType && instanceLayout(type).managedDict && !type.mro.some((t) => t.nameIsDotted);
}

/** object.__sizeof__ of a class: its metaclass's tp_basicsize, and a PyMemberDef (40 bytes) per slot it declares. */
export function typeObjectBasicSize(t: PyType): number {
  return instanceLayout(t.type).basicsize + 40 * (t.ownSlots?.length ?? 0);
}

/** object.__sizeof__ and the builtin kinds' own: sys.getsizeof's answer without the pre-header. */
export function sizeofWithoutPreHeader(vm: VM, o: PyObject): number {
  return sizeOf(vm, o) - preHeaderSize(o);
}
