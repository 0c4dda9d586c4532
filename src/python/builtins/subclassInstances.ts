// Instances of Python classes derived from list, dict, set, tuple, int, float, str, frozenset, property,
// classmethod and staticmethod: objects of the builtin kind whose type is the class, carrying the instance
// attributes user objects have.

import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyDescriptorWrapper, PyFloat, PyInt, PyList, PySet, PyStr, PyTuple } from '../runtime/objects';
import type { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { setUpdate } from '../runtime/setObject';
import { PyBytes } from '../runtime/bytesObject';
import { PyComplex } from '../runtime/complexObject';
import type { VM } from '../vm/vm';

/** The builtin types a class statement may derive from besides object and the exceptions. */
export function subclassableBuiltins(): PyType[] {
  return [T.list, T.dict, T.set, T.tuple, T.int, T.float, T.str, T.frozenset, T.bytes, T.complex, T.weakref, ...DESCRIPTOR_KINDS];
}

/** property, classmethod and staticmethod: PyType_GenericNew makes them empty, their __init__ fills them. */
const DESCRIPTOR_KINDS = [T.property, T.classmethod, T.staticmethod];

/** Bases whose instances a module makes for the subclass itself (weakref.ref): type, then the call's arguments. */
export const subclassConstructors = new Map<PyType, (vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject>();

/** Whether the kind's constructor does its work in __init__ (list, dict, set, property...), not __new__. */
export function initializesInInit(base: PyType): boolean {
  return base === T.list || base === T.dict || base === T.set || DESCRIPTOR_KINDS.includes(base);
}

/** Fresh attribute storage for an instance of `type` (a dict kept inline until `__dict__` is read). */
export function attachInstanceAttributes(o: PyObject, type: PyType): void {
  let dict: PyDict | null = null;
  if (type.hasInstanceDict) {
    dict = new PyDict(T.dict);
    dict.materialized = false;
  }
  const slots = type.slotLayout.length;
  o.attrs = { dict, slotValues: slots > 0 ? new Array<PyObject | null>(slots).fill(null) : null };
}

/** Registers a new subclass instance: it holds its class and is tracked by the collector (PyType_GenericAlloc). */
function finish<O extends PyObject>(o: O, type: PyType): O {
  attachInstanceAttributes(o, type);
  const heap = activeHeap();
  heap.register(o);
  incref(type);
  heap.track(o);
  return o;
}

/**
 * A builtin object just made for the base type, recast as an instance of the Python subclass `type` (what
 * the base's tp_new does when given the subtype: the same object, allocated by the subtype).
 */
export function recastAsSubclass<O extends PyObject>(o: O, type: PyType): O {
  o.type = type;
  attachInstanceAttributes(o, type);
  incref(type);
  activeHeap().track(o);
  return o;
}

/** An empty list, dict, set, property, classmethod or staticmethod of `type` (its __init__ fills it). */
export function emptyInstanceOf(type: PyType, base: PyType): PyObject {
  if (base === T.list) return finish(new PyList(type, []), type);
  if (base === T.dict) return finish(new PyDict(type), type);
  if (base === T.set) return finish(new PySet(type, false), type);
  // Until __init__ runs: None where CPython holds NULL.
  const empty = (base === T.property ? [None, None, None, None] : [None]).map((n) => incref(n));
  return finish(new PyDescriptorWrapper(type, empty), type);
}

/** The base type's __new__ result `value` (consumed) recast as an instance of `type` (int_subtype_new and friends). */
export function adoptValue(vm: VM, type: PyType, value: PyObject): PyObject {
  try {
    if (value instanceof PyInt) return finish(new PyInt(type, value.value), type);
    if (value instanceof PyFloat) return finish(new PyFloat(type, value.value), type);
    if (value instanceof PyStr) return finish(new PyStr(type, value.value), type);
    if (value instanceof PyBytes) return finish(new PyBytes(type, value.value), type);
    if (value instanceof PyComplex) return finish(new PyComplex(type, value.real, value.imag), type);
    if (value instanceof PyTuple) return finish(new PyTuple(type, value.items.map((x) => incref(x))), type);
    if (value instanceof PySet) {
      const s = finish(new PySet(type, true), type);
      setUpdate(vm, s, value);
      return s;
    }
    throw new Error(`no subclass instance for ${value.type.name}`);
  } finally {
    decref(value);
  }
}

/** object.__new__'s work for a class derived from a builtin kind: the base's __new__ with the call's arguments. */
export function newSubclassInstance(vm: VM, type: PyType, base: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const construct = subclassConstructors.get(base);
  if (construct) return construct(vm, type, args, kwargs);
  if (initializesInInit(base)) return emptyInstanceOf(type, base);
  return adoptValue(vm, type, base.nativeNew!(vm, args, kwargs));
}
