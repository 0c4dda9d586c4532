// A program's own modules: `import helper` finds helper.py on sys.path (the script's directory first), as
// importlib's PathFinder does. The interpreter reads no files itself: the host (the CLI) passes a finder that
// looks in one directory. Without a finder (the page) a program imports only the library's modules.

import { NativeRaise, PySyntaxError, type SyntaxDiagnostic } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyFunction, PyList, PyModule, PyStr } from '../runtime/objects';
import { None, T } from '../runtime/builtinTypes';
import { newDict, newList, newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { decref, incref } from '../runtime/heap';
import { getAttr } from '../runtime/ops/attributes';
import { parseModule } from '../syntax/statementParser';
import { compileModule } from '../compiler/compiler';
import { formatSyntaxWarning, type SyntaxWarningNote } from '../compiler/syntaxWarnings';
import { syntaxErrorFor } from '../builtins/execEval';
import { materializeCode } from '../bootstrap';
import { importlibLoader, moduleSpec } from './moduleSpec';
import { BUILTIN_MODULE_NAMES, LIBRARY_PATHS, defaultSysPath } from './sys';
import type { VM } from '../vm/vm';

/** What a directory holds under a module's name (FileFinder.find_spec). */
export type FoundModule =
  /** `name.py`, or `name/__init__.py` for a package (then `packageDirectory` is `name/`). */
  | { kind: 'source'; filename: string; source: string; unreadableFrom?: SyntaxDiagnostic; packageDirectory?: string }
  /** A directory `name/` without `__init__.py`: one portion of a namespace package. */
  | { kind: 'namespace'; directory: string };

/** Looks in one directory of sys.path (or of a package's __path__) for the module `name` (no dots). */
export type ModuleFinder = (directory: string, name: string) => FoundModule | null;

/**
 * The top-level modules python3 3.11.7 has in sys.modules before a script runs (site and what it imports),
 * besides its built-in ones: a file of the same name in the script's directory does not replace them.
 */
const PYTHON3_STARTUP_MODULES = new Set([
  '_bisect', '_bz2', '_collections_abc', '_compression', '_distutils_hack', '_frozen_importlib',
  '_frozen_importlib_external', '_lzma', '_random', '_sha512', '_sitebuiltins', '_struct', '_typing', '_weakrefset',
  'abc', 'binascii', 'bisect', 'bz2', 'certifi', 'codecs', 'collections', 'contextlib', 'copyreg', 'encodings',
  'enum', 'fnmatch', 'functools', 'genericpath', 'importlib', 'io', 'ipaddress', 'keyword', 'lzma', 'math', 'ntpath',
  'operator', 'os', 'pathlib', 'posixpath', 'random', 're', 'reprlib', 'shutil', 'site', 'stat', 'struct',
  'tempfile', 'threading', 'types', 'typing', 'urllib', 'warnings', 'weakref', 'zipfile', 'zipimport', 'zlib',
]);

/** The built-in modules python3 has in sys.modules before a script runs. */
const PYTHON3_STARTUP_BUILTIN_MODULES = new Set([
  '_abc', '_codecs', '_collections', '_functools', '_imp', '_io', '_operator', '_signal', '_sre', '_stat', '_thread',
  '_warnings', '_weakref', 'atexit', 'builtins', 'errno', 'itertools', 'marshal', 'posix', 'sys', 'time',
]);

/** Whether python3 has imported `name` before a script runs (its references are in start-up's counts). */
export function loadedAtStartup(name: string): boolean {
  return PYTHON3_STARTUP_MODULES.has(name) || PYTHON3_STARTUP_BUILTIN_MODULES.has(name);
}

/** Whether python3 finds `name` before it looks on sys.path: loaded at startup, built in, or frozen. */
export function foundBeforePath(name: string): boolean {
  return PYTHON3_STARTUP_MODULES.has(name) || BUILTIN_MODULE_NAMES.includes(name);
}

/** The str entries of sys.path now (sys made on first import: before that, the list it will start with). */
export function sysPathEntries(vm: VM): string[] {
  const sys = vm.modules.get('sys');
  if (!(sys instanceof PyModule)) return defaultSysPath(vm);
  const path = sys.dict.getStr('path');
  if (!(path instanceof PyList)) return [];
  return path.items.filter((p): p is PyStr => p instanceof PyStr).map((p) => p.value);
}

/** Where `name` is found on `path`: in a directory, the library's place, or as a namespace package's portions. */
export type PathResult = { kind: 'found'; found: Extract<FoundModule, { kind: 'source' }> } | { kind: 'library' } | { kind: 'namespace'; portions: string[] } | null;

/**
 * PathFinder.find_spec over `path`: the first directory with a module file or package wins; the library's
 * directories (LIBRARY_PATHS) stand for the modules the playground has; namespace portions count only when no
 * entry has the module.
 */
export function searchPath(finder: ModuleFinder, path: readonly string[], name: string, libraryHas: boolean): PathResult {
  const portions: string[] = [];
  const last = name.slice(name.lastIndexOf('.') + 1);
  for (const entry of path) {
    if (LIBRARY_PATHS.includes(entry)) {
      if (libraryHas) return { kind: 'library' };
      continue;
    }
    const found = finder(entry, last);
    if (!found) continue;
    if (found.kind === 'source') return { kind: 'found', found };
    portions.push(found.directory);
  }
  return portions.length > 0 ? { kind: 'namespace', portions } : null;
}

/** A package's __path__ entries (a namespace package's or a file package's). */
export function packagePath(vm: VM, module: PyObject): string[] {
  const path = getAttr(vm, module, '__path__');
  try {
    return path instanceof PyList ? path.items.filter((p): p is PyStr => p instanceof PyStr).map((p) => p.value) : [];
  } finally {
    decref(path);
  }
}

/** Compiles a module's file: a SyntaxError comes out as the exception importlib raises, with the file's line. */
function compileFile(vm: VM, found: Extract<FoundModule, { kind: 'source' }>, lines: readonly string[]) {
  const warnings: SyntaxWarningNote[] = [];
  try {
    const code = compileModule(parseModule(found.source, found.unreadableFrom && new PySyntaxError(found.unreadableFrom), undefined, true), found.filename, false, warnings);
    for (const w of warnings) vm.writeStderr(formatSyntaxWarning(w, found.filename, lines));
    return code;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const line = lines[e.diagnostic.line - 1];
    const d = e.diagnostic;
    throw syntaxErrorFor(d, found.filename, d.text ?? (line === undefined ? null : d.textWithoutNewline ? line : line + '\n'));
  }
}

function setStr(dict: ReturnType<typeof newDict>, key: string, value: string | null): void {
  if (value === null) {
    dictSetStr(dict, key, None);
    return;
  }
  const s = newStr(value);
  dictSetStr(dict, key, s);
  decref(s);
}

function setOwned(dict: ReturnType<typeof newDict>, key: string, value: PyObject): void {
  dictSetStr(dict, key, value);
  decref(value);
}

/** `name`'s __package__: itself for a package, else the name without its last part. */
function packageName(name: string, isPackage: boolean): string {
  return isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
}

/** Where CPython would write the module's bytecode (__cached__). */
function cachedPath(filename: string): string {
  const slash = filename.lastIndexOf('/');
  const stem = filename.slice(slash + 1).replace(/\.py$/, '');
  return `${filename.slice(0, slash)}/__pycache__/${stem}.cpython-311.pyc`;
}

/** A module object with the dunders importlib's module_from_spec and _init_module_attrs give it, in their order. */
function newFileModule(vm: VM, name: string, origin: string | null, searchLocations: string[] | null): PyModule {
  const dict = newDict();
  const module = vm.heap.register(new PyModule(T.module, name, dict));
  vm.heap.track(module);
  module.loadedFrom = origin;
  setStr(dict, '__name__', name);
  setStr(dict, '__doc__', null);
  setStr(dict, '__package__', packageName(name, searchLocations !== null));
  const loader = importlibLoader(vm, origin === null ? 'NamespaceLoader' : 'SourceFileLoader', name, origin);
  const spec = moduleSpec(vm, name, loader, origin, searchLocations, origin && cachedPath(origin));
  setOwned(dict, '__loader__', loader);
  setOwned(dict, '__spec__', spec);
  if (searchLocations) setOwned(dict, '__path__', newList(searchLocations.map((p) => newStr(p))));
  // A namespace package's __file__ is None and it has no __cached__.
  setStr(dict, '__file__', origin);
  if (origin !== null) setStr(dict, '__cached__', cachedPath(origin));
  return module;
}

/** A namespace package over its directories: a new reference, put in sys.modules. */
export function loadNamespacePackage(vm: VM, name: string, portions: string[]): PyModule {
  const module = newFileModule(vm, name, null, portions);
  vm.modules.set(name, module);
  return module;
}

/**
 * Runs a module's file in a new module object: a new reference. It is in sys.modules while its code runs
 * (a circular import sees it partly made) and taken out again when that code raises, as importlib does.
 */
export function loadSourceModule(vm: VM, name: string, found: Extract<FoundModule, { kind: 'source' }>): PyModule {
  const lines = found.source.split(/\r?\n|\r/);
  vm.moduleSourceLines.set(found.filename, lines);
  const module = newFileModule(vm, name, found.filename, found.packageDirectory === undefined ? null : [found.packageDirectory]);
  vm.modules.set(name, module);
  module.initializing = true;
  try {
    const code = materializeCode(vm, compileFile(vm, found, lines));
    // exec() gives the namespace __builtins__, and runs the code through a function object made for it.
    dictSetStr(module.dict, '__builtins__', vm.builtins);
    const func = vm.heap.register(new PyFunction(T.function, code, incref(module.dict), null, null, null));
    vm.heap.track(func);
    const frame = vm.frameForBody(code, module.dict, module.dict, func);
    decref(func);
    vm.pushFrame(frame);
    decref(vm.runNested(frame));
    return module;
  } catch (e) {
    vm.modules.delete(name);
    decref(module);
    throw e;
  } finally {
    module.initializing = false;
  }
}

/** IMPORT_FROM's message when the name is missing: where the module came from, and whether it is still loading. */
export function cannotImportName(module: PyModule, moduleName: string, name: string): NativeRaise {
  const initializing = module.initializing;
  const file = module.dict.getStr('__file__');
  const path = file instanceof PyStr ? file.value : null;
  const where = path ?? 'unknown location';
  const message = initializing
    ? `cannot import name '${name}' from partially initialized module '${moduleName}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${moduleName}' (${where})`;
  return new NativeRaise('ImportError', message, path === null ? { name: moduleName, msg: message } : { name: moduleName, path, msg: message });
}
