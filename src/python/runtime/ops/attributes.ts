// Attribute reads: getattr with descriptors, instance dicts, __slots__ and special attributes, and LOAD_METHOD's
// shortcut. Stores and deletes are in attributeStores.ts.

import { knownInstanceLayout } from '../typeLayout';
import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyBoundMethod, PyBuiltinFunction, PyDescriptorWrapper, PyFunction, PyGenerator, GeneratorKind, PyInstance, PyMethodDescriptor, PyClassAttributeDescriptor, PyModule, PySuper, PyWeakref, PyWeakProxy, PyTraceback, PyFrameObject, PySlotWrapper, PyGetSetDescriptor, PyMappingProxy, PyTuple, type NativeCall } from '../objects';
import { slotsOf } from '../nativeSlots';
import { PyType } from '../types';
import { T, None } from '../builtinTypes';
import { activeHeap, decref, incref } from '../heap';
import { newBool, newDict, newInt, newStr, newTuple, newNone } from '../factory';
import { numberAttribute } from './numbers';
import { dictSetStr, materializeAttributeDict } from '../containers';
import { frameAttribute } from '../../vm/frameAttributes';
import { sharedKeysOf } from '../sharedKeys';
import { codeAttribute } from './codeAttributes';
import { exceptionMember } from '../exceptionMembers';
import { PyCell, PyCode } from '../callables';
import { builtinDoc, builtinTextSignature, moduleDoc, moduleTypeDoc, typeTextSignature } from '../../modules/pydoc/docLookup';
import type { VM } from '../../vm/vm';
import type { NativeOp } from '../../vm/nativeOp';
import { callMethodOp, callRequest, callSpecialOp, holdReferences, releaseReferences } from '../../vm/callOps';
import { delegate } from '../../vm/generatorControl';
import { withAttributeErrorContext } from '../../vm/attributeErrorContext';
import { callDescriptorGet, descriptorGetter, getattributeOverride, isDataDescriptor, wrapperKind } from './attributeHooks';
import { libraryModuleAttribute } from '../../modules/libraryModuleSpec';

