// property.__init__, classmethod.__init__ and staticmethod.__init__ (property_init, cm_init, sm_init): what
// fills an instance of a Python subclass (`class cached(property)`), which PyType_GenericNew made empty.

import { PyObject } from '../runtime/object';
import { PyDescriptorWrapper } from '../runtime/objects';
import { None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newNone } from '../runtime/factory';
import { getAttr } from '../runtime/ops/attributes';
import { setAttr } from '../runtime/ops/attributeStores';
import { checkArguments, fast, positionalOrKeyword } from './define';
import { defineSlots, slot } from './slotWrappers';
import type { PyType } from '../runtime/types';
import type { VM } from '../vm/vm';

/** property(fget=None, fset=None, fdel=None, doc=None): the four, None where not given. */
export const PROPERTY_PARAMETERS = ['fget', 'fset', 'fdel', 'doc'];

/** o.name, or null when o has no such attribute (_PyObject_LookupAttr). */
function lookupAttr(vm: VM, o: PyObject, name: string): PyObject | null {
  try {
    return getAttr(vm, o, name);
  } catch (e) {
    if (vm.isAttributeError(e)) return null;
    throw e;
  }
}

/** Replaces a wrapper's objects (new references), releasing the old ones after. */
function refill(w: PyDescriptorWrapper, wrapped: PyObject[]): void {
  const old = w.wrapped;
  w.wrapped = wrapped;
  for (const o of old) decref(o);
}

/** property_init: the accessors and doc replaced, then the doc taken from the getter when none is given. */
function propertyInit(vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const given = positionalOrKeyword('property', args, kwargs, PROPERTY_PARAMETERS, 0);
  const prop = self as PyDescriptorWrapper;
  refill(prop, given.map((a) => incref(a ?? None)));
  prop.propertyName = null;
  takeGetterDoc(vm, prop);
  return newNone();
}

/**
 * property_init's doc (3.11): with no doc given, the getter's __doc__ if it has one, even None (getter_doc). A
 * subclass's instance keeps it in its own __dict__ (the class's __doc__ would shadow it).
 */
export function takeGetterDoc(vm: VM, prop: PyDescriptorWrapper): void {
  prop.docFromGetter = false;
  const [fget, , , doc] = prop.wrapped;
  if (doc !== None || fget === None) return;
  const getterDoc = lookupAttr(vm, fget, '__doc__');
  if (!getterDoc) return;
  if (prop.type.isHeapType) {
    try {
      setAttr(vm, prop, '__doc__', getterDoc);
    } finally {
      decref(getterDoc);
    }
  } else {
    prop.wrapped[3] = getterDoc;
  }
  prop.docFromGetter = true;
}

/** The attributes functools_wraps copies from the wrapped callable into a classmethod's or staticmethod's dict. */
const WRAPS_ATTRIBUTES = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** cm_init and sm_init: the callable, whose attributes a subclass's instance copies into its __dict__ (functools_wraps). */
function wrapperInit(kind: PyType) {
  return (vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    checkArguments(fast(1), kind.name, kind.name, args, kwargs);
    refill(self as PyDescriptorWrapper, [incref(args[0])]);
    if (!self.type.isHeapType) {
      // The builtin's own dict and the callable's __annotations__ are hidden parts (see constructors' wrapper).
      return newNone();
    }
    for (const name of WRAPS_ATTRIBUTES) {
      const value = lookupAttr(vm, args[0], name);
      if (!value) continue;
      try {
        setAttr(vm, self, name, value);
      } finally {
        decref(value);
      }
    }
    return newNone();
  };
}

/**
 * property.getter/setter/deleter (property_copy): a copy with one accessor replaced; a subclass's copy is made by
 * calling the subclass with the four, so its __init__ runs.
 */
export function propertyCopy(vm: VM, p: PyDescriptorWrapper, index: number, accessor: PyObject): PyObject {
  const wrapped = [0, 1, 2].map((i) => (i === index && accessor !== None ? accessor : p.wrapped[i] ?? None));
  // A doc that came from the old getter is taken again from the new one.
  wrapped.push(p.docFromGetter && wrapped[0] !== None ? None : p.wrapped[3] ?? None);
  let copy: PyObject;
  if (p.type.isHeapType) copy = vm.call(p.type, wrapped);
  else {
    copy = activeHeap().register(new PyDescriptorWrapper(T.property, wrapped.map((o) => incref(o))));
    activeHeap().track(copy);
    takeGetterDoc(vm, copy as PyDescriptorWrapper);
  }
  if (copy instanceof PyDescriptorWrapper && copy.type.isSubtypeOf(T.property)) copy.propertyName = p.propertyName;
  return copy;
}

export function installDescriptorInits(): void {
  defineSlots(T.property, { __init__: slot('any', propertyInit, true) });
  // property's __doc__ is a writable member (deleting it leaves None).
  T.property.nativeSlots = {
    setAttribute: (_vm, o, name, value) => {
      if (name !== '__doc__') return false;
      const prop = o as PyDescriptorWrapper;
      const old = prop.wrapped[3];
      prop.wrapped[3] = incref(value ?? None);
      decref(old);
      return true;
    },
  };
  for (const kind of [T.classmethod, T.staticmethod]) {
    defineSlots(kind, { __init__: slot('any', wrapperInit(kind), true) });
    // The builtin's copied attributes are read from its callable (the dict functools_wraps fills is a hidden part).
    kind.nativeSlots = { attributeOwner: (o, name) => (WRAPS_ATTRIBUTES.includes(name) ? (o as PyDescriptorWrapper).wrapped[0] ?? null : null) };
  }
}
