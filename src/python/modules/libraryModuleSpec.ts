// A library module's __package__, __loader__ and __spec__, made when a program first reads one and then kept in
// the module's dict: the importer python3 names for it (BuiltinImporter or FrozenImporter, as classes, else an
// ExtensionFileLoader or SourceFileLoader) and a ModuleSpec whose origin is where our sys.path puts its file.

import type { PyObject } from '../runtime/object';
import { PyModule } from '../runtime/objects';
import { False } from '../runtime/builtinTypes';
import { newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { decref, incref } from '../runtime/heap';
import { setAttr } from '../runtime/ops/attributeStores';
import { importlibClass, importlibLoader, moduleSpec } from './moduleSpec';
import type { VM } from '../vm/vm';
import { BUILTIN_MODULE_NAMES, LIBRARY_PATHS } from './sys';

const BUILTIN_MODULES = new Set(BUILTIN_MODULE_NAMES);

/** The standard library modules 3.11 freezes into the interpreter (_imp._frozen_module_names()). */
const FROZEN_MODULES = new Set([
  '_collections_abc', '_frozen_importlib', '_frozen_importlib_external', '_sitebuiltins', 'abc', 'codecs',
  'genericpath', 'importlib.machinery', 'importlib.util', 'io', 'ntpath', 'os', 'posixpath', 'runpy', 'site', 'stat',
  'zipimport',
]);

/** The extension modules in lib-dynload. */
const EXTENSION_MODULES = new Set([
  '_asyncio', '_bisect', '_blake2', '_bz2', '_contextvars', '_crypt', '_csv', '_ctypes', '_datetime', '_decimal',
  '_elementtree', '_hashlib', '_heapq', '_json', '_lsprof', '_lzma', '_md5', '_multibytecodec', '_multiprocessing',
  '_opcode', '_pickle', '_posixshmem', '_posixsubprocess', '_queue', '_random', '_sha1', '_sha256', '_sha3', '_sha512',
  '_socket', '_sqlite3', '_ssl', '_statistics', '_struct', '_typing', '_uuid', '_zoneinfo', 'array', 'audioop',
  'binascii', 'cmath', 'fcntl', 'grp', 'math', 'mmap', 'pyexpat', 'readline', 'resource', 'select', 'syslog',
  'termios', 'unicodedata', 'zlib',
]);

/** Where our sys.path has the standard library. */
const LIBRARY = LIBRARY_PATHS[1];

/** Packages in python3 that are single modules here (no __path__). */
const PACKAGES = new Set(['re', 'importlib', 'email', 'xml', 'urllib', 'http', 'concurrent', 'logging', 'unittest', 'asyncio', 'ctypes', 'encodings']);

const ATTRIBUTES = new Set(['__package__', '__loader__', '__spec__']);

/** Whether the module is one of the interpreter's library modules (not a program's file or a ModuleType()). */
function isLibraryModule(m: PyModule): boolean {
  return m.loadedFrom === undefined && !m.madeByProgram && m.name !== '__main__';
}

/** module.__package__, __loader__ or __spec__ of a library module that has none yet: a new reference, or null. */
export function libraryModuleAttribute(vm: VM, m: PyModule, name: string): PyObject | null {
  if (!ATTRIBUTES.has(name) || !isLibraryModule(m)) return null;
  const isPackage = m.dict.getStr('__path__') !== undefined || PACKAGES.has(m.name);
  if (!m.dict.getStr('__package__')) {
    const packageName = newStr(isPackage ? m.name : m.name.slice(0, Math.max(0, m.name.lastIndexOf('.'))));
    dictSetStr(m.dict, '__package__', packageName);
    decref(packageName);
  }
  if (!m.dict.getStr('__spec__')) {
    const file = isPackage ? `${LIBRARY}/${m.name.replace(/\./g, '/')}/__init__.py` : `${LIBRARY}/${m.name.replace(/\./g, '/')}.py`;
    const origin = BUILTIN_MODULES.has(m.name) ? 'built-in' : FROZEN_MODULES.has(m.name) ? 'frozen'
      : EXTENSION_MODULES.has(m.name) ? `${LIBRARY}/lib-dynload/${m.name}.cpython-311-x86_64-linux-gnu.so` : file;
    const loader = libraryLoader(vm, m.name, origin);
    const locations = isPackage ? [`${LIBRARY}/${m.name.replace(/\./g, '/')}`] : null;
    // A source module's bytecode cache, as importlib.util.cache_from_source names it.
    const cached = origin === file ? file.replace(/([^/]*)\.py$/, '__pycache__/$1.cpython-311.pyc') : null;
    const spec = moduleSpec(vm, m.name, loader, origin, locations, cached);
    // Built-in and frozen modules have an origin but no location.
    if (origin === 'built-in' || origin === 'frozen') setAttr(vm, spec, 'has_location', False);
    dictSetStr(m.dict, '__loader__', loader);
    dictSetStr(m.dict, '__spec__', spec);
    decref(loader);
    decref(spec);
  }
  return incref(m.dict.getStr(name)!);
}

/** The importer python3 loads the module with: a new reference. */
function libraryLoader(vm: VM, name: string, path: string): PyObject {
  if (BUILTIN_MODULES.has(name)) return importlibClass(vm, '_frozen_importlib', 'BuiltinImporter');
  if (FROZEN_MODULES.has(name)) return importlibClass(vm, '_frozen_importlib', 'FrozenImporter');
  return importlibLoader(vm, EXTENSION_MODULES.has(name) ? 'ExtensionFileLoader' : 'SourceFileLoader', name, path);
}
