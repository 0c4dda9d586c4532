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
import { importCounter, importGarbage } from './importCosts';
import { loadedAtStartup } from './fileModules';
import { restoreSharedRefcounts, saveSharedRefcounts } from '../runtime/shared';

/** Modules with submodules (a `__path__`, as CPython's packages have). */
const PACKAGES = new Set(['collections', 'json']);

/**
 * Modules CPython writes in C: each of their functions holds the module (m_self), so `sys.getrefcount(math)` counts
 * 55 of them. (sys's and gc's functions stay shared objects, made once per process: sys's refcount in CPython comes
 * mostly from its startup modules anyway.)
 */
const C_MODULES = new Set(['math', 'cmath', 'time', 'array', '_random', '_operator', '_bisect', '_heapq', '_collections', '_string', '_tracemalloc', '_sre', '_ctypes', 'unicodedata', 'atexit']);

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
  const countImport = importCounter(vm, name);
  // CPython has these modules loaded (or builtin) before the program starts: their objects are not counted.
  const counting = vm.heap.countingAllocations;
  vm.heap.countingAllocations = false;
  // Nor, for those python3 imports at start-up, their references to shared objects (True, int...): those are in
  // the start-up counts already (startupRefcountsApply.ts).
  const sharedCounts = loadedAtStartup(name) ? saveSharedRefcounts() : null;
  let module: PyModule;
  try {
    module = makeModule(vm, name, definition.native(vm));
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
  } finally {
    vm.heap.countingAllocations = counting;
    if (sharedCounts) restoreSharedRefcounts(sharedCounts);
    countImport();
  }
  leaveImportGarbage(vm, module, name);
  return module;
}

/**
 * The cycles CPython's import of a module leaves for the collector (datetime.py's pure-Python classes, which
 * _datetime's replace), made after the import's counted objects (its collections ran before they were garbage).
 * They stand in by number, uncounted as the rest of the import: functions of the module, each in a ring through
 * its __dict__, one list more for an odd number.
 */
function leaveImportGarbage(vm: VM, module: PyModule, name: string): void {
  const objects = importGarbage(name);
  if (objects === 0) return;
  const counting = vm.heap.countingAllocations;
  vm.heap.countingAllocations = false;
  try {
    runModuleSource(vm, module, leftoverCyclesSource(objects), `<${name} leftovers>`);
  } finally {
    vm.heap.countingAllocations = counting;
  }
}

function leftoverCyclesSource(objects: number): string {
  return [
    '_first = _prev = None',
    `for _i in range(${objects >> 1}):`,
    '    def _leftover(): pass',
    '    if _prev is None: _first = _leftover',
    '    else: _prev.next = _leftover',
    '    _prev = _leftover',
    '_prev.next = _first',
    ...(objects & 1 ? ['_first.extra = [_first]'] : []),
    'del _first, _prev, _leftover, _i',
    '',
  ].join('\n');
}
