// A ** dict's keys go on to the callee as they are (_PyStack_UnpackDict keeps the key objects): a str subclass key
// is still of its class in the callee's **kwargs. Keyword arguments travel here as names; the key objects that are
// not exact str ride beside the name map.

import type { PyObject } from '../runtime/object';
import type { PyStr } from '../runtime/objects';
import type { PyDict } from '../runtime/dict';
import { T } from '../runtime/builtinTypes';
import { dictSet, dictSetStr } from '../runtime/containers';
import type { VM } from './vm';

const subclassKeys = new WeakMap<Map<string, PyObject>, Map<string, PyStr>>();

/** Remembers a keyword's key object when it is a str subclass instance (borrowed: the ** dict outlives the call). */
export function rememberKeyObject(kwargs: Map<string, PyObject>, key: PyStr): void {
  if (key.type === T.str) return;
  let keys = subclassKeys.get(kwargs);
  if (!keys) subclassKeys.set(kwargs, keys = new Map());
  keys.set(key.value, key);
}

/** The str subclass key objects of a call's keywords, by name. */
export function keyObjectsOf(kwargs: Map<string, PyObject> | null): Map<string, PyStr> | undefined {
  return kwargs ? subclassKeys.get(kwargs) : undefined;
}

/** kwargs[name] = value in a callee's **kwargs dict, under the caller's key object when it was a str subclass. */
export function setKeyword(vm: VM, kwDict: PyDict, name: string, value: PyObject, keyObjects: Map<string, PyStr> | undefined): void {
  const key = keyObjects?.get(name);
  // PyDict_SetItem: a subclass's own __hash__ runs.
  if (key) dictSet(vm, kwDict, key, value);
  else dictSetStr(kwDict, name, value);
}
