// builtins.__build_class__: runs a class body in a fresh namespace and makes the class (type.__new__'s work).

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyCell, PyFunction, PyList, PyStr, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newDict } from '../runtime/factory';
import { dictDelete, dictSetStr } from '../runtime/containers';
import { tupleFreeList, type FreeListKind } from '../runtime/freeLists';
import type { VM } from '../vm/vm';

function slotNames(value: PyObject): string[] {
  const items = value instanceof PyStr ? [value] : value instanceof PyList || value instanceof PyTuple ? value.items : null;
  if (!items) throw new NativeRaise('TypeError', `'${value.type.name}' object is not iterable`);
  return items.map((i) => {
    if (!(i instanceof PyStr)) throw new NativeRaise('TypeError', `__slots__ items must be strings, not '${i.type.name}'`);
    return i.value;
  });
}

/**
 * What CPython's __build_class__ and type_new allocate besides the type object: the argument tuple of
 * `type(name, bases, ns)`, the copied namespace dict, tp_bases and tp_mro, descriptors for `__dict__`,
 * `__weakref__` and each slot, the weak reference in each base's subclass registry (and that registry
 * itself the first time a class of ours is subclassed).
 */
function countTypeNewParts(vm: VM, type: PyType, ownSlots: string[] | null, explicitBases: number): void {
  const heap = vm.heap;
  const argsTuple = vm.hidden.allocate(tupleFreeList(3));
  // type_new_set_names works on a copy of the class dict.
  const namesToSet = vm.hidden.allocate('dict');
  const parts: FreeListKind[] = ['dict', tupleFreeList(explicitBases || 1), tupleFreeList(type.mro.length)];
  const base = type.bases[0];
  const baseHasDict = base.isHeapType ? base.hasInstanceDict : base.isException;
  const baseHasWeakref = base.isHeapType && base.ownSlots === null;
  let slotList: FreeListKind | null = null;
  if (ownSlots === null) {
    if (!baseHasDict) parts.push('');
    if (!baseHasWeakref) parts.push('');
  } else {
    if (!baseHasDict && ownSlots.includes('__dict__')) parts.push('');
    if (!baseHasWeakref && ownSlots.includes('__weakref__')) parts.push('');
    for (const name of ownSlots) if (name !== '__dict__' && name !== '__weakref__') parts.push('');
    slotList = vm.hidden.allocate('list');
    if (ownSlots.length > 0) parts.push(tupleFreeList(ownSlots.length));
  }
  for (const b of type.bases) {
    parts.push('');
    if (b.isHeapType && !b.hasSubclassRegistry) {
      b.hasSubclassRegistry = true;
      heap.addHiddenParts(b, ['dict']);
    }
  }
  // Measured: a class whose namespace holds a property costs CPython's type_new one more object.
  if ([...type.dict.map.values()].some((e) => e.value.type === T.property)) parts.push('');
  heap.addHiddenParts(type, parts);
  vm.hidden.release(slotList === null ? [namesToSet, argsTuple] : [slotList, namesToSet, argsTuple]);
}

export function buildClass(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [body, nameObj, ...baseObjs] = args;
  if (!(body instanceof PyFunction)) throw new NativeRaise('TypeError', '__build_class__: func must be a function');
  if (!(nameObj instanceof PyStr)) throw new NativeRaise('TypeError', '__build_class__: name is not a string');
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'class keyword arguments (such as metaclass=) are not supported in this playground');
  const bases: PyType[] = baseObjs.map((b) => {
    if (!(b instanceof PyType)) throw new NativeRaise('TypeError', 'bases must be types');
    if (!b.isHeapType && !b.allowSubclass) {
      if (b === T.bool) throw new NativeRaise('TypeError', "type 'bool' is not an acceptable base type");
      throw new NativeRaise('TypeError', `subclassing the builtin type '${b.name}' is not supported in this playground`);
    }
    return b;
  });
  const ns = newDict();
  let type: PyType;
  try {
    const frame = vm.frameForBody(body.code, body.globals, ns, body);
    vm.pushFrame(frame);
    decref(vm.runNested(frame));
    const classcell = ns.getStr('__classcell__');
    if (classcell) incref(classcell);
    dictDelete(ns, 's__classcell__');
    if (ns.getStr('__eq__') && !ns.getStr('__hash__')) dictSetStr(ns, '__hash__', None);
    try {
      type = new PyType(T.type, nameObj.value, bases.length ? bases : [T.object], ns);
    } catch (e) {
      throw new NativeRaise('TypeError', (e as Error).message);
    }
    for (const b of type.bases) incref(b);
    type.isHeapType = true;
    type.allowSubclass = true;
    const qual = ns.getStr('__qualname__');
    if (qual instanceof PyStr) type.qualname = qual.value;
    const mod = ns.getStr('__module__');
    type.module = mod instanceof PyStr ? mod.value : '__main__';
    type.isException = type.mro.some((t) => t.isException);
    const slots = ns.getStr('__slots__');
    const own = slots ? slotNames(slots) : null;
    type.ownSlots = own ? own.filter((n) => n !== '__dict__' && n !== '__weakref__') : null;
    const baseLayout = type.bases.flatMap((b) => b.slotLayout);
    type.slotLayout = [...baseLayout, ...(type.ownSlots ?? [])];
    const dictless = type.mro.every((t) => t === T.object || (t.isHeapType && t.ownSlots !== null && !slotNames(t.dict.getStr('__slots__')!).includes('__dict__')));
    type.hasInstanceDict = type.isException || !dictless;
    vm.heap.register(type);
    vm.heap.track(type);
    countTypeNewParts(vm, type, own, baseObjs.length);
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
    throw e;
  }
  return type;
}

