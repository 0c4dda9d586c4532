// PyObject_Str, PyObject_Repr and PyObject_ASCII as objects: the str a Python __str__ or __repr__ returned is
// handed back itself (an instance of a str subclass too), so `str(obj) is obj.name` and its refcount are CPython's.
// Without a Python method the text is made by the builtin repr and str, in a new str as before.

import { PyObject } from '../object';
import { PyStr } from '../objects';
import { T } from '../builtinTypes';
import { decref, incref } from '../heap';
import { newStr, newStrOf } from '../factory';
import { GETTING_REPR, GETTING_STR, callStrMethodObject, reprMethodOf, reprResumable, strMethodOf, strResumable } from './repr';
import { escapeNonAscii } from './formatting';
import type { NativeOp } from '../../vm/nativeOp';
import type { VM } from '../../vm/vm';

/** str(o): an exact str itself, a Python __str__'s (or object_str's __repr__'s) result itself, else a new str. */
export function* strObjectResumable(vm: VM, o: PyObject): NativeOp<PyStr> {
  if (o.type === T.str) return incref(o as PyStr);
  const method = strMethodOf(o);
  if (method === null) return newStrOf(o, yield* strResumable(vm, o));
  return yield* guardedCall(vm, o, method, GETTING_STR, '__str__');
}

/** repr(o): a Python __repr__'s result itself, else a new str. */
export function* reprObjectResumable(vm: VM, o: PyObject): NativeOp<PyStr> {
  const method = reprMethodOf(o);
  if (method === null) return newStrOf(o, yield* reprResumable(vm, o));
  return yield* guardedCall(vm, o, method, GETTING_REPR, '__repr__');
}

/** The method called inside PyObject_Str's or PyObject_Repr's recursion guard; its str is handed back. */
function* guardedCall(vm: VM, o: PyObject, method: PyObject, guard: string, name: string): NativeOp<PyStr> {
  vm.enterRecursiveCall(guard);
  try {
    return yield* callStrMethodObject(vm, o, method, name);
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** ascii(o): PyObject_ASCII hands back the repr when it is all ASCII, else the repr escaped in a new str. */
export function* asciiObjectResumable(vm: VM, o: PyObject): NativeOp<PyStr> {
  if (reprMethodOf(o) === null) return newStrOf(o, escapeNonAscii(yield* reprResumable(vm, o)));
  const r = yield* reprObjectResumable(vm, o);
  const escaped = escapeNonAscii(r.value);
  if (escaped === r.value) return r;
  decref(r);
  return newStr(escaped);
}

/** Whether a conversion (1 str, 2 repr, 3 ascii) of o calls a Python method, whose str it hands back. */
export function conversionCallsPython(o: PyObject, conversion: number): boolean {
  return (conversion === 1 ? strMethodOf(o) : reprMethodOf(o)) !== null;
}

/** The !s, !r or !a conversion of o as an object. */
export function* convertedObjectResumable(vm: VM, o: PyObject, conversion: number): NativeOp<PyStr> {
  if (conversion === 1) return yield* strObjectResumable(vm, o);
  return conversion === 2 ? yield* reprObjectResumable(vm, o) : yield* asciiObjectResumable(vm, o);
}
