// weakref.ProxyType and weakref.CallableProxyType (Objects/weakrefobject.c's proxies): every operation on a
// proxy is done on its referent; once the referent is gone they raise ReferenceError.

import type { PyObject } from '../runtime/object';
import { PyWeakProxy } from '../runtime/objects';
import type { PyType } from '../runtime/types';
import { BinaryOpArg } from '../bytecode/opcodes';
import { newBool, newStr } from '../runtime/factory';
import { proxyReferent } from '../runtime/ops/attributes';
import { binaryOp, unaryOp } from '../runtime/ops/arith';
import { richCompare } from '../runtime/ops/compare';
import { contains, delItem, getItem, length, setItem } from '../runtime/ops/items';
import { str } from '../runtime/ops/repr';
import { defineSlots, slot } from '../builtins/slotWrappers';
import type { NativeSlots } from '../runtime/nativeSlots';
import { defineSlotDunders, nativeType, once } from './nativeType';

/** UNWRAP: a proxy operand stands for its referent. */
function unwrap(o: PyObject): PyObject {
  return o instanceof PyWeakProxy ? proxyReferent(o) : o;
}

const proxySlots: NativeSlots = {
  length: (vm, o) => length(vm, unwrap(o)),
  getItem: (vm, o, key) => getItem(vm, unwrap(o), key),
  setItem: (vm, o, key, value) => setItem(vm, unwrap(o), key, value),
  delItem: (vm, o, key) => delItem(vm, unwrap(o), key),
  contains: (vm, o, item) => contains(vm, unwrap(o), item),
  iter: (vm, o) => vm.getIter(unwrap(o)),
  compare: (vm, a, b, op) => richCompare(vm, unwrap(a), unwrap(b), op),
  binary: (vm, self, other, op, inplace, reflected) => {
    const a = unwrap(reflected ? other : self), b = unwrap(reflected ? self : other);
    return binaryOp(vm, a, b, inplace ? op + BinaryOpArg.INPLACE_ADD : op);
  },
  unhashable: true,
  weakrefable: false,
};

/** The operators CPython's proxies define (nb_* slots), as BINARY_OP arguments by dunder name. */
const NUMBER_DUNDERS: [string, number][] = [
  ['add', BinaryOpArg.ADD], ['sub', BinaryOpArg.SUBTRACT], ['mul', BinaryOpArg.MULTIPLY],
  ['mod', BinaryOpArg.REMAINDER], ['pow', BinaryOpArg.POWER], ['lshift', BinaryOpArg.LSHIFT],
  ['rshift', BinaryOpArg.RSHIFT], ['and', BinaryOpArg.AND], ['xor', BinaryOpArg.XOR], ['or', BinaryOpArg.OR],
  ['floordiv', BinaryOpArg.FLOOR_DIVIDE], ['truediv', BinaryOpArg.TRUE_DIVIDE], ['matmul', BinaryOpArg.MATRIX_MULTIPLY],
];

function defineProxyType(name: string, callable: boolean): PyType {
  const slots: NativeSlots = callable ? { ...proxySlots, call: (vm, o, args, kwargs) => vm.call(unwrap(o), args, kwargs) } : proxySlots;
  const type = nativeType(name, 'weakref', { slots });
  defineSlotDunders(type);
  const dunders: Record<string, ReturnType<typeof slot>> = {
    __str__: slot(0, (vm, self) => newStr(str(vm, unwrap(self)))),
    __bool__: slot(0, (vm, self) => newBool(vm.isTrue(unwrap(self)))),
    __neg__: slot(0, (vm, self) => unaryOp(vm, unwrap(self), '-')),
    __pos__: slot(0, (vm, self) => unaryOp(vm, unwrap(self), '+')),
    __invert__: slot(0, (vm, self) => unaryOp(vm, unwrap(self), '~')),
  };
  for (const [dunder, op] of NUMBER_DUNDERS) {
    dunders[`__${dunder}__`] = slot(1, (vm, self, [other]) => binaryOp(vm, unwrap(self), unwrap(other), op));
    dunders[`__r${dunder}__`] = slot(1, (vm, self, [other]) => binaryOp(vm, unwrap(other), unwrap(self), op));
    dunders[`__i${dunder}__`] = slot(1, (vm, self, [other]) => binaryOp(vm, unwrap(self), unwrap(other), op + BinaryOpArg.INPLACE_ADD));
  }
  defineSlots(type, dunders);
  return type;
}

export const proxyTypes = once(() => ({
  proxy: defineProxyType('ProxyType', false),
  callableProxy: defineProxyType('CallableProxyType', true),
}));
