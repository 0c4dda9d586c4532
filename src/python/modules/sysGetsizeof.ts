// sys.getsizeof: the object's __sizeof__ plus CPython 3.11's pre-header (the gc header, and the managed-dict
// pointers of a class with __dict__). A class may define its own __sizeof__, which runs as Python code.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newIntExact } from '../runtime/factory';
import { preHeaderSize, sizeOf } from '../runtime/sizeof';
import { positionalOrKeyword, resumableFunction } from '../builtins/define';
import { callSpecialOp } from '../vm/callOps';
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

type Kwargs = Map<string, PyObject> | null;

/** sys_getsizeof's argument parsing: getsizeof(object, default), both also by keyword. */
function sizeofArgs(args: PyObject[], kwargs: Kwargs): [PyObject, PyObject | undefined] {
  if (!kwargs?.size && args.length >= 1 && args.length <= 2) return [args[0], args[1]];
  // PyArg_ParseTupleAndKeywords reports a missing object before an unknown keyword.
  if (args.length === 0 && !kwargs?.has('object') && (kwargs?.size ?? 0) <= 2) {
    throw new NativeRaise('TypeError', "getsizeof() missing required argument 'object' (pos 1)");
  }
  const [o, fallback] = positionalOrKeyword('getsizeof', args, kwargs, ['object', 'default'], 1);
  return [o!, fallback];
}

function* getsizeofOp(vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  const [o, fallback] = sizeofArgs(args, kwargs);
  const method = programSizeof(o);
  if (!method) return newIntExact(sizeOf(vm, o));
  try {
    const result = yield* callSpecialOp(vm, method, o, []);
    try {
      return newIntExact(sizeFromResult(result) + preHeaderSize(o));
    } finally {
      decref(result);
    }
  } catch (e) {
    // A TypeError (from __sizeof__ or its result) gives the default, when one was passed.
    if (fallback && vm.matches(e, 'TypeError')) return incref(fallback);
    throw e;
  }
}

function getsizeofFast(vm: VM, args: PyObject[], kwargs: Kwargs): PyObject | null {
  const [o] = sizeofArgs(args, kwargs);
  return programSizeof(o) ? null : newIntExact(sizeOf(vm, o));
}

export const getsizeof = once(() => resumableFunction('getsizeof', getsizeofOp, getsizeofFast));
