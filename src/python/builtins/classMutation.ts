// Changing what a class is after it was made: the setters of type's own attributes (`__name__`, `__qualname__`,
// `__bases__`, the read-only members) and object's `__class__` setter, as typeobject.c has them.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyGetSetDescriptor, PyModule, PyStr, PyTuple } from '../runtime/objects';
import { computeMro, PyType } from '../runtime/types';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newTuple } from '../runtime/factory';
import { tupleFreeList, type FreeListKind } from '../runtime/freeLists';
import { typeAttributesChanged } from '../runtime/typeVersion';
import { bestBase, checkCompatibleForAssignment, forgetLayout } from '../runtime/typeLayout';
import { materializeDict } from '../runtime/ops/attributes';
import { checkAcceptableBase, ensureSubclassRegistry, listSubclass } from './buildClass';
import type { VM } from '../vm/vm';

/** type's members (T_OBJECT and T_PYSSIZET, READONLY): setting or deleting one is "readonly attribute". */
const READONLY_MEMBERS = new Set(['__mro__', '__base__', '__basicsize__', '__itemsize__', '__flags__', '__weakrefoffset__', '__dictoffset__']);
/** type's getsets without a setter. */
const UNWRITABLE_GETSETS = new Set(['__dict__', '__text_signature__']);
/** type's getsets whose setter refuses deletion (check_set_special_type_attr). */
const UNDELETABLE = new Set(['__name__', '__qualname__', '__bases__', '__module__', '__doc__']);

/**
 * type_setattro for the names type's own descriptors own, on a class (value null: a deletion). False when the
 * name is an ordinary class attribute, stored in the class dict by the caller.
 */
export function setTypeSpecialAttribute(vm: VM, t: PyType, name: string, value: PyObject | null): boolean {
  if (READONLY_MEMBERS.has(name)) throw new NativeRaise('AttributeError', 'readonly attribute');
  if (UNWRITABLE_GETSETS.has(name)) throw new NativeRaise('AttributeError', `attribute '${name}' of 'type' objects is not writable`);
  if (name === '__class__') {
    setObjectClass(t, value);
    return true;
  }
  if (name === '__annotations__' && value === null) {
    // type_set_annotations: deleting annotations the class does not have is an AttributeError of that name.
    if (!vm.dictDelStr(t.dict, name)) throw new NativeRaise('AttributeError', '__annotations__');
    typeAttributesChanged();
    return true;
  }
  if (!UNDELETABLE.has(name)) return false;
  if (value === null) throw new NativeRaise('TypeError', `cannot delete '${name}' attribute of immutable type '${t.name}'`);
  switch (name) {
    case '__name__':
      if (!(value instanceof PyStr)) throw new NativeRaise('TypeError', `can only assign string to ${t.name}.__name__, not '${value.type.name}'`);
      if (value.value.includes('\0')) throw new NativeRaise('ValueError', 'type name must not contain null characters');
      t.name = value.value;
      t.heldName = replaceHeld(t.heldName, value);
      typeAttributesChanged();
      return true;
    case '__qualname__':
      if (!(value instanceof PyStr)) throw new NativeRaise('TypeError', `can only assign string to ${t.name}.__qualname__, not '${value.type.name}'`);
      t.qualname = value.value;
      t.heldQualname = replaceHeld(t.heldQualname, value);
      return true;
    case '__bases__':
      setBases(vm, t, value);
      return true;
  }
  // __module__ and __doc__ live in the class dict.
  return false;
}

function replaceHeld(old: PyObject | null, value: PyObject): PyObject {
  incref(value);
  if (old) decref(old);
  return value;
}

