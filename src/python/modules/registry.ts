// The builtin modules a program may import (sys, gc, weakref, math), created on first import as in CPython.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyModule } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newDict, newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { decref } from '../runtime/heap';
import { sysModuleContents } from './sys';
import { gcModuleContents } from './gc';
import { weakrefModuleContents } from './weakref';
import { mathModuleContents } from './math';
import { WEAKREF_PY } from './weakrefPython';
import { PURE_PYTHON_MODULES } from './python/index';
import { parseModule } from '../syntax/statementParser';
import { compileModule } from '../compiler/compiler';
import { materializeCode } from '../bootstrap';
import type { VM } from '../vm/vm';

const FACTORIES: Record<string, (vm: VM) => Record<string, PyObject>> = {
  sys: sysModuleContents,
  gc: gcModuleContents,
  weakref: weakrefModuleContents,
  math: mathModuleContents,
};

/** Modules with a part written in Python, run after the native part is in place. */
const PYTHON_PARTS: Record<string, [source: string, filename: string]> = {
  weakref: [WEAKREF_PY, 'weakref.py'],
};

// Modules CPython writes wholly in Python: our own Python source, nothing native.
for (const [name, source] of Object.entries(PURE_PYTHON_MODULES)) {
  FACTORIES[name] = () => ({});
  PYTHON_PARTS[name] = [source, `${name}.py`];
}

/** Creates a module object whose dict holds the given values (references taken over). */
export function makeModule(vm: VM, name: string, contents: Record<string, PyObject>): PyModule {
  const dict = newDict();
  const nameObj = newStr(name);
  dictSetStr(dict, '__name__', nameObj);
  decref(nameObj);
  for (const [k, v] of Object.entries(contents)) {
    dictSetStr(dict, k, v);
    decref(v);
  }
  const module = vm.heap.register(new PyModule(T.module, name, dict));
  vm.heap.track(module);
  return module;
}

/** Runs Python source in a module's namespace (the parts of a module CPython writes in Python). */
function runModuleSource(vm: VM, module: PyModule, source: string, filename: string): void {
  const code = compileModule(parseModule(source), filename);
  const pyCode = materializeCode(vm, code);
  const frame = vm.frameForBody(pyCode, module.dict, module.dict, null);
  vm.pushFrame(frame);
  try {
    decref(vm.runNested(frame));
  } finally {
    decref(pyCode);
  }
}

/** IMPORT_NAME: a new reference to the module. */
export function importModule(vm: VM, name: string): PyObject {
  const existing = vm.modules.get(name);
  if (existing) return incref(existing);
  const factory = FACTORIES[name];
  if (!factory) {
    // CPython's exact message: only sys, gc, weakref and math exist here.
    throw new NativeRaise('ModuleNotFoundError', `No module named '${name.split('.')[0]}'`);
  }
  // CPython has these modules loaded (or builtin) before the program starts: their objects are not counted.
  const counting = vm.heap.countingAllocations;
  vm.heap.countingAllocations = false;
  try {
    const module = makeModule(vm, name, factory(vm));
    vm.modules.set(name, module);
    const python = PYTHON_PARTS[name];
    if (python) runModuleSource(vm, module, python[0], python[1]);
    return incref(module);
  } finally {
    vm.heap.countingAllocations = counting;
  }
}
