// The slow side of the eval loop's inline caches: the full lookup, and recording what later executions of the
// same instruction may reuse while the version tags are unchanged (see runtime/inlineCaches.ts).

import type { PyObject } from '../runtime/object';
import type { DictEntry, PyDict } from '../runtime/dict';
import type { InlineCaches } from '../runtime/inlineCaches';
import { PyFunction, PyInstance, PyMethodDescriptor, PyModule, PySuper, PyWeakProxy } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { typeAttributes } from '../runtime/typeVersion';
import { attributeHookOverride, getattributeOverride, isDataDescriptor } from '../runtime/ops/attributeHooks';
import { nameError } from './evalSupport';
import { loadNameThroughMapping } from './namespaceMapping';
import { incref } from '../runtime/heap';
import { T } from '../runtime/builtinTypes';
import { dictSetStr } from '../runtime/containers';
import type { Frame } from './frame';
import type { VM } from './vm';

/** LOAD_GLOBAL: the entry of `key` in globals, else in builtins (NameError without one); cached for the site. */
export function loadGlobalEntry(caches: InlineCaches, site: number, globals: PyDict, builtins: PyDict, key: string, name: string): DictEntry {
  const e = globals.map.get(key) ?? builtins.map.get(key);
  if (!e) throw nameError(name);
  caches.tag[site] = globals.keysVersion;
  caches.tag2[site] = builtins.keysVersion;
  caches.ref[site] = e;
  // The globals themselves too: a forked interpreter's copy of a dict has the same version, and a code object
  // shared by every interpreter (a stdlib module's) keeps one cache for all of them.
  caches.ref2[site] = globals;
  return e;
}

/**
 * LOAD_NAME: the value in the frame's locals mapping, globals or builtins (NameError without one), a new
 * reference; cached for the site when the locals are the globals, a dict (module level: LOAD_GLOBAL's dicts).
 */
export function loadNameValue(vm: VM, f: Frame, caches: InlineCaches, site: number, key: string, name: string): PyObject {
  const locals = f.localsDict!;
  if (locals.type !== T.dict) return loadNameThroughMapping(vm, f, name);
  if (locals === f.globals) return incref(loadGlobalEntry(caches, site, f.globals, f.builtins, key, name).value);
  const v = locals.map.get(key)?.value ?? f.globals.map.get(key)?.value ?? f.builtins.map.get(key)?.value;
  if (!v) throw nameError(name);
  return incref(v);
}

/** STORE_NAME into a dict namespace: the entry stored into is cached for the site while the namespace's keys stay. */
export function storeNameEntry(caches: InlineCaches, site: number, ns: PyDict, name: string, value: PyObject, key: string): void {
  dictSetStr(ns, name, value, key);
  // The replaced value's __del__ may have deleted the name again: no entry to remember then.
  const e = ns.map.get(key);
  if (ns.ownedByType || e === undefined) return;
  caches.ref[site] = e;
  caches.ref2[site] = ns;
  caches.tag[site] = ns.keysVersion;
}

/**
 * Whether the class attribute `name` (if any) leaves an instance's own value to the instance dict: none, or one
 * that is no data descriptor (a class-level default `count = 0`, a dataclass field's default, a method).
 */
function leftToInstanceDict(type: PyType, name: string): boolean {
  const descr = type.lookup(name);
  return descr === undefined || !isDataDescriptor(descr);
}

/**
 * Before LOAD_ATTR reads `name` of an object with instance attributes: when its type has no data descriptor and
 * no slot of that name, a value in the instance dict is the answer for this type and type version (the cached
 * read still goes the long way when the dict lacks the name).
 */
export function cacheInstanceLoad(caches: InlineCaches, site: number, o: PyObject, name: string): void {
  const type = o.type;
  if (o.attrs!.dict !== null && leftToInstanceDict(type, name) && type.slotLayout.indexOf(name) < 0 && getattributeOverride(type) === null) {
    caches.ref[site] = type;
    caches.tag[site] = typeAttributes.version;
  }
}

/**
 * Before STORE_ATTR on an instance of a Python class: when nothing of the class intercepts the store (no
 * __setattr__, data descriptor or slot of that name) it goes into the instance dict for this type and type version.
 */
export function cacheInstanceStore(caches: InlineCaches, site: number, o: PyObject, name: string): void {
  if (!(o instanceof PyInstance) || o.exc !== null || o.dict === null) return;
  const type = o.type;
  if (attributeHookOverride(type, '__setattr__') === null && leftToInstanceDict(type, name) && type.slotLayout.indexOf(name) < 0) {
    caches.ref[site] = type;
    caches.tag[site] = typeAttributes.version;
  }
}

/**
 * Before LOAD_METHOD: when the type's attribute is a plain method (and no slot shadows it), the method for this
 * type and type version; the instance dict is still checked each time.
 */
export function cacheMethodLoad(caches: InlineCaches, site: number, o: PyObject, name: string): void {
  if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper || o instanceof PyWeakProxy) return;
  const type = o.type;
  const descr = type.lookup(name);
  if ((descr instanceof PyFunction || descr instanceof PyMethodDescriptor) && !type.slotLayout.includes(name) && getattributeOverride(type) === null) {
    caches.ref[site] = type;
    caches.ref2[site] = descr;
    caches.tag[site] = typeAttributes.version;
  }
}
