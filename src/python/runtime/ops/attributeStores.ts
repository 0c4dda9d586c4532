// Attribute stores and deletes: setattr/delattr with properties, data descriptors, instance dicts, __slots__
// and the special attributes builtin objects let a program set (a function's __defaults__, a class's __name__...).

import { isInstanceGetSet, setInstanceGetSet } from './instanceDictSetter';
import { isClassAssignment, setObjectClass, setTypeSpecialAttribute } from '../../builtins/classMutation';
import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyDescriptorWrapper, PyFunction, PyInstance, PyModule, PyStr, PyWeakProxy, PyTraceback, setTraceback, PyGetSetDescriptor, PyTuple, PyBool } from '../objects';
import { PyType } from '../types';
import { E, T, None } from '../builtinTypes';
import { decref, incref } from '../heap';
import { newTuple } from '../factory';
import { GROUP_MEMBERS, exceptionMemberNames, setExceptionMember } from '../exceptionMembers';
import { PyCell } from '../callables';
import type { VM } from '../../vm/vm';
import type { NativeOp } from '../../vm/nativeOp';
import { attributeHookOverride, callAttributeHook, wrapperOverride } from './attributeHooks';
import { heldDescriptorCallOp, materializeDict, missingAccessor, noAttribute, proxyReferent } from './attributes';

/**
 * The Python call storing (`value`) or deleting (null) an attribute makes when the class has a property there
 * (its setter or deleter) or a Python data descriptor (its __set__ or __delete__): the caller runs it as a frame,
 * so that code steps like any other. Its arguments are borrowed.
 */
export interface DescriptorCall {
  /** The property or descriptor found on the class, which the store holds while the call runs. */
  readonly descriptor: PyObject;
  readonly callable: PyObject;
  readonly args: readonly PyObject[];
}

/** The descriptor call `o.name = value` (value null: `del o.name`) makes, or null when the class has none there. */
export function descriptorStore(o: PyObject, name: string, value: PyObject | null): DescriptorCall | null {
  // A class whose metaclass is written in Python: the metaclass's data descriptors take the store (type_setattro).
  if (!o.attrs && !(o instanceof PyType && o.type.isHeapType)) return null;
  const descr = o.type.lookup(name);
  if (descr instanceof PyDescriptorWrapper) {
    const hook = wrapperOverride(descr, value ? '__set__' : '__delete__');
    if (hook) return { descriptor: descr, callable: hook, args: value ? [descr, o, value] : [descr, o] };
  }
  if (descr instanceof PyDescriptorWrapper && descr.type.isSubtypeOf(T.property)) {
    const fn = descr.wrapped[value ? 1 : 2];
    if (!fn || fn === None) {
      throw missingAccessor(descr, o, value ? 'setter' : 'deleter');
    }
    return { descriptor: descr, callable: fn, args: value ? [o, value] : [o] };
  }
  descr?.type.nativeSlots?.readOnlyDescriptor?.(descr, o, value);
  if (!(descr instanceof PyInstance) || !descr.type.isHeapType) return null;
  const hook = descr.type.lookup(value ? '__set__' : '__delete__');
  if (!hook) return null;
  return { descriptor: descr, callable: hook, args: value ? [descr, o, value] : [descr, o] };
}

/** A descriptor call, as a frame. */
export function* descriptorCallResumable(vm: VM, call: DescriptorCall): NativeOp<void> {
  decref(yield* heldDescriptorCallOp(vm, call.descriptor, call.callable, call.args as PyObject[]));
}

/** setattr(o, name, value): value is borrowed. */
export function setAttr(vm: VM, o: PyObject, name: string, value: PyObject): void {
  const call = storeAttr(vm, o, name, value);
  if (call) vm.runSync(descriptorCallResumable(vm, call));
}

/** setattr, except that a descriptor's call is returned (to be run as a frame) instead of made; null when done. */
export function storeAttr(vm: VM, o: PyObject, name: string, value: PyObject): DescriptorCall | null {
  if (o instanceof PyWeakProxy) {
    setAttr(vm, proxyReferent(o), name, value);
    return null;
  }
  if (o.attrs || o instanceof PyType) {
    const hook = attributeHookOverride(o.type, '__setattr__');
    if (hook) {
      callAttributeHook(vm, hook, o, name, value);
      return null;
    }
  }
  return storeAttrGeneric(vm, o, name, value);
}

