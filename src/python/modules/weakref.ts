// The weakref module: weakref.ref with callbacks, getweakrefcount.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import {
  PyBoundMethod, PyBuiltinFunction, PyCode, PyFunction, PyGenerator, PyInstance, PyModule, PySet, PyWeakProxy, PyWeakref,
} from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newInt, newList, newNone, newTuple } from '../runtime/factory';
import { pyHash } from '../runtime/hash';
import { isCallable } from '../builtins/callingBuiltins';
import { defineNew, defineSlots, slot } from '../builtins/slotWrappers';
import { builtinNew } from '../builtins/objectSlots';
import { attachInstanceAttributes, subclassConstructors } from '../builtins/subclassInstances';
import { proxyTypes } from './weakProxy';
import { builtinFunction, expectArgs } from '../builtins/define';
import type { VM } from '../vm/vm';

/** Whether CPython allows weak references to this object (instances with __weakref__, functions, classes, sets). */
function weakReferenceable(o: PyObject): boolean {
  // A list, str... of a Python class: where its class has a __weakref__ slot (sets always take them).
  if (o.attrs !== null && !(o instanceof PyInstance)) return o.type.hasWeakrefSlot || o instanceof PySet;
  if (o instanceof PyInstance) return o.type.hasInstanceDict || o.type.isException || (o.type.ownSlots?.includes('__weakref__') ?? false) || slotsAllowWeakref(o.type);
  return o instanceof PyFunction || o instanceof PyType || o instanceof PySet || o instanceof PyBuiltinFunction
    || o instanceof PyBoundMethod || o instanceof PyGenerator || o instanceof PyModule || o instanceof PyCode
    || o.type.nativeSlots?.weakrefable === true;
}

function slotsAllowWeakref(t: PyType): boolean {
  return t.mro.some((c) => {
    const s = c.dict.getStr('__slots__');
    return s !== undefined && JSON.stringify((s as { items?: { value: string }[] }).items?.map((i) => i.value) ?? []).includes('__weakref__');
  });
}

/** A weak reference no callback and no subclass distinguishes: weakref.ref(o) and weakref.proxy(o) share these. */
function isBasic(r: PyWeakref, proxy: boolean): boolean {
  return r.alive && r.callback === null && (proxy ? r instanceof PyWeakProxy : r.type === T.weakref);
}

/**
 * weakref_new and PyWeakref_NewProxy: a new reference to a weak reference of `type` (ref, a subclass of it, or
 * a proxy type). The basic ref and proxy are reused; the list keeps CPython's order (the basic ref first, then
 * the basic proxy, then the others newest first), which getweakrefs and the order callbacks run in follow.
 */
export function makeWeakref(vm: VM, target: PyObject, callback: PyObject | null, type: PyType = T.weakref): PyWeakref {
  if (!weakReferenceable(target)) throw new NativeRaise('TypeError', `cannot create weak reference to '${target.type.name}' object`);
  const cb = callback && callback !== None ? callback : null;
  const isProxy = type !== T.weakref && !type.isSubtypeOf(T.weakref);
  // References freed while the referent lives leave the list (clear_weakref).
  const list = (vm.weakrefs.get(target.id) ?? []).filter((r) => r.alive);
  const basicRef = list[0] && isBasic(list[0], false) ? list[0] : null;
  const basicProxyAt = basicRef ? 1 : 0;
  const basicProxy = list[basicProxyAt] && isBasic(list[basicProxyAt], true) ? list[basicProxyAt] : null;
  if (!cb && type === T.weakref && basicRef) return incref(basicRef);
  if (!cb && isProxy && basicProxy) return incref(basicProxy);
  const r = vm.heap.register(isProxy ? new PyWeakProxy(type, target, cb ? incref(cb) : null) : new PyWeakref(type, target, cb ? incref(cb) : null));
  if (type.isHeapType) {
    attachInstanceAttributes(r, type);
    incref(type);
  }
  vm.heap.track(r);
  if (!cb && type === T.weakref) list.unshift(r);
  else if (!cb && isProxy) list.splice(basicRef ? 1 : 0, 0, r);
  else list.splice((basicRef ? 1 : 0) + (basicProxy ? 1 : 0), 0, r);
  vm.weakrefs.set(target.id, list);
  return r;
}

/** The weak references to o that are still in use, in CPython's list order. */
function liveWeakrefs(vm: VM, o: PyObject): PyWeakref[] {
  return (vm.weakrefs.get(o.id) ?? []).filter((r) => r.alive);
}

export function weakrefModuleContents(_vm: VM): Record<string, PyObject> {
  T.weakref.nativeNew = (vm, args, kwargs) => {
    if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'ref() takes no keyword arguments');
    expectArgs('__new__', args, 1, 2); // weakref___new__'s PyArg_UnpackTuple names it so
    return makeWeakref(vm, args[0], args[1] ?? null);
  };
  subclassConstructors.set(T.weakref, (vm, type, args) => {
    if (args.length < 1 || args.length > 2) expectArgs('__new__', args, 1, 2);
    return makeWeakref(vm, args[0], args[1] ?? null, type);
  });
  if (!T.weakref.dict.getStr('__new__')) {
    defineNew(T.weakref, builtinNew(T.weakref));
    defineSlots(T.weakref, {
      // weakref_hash: the referent's hash, remembered once taken.
      __hash__: slot(0, (vm, self) => {
        const r = self as PyWeakref;
        if (r.hashValue === null) {
          if (!r.target) throw new NativeRaise('TypeError', 'weak object has gone away');
          r.hashValue = pyHash(vm, r.target);
        }
        return newInt(r.hashValue);
      }),
      // weakref___init__: checks the arguments __new__ took (a subclass's __init__ passes them on through super()).
      __init__: slot('any', (_vm, _self, args, kwargs) => {
        if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'ref() takes no keyword arguments');
        expectArgs('__init__', args, 1, 2);
        return newNone();
      }, true),
      __call__: slot('any', (_vm, self, args) => {
        if (args.length > 0) throw new NativeRaise('TypeError', `weakref expected 0 arguments, got ${args.length}`);
        return incref((self as PyWeakref).target ?? None);
      }),
    });
  }
  const { proxy, callableProxy } = proxyTypes();
  return {
    ref: incref(T.weakref),
    ReferenceType: incref(T.weakref),
    ProxyType: incref(proxy),
    CallableProxyType: incref(callableProxy),
    ProxyTypes: newTuple([incref(proxy), incref(callableProxy)]),
    proxy: builtinFunction('proxy', (vm, args) => {
      expectArgs('proxy', args, 1, 2);
      const target = args[0];
      return makeWeakref(vm, target, args[1] ?? null, isCallable(target) ? callableProxy : proxy);
    }),
    getweakrefcount: builtinFunction('getweakrefcount', (vm, args) => {
      expectArgs('getweakrefcount', args, 1);
      return newInt(liveWeakrefs(vm, args[0]).length);
    }),
    getweakrefs: builtinFunction('getweakrefs', (vm, args) => {
      expectArgs('getweakrefs', args, 1);
      return newList(liveWeakrefs(vm, args[0]).map((r) => incref(r)));
    }),
  };
}
