// builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0): the import statement's machinery
// called directly, with builtin___import___impl's argument checks; and IMPORT_NAME's call of a replacement.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyStr } from '../runtime/objects';
import { None } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newStr } from '../runtime/factory';
import { importName } from '../modules/importSystem';
import { builtinFunction, cIntArg, keywords } from './define';
import type { Frame } from '../vm/frame';
import type { VM } from '../vm/vm';

let builtinImport: PyBuiltinFunction | null = null;

/** The builtin function (made once per process, shared as the other builtins are). */
export function importBuiltin(): PyObject {
  builtinImport ??= builtinFunction('__import__', [keywords(['name', 'globals', 'locals', 'fromlist', 'level'], 1), (vm, args) => {
    const [name, globals, , fromlist, level] = args;
    // Argument Clinic converts level before the import looks at the name.
    const levelValue = level === undefined ? 0 : cIntArg(vm, level);
    if (!(name instanceof PyStr)) throw new NativeRaise('TypeError', 'module name must be a string');
    return importName(vm, name.value, globals ?? null, fromlist ?? None, levelValue);
  }]);
  return builtinImport;
}

export const isBuiltinImport = (o: PyObject): boolean => o === builtinImport;

/** IMPORT_NAME when builtins.__import__ was replaced: the replacement gets the frame's globals and locals. */
export function callImportOverride(vm: VM, f: Frame, importFunc: PyObject, name: string, fromlist: PyObject, level: PyObject): PyObject {
  const nameObj = newStr(name);
  try {
    const locals = f.localsDict ?? f.fastLocalsDict ?? None;
    return vm.call(importFunc, [nameObj, f.globals, locals, fromlist, level]);
  } finally {
    decref(nameObj);
  }
}