/** object.__setattr__: the store without a class's __setattr__ override (a descriptor's call returned). */
export function storeAttrGeneric(vm: VM, o: PyObject, name: string, value: PyObject): DescriptorCall | null {
  const attrs = o.attrs;
  if (attrs) {
    const type = o.type;
    const call = descriptorStore(o, name, value);
    if (call) return call;
    if (isClassAssignment(o, name)) {
      setObjectClass(o, value);
      return null;
    }
    if (isInstanceGetSet(o, name)) {
      setInstanceGetSet(o, name, value);
      return null;
    }
    // A C base's read-only member (functools.partial's func, deque's maxlen) stays read-only in a subclass instance.
    if (type.builtinKind !== null) {
      const member = type.lookup(name);
      if (member instanceof PyGetSetDescriptor && (member.type === T.member_descriptor || member.owner.nativeSlots !== null)) readOnlyAttribute(o, name);
      if (!member) readOnlyNativeGetSet(o, name);
    }
    if (o instanceof PyInstance && o.exc) {
      if (storeExceptionField(vm, o, name, value)) return null;
    }
    const slot = type.slotLayout.indexOf(name);
    if (slot >= 0) {
      const old = attrs.slotValues![slot];
      attrs.slotValues![slot] = incref(value);
      if (old) decref(old);
      return null;
    }
    if (!attrs.dict) {
      // _PyObject_GenericSetAttrWithDict: a class attribute of that name (no data descriptor) makes it read-only.
      if (type.lookup(name)) throw new NativeRaise('AttributeError', `'${type.name}' object attribute '${name}' is read-only`);
      throw new NativeRaise('AttributeError', `'${type.name}' object has no attribute '${name}'`);
    }
    // Only a Python class's plain instances keep their values inline (3.11's managed dict): a list's, an int's or
    // an exception's attributes are in a dict made by the first store (an exception's own dict pointer), as are
    // an instance's once `del obj.__dict__` dropped its values.
    if (!attrs.dict.materialized && !attrs.dict.inlineValues) materializeDict(o, true);
    vm.dictSetStr(attrs.dict, name, value);
    return null;
  }
  return storeAttrOther(vm, o, name, value);
}

/** An exception's own fields (`__traceback__`, `code`, OSError's members); false for other names. */
function storeExceptionField(vm: VM, o: PyInstance, name: string, value: PyObject): boolean {
  {
    if (o.exc && name === 'args') {
      // BaseException_set_args: the value as a tuple (PySequence_Tuple).
      const args = value instanceof PyTuple && value.type === T.tuple ? incref(value) : newTuple(vm.collectItems(value));
      const old = o.exc.args;
      o.exc.args = args;
      decref(old);
      return true;
    }
    if (o.exc && name === '__traceback__') {
      if (!(value instanceof PyTraceback) && value !== None) throw new NativeRaise('TypeError', '__traceback__ must be a traceback or None');
      setTraceback(o.exc, value instanceof PyTraceback ? value : null);
      return true;
    }
    if (o.exc && (name === '__context__' || name === '__cause__')) {
      if (value !== None && !(value instanceof PyInstance && value.exc)) {
        throw new NativeRaise('TypeError', `exception ${name === '__cause__' ? 'cause' : 'context'} must be None or derive from BaseException`);
      }
      const state = o.exc;
      const old = name === '__cause__' ? state.cause : state.context;
      const stored = value === None ? null : incref(value);
      if (name === '__cause__') {
        state.cause = stored;
        state.suppressContext = true;
      } else state.context = stored;
      if (old) decref(old);
      return true;
    }
    if (o.exc && name === '__suppress_context__') {
      if (!(value instanceof PyBool)) throw new NativeRaise('TypeError', 'attribute value type must be bool');
      o.exc.suppressContext = value.value;
      return true;
    }
    if (o.exc && exceptionMemberNames(o.type).includes(name)) {
      if (GROUP_MEMBERS.includes(name) && o.type.isSubtypeOf(E.BaseExceptionGroup)) throw new NativeRaise('AttributeError', 'readonly attribute');
      setExceptionMember(o, name, value);
      return true;
    }
    if (name === 'code' && o.exc && o.exc.code !== undefined) {
      const old = o.exc.code;
      o.exc.code = value === None ? null : incref(value);
      if (old) decref(old);
      return true;
    }
  }
  return false;
}

