// builtins.__build_class__: runs a class body in a fresh namespace and makes the class (type.__new__'s work).

import { strKey } from '../runtime/mapKey';
import { bestBase, forgetLayout, instanceLayout } from '../runtime/typeLayout';
import { mangle } from '../compiler/mangle';
import { isIdentifier } from './strText';
import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyCell, PyClassAttributeDescriptor, PyDescriptorWrapper, PyFunction, PyInstance, PyList, PyStr, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { E, None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref, type Heap } from '../runtime/heap';
import { newDict, newException, newStr, newTuple } from '../runtime/factory';
import { dictDelete, dictSetStr } from '../runtime/containers';
import { tupleFreeList, type FreeListKind } from '../runtime/freeLists';
import { ExecutionHalted, PyRaise, type VM } from '../vm/vm';
import type { Frame } from '../vm/frame';
import { PyDict as PyDictClass } from '../runtime/dict';
import type { PyDict } from '../runtime/dict';
import { subclassableBuiltins, subclassConstructors } from './subclassInstances';
import { typePrepare } from './typeMethods';
import { getAttr } from '../runtime/ops/attributes';
import { repr } from '../runtime/ops/repr';
import { wrapperKind, wrapperOverride } from '../runtime/ops/attributeHooks';

function slotNames(value: PyObject): string[] {
  // A dict's keys are the names (its values are the slots' docstrings, as statistics.NormalDist has them).
  const items = value instanceof PyStr ? [value] : value instanceof PyList || value instanceof PyTuple ? value.items
    : value instanceof PyDictClass ? [...value.map.values()].map((entry) => entry.key) : null;
  if (!items) throw new NativeRaise('TypeError', `'${value.type.name}' object is not iterable`);
  return items.map((i) => {
    if (!(i instanceof PyStr)) throw new NativeRaise('TypeError', `__slots__ items must be strings, not '${i.type.name}'`);
    return i.value;
  });
}

/**
 * What CPython's __build_class__ and type_new allocate that we keep no object for: the argument tuple
 * of `type(name, bases, ns)`, the copy of the namespace that becomes the class dict, the copy
 * type_new_set_names works on, `__slots__` processing, and the weak reference in each base's
 * subclass registry (and that registry itself the first time a class of ours is subclassed).
 */
function countTypeNewParts(vm: VM, type: PyType, ownSlots: string[] | null): void {
  const heap = vm.heap;
  const argsTuple = vm.hidden.allocate(tupleFreeList(3));
  const namesToSet = vm.hidden.allocate('dict');
  const parts: FreeListKind[] = ['dict'];
  let slotList: FreeListKind | null = null;
  if (ownSlots !== null) {
    slotList = vm.hidden.allocate('list');
    if (ownSlots.length > 0) parts.push(tupleFreeList(ownSlots.length));
  }
  for (const b of type.bases) {
    parts.push('');
    ensureSubclassRegistry(heap, b);
  }
  // Measured: a class whose namespace holds a property costs CPython's type_new one more object.
  if ([...type.dict.map.values()].some((e) => e.value.type.isSubtypeOf(T.property))) parts.push('');
  heap.addHiddenParts(type, parts);
  vm.hidden.release(slotList === null ? [namesToSet, argsTuple] : [slotList, namesToSet, argsTuple]);
}

/** A getset or member descriptor of `type`, stored in its dict. */
function addClassDescriptor(type: PyType, descriptorType: PyType, name: string): void {
  const d = activeHeap().register(new PyClassAttributeDescriptor(descriptorType, name, incref(type)));
  activeHeap().track(d);
  dictSetStr(type.dict, name, d);
  decref(d);
}

/**
 * type_new's layout work: tp_bases, tp_base and tp_mro (the mro tuple holds the class itself), a
 * member descriptor per slot, `__dict__` and `__weakref__` getsets when the class adds them, and
 * `__doc__` defaulting to None; `__qualname__` leaves the dict.
 */
