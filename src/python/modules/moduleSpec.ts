// The loader and ModuleSpec objects importlib gives a module loaded from a file (its __loader__ and __spec__):
// instances of plain classes named as importlib's, with the attributes programs read.

import type { PyObject } from '../runtime/object';
import { PyModule } from '../runtime/objects';
import { None, T, True, False } from '../runtime/builtinTypes';
import { newDict, newList, newStr, newTuple } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { decref, incref } from '../runtime/heap';
import { setAttr } from '../runtime/ops/attributeStores';
import { typeNewWithMetaclass } from '../builtins/buildClass';
import type { VM } from '../vm/vm';

/** bootstrap.ts makes this module (with SourceFileLoader) for __main__'s loader; the other classes join it. */
const EXTERNAL = '_frozen_importlib_external';

/** The class `className` (of module `moduleName` by its __module__), made once per run: a new reference. */
export function importlibClass(vm: VM, moduleName: string, className: string): PyObject {
  const holder = vm.modules.get(EXTERNAL);
  if (!(holder instanceof PyModule)) throw new Error(`internal error: ${EXTERNAL} is not loaded`);
  const known = holder.dict.getStr(className);
  if (known !== undefined) return incref(known);
  const ns = newDict();
  const module = newStr(moduleName);
  dictSetStr(ns, '__module__', module);
  decref(module);
  const name = newStr(className);
  const bases = newTuple([]);
  const cls = typeNewWithMetaclass(vm, T.type, [name, bases, ns], null);
  for (const o of [name, bases, ns]) decref(o);
  dictSetStr(holder.dict, className, cls);
  return cls;
}

function setAttrs(vm: VM, o: PyObject, values: Record<string, PyObject | string | null>): void {
  for (const [key, value] of Object.entries(values)) {
    const v = value === null ? None : typeof value === 'string' ? newStr(value) : value;
    setAttr(vm, o, key, v);
    if (typeof value === 'string') decref(v);
  }
}

/** A SourceFileLoader or ExtensionFileLoader (name, path) or a NamespaceLoader for the module: a new reference. */
export function importlibLoader(vm: VM, kind: 'SourceFileLoader' | 'NamespaceLoader' | 'ExtensionFileLoader', name: string, path: string | null): PyObject {
  const cls = importlibClass(vm, EXTERNAL, kind);
  try {
    const loader = vm.call(cls, []);
    if (path !== null) setAttrs(vm, loader, { name, path });
    return loader;
  } finally {
    decref(cls);
  }
}

/** The module's ModuleSpec (name, loader, origin, submodule_search_locations, cached, parent, has_location). */
export function moduleSpec(vm: VM, name: string, loader: PyObject, origin: string | null, searchLocations: string[] | null, cached: string | null): PyObject {
  const cls = importlibClass(vm, '_frozen_importlib', 'ModuleSpec');
  try {
    const spec = vm.call(cls, []);
    const locations = searchLocations ? newList(searchLocations.map((p) => newStr(p))) : None;
    const parent = searchLocations ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
    setAttrs(vm, spec, {
      name, loader, origin, loader_state: null, submodule_search_locations: locations, cached, parent,
      has_location: origin === null ? False : True,
    });
    if (locations !== None) decref(locations);
    return spec;
  } finally {
    decref(cls);
  }
}
