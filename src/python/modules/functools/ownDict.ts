// The __dict__ of functools' C objects (partial, the lru_cache wrapper): made on the first store, replaceable by
// a dict, and its entries set and deleted as the object's attributes (PyObject_GenericSetAttr with tp_dictoffset).

import { strKey } from '../../runtime/mapKey';
import { NativeRaise } from '../../errors';
import type { PyObject } from '../../runtime/object';
import { PyDict } from '../../runtime/dict';
import { decref, incref } from '../../runtime/heap';
import { newDict } from '../../runtime/factory';
import { dictDelete } from '../../runtime/containers';
import type { VM } from '../../vm/vm';

export interface HasOwnDict extends PyObject {
  dict: PyDict | null;
}

export function ownDict(self: HasOwnDict): PyDict {
  return (self.dict ??= newDict());
}

/** setattr/delattr (value null) through the object's dict. */
export function setOwnDictAttribute(vm: VM, self: HasOwnDict, name: string, value: PyObject | null): boolean {
  if (name === '__dict__') {
    if (!value) throw new NativeRaise('TypeError', 'cannot delete __dict__');
    if (!(value instanceof PyDict)) throw new NativeRaise('TypeError', `__dict__ must be set to a dictionary, not a '${value.type.name}'`);
    const old = self.dict;
    self.dict = incref(value);
    if (old) decref(old);
    return true;
  }
  if (value) {
    vm.dictSetStr(ownDict(self), name, value);
    return true;
  }
  if (self.dict && dictDelete(self.dict, strKey(name))) return true;
  throw new NativeRaise('AttributeError', `'${self.type.name}' object has no attribute '${name}'`);
}