export function noAttribute(o: PyObject, name: string): never {
  // CPython's set_attribute_error_context: the error knows the name and holds the object.
  const members = { name, obj: o };
  if (o instanceof PyType) throw new NativeRaise('AttributeError', `type object '${o.name}' has no attribute '${name}'`, members);
  if (o instanceof PyModule) {
    const partly = o.initializing ? 'partially initialized ' : '';
    const why = o.initializing ? ' (most likely due to a circular import)' : '';
    throw new NativeRaise('AttributeError', `${partly}module '${o.name}' has no attribute '${name}'${why}`, members);
  }
  throw new NativeRaise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`, members);
}

/**
 * Whether an instance simply has no attribute `name` (nothing in its class, dict or slots, no __getattr__): what
 * hasattr() and getattr() with a default then answer at once, as CPython's _PyObject_LookupAttr does, without
 * making the AttributeError that a lookup would raise (which cost several times the rest). Likewise a class with
 * nothing of that name in its MRO or its metaclass (`hasattr(type(x), "keys")`).
 */
export function plainlyAbsent(vm: VM, o: PyObject, name: string): boolean {
  if (o instanceof PyType) return plainlyAbsentFromClass(o, name);
  const attrs = o.attrs;
  if (attrs === null || o instanceof PyWeakProxy) return false;
  const type = o.type;
  if (type.lookup(name) !== undefined || type.lookup('__getattr__') !== undefined || type.slotLayout.includes(name)) return false;
  if (getattributeOverride(type) !== null) return false;
  if (attrs.dict?.getStr(name)) return false;
  const special = specialAttribute(vm, o, name);
  if (special === null) return true;
  decref(special);
  return false;
}

/**
 * type_getattro finds nothing: no attribute in the MRO or the metaclass's, and no hook of the metaclass. Dunder
 * names are left to the full lookup (the type's own data attributes: __name__, __mro__, __doc__...).
 */
function plainlyAbsentFromClass(t: PyType, name: string): boolean {
  if (name.startsWith('__') && name.endsWith('__')) return false;
  const meta = t.type;
  if (meta.isHeapType && (meta.lookup('__getattr__') !== undefined || getattributeOverride(meta) !== null)) return false;
  return t.lookup(name) === undefined && meta.lookup(name) === undefined;
}

/** property_descr_get/set's AttributeError for a missing accessor: the property named if __set_name__ named it. */
export function missingAccessor(prop: PyDescriptorWrapper, obj: PyObject, accessor: 'getter' | 'setter' | 'deleter'): NativeRaise {
  const named = prop.propertyName !== null ? `${prop.propertyName} ` : '';
  return new NativeRaise('AttributeError', `property ${named}of '${obj.type.qualname}' object has no ${accessor}`);
}

/** Makes an instance's attribute dict a real object, as CPython does when `obj.__dict__` is first read. */
export function materializeDict(inst: PyObject, forStore = false): PyDict {
  const d = inst.attrs!.dict!;
  if (!d.materialized) {
    // A list, dict... of a Python class has no inline values (its base's tp_new made it): the first store
    // makes a dict sharing the class's keys with values of its own (new_dict_with_shared_keys), reading
    // `__dict__` first an ordinary empty dict. (An exception's dict is an ordinary one.)
    const newValues = forStore && !d.inlineValues && !(inst instanceof PyInstance && inst.exc !== null);
    if (newValues) d.splitKeys = sharedKeysOf(inst.type);
    materializeAttributeDict(d, newValues);
  }
  return d;
}

/** A method object (PyMethod_New): tracked by the collector, as it can be part of a cycle through its __self__. */
function boundMethod(vm: VM, func: PyObject, self: PyObject): PyBoundMethod {
  const method = vm.heap.register(new PyBoundMethod(T.method, func, self));
  vm.heap.track(method);
  return method;
}

/**
 * A classmethod bound to its class: a builtin type's (a classmethod_descriptor in CPython: `dict.fromkeys`,
 * `int.from_bytes`) is a builtin method of the class, as its __get__ makes it; a Python function a method object.
 */
function boundClassMethod(vm: VM, descr: PyDescriptorWrapper, cls: PyObject): PyObject {
  const fn = descr.wrapped[0];
  // A builtin type's own is shared; classmethod(len) in a program's class is not.
  if (!descr.immortal || !(fn instanceof PyBuiltinFunction) || fn.self !== null) return boundMethod(vm, incref(fn), incref(cls));
  return builtinBoundTo(vm, T.builtin_function_or_method, fn, fn.fn, cls);
}

/** A builtin function object bound to `self` (PyCFunction with m_self), running as `source` runs. */
function builtinBoundTo(vm: VM, type: PyType, source: PyBuiltinFunction | PyMethodDescriptor, fn: NativeCall, self: PyObject): PyBuiltinFunction {
  const bound = vm.heap.register(new PyBuiltinFunction(type, source.name, fn, incref(self)));
  vm.heap.track(bound);
  bound.resumable = source.resumable;
  bound.alwaysGuarded = source.alwaysGuarded;
  return bound;
}

/** Binds what a type lookup found to the object it was found through (functions become bound methods). */
function bindDescriptor(vm: VM, descr: PyObject, obj: PyObject, owner: PyType): PyObject {
  if (descr instanceof PyClassAttributeDescriptor) return classAttribute(vm, descr, obj);
  if (descr instanceof PyFunction) return boundMethod(vm, incref(descr), incref(obj));
  if (descr instanceof PyMethodDescriptor) return bindBuiltinMethod(vm, descr, obj);
  if (descr instanceof PyGetSetDescriptor) return descr.get(vm, obj);
  const getter = descriptorGetter(descr);
  if (getter) return callDescriptorGet(vm, getter, descr, obj, owner);
  const nativeGet = descr.type.nativeSlots?.descrGet;
  if (nativeGet) return nativeGet(vm, descr, obj);
  if (descr instanceof PyDescriptorWrapper) {
    const kind = wrapperKind(descr);
    if (kind === T.staticmethod) return incref(descr.wrapped[0]);
    if (kind === T.classmethod) return boundClassMethod(vm, descr, owner);
    if (kind === T.property) {
      const getter = descr.wrapped[0];
      if (getter === None) throw missingAccessor(descr, obj, 'getter');
      return vm.call(getter, [obj]);
    }
  }
  return incref(descr);
}

/** _PyObject_LookupSpecial: `name` found on o's type and bound to o (a new reference), or null. */
export function lookupSpecial(vm: VM, o: PyObject, name: string): PyObject | null {
  const descr = o.type.lookup(name);
  return descr ? bindDescriptor(vm, descr, o, o.type) : null;
}

/** A builtin method bound to its object (`[].append`, `(1).__add__`), running as its descriptor does. */
export function bindBuiltinMethod(vm: VM, descr: PyMethodDescriptor, obj: PyObject): PyBuiltinFunction {
  // A slot wrapper bound to its object is a method-wrapper.
  const type = descr instanceof PySlotWrapper ? T.method_wrapper : T.builtin_function_or_method;
  return builtinBoundTo(vm, type, descr, descr.varargs ? boundVarargs(descr) : descr.fn, obj);
}

/** A METH_VARARGS method as a builtin function object: cfunction_call refuses keywords naming it bare (`find()`). */
function boundVarargs(descr: PyMethodDescriptor): NativeCall {
  return (descr.boundVarargsFn ??= (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw new NativeRaise('TypeError', `${descr.name}() takes no keyword arguments`);
    return descr.fn(vm, args, kwargs);
  });
}

/** An instance's `__dict__` or `__weakref__` (their getsets); slots are read before lookup reaches here. */
function classAttribute(vm: VM, descr: PyClassAttributeDescriptor, obj: PyObject): PyObject {
  if (descr.name === '__dict__' && obj.attrs?.dict) return incref(materializeDict(obj));
  if (descr.name === '__weakref__') return incref(vm.weakrefs.get(obj.id)?.[0] ?? None);
  noAttribute(obj, descr.name);
}

/** A weak proxy's live referent (borrowed), or ReferenceError once it is gone (proxy_checkref). */
export function proxyReferent(p: PyWeakProxy): PyObject {
  if (!p.target) throw new NativeRaise('ReferenceError', 'weakly-referenced object no longer exists');
  return p.target;
}

/** getattr(o, name): a new reference, or AttributeError. */
export function getAttr(vm: VM, o: PyObject, name: string): PyObject {
  if (o.attrs) return instanceGetAttr(vm, o, name);
  if (o instanceof PyWeakProxy) return getAttr(vm, proxyReferent(o), name);
  if (o instanceof PyType) return typeGetAttr(vm, o, name);
  if (o instanceof PyModule) {
    const v = o.dict.getStr(name);
    if (v) return incref(v);
    if (name === '__name__') return newStr(o.name);
    if (name === '__dict__') return incref(o.dict);
    if (name === '__doc__' && !o.dict.getStr('__file__')) {
      // A C module's doc, from python3's (the docs table is fetched on first use, so it is not in the dict).
      const doc = moduleDoc(o.name);
      if (doc !== null) return newStr(doc);
      // module_init_dict gives every module a __doc__: None when it has no docstring (not the module type's).
      return newNone();
    }
    // Then what the module type has (__class__, __reduce_ex__, __dir__...), as the generic getattr finds it.
    if (name === '__class__') return incref(o.type);
    const descr = o.type.lookup(name);
    if (descr) return bindDescriptor(vm, descr, o, o.type);
    const libraryAttribute = libraryModuleAttribute(vm, o, name);
    if (libraryAttribute) return libraryAttribute;
    // PEP 562: module_getattro asks the module's own __getattr__ last.
    const hook = o.dict.getStr('__getattr__');
    if (hook) return callModuleGetattr(vm, hook, name);
    noAttribute(o, name);
  }
  if (o instanceof PySuper) return superGetAttr(vm, o, name);
  const special = specialAttribute(vm, o, name);
  if (special) return special;
  const native = o.type.nativeSlots?.attribute?.(o, name);
  if (native) return native;
  const owner = o.type.nativeSlots?.attributeOwner?.(o, name);
  if (owner) return getAttr(vm, owner, name);
  const descr = o.type.lookup(name);
  if (descr) return bindDescriptor(vm, descr, o, o.type);
  noAttribute(o, name);
}

function callModuleGetattr(vm: VM, hook: PyObject, name: string): PyObject {
  const nameObj = newStr(name);
  try {
    return vm.call(hook, [nameObj]);
  } finally {
    decref(nameObj);
  }
}

function instanceGetAttr(vm: VM, o: PyObject, name: string): PyObject {
  return instanceGetAttrBuiltin(vm, o, name) ?? vm.runSync(getAttrResumable(vm, o, name));
}

/** getattr(o, name) when no Python code runs for it; null when a property getter or __getattr__ must. */
export function getAttrBuiltin(vm: VM, o: PyObject, name: string): PyObject | null {
  return o.attrs ? instanceGetAttrBuiltin(vm, o, name) : getAttr(vm, o, name);
}

function instanceGetAttrBuiltin(vm: VM, o: PyObject, name: string): PyObject | null {
  // A class's own __getattribute__ runs as a frame (getAttrResumable).
  if (getattributeOverride(o.type) !== null) return null;
  return genericGetAttrBuiltin(vm, o, name);
}

/** PyObject_GenericGetAttr when no Python code runs for it; null when a property getter, __get__ or __getattr__ must. */
function genericGetAttrBuiltin(vm: VM, o: PyObject, name: string): PyObject | null {
  const type = o.type;
  const attrs = o.attrs!;
  const descr = type.lookup(name);
  // Data descriptors (properties) win over the instance dict.
  if (wrapperKind(descr) === T.property) return null;
  // A Python descriptor's __get__ runs as a frame (getAttrResumable), unless the instance dict shadows it.
  const getter = descriptorGetter(descr);
  if (getter && (isDataDescriptor(descr!) || !attrs.dict?.getStr(name))) return null;
  // A C data descriptor (namedtuple's field getters) wins over the instance dict too.
  const descrSlots = descr?.type.nativeSlots;
  if (descrSlots?.readOnlyDescriptor) return descrSlots.descrGet!(vm, descr!, o);
  // A module type's getsets (deque's maxlen) for an instance of a Python subclass, unless the class shadows them.
  if (!descr && type.builtinKind !== null) {
    const native = slotsOf(type)?.attribute?.(o, name);
    if (native) return native;
  }
  const slot = type.slotLayout.indexOf(name);
  if (slot >= 0) {
    const v = attrs.slotValues![slot];
    if (v) return incref(v);
    // An unset slot's AttributeError goes on to __getattr__ (getAttrResumable).
    if (type.lookup('__getattr__')) return null;
    throw new NativeRaise('AttributeError', `'${type.name}' object has no attribute '${name}'`, { name, obj: o });
  }
  if (attrs.dict) {
    const v = attrs.dict.getStr(name);
    if (v) return incref(v);
  }
  if (descr) return bindDescriptor(vm, descr, o, type);
  const special = specialAttribute(vm, o, name);
  if (special) return special;
  if (type.lookup('__getattr__')) return null;
  noAttribute(o, name);
}

/** getattr(o, name) with property getters and __getattr__ running as frames. */
export function* getAttrResumable(vm: VM, o: PyObject, name: string): NativeOp<PyObject> {
  if (!o.attrs) return getAttr(vm, o, name);
  const hook = o.type.lookup('__getattr__');
  const override = getattributeOverride(o.type);
  try {
    // slot_tp_getattr_hook binds the override (call_attribute) when there is a __getattr__; slot_tp_getattro calls it unbound.
    const found = override === null ? yield* genericGetAttrResumable(vm, o, name) : yield* callAttributeHookOp(vm, override, o, name, hook !== undefined);
    if (found) return found;
  } catch (e) {
    // slot_tp_getattr_hook: an AttributeError from a property getter or an unset slot goes on to __getattr__.
    if (!hook || !vm.matches(e, 'AttributeError')) throw withAttributeErrorContext(e, o, name);
  }
  try {
    return yield* callAttributeHookOp(vm, hook!, o, name);
  } catch (e) {
    throw withAttributeErrorContext(e, o, name);
  }
}

/** A class's __getattribute__ or __getattr__ called with the attribute's name: bound (call_attribute) or not. */
function* callAttributeHookOp(vm: VM, hook: PyObject, o: PyObject, name: string, bound = true): NativeOp<PyObject> {
  const nameObj = newStr(name);
  vm.holdTemporary(nameObj);
  try {
    return bound ? yield* callSpecialOp(vm, hook, o, [nameObj]) : yield* callMethodOp(vm, hook, o, [nameObj]);
  } finally {
    vm.dropTemporary(nameObj);
    decref(nameObj);
  }
}

/** object.__getattribute__(o, name): PyObject_GenericGetAttr, which neither a class's override nor __getattr__ joins. */
export function genericGetAttr(vm: VM, o: PyObject, name: string): PyObject {
  if (!o.attrs) return getAttr(vm, o, name);
  const found = genericGetAttrBuiltin(vm, o, name) ?? vm.runSync(genericGetAttrResumable(vm, o, name));
  if (found === null) noAttribute(o, name);
  return found;
}

/** object.__getattribute__ with property getters and descriptors' __get__ as frames; null: none found, ask __getattr__. */
function* genericGetAttrResumable(vm: VM, o: PyObject, name: string): NativeOp<PyObject | null> {
  const descr = o.type.lookup(name);
  if (descr instanceof PyDescriptorWrapper && wrapperKind(descr) === T.property) {
    const getter = descr.wrapped[0];
    if (getter === None) throw missingAccessor(descr, o, 'getter');
    return yield* heldDescriptorCallOp(vm, descr, getter, [o]);
  }
  const descrGet = descriptorGetter(descr);
  if (descrGet && (isDataDescriptor(descr!) || !o.attrs!.dict?.getStr(name))) return yield* heldDescriptorCallOp(vm, descr!, descrGet, [descr!, o, o.type]);
  return genericGetAttrBuiltin(vm, o, name);
}

/**
 * A descriptor's __get__, __set__ or __delete__ (or a property's function) called by the generic getattr, setattr
 * and type_getattro, which hold a reference to the descriptor they found meanwhile (_PyObject_LookupSpecial does not).
 */
export function* heldDescriptorCallOp(vm: VM, descr: PyObject, callable: PyObject, args: PyObject[]): NativeOp<PyObject> {
  const held = holdReferences(vm, [descr]);
  try {
    return (yield callRequest(vm, callable, args)) as PyObject;
  } finally {
    releaseReferences(vm, held);
  }
}

/** The data descriptors of `type` itself, which win over a class's own dict (type_getattro). */
function typeDataAttribute(t: PyType, name: string): PyObject | null {
  switch (name) {
    case '__name__':
      if (t.heldName) return incref(t.heldName);
      return newStr(t.shortName);
    case '__qualname__': return t.heldQualname ? incref(t.heldQualname) : newStr(t.qualname);
    case '__class__': return incref(t.type);
    // type_module: a builtin type's comes from its name, whatever its dict holds (function's __module__ member).
    case '__module__': return t.isHeapType ? null : newStr(t.module);
    case '__bases__': return t.basesTuple ? incref(t.basesTuple) : newTuple(t.bases.map((b) => incref(b)));
    case '__base__': return incref(t.base ?? t.bases[0] ?? None);
    case '__basicsize__': case '__itemsize__': case '__dictoffset__': case '__weakrefoffset__': {
      const layout = knownInstanceLayout(t);
      if (!layout) return null;
      const field = name === '__basicsize__' ? layout.basicsize : name === '__itemsize__' ? layout.itemsize
        : name === '__dictoffset__' ? layout.dictoffset : layout.weaklistoffset;
      return newInt(field);
    }
    case '__doc__': {
      // type_get_doc: a type's own doc, never a base's. A C module's type (deque, itertools.count) has python3's
      // from the docs table; the others have theirs in their dict.
      if (t.isHeapType || t.dict.getStr('__doc__')) return null;
      const doc = moduleTypeDoc(t);
      return doc === null ? newNone() : newStr(doc);
    }
    // A class statement's doc has no signature in it; a builtin type's is in the docs table.
    case '__text_signature__': {
      const signature = t.isHeapType ? null : typeTextSignature(t);
      return signature === null ? newNone() : newStr(signature);
    }
    case '__mro__': return t.mroTuple ? incref(t.mroTuple) : newTuple(t.mro.map((b) => incref(b)));
    case '__annotations__': {
      // The class's own annotations (not a base's); a class without any gets an empty dict, kept in its namespace.
      if (!t.isHeapType) return null;
      const own = t.dict.getStr('__annotations__');
      if (own) return incref(own);
      const empty = newDict();
      dictSetStr(t.dict, '__annotations__', empty);
      return empty;
    }
    case '__dict__': {
      // A read-only view of the class namespace.
      const proxy = activeHeap().register(new PyMappingProxy(T.mappingproxy, incref(t.dict)));
      activeHeap().track(proxy);
      return proxy;
    }
  }
  return null;
}

function typeGetAttrGeneric(vm: VM, t: PyType, name: string): PyObject {
  const data = typeDataAttribute(t, name);
  if (data) return data;
  // type_getattro: a data descriptor of a Python metaclass (a property on it) wins over the class's own attributes.
  const metaData = t.type.isHeapType ? t.type.lookup(name) : undefined;
  if (metaData && isDataDescriptor(metaData)) return bindDescriptor(vm, metaData, t, t.type);
  const descr = t.lookup(name);
  if (descr) {
    if (descr instanceof PyDescriptorWrapper) {
      const kind = wrapperKind(descr);
      if (kind === T.staticmethod) return incref(descr.wrapped[0]);
      if (kind === T.classmethod) return boundClassMethod(vm, descr, t);
    }
    const getter = descriptorGetter(descr);
    if (getter) return vm.runSync(heldDescriptorCallOp(vm, descr, getter, [descr, None, t]));
    return incref(descr);
  }
  switch (name) {
    case '__module__': return newStr(t.module);
    case '__doc__': return newNone();
    case '__class__': return incref(t.type);
  }
  const metaDescr = t.type.lookup(name);
  if (metaDescr) return bindDescriptor(vm, metaDescr, t, t.type);
  noAttribute(t, name);
}

/** A class's attribute; a metaclass's own __getattr__ answers an AttributeError (slot_tp_getattr_hook), as EnumType's does. */
function typeGetAttr(vm: VM, t: PyType, name: string): PyObject {
  const metaHook = t.type.isHeapType ? t.type.lookup('__getattr__') : undefined;
  if (!metaHook) return typeGetAttrGeneric(vm, t, name);
  try {
    return typeGetAttrGeneric(vm, t, name);
  } catch (e) {
    if (!vm.matches(e, 'AttributeError')) throw e;
  }
  const nameObj = newStr(name);
  try {
    return vm.callSpecial(metaHook, t, [nameObj]);
  } finally {
    decref(nameObj);
  }
}

export function superGetAttr(vm: VM, s: PySuper, name: string): PyObject {
  // super_getattro: __class__ is the super object's own class, not looked up past __thisclass__.
  if (name === '__class__') return incref(s.type);
  // supercheck: a class is the starting point when it derives from the super() class (classmethods); a class
  // that is an instance of it (a metaclass's methods) is an ordinary object.
  const classLike = s.obj instanceof PyType && s.obj.isSubtypeOf(s.thisType);
  const objType = classLike ? s.obj as PyType : s.obj.type;
  const mro = objType.mro;
  const start = mro.indexOf(s.thisType) + 1;
  for (let i = start; i < mro.length; i++) {
    const v = mro[i].dict.getStr(name);
    if (v) {
      if (classLike) {
        if (v instanceof PyDescriptorWrapper && wrapperKind(v) === T.classmethod) return boundClassMethod(vm, v, s.obj);
        return incref(v);
      }
      return bindDescriptor(vm, v, s.obj, objType);
    }
  }
  // Not found past __thisclass__: the super object's own attributes (PyObject_GenericGetAttr): its members, __get__...
  const own = s.type.lookup(name);
  if (own) return bindDescriptor(vm, own, s, s.type);
  throw new NativeRaise('AttributeError', `'super' object has no attribute '${name}'`);
}

/** The function's attributes a bound method shows as its own. */
const FUNCTION_ATTRIBUTES = new Set(['__name__', '__qualname__', '__module__', '__doc__', '__text_signature__', '__code__', '__defaults__',
  '__kwdefaults__', '__annotations__', '__globals__', '__closure__']);

/** A function of the builtins module (its m_self: not a method, not a C module's function). */
function isBuiltinsFunction(vm: VM, f: PyBuiltinFunction): boolean {
  return !f.self && !f.module && vm.builtins.getStr(f.name) === f;
}

/** `__doc__` and `__text_signature__` of builtin callables and descriptors (from python3's, on first use). */
export function docAttribute(vm: VM, o: PyObject, name: string): PyObject | null {
  const isBuiltin = (f: PyBuiltinFunction) => isBuiltinsFunction(vm, f);
  const value = name === '__doc__' ? builtinDoc(o, isBuiltin) : builtinTextSignature(o, isBuiltin);
  if (value === undefined) return null;
  return value === null ? newNone() : newStr(value);
}

/** An attribute a builtin type's getset or member serves (its descriptor's getter): AttributeError without one. */
export function servedAttribute(vm: VM, o: PyObject, name: string): PyObject {
  return specialAttribute(vm, o, name) ?? noAttribute(o, name);
}

/** Attributes that CPython implements with getset descriptors on builtin types. */
function specialAttribute(vm: VM, o: PyObject, name: string): PyObject | null {
  if (name === '__class__') return incref(o.type);
  if ((name === '__doc__' || name === '__text_signature__') && !o.attrs) {
    const doc = docAttribute(vm, o, name);
    if (doc) return doc;
  }
  if (o instanceof PyInstance) {
    if (name === '__dict__' && o.dict) return incref(materializeDict(o));
    if (o.exc) {
      switch (name) {
        case 'args': return incref(o.exc.args);
        case '__cause__': return o.exc.cause ? incref(o.exc.cause) : newNone();
        case '__context__': return o.exc.context ? incref(o.exc.context) : newNone();
        case '__suppress_context__': return newBool(o.exc.suppressContext);
        case '__traceback__': return o.exc.tracebackHead ? incref(o.exc.tracebackHead) : newNone();
        case 'code':
          if (o.exc.code !== undefined) return incref(o.exc.code ?? None);
          break;
        case 'value':
          if (o.type.isSubtypeOf(vm.exceptionType('StopIteration'))) return incref(o.exc.args.items[0] ?? None);
          break;
      }
      const member = exceptionMember(o, name);
      if (member) return member;
    }
    return null;
  }
  if (o instanceof PyFrameObject) return frameAttribute(vm, o, name);
  if (o instanceof PyTraceback) {
    switch (name) {
      case 'tb_next': return o.next ? incref(o.next) : newNone();
      case 'tb_frame': return incref(o.frame);
      case 'tb_lineno': return newInt(o.entry.line);
    }
  }
  if (o instanceof PyFunction) {
    switch (name) {
      case '__name__': return newStr(o.name);
      case '__qualname__': return newStr(o.qualname);
      // func_new takes __name__ from the globals (a module's functions say 'random', 'string'); assignable.
      case '__module__': return incref(o.moduleOverride ?? o.globals.getStr('__name__') ?? None);
      case '__defaults__': return o.defaults ? incref(o.defaults) : newNone();
      case '__kwdefaults__': return o.kwdefaults ? incref(o.kwdefaults) : newNone();
      case '__closure__': return o.closure ? incref(o.closure) : newNone();
      case '__globals__': return incref(o.globals);
      case '__builtins__': return incref(vm.builtins);
      case '__code__': return incref(o.code);
      case '__doc__': return o.doc ? incref(o.doc) : newNone();
      case '__dict__':
        if (!o.dict) o.dict = vm.newDictTracked();
        return incref(o.dict);
      case '__annotations__':
        return incref(functionAnnotations(vm, o));
    }
    const v = o.dict?.getStr(name);
    if (v) return incref(v);
    return null;
  }
  // property's __doc__ member: the doc given or taken from the getter when it was made.
  if (o instanceof PyDescriptorWrapper && o.type === T.property && name === '__doc__') return incref(o.wrapped[3] ?? None);
  if (o instanceof PyBoundMethod) {
    if (name === '__self__') return incref(o.self);
    if (name === '__func__') return incref(o.func);
    // A builtin classmethod bound to its class (dict.fromkeys) is a builtin method in CPython, named by its class.
    if (name === '__qualname__' && o.func instanceof PyBuiltinFunction && o.self instanceof PyType) return newStr(`${o.self.qualname}.${o.func.name}`);
    // method_getattro: what the method type does not define comes from the function (its own attributes too).
    if (FUNCTION_ATTRIBUTES.has(name) || o.type.lookup(name) === undefined) return getAttr(vm, o.func, name);
    return null;
  }
  if (o instanceof PyBuiltinFunction) {
    if (name === '__name__') return newStr(o.name);
    // A builtin's m_self is the builtins module (sys.modules' entry stands for it: ours are shared objects).
    const isBuiltin = (name === '__self__' || name === '__module__') && isBuiltinsFunction(vm, o);
    if (name === '__self__') return incref(o.self ?? o.module ?? (isBuiltin ? vm.modules.get('builtins') : undefined) ?? (o.moduleName !== null ? vm.modules.get(o.moduleName) : undefined) ?? None);
    if (name === '__module__') {
      if (o.moduleName !== null) return newStr(o.moduleName);
      if (o.self) return newNone();
      if (isBuiltin) return newStr('builtins');
    }
    // meth_get__qualname__: a method is qualified by its object's type (or the class it is bound to).
    if (name === '__qualname__') {
      const self = o.self;
      if (!self || self instanceof PyModule) return newStr(o.name);
      return newStr(`${(self instanceof PyType ? self : self.type).qualname}.${o.name}`);
    }
    return null;
  }
  if (o instanceof PyGenerator) {
    // A coroutine's attributes are cr_*, an async generator's ag_* (cr_await and ag_await: what it awaits).
    const prefix = o.kind === GeneratorKind.COROUTINE ? 'cr_' : o.kind === GeneratorKind.ASYNC_GENERATOR ? 'ag_' : 'gi_';
    if (prefix !== 'gi_') {
      if (name.startsWith('gi_')) return null;
      if (name.startsWith(prefix)) name = name === prefix + 'await' ? 'gi_yieldfrom' : 'gi_' + name.slice(3);
    }
    if (name === '__name__') return newStr(o.name);
    if (name === '__qualname__') return newStr(o.qualname);
    if (name === 'gi_running') return newBool(o.running);
    // The suspended frame as an object; None once the generator has finished.
    if (name === 'gi_frame') return o.frame ? incref(vm.frameObjectOf(o.frame)) : newNone();
    if (name === 'gi_code') return o.code ? incref(o.code) : newNone();
    // Started, not running and not finished (FRAME_SUSPENDED).
    if (name === 'gi_suspended') return newBool(o.frame !== null && o.frame.pc > 0 && !o.running);
    if (name === 'gi_yieldfrom') {
      const delegated = o.frame && !o.running ? delegate(o.frame) : null;
      return delegated ? incref(delegated) : newNone();
    }
    return null;
  }
  if (o instanceof PyCode) return codeAttribute(o, name);
  if (o instanceof PyCell && name === 'cell_contents') {
    if (!o.contents) throw new NativeRaise('ValueError', 'Cell is empty');
    return incref(o.contents);
  }
  if (o instanceof PyWeakref && name === '__callback__') return o.callback ? incref(o.callback) : newNone();
  const number = numberAttribute(o, name);
  if (number) return number;
  return null;
}

/**
 * LOAD_METHOD on the object on top of `stack`: replaces it by (function, self) when the attribute is a plain
 * method found on the type (no bound method object is created), else by (NULL, attribute); false, leaving
 * the stack as it was, when Python code must run to get the attribute (getAttrResumable then gives it).
 */
export function loadMethod(vm: VM, stack: (PyObject | null)[], name: string): boolean {
  const top = stack.length - 1;
  const o = stack[top]!;
  if (o instanceof PyWeakProxy) {
    const attr = getAttr(vm, proxyReferent(o), name);
    stack[top] = null;
    stack.push(attr);
    decref(o);
    return true;
  }
  if (!(o instanceof PyType) && !(o instanceof PyModule) && !(o instanceof PySuper) && getattributeOverride(o.type) === null) {
    const descr = o.type.lookup(name);
    if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor || (descr && descr.type.nativeSlots?.methodDescriptor)) {
      const shadowed = o.attrs !== null && (o.attrs.dict?.getStr(name) !== undefined || o.type.slotLayout.includes(name));
      if (!shadowed) {
        // The stack's reference to o becomes the call's self.
        stack[top] = incref(descr);
        stack.push(o);
        return true;
      }
    }
  }
  const attr = getAttrBuiltin(vm, o, name);
  if (!attr) return false;
  stack[top] = null;
  stack.push(attr);
  decref(o);
  return true;
}

/**
 * func_get_annotations: the dict, made on first read from the def's (name, value) tuple (which is then
 * released), or empty for a function without annotations.
 */
function functionAnnotations(vm: VM, f: PyFunction): PyObject {
  const held = f.annotations;
  if (held instanceof PyDict) return held;
  const d = vm.newDictTracked();
  if (held instanceof PyTuple) {
    for (let i = 0; i + 1 < held.items.length; i += 2) vm.dictSet(d, held.items[i], held.items[i + 1]);
  }
  f.annotations = d;
  if (held) decref(held);
  return d;
}
