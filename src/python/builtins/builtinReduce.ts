// The __reduce__ of builtin types that copy and pickle reach through object.__reduce_ex__: set_reduce,
// bytearray's _common_reduce, range_reduce, slice_reduce and the singletons' names.

import type { PyObject } from '../runtime/object';
import { PyBoundMethod, PyRange, PySlice } from '../runtime/objects';
import { PyByteArray, newBytes } from '../runtime/bytesObject';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newInt, newStr, newTuple } from '../runtime/factory';
import { getAttr } from '../runtime/ops/attributes';
import { indexOf } from '../runtime/ops/numbers';
import { listFromIterable } from './constructors';
import { NOARGS, O, defineMethods } from './define';
import type { VM } from '../vm/vm';

/** _PyObject_GetState: what the object's __getstate__ gives (None for a plain builtin value). */
function objectState(vm: VM, self: PyObject): PyObject {
  const getstate = getAttr(vm, self, '__getstate__');
  try {
    return vm.call(getstate, []);
  } finally {
    decref(getstate);
  }
}

/** (type(self), (list(self),), state): a set or frozenset rebuilt from a list of its items. */
function setReduce(vm: VM, args: PyObject[]): PyObject {
  const self = args[0];
  const items = listFromIterable(vm, self);
  return newTuple([incref(self.type), newTuple([items]), objectState(vm, self)]);
}

/** bytearray's _common_reduce: `(type, (), state)` when empty, else its bytes (protocol 3 and up) or latin-1 text. */
function byteArrayReduce(vm: VM, self: PyByteArray, protocol: number): PyObject {
  const state = objectState(vm, self);
  if (self.size === 0) return newTuple([incref(self.type), newTuple([]), state]);
  const contents = protocol < 3 ? newTuple([newStr(self.value), newStr('latin-1')]) : newTuple([newBytes(self.value)]);
  return newTuple([incref(self.type), contents, state]);
}

export function installBuiltinReductions(): void {
  defineMethods(T.set, { __reduce__: [NOARGS, setReduce] });
  defineMethods(T.frozenset, { __reduce__: [NOARGS, setReduce] });
  defineMethods(T.bytearray, {
    __reduce__: [NOARGS, (vm, args) => byteArrayReduce(vm, args[0] as PyByteArray, 2)],
    __reduce_ex__: [O, (vm, args) => byteArrayReduce(vm, args[0] as PyByteArray, Number(indexOf(vm, args[1])))],
  });
  defineMethods(T.range, {
    __reduce__: [NOARGS, (_vm, args) => {
      const r = args[0] as PyRange;
      return newTuple([incref(T.range), newTuple([newInt(r.start), newInt(r.stop), newInt(r.step)])]);
    }],
  });
  defineMethods(T.slice, {
    __reduce__: [NOARGS, (_vm, args) => {
      const s = args[0] as PySlice;
      return newTuple([incref(T.slice), newTuple([incref(s.start), incref(s.stop), incref(s.step)])]);
    }],
  });
  // meth_reduce: a bound method is found again by getattr(self, name).
  defineMethods(T.method, {
    __reduce__: [NOARGS, (vm, args) => {
      const m = args[0] as PyBoundMethod;
      return newTuple([incref(vm.builtins.getStr('getattr')!), newTuple([incref(m.self), getAttr(vm, m.func, '__name__')])]);
    }],
  });
  defineMethods(T.NotImplementedType, { __reduce__: [NOARGS, () => newStr('NotImplemented')] });
  defineMethods(T.ellipsis, { __reduce__: [NOARGS, () => newStr('Ellipsis')] });
}
