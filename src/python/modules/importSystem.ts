// The import statement as importlib runs it: dotted names through their parent packages, sys.modules first,
// the fromlist of `from p import m` importing submodules, and IMPORT_FROM's fallback to sys.modules.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyModule, PyStr } from '../runtime/objects';
import { PyDict } from '../runtime/dict';
import { None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { getAttr } from '../runtime/ops/attributes';
import { setAttr } from '../runtime/ops/attributeStores';
import { loadModule } from './registry';
import { CHUNK_OF_MODULE } from './library/moduleCatalog';
import {
  cannotImportName, foundBeforePath, loadNamespacePackage, loadSourceModule, packagePath, searchPath, sysPathEntries, type PathResult,
} from './fileModules';
import type { VM } from '../vm/vm';

/** Submodules python3 has imported before a program starts, so that `import collections` gives collections.abc too. */
const LOADED_WITH: Record<string, string> = { collections: 'collections.abc' };

function moduleNotFound(message: string, name: string): NativeRaise {
  return new NativeRaise('ModuleNotFoundError', message, { name, msg: message });
}

/** A module is a package when it has __path__ (then its submodules can be imported). */
function isPackage(module: PyObject): boolean {
  return module instanceof PyModule && module.dict.getStr('__path__') !== undefined;
}

/** A module not in sys.modules, found as python3 finds it: first what it has before sys.path, then on sys.path. */
function loadTopLevel(vm: VM, name: string): PyModule | null {
  const finder = vm.moduleFinder;
  if (!finder || foundBeforePath(name)) return loadModule(vm, name);
  return loadFound(vm, name, searchPath(finder, sysPathEntries(vm), name, Object.hasOwn(CHUNK_OF_MODULE, name)));
}

/** A submodule: of a package loaded from files, on its __path__; else the library's. */
function loadSubmodule(vm: VM, name: string, parent: PyObject): PyModule | null {
  const finder = vm.moduleFinder;
  if (!finder || !(parent instanceof PyModule) || parent.loadedFrom === undefined) return loadModule(vm, name);
  return loadFound(vm, name, searchPath(finder, packagePath(vm, parent), name, false));
}

function loadFound(vm: VM, name: string, result: PathResult): PyModule | null {
  if (result === null) return null;
  if (result.kind === 'library') return loadModule(vm, name);
  if (result.kind === 'namespace') return loadNamespacePackage(vm, name, result.portions);
  return loadSourceModule(vm, name, result.found);
}

/** _find_and_load: the module of a full dotted name, from sys.modules or loaded now. A new reference. */
export function findAndLoad(vm: VM, name: string): PyObject {
  const existing = vm.modules.get(name);
  if (existing !== undefined) {
    if (existing === None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
    return incref(existing);
  }
  const dot = name.lastIndexOf('.');
  if (dot < 0) {
    const module = loadTopLevel(vm, name);
    if (!module) throw moduleNotFound(`No module named '${name}'`, name);
    const submodule = LOADED_WITH[name];
    if (submodule) decref(findAndLoad(vm, submodule));
    return module;
  }
  const parentName = name.slice(0, dot);
  const parent = findAndLoad(vm, parentName);
  try {
    // Importing the parent may have put the child in sys.modules (os puts os.path there).
    const loaded = vm.modules.get(name);
    if (loaded !== undefined) return incref(loaded);
    if (!isPackage(parent)) throw moduleNotFound(`No module named '${name}'; '${parentName}' is not a package`, name);
    const module = loadSubmodule(vm, name, parent);
    if (!module) throw moduleNotFound(`No module named '${name}'`, name);
    // The submodule becomes an attribute of its package.
    setAttr(vm, parent, name.slice(dot + 1), module);
    return module;
  } finally {
    decref(parent);
  }
}

function hasAttribute(vm: VM, o: PyObject, name: string): boolean {
  try {
    decref(getAttr(vm, o, name));
    return true;
  } catch (e) {
    if (vm.isAttributeError(e)) return false;
    throw e;
  }
}

/** _handle_fromlist: `from package import sub` imports the submodule when the package has no such attribute. */
function handleFromlist(vm: VM, module: PyObject, fromlist: PyObject, moduleName: string, recursive: boolean): void {
  const items = vm.collectItems(fromlist);
  try {
    for (const x of items) {
      if (!(x instanceof PyStr)) {
        const where = recursive ? `${moduleName}.__all__` : "``from list''";
        throw new NativeRaise('TypeError', `Item in ${where} must be str, not ${x.type.name}`);
      }
      if (x.value === '*') {
        if (recursive || !hasAttribute(vm, module, '__all__')) continue;
        const all = getAttr(vm, module, '__all__');
        try {
          handleFromlist(vm, module, all, moduleName, true);
        } finally {
          decref(all);
        }
        continue;
      }
      if (hasAttribute(vm, module, x.value)) continue;
      const fullName = `${moduleName}.${x.value}`;
      try {
        decref(findAndLoad(vm, fullName));
      } catch (e) {
        // A missing submodule is left to IMPORT_FROM, which reports the name it could not import.
        const missing = e instanceof NativeRaise && e.pyType === 'ModuleNotFoundError' && e.members?.name === fullName;
        if (!missing || vm.modules.get(fullName) === None) throw e;
      }
    }
  } finally {
    for (const x of items) decref(x);
  }
}

function noParentPackage(): NativeRaise {
  const message = 'attempted relative import with no known parent package';
  return new NativeRaise('ImportError', message, { msg: message });
}

/**
 * resolve_name (Python/import.c): the absolute name of a relative import, from the importer's __package__,
 * else __spec__.parent, else __name__ (a package's own when it has __path__).
 */
function resolveName(vm: VM, name: string, globals: PyObject | null, level: number): string {
  if (globals === null) throw new NativeRaise('KeyError', "'__name__' not in globals");
  if (!(globals instanceof PyDict)) throw new NativeRaise('TypeError', 'globals must be a dict');
  let packageObj = globals.getStr('__package__');
  if (packageObj === None) packageObj = undefined;
  const spec = globals.getStr('__spec__');
  let packageName: string;
  if (packageObj !== undefined) {
    if (!(packageObj instanceof PyStr)) throw new NativeRaise('TypeError', 'package must be a string');
    packageName = packageObj.value;
  } else if (spec !== undefined && spec !== None) {
    const parent = getAttr(vm, spec, 'parent');
    decref(parent);
    if (!(parent instanceof PyStr)) throw new NativeRaise('TypeError', '__spec__.parent must be a string');
    packageName = parent.value;
  } else {
    const moduleName = globals.getStr('__name__');
    if (moduleName === undefined) throw new NativeRaise('KeyError', "'__name__' not in globals");
    if (!(moduleName instanceof PyStr)) throw new NativeRaise('TypeError', '__name__ must be a string');
    packageName = moduleName.value;
    if (globals.getStr('__path__') === undefined) {
      const dot = packageName.lastIndexOf('.');
      if (dot < 0) throw noParentPackage();
      packageName = packageName.slice(0, dot);
    }
  }
  if (packageName === '') throw noParentPackage();
  let lastDot = packageName.length;
  for (let up = 1; up < level; up++) {
    lastDot = lastDot === 0 ? -1 : packageName.lastIndexOf('.', lastDot - 1);
    if (lastDot < 0) {
      const message = 'attempted relative import beyond top-level package';
      throw new NativeRaise('ImportError', message, { msg: message });
    }
  }
  const base = packageName.slice(0, lastDot);
  return name === '' ? base : `${base}.${name}`;
}

/**
 * PyImport_ImportModuleLevelObject (IMPORT_NAME and builtins.__import__): a new reference to the top package,
 * or to the module itself for a fromlist. `globals` is null when the caller gave none.
 */
export function importName(vm: VM, name: string, globals: PyObject | null, fromlist: PyObject, level: number): PyObject {
  if (level < 0) throw new NativeRaise('ValueError', 'level must be >= 0');
  let absName = name;
  if (level > 0) absName = resolveName(vm, name, globals, level);
  else if (name === '') throw new NativeRaise('ValueError', 'Empty module name');
  const module = findAndLoad(vm, absName);
  try {
    if (fromlist === None || !vm.isTrue(fromlist)) {
      const dot = name.indexOf('.');
      if (dot < 0) return incref(module);
      if (level === 0) return importName(vm, name.slice(0, dot), null, None, 0);
      // A relative dotted name returns the package its first part names.
      const toReturn = absName.slice(0, absName.length - (name.length - dot));
      const top = vm.modules.get(toReturn);
      if (top === undefined) throw new NativeRaise('KeyError', `'${toReturn}' not in sys.modules as expected`);
      return incref(top);
    }
    if (isPackage(module)) handleFromlist(vm, module, fromlist, absName, false);
    return incref(module);
  } finally {
    decref(module);
  }
}

/** IMPORT_FROM: the attribute, or else the submodule sys.modules has under the full name; a new reference. */
export function importFrom(vm: VM, module: PyObject, name: string): PyObject {
  try {
    return getAttr(vm, module, name);
  } catch (e) {
    if (!vm.isAttributeError(e)) throw e;
  }
  const moduleName = module instanceof PyModule ? module.dict.getStr('__name__') : undefined;
  if (!(module instanceof PyModule) || !(moduleName instanceof PyStr)) {
    throw new NativeRaise('ImportError', `cannot import name '${name}' from '<unknown module name>' (unknown location)`);
  }
  const submodule = vm.modules.get(`${moduleName.value}.${name}`);
  if (submodule !== undefined) return incref(submodule);
  // The library's modules have no file: their message ends as a built-in module's does.
  throw cannotImportName(module, moduleName.value, name);
}
