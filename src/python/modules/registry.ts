// The builtin modules a program may import, created on first import as in CPython: the ones CPython writes
// in C are TypeScript here, and the Python parts of a module (random.Random, weakref.finalize) are our own
// Python source run in the module's namespace. Their code comes from the installed library (library/).

import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyModule } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { newDict, newList, newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { decref, incref } from '../runtime/heap';
import { moduleLibrary } from './library/moduleLibrary';
import { parseModule } from '../syntax/statementParser';
import { compileModule } from '../compiler/compiler';
import { materializeCode } from '../bootstrap';
import type { VM } from '../vm/vm';
import { addCodeTree, type CodeObject } from '../bytecode/code';

/**
 * The gc objects CPython's import of a module not yet loaded at startup leaves behind (its code, functions,
 * dicts), measured with gc.get_count() around the import; modules python3 has loaded before the program
 * runs (random, collections, itertools, operator, bisect, time...) cost nothing.
 */
const IMPORT_ALLOCATIONS: Record<string, number> = {
  ctypes: 734, heapq: 64, array: 68, string: 156, cmath: 30, timeit: 63, numbers: 264,
  logging: 1578, queue: 194, base64: 107, hashlib: 147, hmac: 213,
};

/** Modules CPython's import of another has loaded already (its fractions imports numbers): then they cost nothing. */
const LOADED_BY: Record<string, readonly string[]> = { numbers: ['fractions'] };

/**
 * What a module's import costs less when a module it imports was loaded before (logging imports string): the
 * part of its count that was the other module's.
 */
const COUNTED_WITH: Record<string, Readonly<Record<string, number>>> = {
  logging: { string: 136 },
  queue: { heapq: 77 },
  hmac: { hashlib: 166 },
};

function importAllocations(vm: VM, name: string): number {
  if (LOADED_BY[name]?.some((other) => vm.modules.get(other) !== undefined)) return 0;
  let allocations = IMPORT_ALLOCATIONS[name] ?? 0;
  for (const [other, part] of Object.entries(COUNTED_WITH[name] ?? {})) {
    if (vm.modules.get(other) !== undefined) allocations -= part;
  }
  return allocations;
}

/** The modules a program may import that python3 has not loaded when the program starts (the rest are in sys.modules). */
const LOADED_ON_IMPORT = new Set([
  'gc', 'cmath', 'heapq', '_heapq', 'array', 'string', '_string', 'tracemalloc', '_tracemalloc', 'copy', 'dataclasses',
  'json', 'textwrap', 'pprint', 'fractions', 'statistics', 'csv', 'datetime', 'traceback', 'numbers', 'timeit',
  'logging', 'queue', 'base64', 'hashlib', 'hmac', 'ctypes', '_ctypes', 'pydoc',
]);

/**
 * The end of importlib's _find_and_load, run for a module not yet loaded: _ModuleLockManager.__exit__(*args) holds
 * its 3-tuple of arguments while the module lock's `with self.lock` calls the C lock's __exit__, which takes its
 * arguments as another 3-tuple (METH_VARARGS). Two 3-tuples alive at once, then parked: after the import at least
 * two are on the free list, and those not taken from it counted in generation 0.
 */
function moduleLockExit(vm: VM): void {
  vm.heap.countAllocation('tuple3');
  vm.heap.countAllocation('tuple3');
  vm.heap.countRelease('tuple3');
  vm.heap.countRelease('tuple3');
}

/** Modules with submodules (a `__path__`, as CPython's packages have). */
const PACKAGES = new Set(['collections']);

/**
 * Modules CPython writes in C: each of their functions holds the module (m_self), so `sys.getrefcount(math)` counts
 * 55 of them. (sys's and gc's functions stay shared objects, made once per process: sys's refcount in CPython comes
 * mostly from its startup modules anyway.)
 */
const C_MODULES = new Set(['math', 'cmath', 'time', 'array', '_random', '_operator', '_bisect', '_heapq', '_collections', '_string', '_tracemalloc', '_sre', '_ctypes']);

/** A C module's function as its own heap object bound to the module, as PyCFunction_NewEx makes it. */
function boundToModule(vm: VM, f: PyBuiltinFunction, module: PyModule, name: string): PyBuiltinFunction {
  const bound = vm.heap.register(new PyBuiltinFunction(T.builtin_function_or_method, f.name, f.fn));
  bound.resumable = f.resumable;
  bound.alwaysGuarded = f.alwaysGuarded;
  bound.module = incref(module);
  bound.moduleName = name;
  vm.heap.track(bound);
  return bound;
}

/** Creates a module object whose dict holds the given values (references taken over). */
export function makeModule(vm: VM, name: string, contents: Record<string, PyObject>): PyModule {
  const dict = newDict();
  const nameObj = newStr(name);
  dictSetStr(dict, '__name__', nameObj);
  decref(nameObj);
  const module = vm.heap.register(new PyModule(T.module, name, dict));
  vm.heap.track(module);
  const bind = C_MODULES.has(name);
  for (const [k, v] of Object.entries(contents)) {
    const value = bind && v instanceof PyBuiltinFunction && v.self === null ? boundToModule(vm, v, module, name) : v;
    dictSetStr(dict, k, value);
    decref(value);
    if (value !== v) decref(v);
  }
  return module;
}

/**
 * The code of our stdlib modules' Python parts: their imports skip a replaced builtins.__import__, since in
 * CPython those modules were imported at startup, before a program could replace it.
 */
const STDLIB_CODE = new WeakSet<CodeObject>();

export const isStdlibCode = (code: CodeObject): boolean => STDLIB_CODE.has(code);

/**
 * Our stdlib modules' code, compiled once per JS realm (CPython reads a .pyc): code objects never change (forks
 * share them too), so the page's next Run, or the next test, imports `collections` without parsing it again.
 */
const compiledModules = new Map<string, { source: string; code: CodeObject }>();

/** A library module's code compiled from its source (what a code cache of the library holds). */
export function compileLibraryModule(source: string, filename: string): CodeObject {
  return compileModule(parseModule(source), filename);
}

/** The library's code compiled ahead of time, when the host has it (the CLI's cache made at bundle time). */
export type LibraryCodeCache = (filename: string, source: string) => CodeObject | undefined;
let libraryCodeCache: LibraryCodeCache | null = null;
export function installLibraryCodeCache(cache: LibraryCodeCache | null): void {
  libraryCodeCache = cache;
}

function compiledModuleCode(source: string, filename: string): CodeObject {
  const known = compiledModules.get(filename);
  if (known?.source === source) return known.code;
  const code = libraryCodeCache?.(filename, source) ?? compileLibraryModule(source, filename);
  addCodeTree(STDLIB_CODE, code);
  compiledModules.set(filename, { source, code });
  return code;
}

/** Runs Python source in a module's namespace (the parts of a module CPython writes in Python). */
function runModuleSource(vm: VM, module: PyModule, source: string, filename: string): void {
  const code = compiledModuleCode(source, filename);
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
  const allocations = importAllocations(vm, name);
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
    for (let i = allocations; i > 0; i--) vm.heap.countAllocation('');
    if (LOADED_ON_IMPORT.has(name)) moduleLockExit(vm);
  }
}
