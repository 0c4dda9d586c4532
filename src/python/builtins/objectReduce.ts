// object.__reduce_ex__ and object.__reduce__ (typeobject.c): a class's own __reduce__ wins; otherwise the
// reduction is copyreg's, whose Python code (python/copyreg.ts) does what CPython does in C. The one fact it
// cannot see from Python, a class's nearest builtin base, is copyreg's native `_builtin_base`.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyType } from '../runtime/types';
import { incref, decref } from '../runtime/heap';
import { newInt } from '../runtime/factory';
import { getAttr } from '../runtime/ops/attributes';
import { indexOf } from '../runtime/ops/numbers';
import { findAndLoad } from '../modules/importSystem';
import { builtinFunction } from './define';
import type { VM } from '../vm/vm';

/** object.__reduce__ itself, so __reduce_ex__ can tell a class that overrides it. */
let objectReduce: PyObject | undefined;

export function rememberObjectReduce(method: PyObject | undefined): void {
  objectReduce = method;
}

/** Calls copyreg's `name` with `args` (copyreg imported as CPython's import_copyreg does). */
function callCopyreg(vm: VM, name: string, args: PyObject[]): PyObject {
  const copyreg = findAndLoad(vm, 'copyreg');
  try {
    const helper = getAttr(vm, copyreg, name);
    try {
      return vm.call(helper, args);
    } finally {
      decref(helper);
    }
  } finally {
    decref(copyreg);
  }
}

/** _common_reduce: protocol 2 and up by reduce_newobj, 0 and 1 by copyreg._reduce_ex. */
function commonReduce(vm: VM, self: PyObject, protocol: number): PyObject {
  if (protocol >= 2) return callCopyreg(vm, '_reduce_newobj', [self]);
  const proto = newInt(protocol);
  try {
    return callCopyreg(vm, '_reduce_ex', [self, proto]);
  } finally {
    decref(proto);
  }
}

/** object.__reduce_ex__(protocol). */
export function objectReduceEx(vm: VM, args: PyObject[]): PyObject {
  const [self, protocolArg] = args;
  const protocol = Number(indexOf(vm, protocolArg));
  if (self.type.lookup('__reduce__') !== objectReduce) {
    const reduce = getAttr(vm, self, '__reduce__');
    try {
      return vm.call(reduce, []);
    } finally {
      decref(reduce);
    }
  }
  return commonReduce(vm, self, protocol);
}

/** object.__reduce__(). */
export function objectReduceMethod(vm: VM, args: PyObject[]): PyObject {
  return commonReduce(vm, args[0], 0);
}

/** copyreg's `_builtin_base(cls)`: the first type of cls's mro not made by a class statement. */
export function copyregNativeContents(): Record<string, PyObject> {
  return {
    _builtin_base: builtinFunction('_builtin_base', (_vm, args) => {
      const cls = args[0];
      if (!(cls instanceof PyType)) throw new NativeRaise('TypeError', `_builtin_base() argument must be a type, not '${cls.type.name}'`);
      return incref(cls.mro.find((t) => !t.isHeapType) ?? cls);
    }),
  };
}
