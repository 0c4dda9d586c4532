// dir(), vars() and locals(): the names of a scope or an object, as CPython lists them.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyCell, PyMethodDescriptor, PyModule, PyStr } from '../runtime/objects';
import type { PyDict } from '../runtime/dict';
import { decref, incref } from '../runtime/heap';
import { newDict, newList, newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { getAttr } from '../runtime/ops/attributes';
import { FastKind } from '../bytecode/code';
import { listFromIterable } from './constructors';
import { listNames } from './dirNames';
import type { VM } from '../vm/vm';
import type { Frame } from '../vm/frame';

/** vars(): the current namespace (a function's locals as a dict); vars(obj): obj.__dict__. */
export function vars(vm: VM, args: PyObject[]): PyObject {
  if (args.length === 0) return currentLocals(vm);
  try {
    return getAttr(vm, args[0], '__dict__');
  } catch (e) {
    if (vm.isAttributeError(e)) throw new NativeRaise('TypeError', 'vars() argument must have __dict__ attribute');
    throw e;
  }
}

/** locals(): a module or class body's namespace, or for a function the frame's f_locals dict, refreshed. */
export function currentLocals(vm: VM): PyObject {
  return frameLocals(vm, vm.frame!);
}

/** A frame's f_locals (PyFrame_FastToLocals): the namespace, or the function's locals dict brought up to date. */
export function frameLocals(vm: VM, frame: Frame): PyObject {
  if (frame.localsDict) return incref(frame.localsDict);
  const d = frame.fastLocalsDict ?? (frame.fastLocalsDict = newDict());
  const names = frame.code.localsplusNames;
  const kinds = frame.code.localsplusKinds;
  frame.localsplus.forEach((v, i) => {
    // Cells and free variables show their contents (PyFrame_FastToLocals).
    const value = v && kinds[i] & (FastKind.CELL | FastKind.FREE) && v instanceof PyCell ? v.contents : v;
    if (value) dictSetStr(d, names[i], value);
    else vm.dictDelStr(d, names[i]);
  });
  return incref(d);
}

/** str ordering by code point, as sorted() orders names. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** dir() sorts what a custom __dir__ returns; names are strs, compared by code point. */
function compareNames(a: PyObject, b: PyObject): number {
  if (!(a instanceof PyStr) || !(b instanceof PyStr)) throw new NativeRaise('TypeError', `'<' not supported between instances of '${b.type.name}' and '${a.type.name}'`);
  return compareCodePoints(a.value, b.value);
}

/** What a __dir__ returned (consumed), as a sorted list. */
function sortedNames(vm: VM, result: PyObject): PyObject {
  try {
    const list = listFromIterable(vm, result);
    list.items.sort(compareNames);
    return list;
  } finally {
    decref(result);
  }
}

/** dir(): the sorted names of the current scope, or of an object (its own __dir__ when a class defines one). */
export function dir(vm: VM, args: PyObject[]): PyObject {
  let names: string[];
  if (args.length === 0) {
    // _dir_locals: the frame's locals (a function's brought up to date, as locals() does), sorted.
    const d = frameLocals(vm, vm.frame!) as PyDict;
    names = [...d.map.values()].map((e) => (e.key as PyStr).value);
    decref(d);
  } else {
    const o = args[0];
    const custom = o.type.lookup('__dir__');
    if (custom && !(custom instanceof PyMethodDescriptor)) return sortedNames(vm, vm.callSpecial(custom, o, []));
    // module_dir: a module's own __dir__ function (PEP 562) lists its names.
    const moduleHook = o instanceof PyModule ? o.dict.getStr('__dir__') : undefined;
    if (moduleHook) return sortedNames(vm, vm.call(moduleHook, []));
    names = listNames(o);
  }
  return newList(names.sort(compareCodePoints).map((n) => newStr(n)));
}
