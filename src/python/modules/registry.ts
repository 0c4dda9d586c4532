// The builtin modules a program may import, created on first import as in CPython: the ones CPython writes
// in C are TypeScript here, and the Python parts of a module (random.Random, weakref.finalize) are our own
// Python source run in the module's namespace. Their code comes from the installed library (library/).

import { PyObject } from '../runtime/object';
import { PyModule } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { newDict, newList, newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { decref } from '../runtime/heap';
import { moduleLibrary } from './library/moduleLibrary';
import { parseModule } from '../syntax/statementParser';
import { compileModule } from '../compiler/compiler';
import { materializeCode } from '../bootstrap';
import type { VM } from '../vm/vm';

/**
 * The gc objects CPython's import of a module not yet loaded at startup leaves behind (its code, functions,
 * dicts), measured with gc.get_count() around the import; modules python3 has loaded before the program
 * runs (random, collections, itertools, operator, bisect, time...) cost nothing.
 */
const IMPORT_ALLOCATIONS: Record<string, number> = { heapq: 64, array: 68, string: 156, cmath: 30 };

/** Modules with submodules (a `__path__`, as CPython's packages have). */
const PACKAGES = new Set(['collections']);

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

/**
 * Creates a module the playground has, puts it in sys.modules and runs its Python part: a new reference,
 * or null when there is no such module. The import machinery (importSystem.ts) looks in sys.modules first.
 */
export function loadModule(vm: VM, name: string): PyModule | null {
  const definition = moduleLibrary().definitionOf(name);
  if (!definition) return null;
  // CPython has these modules loaded (or builtin) before the program starts: their objects are not counted.
  const counting = vm.heap.countingAllocations;
  vm.heap.countingAllocations = false;
  try {
    const module = makeModule(vm, name, definition.native(vm));
    if (PACKAGES.has(name)) {
      const path = newList([]);
      dictSetStr(module.dict, '__path__', path);
      decref(path);
    }
    vm.modules.set(name, module);
    const python = definition.python;
    if (python) {
      try {
        runModuleSource(vm, module, python[0], python[1]);
      } catch (e) {
        // A module whose code failed is taken out of sys.modules again, as importlib does.
        vm.modules.delete(name);
        decref(module);
        throw e;
      }
    }
    return module;
  } finally {
    vm.heap.countingAllocations = counting;
    for (let i = IMPORT_ALLOCATIONS[name] ?? 0; i > 0; i--) vm.heap.countAllocation('');
  }
}
