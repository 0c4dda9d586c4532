// A Python iteration driven from native code (PyIter_Next in a C loop): each item is handed over as it comes, then
// released, and the iterator is released at the end, also when `visit` raises.

import { PyObject } from '../runtime/object';
import { decref } from '../runtime/heap';
import type { VM } from './vm';

/** Calls `visit` with each item of `iterable` (borrowed for the call), in order, as the iteration yields it. */
export function forEachItem(vm: VM, iterable: PyObject, visit: (item: PyObject) => void): void {
  const it = vm.getIter(iterable);
  try {
    for (let item = vm.iterNext(it); item; item = vm.iterNext(it)) {
      try {
        visit(item);
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}
