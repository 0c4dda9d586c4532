// The weakref module: weakref.ref with callbacks, getweakrefcount.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyFunction, PyInstance, PySet, PyWeakref } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newInt } from '../runtime/factory';
import { builtinFunction, expectArgs } from '../builtins/define';
import type { VM } from '../vm/vm';

/** Whether CPython allows weak references to this object (instances with __weakref__, functions, classes, sets). */
function weakReferenceable(o: PyObject): boolean {
  // A list, str... of a Python class: where its class has a __weakref__ slot (sets always take them).
  if (o.attrs !== null && !(o instanceof PyInstance)) return o.type.hasWeakrefSlot || o instanceof PySet;
  if (o instanceof PyInstance) return o.type.hasInstanceDict || o.type.isException || (o.type.ownSlots?.includes('__weakref__') ?? false) || slotsAllowWeakref(o.type);
  return o instanceof PyFunction || o instanceof PyType || o instanceof PySet || o.type.nativeSlots?.weakrefable === true;
}

function slotsAllowWeakref(t: PyType): boolean {
  return t.mro.some((c) => {
    const s = c.dict.getStr('__slots__');
    return s !== undefined && JSON.stringify((s as { items?: { value: string }[] }).items?.map((i) => i.value) ?? []).includes('__weakref__');
  });
}

/** weakref.ref(obj[, callback]): a new reference to a new weak reference object. */
export function makeWeakref(vm: VM, target: PyObject, callback: PyObject | null): PyWeakref {
  if (!weakReferenceable(target)) throw new NativeRaise('TypeError', `cannot create weak reference to '${target.type.name}' object`);
  const cb = callback && callback !== None ? incref(callback) : null;
  const r = vm.heap.register(new PyWeakref(T.weakref, target, cb));
  vm.heap.track(r);
  const list = vm.weakrefs.get(target.id) ?? [];
  list.push(r);
  vm.weakrefs.set(target.id, list);
  return r;
}

export function weakrefModuleContents(_vm: VM): Record<string, PyObject> {
  T.weakref.nativeNew = (vm, args) => {
    expectArgs('ref', args, 1, 2);
    return makeWeakref(vm, args[0], args[1] ?? null);
  };
  return {
    ref: incref(T.weakref),
    ReferenceType: incref(T.weakref),
    getweakrefcount: builtinFunction('getweakrefcount', (vm, args) => {
      expectArgs('getweakrefcount', args, 1);
      return newInt((vm.weakrefs.get(args[0].id) ?? []).filter((r) => r.alive).length);
    }),
  };
}