/** object_set_class: `o.__class__ = value` (value null: a deletion). */
export function setObjectClass(o: PyObject, value: PyObject | null): void {
  if (value === null) throw new NativeRaise('TypeError', "can't delete __class__ attribute");
  if (!(value instanceof PyType)) throw new NativeRaise('TypeError', `__class__ must be set to a class, not '${value.type.name}' object`);
  const from = o.type;
  const bothModules = value.isSubtypeOf(T.module) && from.isSubtypeOf(T.module);
  if (!bothModules && (!isMutableType(value) || !isMutableType(from))) {
    throw new NativeRaise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  // ModuleType has no subclasses here, so a module can only be given its own class again: nothing changes.
  if (o instanceof PyModule) return;
  checkCompatibleForAssignment(from, value, '__class__');
  // The instance's attribute values were laid out for the old class's keys: CPython makes their dict first.
  if (o.attrs?.dict) materializeDict(o);
  const slots = o.attrs?.slotValues;
  if (slots && from.slotLayout !== value.slotLayout) {
    // Compatible classes declare the same slot names (CPython sorts them); ours keep them in declaration order.
    const byName = new Map(from.slotLayout.map((n, i) => [n, slots[i]]));
    o.attrs!.slotValues = value.slotLayout.map((n) => byName.get(n) ?? null);
  }
  if (value.isHeapType) incref(value);
  o.type = value;
  if (from.isHeapType) decref(from);
}

/** Py_TPFLAGS_IMMUTABLETYPE is off: a class made by a class statement (not a C type or our stand-in for one). */
function isMutableType(t: PyType): boolean {
  return t.isHeapType && !t.nameIsDotted;
}

/** type_set_bases: new bases, the MROs of the class and its subclasses computed again (all or none of them). */
function setBases(vm: VM, t: PyType, value: PyObject): void {
  if (!(value instanceof PyTuple)) throw new NativeRaise('TypeError', `can only assign tuple to ${t.name}.__bases__, not ${value.type.name}`);
  if (value.items.length === 0) throw new NativeRaise('TypeError', `can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const item of value.items) {
    if (!(item instanceof PyType)) throw new NativeRaise('TypeError', `${t.name}.__bases__ must be tuple of classes, not '${item.type.name}'`);
    if (item.isSubtypeOf(t)) throw new NativeRaise('TypeError', 'a __bases__ item causes an inheritance cycle');
  }
  const bases = value.items as PyType[];
  for (const b of bases) checkAcceptableBase(b);
  const newBase = bestBase(bases);
  checkCompatibleForAssignment(t.base ?? T.object, newBase, '__bases__');

  const oldBases = t.bases;
  const oldBasesTuple = t.basesTuple;
  const oldBase = t.base;
  t.bases = [...bases];
  t.basesTuple = incref(value);
  t.base = incref(newBase);
  const heap = vm.heap;
  const temp = vm.hidden.allocate('list');
  const changed: { type: PyType; mro: PyType[]; mroTuple: PyTuple | null }[] = [];
  try {
    recomputeMros(vm, t, changed);
  } catch (e) {
    // undo: every class gets its old MRO back, and the class its old bases.
    for (const c of changed.reverse()) {
      const made = c.type.mroTuple;
      c.type.mro = c.mro;
      c.type.mroTuple = c.mroTuple;
      if (made) decref(made);
    }
    t.bases = oldBases;
    t.basesTuple = oldBasesTuple;
    t.base = oldBase;
    decref(value);
    decref(newBase);
    vm.hidden.release([temp]);
    throw e instanceof Error ? new NativeRaise('TypeError', e.message) : e;
  }
  // Freeing the list of (class, new mro, old mro) tuples frees the old MRO tuples, last class first.
  for (const c of changed.reverse()) {
    heap.countRelease(tupleFreeList(3));
    if (c.mroTuple) decref(c.mroTuple);
  }
  vm.hidden.release([temp]);
  for (const c of changed) forgetLayout(c.type);
  typeAttributesChanged();
  // remove_all_subclasses, add_all_subclasses: the class moves to the end of each new base's registry.
  for (const b of oldBases) {
    const list = heap.subclasses.get(b);
    const at = list ? list.indexOf(t) : -1;
    if (at >= 0) list!.splice(at, 1);
    // remove_subclass frees a registry left empty (its dict parks on the free list the next registry takes from).
    if (b.hasSubclassRegistry && !list?.some((c) => c.alive)) {
      b.hasSubclassRegistry = false;
      heap.removeHiddenPart(b, 'dict');
    }
  }
  for (const b of bases) {
    ensureSubclassRegistry(heap, b);
    listSubclass(heap, b, t);
  }
  if (oldBasesTuple) decref(oldBasesTuple);
  if (oldBase) decref(oldBase);
}

/** mro_hierarchy: the class's MRO, then each live subclass's, depth first; `changed` records what to undo. */
function recomputeMros(vm: VM, t: PyType, changed: { type: PyType; mro: PyType[]; mroTuple: PyTuple | null }[]): void {
  const mro = computeMro(t);
  // mro_invoke: a metaclass other than type calls its mro(), which makes a list (of the tuple a single base
  // gives); for several bases mro_implementation makes a list too; the MRO is the tuple of that list.
  const listed = t.type !== T.type || t.bases.length > 1;
  const fastPathTuple = t.type !== T.type && t.bases.length === 1 ? vm.hidden.allocate(tupleFreeList(mro.length)) : null;
  const mroList = listed ? vm.hidden.allocate('list') : null;
  if (fastPathTuple !== null) vm.hidden.release([fastPathTuple]);
  changed.push({ type: t, mro: t.mro, mroTuple: t.mroTuple });
  t.mro = mro;
  t.mroTuple = newTuple(mro.map((c) => incref(c)));
  if (mroList !== null) vm.hidden.release([mroList]);
  // mro_hierarchy keeps (class, new MRO, old MRO) in a tuple until every MRO is made.
  vm.heap.countAllocation(tupleFreeList(3));
  const subclasses = vm.heap.subclasses.get(t)?.filter((c) => c.alive) ?? [];
  if (subclasses.length === 0) return;
  const list: FreeListKind = vm.hidden.allocate('list');
  try {
    for (const c of subclasses) recomputeMros(vm, c, changed);
  } finally {
    vm.hidden.release([list]);
  }
}

/** Whether a store or deletion of `name` on instance `o` is object's `__class__` setter's (no class overrides it). */
export function isClassAssignment(o: PyObject, name: string): boolean {
  if (name !== '__class__') return false;
  const descr = o.type.lookup('__class__');
  return descr instanceof PyGetSetDescriptor && descr.owner === T.object;
}
