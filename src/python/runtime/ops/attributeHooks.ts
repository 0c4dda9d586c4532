// Attribute access that runs a class's Python code: descriptors (__get__/__set__/__delete__ on a class
// attribute's type) and __getattribute__/__setattr__/__delattr__ overrides, as CPython's slot_tp_setattro and descriptor protocol.

import { strKey } from '../mapKey';
import { PyObject } from '../object';
import { PyDescriptorWrapper, PyFunction, PyInstance, PyMethodDescriptor } from '../objects';
import { PyType } from '../types';
import { None, T } from '../builtinTypes';
import { decref } from '../heap';
import { newStr } from '../factory';
import type { VM } from '../../vm/vm';

/**
 * The `__get__` of a class attribute that is an instance of a Python class, if it has one; for a subclass of
 * property, classmethod or staticmethod only a __get__ of its own (the inherited one is the builtin's binding).
 */
export function descriptorGetter(descr: PyObject | undefined): PyObject | undefined {
  if (descr instanceof PyInstance && descr.type.isHeapType) return descr.type.lookup('__get__');
  return descr instanceof PyDescriptorWrapper ? wrapperOverride(descr, '__get__') : undefined;
}

/** A descriptor method (__get__, __set__, __delete__) a subclass of property, classmethod or staticmethod defines in Python. */
export function wrapperOverride(descr: PyDescriptorWrapper, name: string): PyObject | undefined {
  if (!descr.type.isHeapType) return undefined;
  const method = descr.type.lookup(name);
  return method instanceof PyMethodDescriptor ? undefined : method;
}

/**
 * The builtin kind (staticmethod, classmethod or property) whose own binding serves `o` on attribute reads: its
 * type, or the base of a subclass's instance that defines no __get__ of its own; null for any other object.
 */
export function wrapperKind(o: PyObject | undefined): PyType | null {
  if (!(o instanceof PyDescriptorWrapper)) return null;
  if (!o.type.isHeapType) return o.type;
  return wrapperOverride(o, '__get__') ? null : o.type.builtinKind;
}

/** Whether a Python-class descriptor is a data descriptor (defines __set__ or __delete__): it wins over the instance dict. */
export function isDataDescriptor(descr: PyObject): boolean {
  return descr.type.lookup('__set__') !== undefined || descr.type.lookup('__delete__') !== undefined;
}

/** descr.__get__(obj, owner) run at once (a nested frame): a new reference. */
export function callDescriptorGet(vm: VM, getter: PyObject, descr: PyObject, obj: PyObject | null, owner: PyType): PyObject {
  return vm.call(getter, [descr, obj ?? None, owner]);
}

/**
 * A class's own __getattribute__ (null when it inherits a builtin one): every attribute read of its instances
 * calls it (slot_tp_getattr_hook), and the interpreter's shortcuts for instance attributes and methods stand aside.
 */
export function getattributeOverride(type: PyType): PyObject | null {
  if (!type.isHeapType) return null;
  const hook = type.lookup('__getattribute__');
  return hook instanceof PyFunction ? hook : null;
}

/** A class's own __setattr__ or __delattr__ (null when it inherits object's). */
export function attributeHookOverride(type: PyType, hookName: '__setattr__' | '__delattr__'): PyObject | null {
  if (!type.isHeapType) return null;
  const hook = type.lookup(hookName);
  return hook && hook !== T.object.dict.getStr(hookName) ? hook : null;
}

/** Calls an __setattr__(name, value) or __delattr__(name) override. */
export function callAttributeHook(vm: VM, hook: PyObject, o: PyObject, name: string, value: PyObject | null): void {
  const nameObj = newStr(name);
  try {
    decref(vm.call(hook, value ? [o, nameObj, value] : [o, nameObj]));
  } finally {
    decref(nameObj);
  }
}

/** A special method a class's Python metaclass defines (`__iter__` of an enum's metaclass...), if any. */
export function metaclassMethod(o: PyObject, name: string): PyObject | null {
  return o instanceof PyType && o.type.isHeapType ? o.type.lookup(name) ?? null : null;
}

/** Whether an operation on `o` looks up Python special methods on its type: instances of Python classes (also
 * of those derived from list, int...), and classes made by a Python metaclass. */
/**
 * Whether o's class is a Python class for its special methods though o is no instance of one: an object of a
 * builtin kind whose class derives from it (`class Stack(list)`), or a class whose metaclass is a Python class.
 */
export function hasPythonClass(o: PyObject): boolean {
  return o.attrs !== null || (o instanceof PyType && o.type.isHeapType);
}

export function hasPythonSpecials(o: PyObject): boolean {
  return o instanceof PyInstance || o.type.isHeapType;
}

/**
 * The special method `name` an operation on `o` must call: for objects of a builtin kind whose class is a
 * Python one (`class Stack(list)`), what a Python class in the MRO defines unless a builtin type before it
 * has the method (then the native code that follows is that slot); for other instances, what the type has.
 */
export function specialMethod(o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyInstance) return o.type.lookup(name);
  const key = strKey(name);
  for (const t of o.type.mro) {
    const e = t.dict.map.get(key);
    if (e) return t.isHeapType ? e.value : undefined;
  }
  return undefined;
}

/** Whether `o` is a builtin kind of object (list, dict, int...) whose Python class overrides `name`. */
export function overridesSpecial(o: PyObject, name: string): boolean {
  return hasPythonClass(o) && !(o instanceof PyInstance) && specialMethod(o, name) !== undefined;
}
