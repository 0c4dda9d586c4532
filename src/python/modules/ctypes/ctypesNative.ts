// The native half of our minimal ctypes: reading an object's reference count at the address id() gave. CPython
// reads ob_refcnt, the first word of the object; we have no memory, so only such addresses can be read, and only
// while the object lives (CPython would read whatever the freed memory holds).

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { newInt } from '../../runtime/factory';
import { builtinFunction, expectArgs } from '../../builtins/define';
import { indexOf } from '../../runtime/ops/numbers';
import { big } from '../../runtime/intMath';
import type { VM } from '../../vm/vm';
import { once } from '../nativeType';
import { incref } from '../../runtime/heap';

function liveObjectAt(vm: VM, addressArg: PyObject): PyObject {
  const address = big(indexOf(vm, addressArg));
  const o = vm.addressBook.lookup(address);
  if (!o) {
    const shown = address < 0n ? `-0x${(-address).toString(16)}` : `0x${address.toString(16)}`;
    throw new NativeRaise('ValueError', `no live object at address ${shown}: this ctypes reads only the reference count of an object id() returned`);
  }
  return o;
}

const ctypesFunctions = once((): Record<string, PyObject> => ({
  // Raises unless `address` is the id() of a live object: from_address checks it once, each .value read again.
  _refcount_at: builtinFunction('_refcount_at', (vm, args) => {
    expectArgs('_refcount_at', args, 1);
    return newInt(liveObjectAt(vm, args[0]).refcount);
  }),
  // The live object at an id() address (a new reference): what cast(address, py_object).value returns.
  _object_at: builtinFunction('_object_at', (vm, args) => {
    expectArgs('_object_at', args, 1);
    return incref(liveObjectAt(vm, args[0]));
  }),
}));

export function ctypesNativeContents(): Record<string, PyObject> {
  return { ...ctypesFunctions() };
}
