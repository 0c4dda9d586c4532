// Assigning or deleting an instance's `__dict__` (subtype_setdict): the Borg pattern's `self.__dict__ = shared`.

import { NativeRaise } from '../../errors';
import type { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyClassAttributeDescriptor } from '../objects';
import { T } from '../builtinTypes';
import { decref, incref } from '../heap';
import { materializeDict } from './attributes';

/** Whether a store or deletion of `name` on `o` is its class's `__dict__` or `__weakref__` getset's. */
export function isInstanceGetSet(o: PyObject, name: string): boolean {
  if (name !== '__dict__' && name !== '__weakref__') return false;
  const descr = o.type.lookup(name);
  return descr instanceof PyClassAttributeDescriptor && descr.name === name;
}

/** subtype_setdict (value null: a deletion); `__weakref__` has no setter. */
export function setInstanceGetSet(o: PyObject, name: string, value: PyObject | null): void {
  if (name === '__weakref__') {
    throw new NativeRaise('AttributeError', `attribute '__weakref__' of '${o.type.name}' objects is not writable`);
  }
  if (value !== null && !(value instanceof PyDict)) {
    throw new NativeRaise('TypeError', `__dict__ must be set to a dictionary, not a '${value.type.name}'`);
  }
  // _PyObject_GetDictPtr makes the dict of inline values first; the new one replaces it.
  const old = materializeDict(o);
  if (value !== null) o.attrs!.dict = incref(value);
  else {
    // Deleted: the next read of `__dict__` makes an empty dict (PyDict_New), the next store one sharing the
    // class's keys.
    const empty = new PyDict(T.dict);
    empty.materialized = false;
    o.attrs!.dict = empty;
  }
  decref(old);
}
