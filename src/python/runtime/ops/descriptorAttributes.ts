// The data attributes CPython's descriptor objects share (descrobject.c's descr_members and descr_getset):
// `str.upper.__name__`, `P.x.__qualname__` ('P.x'), `int.real.__objclass__`.

import { PyObject } from '../object';
import { PyClassAttributeDescriptor, PyGetSetDescriptor, PyMethodDescriptor } from '../callables';
import type { PyType } from '../types';
import { incref } from '../heap';
import { newNone, newStr } from '../factory';

/** `__name__`, `__qualname__` or `__objclass__` of a method, slot wrapper, getset or member descriptor, else null. */
export function descriptorAttribute(o: PyObject, name: string): PyObject | null {
  let owner: PyType | null;
  if (o instanceof PyMethodDescriptor || o instanceof PyGetSetDescriptor || o instanceof PyClassAttributeDescriptor) owner = o.owner;
  else return null;
  switch (name) {
    case '__name__':
      return newStr(o.name);
    case '__qualname__':
      return newStr(owner ? `${owner.qualname}.${o.name}` : o.name);
    case '__objclass__':
      return owner ? incref(owner) : newNone();
  }
  return null;
}