function layOutClass(type: PyType, base: PyType, ownSlots: string[] | null): void {
  const ns = type.dict;
  type.basesTuple = newTuple(type.bases.map((b) => incref(b)));
  type.base = incref(base);
  type.collectionFlags = base.collectionFlags;
  type.mroTuple = newTuple(type.mro.map((t) => incref(t)));
  dictDelete(ns, strKey('__qualname__'));
  const baseHasDict = base.isHeapType ? base.hasInstanceDict : base.isException || base.hasInstanceDict || base === T.type;
  const addDict = !baseHasDict && (ownSlots === null || ownSlots.includes('__dict__'));
  // may_add_weak: not for variable-size kinds (int, tuple, bytes), nor set and frozenset, which have their own;
  // classmethod and staticmethod are left as they were (their own __dict__ is not modelled: see descriptorInit).
  const kind = type.builtinKind;
  const weakrefKind = kind === null || [T.list, T.dict, T.float, T.str, T.weakref, T.complex, T.property, T.enumerate, T.zip, T.map, T.filter, T.reversed].includes(kind);
  const addWeakref = !base.hasWeakrefSlot && weakrefKind && !base.isSubtypeOf(T.type) && (ownSlots === null || ownSlots.includes('__weakref__'));
  type.hasWeakrefSlot = base.hasWeakrefSlot || addWeakref;
  for (const name of ownSlots ?? []) {
    if (name !== '__dict__' && name !== '__weakref__') addClassDescriptor(type, T.member_descriptor, name);
  }
  if (addDict) addClassDescriptor(type, T.getset_descriptor, '__dict__');
  if (addWeakref) addClassDescriptor(type, T.getset_descriptor, '__weakref__');
  if (!ns.getStr('__doc__')) dictSetStr(ns, '__doc__', None);
  // Registering the class sized it (sys.getsizeof asks its layout) before its weakref slot was known.
  forgetLayout(type);
}

/** A class statement between running its body and making the class: what the body frame carries. */
export interface ClassBuild {
  readonly name: string;
  readonly bases: PyType[];
  /** The namespace the body fills (a new reference, handed to the class). */
  readonly ns: PyDict;
  /** References to the call's arguments (body function, name, bases), kept until the class is made. */
  held: PyObject[];
  /** The class keywords other than metaclass, passed to __init_subclass__ (borrowed from the call). */
  keywords?: Map<string, PyObject> | null;
  /** The class's metaclass; a Python one (a subclass of type) is called to make the class. */
  metaclass?: PyType;
  /** Set when a metaclass's type.__new__ makes the class: the metaclass is not called again. */
  fromTypeNew?: boolean;
  /**
   * Bases that are not all classes (a learner's `class Dice(random)`): their winning type, which is no metaclass
   * (module), is called with them once the body has run, as __build_class__ does; `bases` is then empty.
   */
  objectBases?: readonly PyObject[];
}

/** The class keywords for __init_subclass__ (all but metaclass=). */
function classKeywords(kwargs: Map<string, PyObject> | null): Map<string, PyObject> | null {
  if (!kwargs || kwargs.size === 0) return null;
  const rest = new Map([...kwargs].filter(([k]) => k !== 'metaclass'));
  return rest.size > 0 ? rest : null;
}

