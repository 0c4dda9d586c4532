// Type slots for the native object kinds modules add (deque, array, itertools' iterators...): how the
// generic operations (len, [], in, iter, comparison, repr, sys.getsizeof) reach them, as CPython's tp_* slots.

import type { MapKey } from './mapKey';
import type { PyObject } from './object';
import type { PyType } from './types';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import type { PyDict } from './dict';

export interface NativeSlots {
  repr?(vm: VM, o: PyObject): string;
  /** sys.getsizeof's answer (the GC header included for gc types). */
  sizeof?(o: PyObject): number;
  length?(vm: VM, o: PyObject): number;
  getItem?(vm: VM, o: PyObject, key: PyObject): PyObject;
  setItem?(vm: VM, o: PyObject, key: PyObject, value: PyObject): void;
  delItem?(vm: VM, o: PyObject, key: PyObject): void;
  contains?(vm: VM, o: PyObject, item: PyObject): boolean;
  /** iter(o): a new reference. */
  iter?(vm: VM, o: PyObject): PyObject;
  /** A rich comparison (a new reference), or null for NotImplemented. */
  compare?(vm: VM, a: PyObject, b: PyObject, op: number): PyObject | null;
  /** Truth value when it is not just "has a length". */
  truth?(o: PyObject): boolean;
  /** tp_call: calling the object (itemgetter, partial...); a new reference. */
  call?(vm: VM, o: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject;
  /**
   * tp_call that may run Python code (lru_cache calling its function): a native operation whose Python
   * callees run as frames of the eval loop; a new reference.
   */
  callOp?(vm: VM, o: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject>;
  /**
   * tp_call's answer when it runs no Python code (lru_cache's hit), else null for callOp: tried first by calls
   * from the eval loop, which then make no generator for the call.
   */
  callFast?(vm: VM, o: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | null;
  /** tp_descr_get for a non-data descriptor (lru_cache on a method): obj is the instance; a new reference. */
  descrGet?(vm: VM, descr: PyObject, obj: PyObject): PyObject;
  /**
   * tp_descr_set of a data descriptor that refuses every store and delete (value null), as namedtuple's field
   * getters do: it raises. Such a descriptor wins over the instance dict on reads too.
   */
  readOnlyDescriptor?(descr: PyObject, obj: PyObject, value: PyObject | null): never;
  /** Py_TPFLAGS_METHOD_DESCRIPTOR: LOAD_METHOD pushes it with self instead of binding a method object. */
  methodDescriptor?: boolean;
  /** setattr/delattr (value null) of an object with an instance __dict__; false when the name is not its to take. */
  setAttribute?(vm: VM, o: PyObject, name: string, value: PyObject | null): boolean;
  /** __length_hint__ of an iterator: how many items are left, or null when unknown. */
  lengthHint?(o: PyObject): number | null;
  /**
   * Number and sequence operators (a OP b with this object as a, or as b when `reflected`): a new reference,
   * or null for NotImplemented. `op` is the BinaryOpArg without its in-place offset.
   */
  binary?(vm: VM, self: PyObject, other: PyObject, op: number, inplace: boolean, reflected: boolean): PyObject | null;
  /** Attributes that are getset descriptors in CPython (deque.maxlen, array.typecode): a new reference or null. */
  attribute?(o: PyObject, name: string): PyObject | null;
  /** The object whose attribute `name` this one shows instead of its type's (a generic alias's origin), or null. */
  attributeOwner?(o: PyObject, name: string): PyObject | null;
  /** The instance __dict__ of an object of a C type that has one (functools.partial), if made: dir() lists it. */
  instanceDict?(o: PyObject): PyDict | null;
  /** Whether weakref.ref accepts instances (tp_weaklistoffset). */
  weakrefable?: boolean;
  /** tp_hash, when the type hashes by value; then also `valueKey`, its dict key (equal objects, equal keys). */
  hash?(vm: VM, o: PyObject): bigint;
  valueKey?(vm: VM, o: PyObject): MapKey;
  /** tp_hash = PyObject_HashNotImplemented. */
  unhashable?: boolean;
  /** Unary -, +, ~ and abs() (nb_negative...): a new reference, or null when the type has no such operator. */
  unary?(o: PyObject, op: '-' | '+' | '~' | 'abs'): PyObject | null;
}

/** The slots a type has or inherits (user classes deriving from a native type inherit its slots). */
export function slotsOf(type: PyType): NativeSlots | null {
  if (type.nativeSlots) return type.nativeSlots;
  if (!type.isHeapType) return null;
  for (const t of type.mro) if (t.nativeSlots) return t.nativeSlots;
  return null;
}
