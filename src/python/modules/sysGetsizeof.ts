// sys.getsizeof: the object's __sizeof__ plus CPython 3.11's pre-header (the gc header, and the managed-dict
// pointers of a class with __dict__). A class may define its own __sizeof__, which runs as Python code.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newInt } from '../runtime/factory';
import { preHeaderSize, sizeOf } from '../runtime/sizeof';
import { expectArgs, resumableFunction } from '../builtins/define';
import { callMethodOp } from '../vm/callOps';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import { once } from './nativeType';

const SSIZE_MAX = (1n << 63n) - 1n;

/** A __sizeof__ the program wrote (a builtin type's own is answered natively). */
function programSizeof(o: PyObject): PyObject | null {
  if (!o.type.isHeapType) return null;
  const method = o.type.lookup('__sizeof__');
  return method && !(method.type === T.builtin_function_or_method || method.type === T.method_descriptor || method.type === T.wrapper_descriptor) ? method : null;
}

/** PyLong_AsSsize_t of __sizeof__'s result, with _PySys_GetSizeOf's checks. */
function sizeFromResult(result: PyObject): number {
  if (!(result instanceof PyInt || result instanceof PyBool)) throw new NativeRaise('TypeError', 'an integer is required');
  const value = result instanceof PyBool ? (result.value ? 1n : 0n) : BigInt(result.value);
  if (value > SSIZE_MAX || value < -SSIZE_MAX - 1n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
  if (value < 0n) throw new NativeRaise('ValueError', '__sizeof__() should return >= 0');
  return Number(value);
}

function* getsizeofOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  expectArgs('getsizeof', args, 1, 2);
  const [o, fallback] = args;
  const method = programSizeof(o);
  if (!method) return newInt(sizeOf(vm, o));
  try {
    const result = yield* callMethodOp(vm, method, o, []);
    try {
      return newInt(sizeFromResult(result) + preHeaderSize(o));
    } finally {
      decref(result);
    }
  } catch (e) {
    // A TypeError (from __sizeof__ or its result) gives the default, when one was passed.
    if (fallback && vm.matches(e, 'TypeError')) return incref(fallback);
    throw e;
  }
}

function getsizeofFast(vm: VM, args: PyObject[]): PyObject | null {
  expectArgs('getsizeof', args, 1, 2);
  return programSizeof(args[0]) ? null : newInt(sizeOf(vm, args[0]));
}

export const getsizeof = once(() => resumableFunction('getsizeof', getsizeofOp, getsizeofFast));
