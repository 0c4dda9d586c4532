// The import statement as importlib runs it: dotted names through their parent packages, sys.modules first,
// the fromlist of `from p import m` importing submodules, and IMPORT_FROM's fallback to sys.modules.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyModule, PyStr, PyTuple, PyList } from '../runtime/objects';
import { None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { getAttr, setAttr } from '../runtime/ops/attributes';
import { loadModule } from './registry';
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

/** _find_and_load: the module of a full dotted name, from sys.modules or loaded now. A new reference. */
function findAndLoad(vm: VM, name: string): PyObject {
  const existing = vm.modules.get(name);
  if (existing !== undefined) {
    if (existing === None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
    return incref(existing);
  }
  const dot = name.lastIndexOf('.');
  if (dot < 0) {
    const module = loadModule(vm, name);
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
    const module = loadModule(vm, name);
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

function fromlistNames(fromlist: PyObject): string[] {
  const items = fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist.items : [];
  return items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value);
}

/** _handle_fromlist: `from package import sub` imports the submodule when the package has no such attribute. */
function handleFromlist(vm: VM, module: PyObject, names: string[], moduleName: string): void {
  for (const x of names) {
    if (x === '*') {
      if (!hasAttribute(vm, module, '__all__')) continue;
      const all = getAttr(vm, module, '__all__');
      try {
        handleFromlist(vm, module, fromlistNames(all).filter((n) => n !== '*'), moduleName);
      } finally {
        decref(all);
      }
      continue;
    }
    if (hasAttribute(vm, module, x)) continue;
    const fullName = `${moduleName}.${x}`;
    try {
      decref(findAndLoad(vm, fullName));
    } catch (e) {
      // A missing submodule is left to IMPORT_FROM, which reports the name it could not import.
      if (!(e instanceof NativeRaise && e.pyType === 'ModuleNotFoundError' && e.members?.name === fullName)) throw e;
    }
  }
}

/** IMPORT_NAME (importlib.__import__): a new reference to the top package, or to the module itself for a fromlist. */
export function importName(vm: VM, name: string, fromlist: PyObject, level: number): PyObject {
  if (level > 0) {
    const message = 'attempted relative import with no known parent package';
    throw new NativeRaise('ImportError', message, { msg: message });
  }
  if (name === '') throw new NativeRaise('ValueError', 'Empty module name');
  const module = findAndLoad(vm, name);
  const names = fromlist === None ? [] : fromlistNames(fromlist);
  if (names.length === 0) {
    const dot = name.indexOf('.');
    if (dot < 0) return module;
    decref(module);
    return findAndLoad(vm, name.slice(0, dot));
  }
  if (isPackage(module)) {
    try {
      handleFromlist(vm, module, names, name);
    } catch (e) {
      decref(module);
      throw e;
    }
  }
  return module;
}

/** IMPORT_FROM: the attribute, or else the submodule sys.modules has under the full name; a new reference. */
export function importFrom(vm: VM, module: PyObject, name: string): PyObject {
  try {
    return getAttr(vm, module, name);
  } catch (e) {
    if (!vm.isAttributeError(e)) throw e;
  }
  const moduleName = module instanceof PyModule ? module.dict.getStr('__name__') : undefined;
  if (!(moduleName instanceof PyStr)) {
    throw new NativeRaise('ImportError', `cannot import name '${name}' from '<unknown module name>' (unknown location)`);
  }
  const submodule = vm.modules.get(`${moduleName.value}.${name}`);
  if (submodule !== undefined) return incref(submodule);
  // CPython names the module's file; ours have none, so the message ends as a built-in module's does.
  const message = `cannot import name '${name}' from '${moduleName.value}' (unknown location)`;
  throw new NativeRaise('ImportError', message, { name: moduleName.value, msg: message });
}
