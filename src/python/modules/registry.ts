// The builtin modules a program may import, created on first import as in CPython: the ones CPython writes
// in C are TypeScript here, and the Python parts of a module (random.Random, weakref.finalize) are our own
// Python source run in the module's namespace.

import { PyObject } from '../runtime/object';
import { PyModule } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { newDict, newList, newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { decref } from '../runtime/heap';
import { sysModuleContents } from './sys';
import { gcModuleContents } from './gc';
import { weakrefModuleContents } from './weakref';
import { mathModuleContents } from './math';
import { cmathModuleContents } from './cmath';
import { WEAKREF_PY } from './weakrefPython';
import { PURE_PYTHON_MODULES } from './python/index';
import { randomBaseModuleContents } from './random/randomBase';
import { randomHelperContents } from './random/randomHelpers';
import { RANDOM_PY } from './random/randomPython';
import { itertoolsModuleContents } from './itertools/index';
import { operatorModuleContents } from './operator';
import { bisectModuleContents } from './bisect';
import { heapqNativeContents } from './heapq';
import { HEAPQ_PY } from './heapqPython';
import { collectionsNativeContents } from './deque';
import { functoolsNativeContents } from './functools/lruCache';
import { arrayModuleContents } from './array/array';
import { timeModuleContents } from './time';
import { STRING_PY } from './stringPython';
import { STRING_TEMPLATE_PY } from './stringTemplate';
import { stringHelperContents } from './stringFormatter';
import { tracemallocNativeContents } from './tracemalloc/tracemallocNative';
import { TRACEMALLOC_PY } from './tracemalloc/tracemallocPython';
import { sreModuleContents } from './re/sre';
import { RE_PY } from './re/rePython';
import { parseModule } from '../syntax/statementParser';
import { compileModule } from '../compiler/compiler';
import { materializeCode } from '../bootstrap';
import type { VM } from '../vm/vm';

const FACTORIES: Record<string, (vm: VM) => Record<string, PyObject>> = {
  sys: sysModuleContents,
  gc: gcModuleContents,
  weakref: weakrefModuleContents,
  math: mathModuleContents,
  cmath: cmathModuleContents,
  _random: randomBaseModuleContents,
  random: randomHelperContents,
  itertools: itertoolsModuleContents,
  operator: operatorModuleContents,
  _operator: operatorModuleContents,
  bisect: bisectModuleContents,
  _bisect: bisectModuleContents,
  _heapq: heapqNativeContents,
  heapq: () => ({}),
  _collections: collectionsNativeContents,
  _functools: functoolsNativeContents,
  array: arrayModuleContents,
  time: timeModuleContents,
  string: () => ({}),
  _string: stringHelperContents,
  _tracemalloc: tracemallocNativeContents,
  tracemalloc: () => ({}),
  _sre: sreModuleContents,
  re: () => ({}),
};

/**
 * The gc objects CPython's import of a module not yet loaded at startup leaves behind (its code, functions,
 * dicts), measured with gc.get_count() around the import; modules python3 has loaded before the program
 * runs (random, collections, itertools, operator, bisect, time...) cost nothing.
 */
const IMPORT_ALLOCATIONS: Record<string, number> = { heapq: 64, array: 68, string: 156, cmath: 30 };

/** Modules with submodules (a `__path__`, as CPython's packages have). */
const PACKAGES = new Set(['collections']);

/** Modules with a part written in Python, run after the native part is in place. */
const PYTHON_PARTS: Record<string, [source: string, filename: string]> = {
  weakref: [WEAKREF_PY, 'weakref.py'],
  random: [RANDOM_PY, 'random.py'],
  heapq: [HEAPQ_PY, 'heapq.py'],
  string: [STRING_PY + STRING_TEMPLATE_PY, 'string.py'],
  tracemalloc: [TRACEMALLOC_PY, 'tracemalloc.py'],
  re: [RE_PY, 're.py'],
};

// Modules CPython writes wholly in Python: our own Python source, nothing native.
for (const [name, source] of Object.entries(PURE_PYTHON_MODULES)) {
  FACTORIES[name] = () => ({});
  PYTHON_PARTS[name] = [source, `${name.replace('.', '/')}.py`];
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

/**
 * Creates a module the playground has, puts it in sys.modules and runs its Python part: a new reference,
 * or null when there is no such module. The import machinery (importSystem.ts) looks in sys.modules first.
 */
export function loadModule(vm: VM, name: string): PyModule | null {
  const factory = Object.hasOwn(FACTORIES, name) ? FACTORIES[name] : undefined;
  if (!factory) return null;
  // CPython has these modules loaded (or builtin) before the program starts: their objects are not counted.
  const counting = vm.heap.countingAllocations;
  vm.heap.countingAllocations = false;
  try {
    const module = makeModule(vm, name, factory(vm));
    if (PACKAGES.has(name)) {
      const path = newList([]);
      dictSetStr(module.dict, '__path__', path);
      decref(path);
    }
    vm.modules.set(name, module);
    const python = PYTHON_PARTS[name];
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