/** Stores on classes, modules and functions; other builtin objects have no writable attributes. */
function storeAttrOther(vm: VM, o: PyObject, name: string, value: PyObject): DescriptorCall | null {
  if (o instanceof PyType) {
    if (!o.isHeapType) throw new NativeRaise('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`);
    const call = descriptorStore(o, name, value);
    if (call) return call;
    if (setTypeSpecialAttribute(vm, o, name, value)) return null;
    if (name === '__abstractmethods__') setAbstractMethods(vm, o, value);
    if (name === '__module__' && value instanceof PyStr) o.module = value.value;
    vm.dictSetStr(o.dict, name, value);
    return null;
  }
  if (name === '__class__') {
    setObjectClass(o, value);
    return null;
  }
  if (o instanceof PyModule) {
    vm.dictSetStr(o.dict, name, value);
    return null;
  }
  if (o instanceof PyFunction) {
    setFunctionAttribute(vm, o, name, value);
    return null;
  }
  if (o instanceof PyCell && name === 'cell_contents') {
    setCellContents(o, value);
    return null;
  }
  if (o.type.nativeSlots?.setAttribute?.(vm, o, name, value)) return null;
  readOnlyAttribute(o, name);
}

/** cell_set_contents: `del cell.cell_contents` empties the cell. */
function setCellContents(cell: PyCell, value: PyObject | null): void {
  const old = cell.contents;
  cell.contents = value === null ? null : incref(value);
  if (old) decref(old);
}

/** type_set_abstractmethods: a class with abstract methods left cannot be instantiated (object.__new__ checks). */
function setAbstractMethods(vm: VM, type: PyType, value: PyObject): void {
  const items = vm.collectItems(value);
  const names = items.map((i) => (i instanceof PyStr ? i.value : ''));
  for (const i of items) decref(i);
  type.abstractMethods = names.length > 0 ? names.sort() : null;
}


/** A function's writable attributes: its names, doc and module are the function's own fields, the rest its dict. */
function setFunctionAttribute(vm: VM, o: PyFunction, name: string, value: PyObject): void {
  switch (name) {
    case '__name__': case '__qualname__':
      if (!(value instanceof PyStr)) throw new NativeRaise('TypeError', `${name} must be set to a string object`);
      if (name === '__name__') o.name = value.value;
      else o.qualname = value.value;
      return;
    case '__doc__': case '__module__': {
      const old = name === '__doc__' ? o.doc : o.moduleOverride;
      if (name === '__doc__') o.doc = incref(value);
      else o.moduleOverride = incref(value);
      if (old) decref(old);
      return;
    }
    case '__annotations__': {
      // func_set_annotations: a dict, or None for none (the next read makes an empty one).
      if (value !== None && !(value instanceof PyDict)) throw new NativeRaise('TypeError', '__annotations__ must be set to a dict object');
      const old = o.annotations;
      o.annotations = value === None ? null : incref(value);
      if (old) decref(old);
      return;
    }
    case '__defaults__': case '__kwdefaults__': {
      const isDefaults = name === '__defaults__';
      if (value !== None && !(isDefaults ? value instanceof PyTuple : value instanceof PyDict)) {
        throw new NativeRaise('TypeError', `${name} must be set to a ${isDefaults ? 'tuple' : 'dict'} object`);
      }
      const old = isDefaults ? o.defaults : o.kwdefaults;
      const stored = value === None ? null : incref(value);
      if (isDefaults) o.defaults = stored;
      else o.kwdefaults = stored;
      if (old) decref(old);
      return;
    }
  }
  if (!o.dict) o.dict = vm.newDictTracked();
  vm.dictSetStr(o.dict, name, value);
}

/** A module type's getset (its attribute slot) reached through a subclass's instance: not writable, named by the module type. */
function readOnlyNativeGetSet(o: PyObject, name: string): void {
  const owner = o.type.mro.find((t) => t.nativeSlots?.attribute);
  const getset = owner?.nativeSlots!.attribute!(o, name);
  if (!getset) return;
  decref(getset);
  throw new NativeRaise('AttributeError', `attribute '${name}' of '${owner!.name}' objects is not writable`);
}

/** Setting or deleting an attribute of a builtin object: CPython's message for what the type has there. */
function readOnlyAttribute(o: PyObject, name: string): never {
  // A C type's getset read through its attribute slot (deque.maxlen, array.typecode).
  const getset = o.type.nativeSlots?.attribute?.(o, name);
  if (getset) {
    decref(getset);
    throw new NativeRaise('AttributeError', `attribute '${name}' of '${o.type.name}' objects is not writable`);
  }
  const descr = o.type.lookup(name);
  if (descr instanceof PyGetSetDescriptor) {
    if (descr.type === T.member_descriptor) throw new NativeRaise('AttributeError', 'readonly attribute');
    throw new NativeRaise('AttributeError', `attribute '${name}' of '${descr.owner.name}' objects is not writable`);
  }
  if (descr) throw new NativeRaise('AttributeError', `'${o.type.name}' object attribute '${name}' is read-only`);
  throw new NativeRaise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
}

/** delattr(o, name), run at once. */
export function deleteAttr(vm: VM, o: PyObject, name: string): void {
  const call = delAttr(vm, o, name);
  if (call) vm.runSync(descriptorCallResumable(vm, call));
}

/** `del o.name`, except that a descriptor's call (a property's deleter...) is returned to be run as a frame. */
export function delAttr(vm: VM, o: PyObject, name: string): DescriptorCall | null {
  if (o instanceof PyWeakProxy) return delAttr(vm, proxyReferent(o), name);
  if (o.attrs || o instanceof PyType) {
    const hook = attributeHookOverride(o.type, '__delattr__');
    if (hook) {
      callAttributeHook(vm, hook, o, name, null);
      return null;
    }
  }
  return delAttrGeneric(vm, o, name);
}

/** object.__delattr__: the deletion without a class's __delattr__ override (a descriptor's call returned). */
export function delAttrGeneric(vm: VM, o: PyObject, name: string): DescriptorCall | null {
  const attrs = o.attrs;
  if (attrs) {
    const call = descriptorStore(o, name, null);
    if (call) return call;
    if (isClassAssignment(o, name)) setObjectClass(o, null);
    if (isInstanceGetSet(o, name)) {
      setInstanceGetSet(o, name, null);
      return null;
    }
    if (o instanceof PyInstance && o.exc && (name === '__cause__' || name === '__context__' || name === 'args')) throw new NativeRaise('TypeError', `${name} may not be deleted`);
    if (o.type.builtinKind !== null) {
      const member = o.type.lookup(name);
      if (member instanceof PyGetSetDescriptor && member.owner.nativeSlots !== null) readOnlyAttribute(o, name);
      if (!member) readOnlyNativeGetSet(o, name);
    }
    const slot = o.type.slotLayout.indexOf(name);
    if (slot >= 0) {
      const old = attrs.slotValues![slot];
      // PyMember_SetOne: deleting an unset slot names only the slot.
      if (!old) throw new NativeRaise('AttributeError', name);
      attrs.slotValues![slot] = null;
      decref(old);
      return null;
    }
    if (attrs.dict && vm.dictDelStr(attrs.dict, name)) return null;
    if (!attrs.dict && o.type.lookup(name)) throw new NativeRaise('AttributeError', `'${o.type.name}' object attribute '${name}' is read-only`);
    throw new NativeRaise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
  }
  if (o instanceof PyType && o.isHeapType) {
    const call = descriptorStore(o, name, null);
    if (call) return call;
    if (setTypeSpecialAttribute(vm, o, name, null)) return null;
    if (vm.dictDelStr(o.dict, name)) return null;
    throw new NativeRaise('AttributeError', `type object '${o.name}' has no attribute '${name}'`);
  }
  if (o instanceof PyModule && vm.dictDelStr(o.dict, name)) return null;
  if (o instanceof PyFunction && name === '__doc__') {
    // func_set_doc: deleting stores None.
    setFunctionAttribute(vm, o, name, None);
    return null;
  }
  if (o instanceof PyFunction && o.dict && vm.dictDelStr(o.dict, name)) return null;
  if (o instanceof PyCell && name === 'cell_contents') {
    setCellContents(o, null);
    return null;
  }
  if (o.type.nativeSlots?.setAttribute?.(vm, o, name, null)) return null;
  if (o instanceof PyType || o instanceof PyModule || o instanceof PyFunction) noAttribute(o, name);
  readOnlyAttribute(o, name);
}