/** _PyType_CalculateMetaclass: the most derived of the explicit metaclass and the bases' metaclasses. */
function calculateMetaclass(explicit: PyObject | undefined, bases: readonly PyObject[]): PyType {
  if (explicit !== undefined && !(explicit instanceof PyType)) {
    throw new NativeRaise('TypeError', 'metaclasses that are not classes are not supported in this playground');
  }
  // __build_class__ starts from the first base's type (type itself without bases).
  let winner = explicit ?? (bases.length > 0 ? bases[0].type : T.type);
  for (const base of bases) {
    const meta = base.type;
    if (winner.isSubtypeOf(meta)) continue;
    if (meta.isSubtypeOf(winner)) {
      winner = meta;
      continue;
    }
    throw new NativeRaise('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The bases a class may have here: classes, and of the builtin types only those the playground can subclass. */
function checkBases(baseObjs: PyObject[]): PyType[] {
  return baseObjs.map((b) => {
    if (!(b instanceof PyType)) {
      throw new NativeRaise('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
    checkAcceptableBase(b);
    return b;
  });
}

/**
 * type_new_visit_slots and type_new_copy_slots: slot names must be identifiers, `__dict__` and `__weakref__` may be
 * added once and only where the base has none, and a slot may not share its (mangled) name with a class variable.
 */
function checkSlots(className: string, names: readonly string[], ns: PyDict, base: PyType): void {
  const layout = instanceLayout(base);
  if (names.length > 0 && layout.itemsize !== 0) {
    throw new NativeRaise('TypeError', `nonempty __slots__ not supported for subtype of '${base.name}'`);
  }
  let addsDict = false;
  let addsWeakref = false;
  for (const name of names) {
    if (!isIdentifier(name)) throw new NativeRaise('TypeError', '__slots__ must be identifiers');
    if (name === '__dict__') {
      if (layout.dictoffset !== 0 || addsDict) throw new NativeRaise('TypeError', '__dict__ slot disallowed: we already got one');
      addsDict = true;
    }
    if (name === '__weakref__') {
      if (layout.weaklistoffset !== 0 || layout.itemsize !== 0 || addsWeakref) {
        throw new NativeRaise('TypeError', '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
      }
      addsWeakref = true;
    }
  }
  for (const name of names) {
    if ((addsDict && name === '__dict__') || (addsWeakref && name === '__weakref__')) continue;
    const mangled = mangle(className, name);
    // The namespace's __qualname__ and __classcell__ leave it before the class is made: no conflict.
    if (ns.getStr(mangled) && mangled !== '__qualname__' && mangled !== '__classcell__') {
      throw new NativeRaise('ValueError', `'${mangled}' in __slots__ conflicts with class variable`);
    }
  }
}

/** add_subclass's tp_subclasses dict, made the first time a class of ours is subclassed (a hidden part of it). */
export function ensureSubclassRegistry(heap: Heap, base: PyType): void {
  if (!base.isHeapType || base.hasSubclassRegistry) return;
  base.hasSubclassRegistry = true;
  heap.addHiddenParts(base, ['dict']);
}

/** `type` at the end of base.__subclasses__(). */
export function listSubclass(heap: Heap, base: PyType, type: PyType): void {
  const list = heap.subclasses.get(base);
  if (list) list.push(type);
  else heap.subclasses.set(base, [type]);
}

/** A builtin type that cannot be a base: one CPython makes final (bool, range...), or one this playground cannot subclass. */
export function checkAcceptableBase(b: PyType): void {
  if (!b.isHeapType && !b.allowSubclass) {
    if (b.refusesSubclass) throw new NativeRaise('TypeError', `type '${b.name}' is not an acceptable base type`);
    throw new NativeRaise('TypeError', `subclassing the builtin type '${b.name}' is not supported in this playground`);
  }
}

/** type(name, bases, dict): a class from a copy of the dict, its __module__ the caller's module. */
export function typeNew(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (args.length === 1 && (!kwargs || kwargs.size === 0)) return incref(args[0].type);
  return typeNewWithMetaclass(vm, T.type, args, kwargs);
}

/**
 * type_call for type itself: type(obj), or type(name, bases, dict, **kw) whose class is then initialised by its
 * own metaclass's __init__ (a base's metaclass may have won over type).
 */
export function typeCall(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const cls = typeNew(vm, args, kwargs);
  if (args.length === 1 && (!kwargs || kwargs.size === 0)) return cls;
  return initMetaclassInstance(vm, cls, args, kwargs);
}

/** type_call's tp_init step for a class made by a metaclass call: the class's own metaclass's __init__. */
function initMetaclassInstance(vm: VM, cls: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const init = cls.type.isHeapType ? cls.type.lookup('__init__') : undefined;
  if (init instanceof PyFunction) {
    try {
      decref(vm.callMethod(init, cls, args, kwargs));
    } catch (e) {
      decref(cls);
      throw e;
    }
  }
  return cls;
}

/** type.__new__(metaclass, name, bases, dict, **keywords): the class, of the metaclass given or a more derived one. */
export function typeNewWithMetaclass(vm: VM, requested: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (args.length !== 3) throw new NativeRaise('TypeError', requested === T.type ? 'type() takes 1 or 3 arguments' : 'type.__new__() takes exactly 3 arguments (' + args.length + ' given)');
  const [name, bases, dict] = args;
  if (!(name instanceof PyStr)) throw new NativeRaise('TypeError', `type.__new__() argument 1 must be str, not ${argTypeName(name)}`);
  if (!(bases instanceof PyTuple)) throw new NativeRaise('TypeError', `type.__new__() argument 2 must be tuple, not ${argTypeName(bases)}`);
  if (!(dict instanceof PyDictClass)) throw new NativeRaise('TypeError', `type.__new__() argument 3 must be dict, not ${argTypeName(dict)}`);
  const keywords = classKeywords(kwargs);
  const baseTypes = checkBases(bases.items);
  const metaclass = calculateMetaclass(requested, baseTypes);
  // type_new_get_bases: a more derived metaclass with its own __new__ makes the class instead.
  const winnerNew = metaclass !== requested ? metaclass.lookup('__new__') : undefined;
  if (winnerNew && winnerNew.type !== T.builtin_function_or_method) {
    const fn = winnerNew instanceof PyDescriptorWrapper && wrapperKind(winnerNew) === T.staticmethod ? winnerNew.wrapped[0] : winnerNew;
    return vm.call(fn, [metaclass, ...args], kwargs);
  }
  const ns = vm.dictCopy(dict);
  if (!ns.getStr('__module__')) {
    const module = vm.frame?.globals.getStr('__name__');
    if (module) dictSetStr(ns, '__module__', module);
  }
  if (!ns.getStr('__qualname__')) dictSetStr(ns, '__qualname__', name);
  return finishClass(vm, { name: name.value, bases: baseTypes, ns, held: [], keywords, metaclass, fromTypeNew: true });
}

/** __build_class__'s checks, then the class body's frame (not yet pushed) over a new namespace. */
export function startClassBody(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): Frame {
  const [body, nameObj, ...baseObjs] = args;
  if (!(body instanceof PyFunction)) throw new NativeRaise('TypeError', '__build_class__: func must be a function');
  if (!(nameObj instanceof PyStr)) throw new NativeRaise('TypeError', '__build_class__: name is not a string');
  const keywords = classKeywords(kwargs);
  const entries = resolveMroEntries(vm, baseObjs);
  const baseList = entries ? entries.bases : baseObjs;
  const explicit = kwargs?.get('metaclass');
  let objectBases: readonly PyObject[] | undefined;
  if (explicit === undefined && !baseList.every((b) => b instanceof PyType) && !calculateMetaclass(undefined, baseList).isSubtypeOf(T.type)) {
    objectBases = baseList;
  }
  const bases = objectBases ? [] : checkBases(baseList);
  const metaclass = calculateMetaclass(explicit, objectBases ?? bases);
  const ns = prepareNamespace(vm, metaclass, nameObj, objectBases ?? bases, keywords);
  if (entries) {
    dictSetStr(ns, '__orig_bases__', entries.orig);
    decref(entries.orig);
  }
  const frame = vm.frameForBody(body.code, body.globals, ns, body);
  frame.classBuild = { name: nameObj.value, bases, ns, held: [], keywords, metaclass, objectBases };
  if (metaclass !== T.type) frame.classBuild.held.push(incref(metaclass));
  if (entries) frame.classBuild.held.push(...entries.bases);
  return frame;
}

/**
 * The namespace the class body fills: a new dict, or what the metaclass's own __prepare__(name, bases,
 * **keywords) returns, which must be a mapping (a dict or a dict subclass here).
 */
function prepareNamespace(vm: VM, metaclass: PyType, nameObj: PyStr, bases: readonly PyObject[], keywords: Map<string, PyObject> | null): PyDict {
  const own = metaclass.lookup('__prepare__');
  if (!own || (own instanceof PyDescriptorWrapper && own.wrapped[0] === typePrepare)) return newDict();
  const prepare = getAttr(vm, metaclass, '__prepare__');
  const basesTuple = newTuple(bases.map((b) => incref(b)));
  let ns: PyObject;
  try {
    ns = vm.call(prepare, [nameObj, basesTuple], keywords && keywords.size > 0 ? keywords : null);
  } finally {
    decref(basesTuple);
    decref(prepare);
  }
  if (ns instanceof PyDictClass) return ns;
  const mapping = ns.type.lookup('__getitem__') !== undefined;
  decref(ns);
  if (mapping) throw new NativeRaise('NotImplementedError', 'a class namespace that is not a dict is not supported in this playground');
  throw new NativeRaise('TypeError', `${metaclass.name}.__prepare__() must return a mapping, not ${ns.type.name}`);
}

/**
 * update_bases: a base that is not a class but has __mro_entries__ (a generic alias such as Generic[T]) is
 * replaced by the classes it returns; null when no base needs it. The bases are new references.
 */
function resolveMroEntries(vm: VM, baseObjs: PyObject[]): { bases: PyObject[]; orig: PyTuple } | null {
  if (baseObjs.every((b) => mroEntries(b) === null)) return null;
  const orig = newTuple(baseObjs.map((b) => incref(b)));
  const bases: PyObject[] = [];
  try {
    for (const b of baseObjs) {
      const entries = mroEntries(b);
      if (!entries) {
        bases.push(incref(b));
        continue;
      }
      const result = entries.bound ? vm.callMethod(entries.method, b, [orig]) : vm.call(entries.method, [orig]);
      if (!(result instanceof PyTuple)) {
        decref(result);
        throw new NativeRaise('TypeError', '__mro_entries__ must return a tuple');
      }
      for (const item of result.items) bases.push(incref(item));
      decref(result);
    }
  } catch (e) {
    for (const b of bases) decref(b);
    decref(orig);
    throw e;
  }
  return { bases, orig };
}

/** A non-class base's __mro_entries__: its type's method, or one set on the object itself (typing.TypedDict's). */
function mroEntries(b: PyObject): { method: PyObject; bound: boolean } | null {
  if (b instanceof PyType) return null;
  const own = (b instanceof PyFunction ? b.dict : b.attrs?.dict)?.getStr('__mro_entries__');
  if (own) return { method: own, bound: false };
  const method = b.type.lookup('__mro_entries__');
  return method ? { method, bound: true } : null;
}

/** Drops what a class build holds when its body did not finish (an exception left it). */
export function abandonClassBuild(build: ClassBuild): void {
  decref(build.ns);
  releaseHeld(build);
}

function releaseHeld(build: ClassBuild): void {
  const held = build.held;
  build.held = [];
  for (const o of held) decref(o);
}

/** Once the body has run: the metaclass called with (name, bases, namespace), or type_new's work; a new reference. */
export function finishClass(vm: VM, build: ClassBuild): PyObject {
  const meta = build.metaclass ?? T.type;
  if (meta === T.type || build.fromTypeNew) return makeClass(vm, build, meta);
  const name = newStr(build.name);
  const bases = newTuple((build.objectBases ?? build.bases).map((b) => incref(b)));
  try {
    return vm.call(meta, [name, bases, build.ns], build.keywords ?? null);
  } finally {
    decref(name);
    decref(bases);
    decref(build.ns);
    releaseHeld(build);
  }
}

/** type_new: makes the class (an instance of `meta`) from the namespace; a new reference. */
function makeClass(vm: VM, build: ClassBuild, meta: PyType): PyType {
  const { ns, bases } = build;
  let type: PyType;
  try {
    const classcell = ns.getStr('__classcell__');
    if (classcell) incref(classcell);
    dictDelete(ns, strKey('__classcell__'));
    if (ns.getStr('__eq__') && !ns.getStr('__hash__')) dictSetStr(ns, '__hash__', None);
    // type_new_staticmethod and type_new_classmethod: plain functions made static or class methods.
    wrapPlainFunction(vm, ns, '__new__', T.staticmethod);
    wrapPlainFunction(vm, ns, '__init_subclass__', T.classmethod);
    wrapPlainFunction(vm, ns, '__class_getitem__', T.classmethod);
    // type_new picks tp_base (and finds a layout conflict) before it computes the MRO.
    const tpBase = bestBase(bases.length ? bases : [T.object]);
    try {
      type = new PyType(meta, build.name, bases.length ? bases : [T.object], ns);
    } catch (e) {
      throw new NativeRaise('TypeError', (e as Error).message);
    }
    type.isHeapType = true;
    type.allowSubclass = true;
    const qual = ns.getStr('__qualname__');
    if (qual instanceof PyStr) type.qualname = qual.value;
    const mod = ns.getStr('__module__');
    type.module = mod instanceof PyStr ? mod.value : '__main__';
    type.isException = type.mro.some((t) => t.isException);
    // Module types whose subclass instances the module makes (functools.partial) count as builtin kinds too.
    type.builtinKind = type.mro.find((t) => !t.isHeapType && (subclassableBuiltins().includes(t) || subclassConstructors.has(t))) ?? null;
    const slots = ns.getStr('__slots__');
    const declared = slots ? slotNames(slots) : null;
    if (declared) checkSlots(build.name, declared, ns, tpBase);
    // type_new_copy_slots: private slot names are mangled as the class body's names are.
    const own = declared ? declared.map((n) => mangle(build.name, n)) : null;
    type.ownSlots = own ? own.filter((n) => n !== '__dict__' && n !== '__weakref__') : null;
    const baseLayout = type.bases.flatMap((b) => b.slotLayout);
    type.slotLayout = [...baseLayout, ...(type.ownSlots ?? [])];
    const dictless = type.mro.every((t) => (!t.isHeapType && !t.hasInstanceDict) || (t.isHeapType && t.ownSlots !== null && !slotNames(t.dict.getStr('__slots__')!).includes('__dict__')));
    type.hasInstanceDict = type.isException || !dictless;
    vm.heap.register(type);
    vm.heap.track(type);
    if (meta.isHeapType) incref(meta);
    for (const b of type.bases) listSubclass(vm.heap, b, type);
    layOutClass(type, tpBase, own);
    countTypeNewParts(vm, type, own);
    // ns becomes the type's dict here; CPython copies it and frees the original to the dict free list.
    if (ns.gcAllocation !== null) vm.heap.countRelease(ns.gcAllocation);
    ns.gcAllocation = null;
    if (classcell instanceof PyCell) {
      const old = classcell.contents;
      classcell.contents = incref(type);
      if (old) decref(old);
    }
    if (classcell) decref(classcell);
  } catch (e) {
    decref(ns);
    releaseHeld(build);
    throw e;
  }
  try {
    setNames(vm, type);
    initSubclass(vm, type, build.keywords ?? null);
  } catch (e) {
    decref(type);
    throw e;
  } finally {
    releaseHeld(build);
  }
  return type;
}

function wrapPlainFunction(vm: VM, ns: PyDict, name: string, wrapperType: PyType): void {
  const fn = ns.getStr(name);
  if (!(fn instanceof PyFunction)) return;
  const wrapped = vm.heap.register(new PyDescriptorWrapper(wrapperType, [incref(fn)]));
  vm.heap.track(wrapped);
  dictSetStr(ns, name, wrapped);
  decref(wrapped);
}

/** type_new_set_names: each attribute whose type has __set_name__ learns its owner and name. */
function setNames(vm: VM, type: PyType): void {
  // Two dicts hold every entry meanwhile: names_to_set (type_new_set_names' copy of the class dict) and
  // __build_class__'s namespace, which type_new copied (ours became the class dict itself).
  const entries = [...type.dict.map.values()].map((e) => [incref(incref(e.key)), incref(incref(e.value))] as const);
  try {
    for (const [key, value] of entries) {
      // A property learns its name without a call that shows (the bound __set_name__ CPython makes for it is
      // the one more object countTypeNewParts counts for a class holding a property).
      const hook = value instanceof PyInstance && value.type.isHeapType ? value.type.lookup('__set_name__')
        : value instanceof PyDescriptorWrapper ? wrapperOverride(value, '__set_name__') : undefined;
      if (!hook && value instanceof PyDescriptorWrapper && value.type.isSubtypeOf(T.property)) value.propertyName = repr(vm, key);
      if (hook) callSetName(vm, hook, value, type, key);
    }
  } finally {
    for (const [key, value] of entries) {
      decref(key);
      decref(key);
      decref(value);
      decref(value);
    }
  }
}

/** value.__set_name__(owner, name), bound (_PyObject_LookupSpecial); what it raises becomes the cause of a RuntimeError. */
function callSetName(vm: VM, hook: PyObject, value: PyObject, owner: PyType, key: PyObject): void {
  try {
    decref(vm.callSpecial(hook, value, [owner, key]));
  } catch (e) {
    if (e instanceof ExecutionHalted) throw e;
    const cause = vm.toException(e);
    const message = `Error calling __set_name__ on '${value.type.name}' instance ${repr(vm, key)} in '${owner.name}'`;
    const error = newException(E.RuntimeError, [newStr(message)]);
    error.exc!.cause = cause;
    error.exc!.context = incref(cause);
    error.exc!.suppressContext = true;
    throw new PyRaise(error);
  }
}

/** type_new_init_subclass: super(type, type).__init_subclass__(**keywords). */
function initSubclass(vm: VM, type: PyType, keywords: Map<string, PyObject> | null): void {
  for (const base of type.mro.slice(1)) {
    const hook = base.dict.getStr('__init_subclass__');
    if (!hook) continue;
    if (base === T.object) {
      if (keywords) throw new NativeRaise('TypeError', `${type.qualname}.__init_subclass__() takes no keyword arguments`);
      return;
    }
    // A class method (as every __init_subclass__ defined in a class body is) or a plain function gets the class.
    const isWrapper = hook instanceof PyDescriptorWrapper && (wrapperKind(hook) === T.classmethod || wrapperKind(hook) === T.staticmethod);
    const fn = isWrapper ? hook.wrapped[0] : hook;
    const takesClass = !(hook instanceof PyDescriptorWrapper && wrapperKind(hook) === T.staticmethod);
    decref(vm.call(fn, takesClass ? [type] : [], keywords));
    return;
  }
}

/** builtins.__build_class__ called from native code: the body runs to completion at once. */
export function buildClass(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const frame = startClassBody(vm, args, kwargs);
  const build = frame.classBuild!;
  frame.classBuild = null;
  try {
    vm.pushFrame(frame);
    decref(vm.runNested(frame));
  } catch (e) {
    abandonClassBuild(build);
    throw e;
  }
  return finishClass(vm, build);
}

/** Calling a metaclass (type_call for a subclass of type): its __new__ (or type.__new__) makes the class, then its __init__. */
export function instantiateMetaclass(vm: VM, meta: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const newMethod = meta.lookup('__new__');
  let cls: PyObject;
  if (newMethod && newMethod.type !== T.builtin_function_or_method) {
    const fn = newMethod instanceof PyDescriptorWrapper && wrapperKind(newMethod) === T.staticmethod ? newMethod.wrapped[0] : newMethod;
    cls = vm.call(fn, [meta, ...args], kwargs);
  } else {
    cls = typeNewWithMetaclass(vm, meta, args, kwargs);
  }
  if (!cls.type.isSubtypeOf(meta)) return cls;
  return initMetaclassInstance(vm, cls, args, kwargs);
}

/** type.__new__(metaclass, ...) as a builtin (what a metaclass's __new__ reaches through super()). */
export function typeNewMethod(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const cls = args[1];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(T.type)) {
    throw new NativeRaise('TypeError', `type.__new__(X): X is not a type object (${cls?.type.name ?? 'nothing'})`);
  }
  if (cls === T.type) return typeNew(vm, args.slice(2), kwargs);
  return typeNewWithMetaclass(vm, cls, args.slice(2), kwargs);
}
