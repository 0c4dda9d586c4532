// builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0): the import statement's machinery
// called directly, with builtin___import___impl's argument checks; and IMPORT_NAME's call of a replacement.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyStr } from '../runtime/objects';
import { None } from '../runtime/builtinTypes';
import { importName } from '../modules/importSystem';
import { builtinFunction, cIntArg, keywords } from './define';
import type { Frame } from '../vm/frame';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import { callRequest } from '../vm/callOps';

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

/**
 * IMPORT_NAME when builtins.__import__ was replaced: the replacement called with the name, the frame's globals and
 * locals, the fromlist and the level. Its operands are the top four of the stack: level, fromlist, the function, the name.
 */
export function* importOverrideOp(vm: VM, f: Frame, stack: (PyObject | null)[]): NativeOp<PyObject> {
  const [level, fromlist, importFunc, name] = stack.slice(stack.length - 4) as PyObject[];
  const locals = f.localsDict ?? f.fastLocalsDict ?? None;
  return (yield callRequest(vm, importFunc, [name, f.globals, locals, fromlist, level])) as PyObject;
}
