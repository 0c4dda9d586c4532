// LOAD_NAME, STORE_NAME and DELETE_NAME when the frame's locals are a dict subclass (a metaclass's __prepare__
// namespace): CPython then uses the mapping protocol, so the subclass's __getitem__/__missing__/__setitem__ run.

import { PyStr } from '../runtime/objects';
import { incref, decref } from '../runtime/heap';
import { newStr } from '../runtime/factory';
import { delItem, getItem, setItem } from '../runtime/ops/items';
import { nameError } from './evalSupport';
import type { Frame } from './frame';
import type { PyObject } from '../runtime/object';
import type { VM } from './vm';

function withName<R>(name: string, use: (key: PyStr) => R): R {
  const key = newStr(name);
  try {
    return use(key);
  } finally {
    decref(key);
  }
}

/** PyObject_GetItem on the locals, then (on KeyError) globals and builtins; a new reference. */
export function loadNameThroughMapping(vm: VM, f: Frame, name: string): PyObject {
  const found = withName(name, (key) => {
    try {
      return getItem(vm, f.localsDict!, key);
    } catch (e) {
      if (vm.matches(e, 'KeyError')) return null;
      throw e;
    }
  });
  if (found) return found;
  const v = f.globals.getStr(name) ?? f.builtins.getStr(name);
  if (!v) throw nameError(name);
  return incref(v);
}

/** PyObject_SetItem on the locals (value borrowed). */
export function storeNameThroughMapping(vm: VM, f: Frame, name: string, value: PyObject): void {
  withName(name, (key) => setItem(vm, f.localsDict!, key, value));
}

/** PyObject_DelItem on the locals; a missing name is a NameError. */
export function deleteNameThroughMapping(vm: VM, f: Frame, name: string): void {
  withName(name, (key) => {
    try {
      delItem(vm, f.localsDict!, key);
    } catch (e) {
      if (vm.matches(e, 'KeyError')) throw nameError(name);
      throw e;
    }
  });
}
