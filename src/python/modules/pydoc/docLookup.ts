// `__doc__` and `__text_signature__` of builtin functions, methods and descriptors, from the table generated from
// python3 (callableDocs.ts). The table travels with the pydoc chunk: the page's worker fetches it before a
// program that names docs runs, and a program that reaches it anyway halts with ModuleCodeNeeded, as an import does.

import { PyObject } from '../../runtime/object';
import { PyBoundMethod, PyBuiltinFunction, PyClassAttributeDescriptor, PyGetSetDescriptor, PyMethodDescriptor, staticMethodOwners } from '../../runtime/callables';
import { PyType } from '../../runtime/types';
import { moduleLibrary } from '../library/moduleLibrary';
import type { DocEntry } from './callableDocs';

function tables() {
  const docs = moduleLibrary().definitionOf('pydoc')?.docs;
  if (!docs) throw new Error('internal error: the pydoc module has no docs table');
  return docs;
}

/** The entry of `name` on the type in `mro` that defines it. */
function typeEntry(mro: readonly PyType[], name: string): DocEntry | undefined {
  const types = tables().types;
  for (const t of mro) {
    if (!t.dict.getStr(name)) continue;
    const key = `${t.module}.${t.qualname}`;
    return Object.hasOwn(types, key) && Object.hasOwn(types[key], name) ? types[key][name] : undefined;
  }
  return undefined;
}

function moduleEntry(module: string, name: string): DocEntry | undefined {
  const modules = tables().modules;
  return Object.hasOwn(modules, module) && Object.hasOwn(modules[module], name) ? modules[module][name] : undefined;
}

/** The doc entry of a builtin callable or descriptor; undefined for other objects and for names without one. */
function entryOf(o: PyObject, isBuiltin: (f: PyBuiltinFunction) => boolean): DocEntry | undefined {
  if (o instanceof PyMethodDescriptor || o instanceof PyGetSetDescriptor) return typeEntry([o.owner], o.name);
  if (o instanceof PyBoundMethod) {
    // A builtin classmethod (dict.fromkeys) bound to its class.
    const f = o.func;
    return f instanceof PyBuiltinFunction && !f.self && o.self instanceof PyType ? typeEntry(o.self.mro, f.name) : undefined;
  }
  if (!(o instanceof PyBuiltinFunction)) return undefined;
  if (o.moduleName !== null) return moduleEntry(o.moduleName, o.name);
  if (o.self instanceof PyType) return typeEntry(o.self.mro, o.name) ?? typeEntry(o.self.type.mro, o.name);
  if (o.self) return typeEntry(o.self.type.mro, o.name);
  const owner = staticMethodOwners.get(o);
  if (owner) return typeEntry([owner], o.name);
  return isBuiltin(o) ? moduleEntry('builtins', o.name) : undefined;
}

/** A builtin function or method, a method descriptor, or a builtin classmethod bound to its class. */
function isBuiltinCallable(o: PyObject): boolean {
  return o instanceof PyBuiltinFunction || o instanceof PyMethodDescriptor || (o instanceof PyBoundMethod && o.func instanceof PyBuiltinFunction);
}

/**
 * `o.__doc__` (a string or null for None) of a builtin callable or descriptor, or undefined when `o` is not one.
 * `isBuiltin` tells a function of the builtins module.
 */
export function builtinDoc(o: PyObject, isBuiltin: (f: PyBuiltinFunction) => boolean): string | null | undefined {
  if (o instanceof PyClassAttributeDescriptor) {
    const getsets = tables().classGetsets;
    return Object.hasOwn(getsets, o.name) ? getsets[o.name][0] : null;
  }
  if (!(isBuiltinCallable(o) || o instanceof PyGetSetDescriptor)) return undefined;
  return entryOf(o, isBuiltin)?.[0] ?? null;
}

/** `o.__text_signature__` of a builtin function or method (null for None); undefined for other objects. */
export function builtinTextSignature(o: PyObject, isBuiltin: (f: PyBuiltinFunction) => boolean): string | null | undefined {
  if (!isBuiltinCallable(o)) return undefined;
  return entryOf(o, isBuiltin)?.[1] ?? null;
}

/** A C module's own __doc__ (null when python3's is None or the module is not in the table). */
export function moduleDoc(module: string): string | null {
  return moduleEntry(module, '__doc__')?.[0] ?? null;
}

/** A type's own entry `name` in the table (not its bases'). */
function ownTypeEntry(t: PyType, name: string): DocEntry | undefined {
  const types = tables().types;
  const key = `${t.module}.${t.qualname}`;
  return Object.hasOwn(types, key) && Object.hasOwn(types[key], name) ? types[key][name] : undefined;
}

/** A builtin type's own __text_signature__ (what inspect.signature(list) reads), or null. */
export function typeTextSignature(t: PyType): string | null {
  return ownTypeEntry(t, '__text_signature__')?.[1] ?? null;
}

/** The __doc__ of a C module's type (collections.deque), or null. */
export function moduleTypeDoc(t: PyType): string | null {
  return ownTypeEntry(t, '__doc__')?.[0] ?? null;
}
