// Numbers out of Python objects as CPython's C API takes them: PyFloat_AsDouble, PyNumber_Index, PyNumber_Long.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyBool, PyFloat, PyInstance, PyInt } from '../objects';
import { PyComplex } from '../complexObject';
import { decref, incref } from '../heap';
import { newFloat, newInt } from '../factory';
import { intToFloat, type IntValue } from '../intMath';
import { floatToIntTruncate } from '../../format';
import type { VM } from '../../vm/vm';
import { E, T } from '../builtinTypes';
import { warnOp } from '../../vm/nativeWarnings';
import { callMethodOp, callSpecialOp } from '../../vm/callOps';
import { specialMethod } from './attributeHooks';
import type { NativeOp } from '../../vm/nativeOp';

/** An int-like value (int or bool) or null. */
export function exactIntOf(o: PyObject): IntValue | null {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyBool) return o.value ? 1 : 0;
  return null;
}

/** The TypeError PyNumber_Index raises for an object without `__index__`. */
const notAnInteger = (o: PyObject): NativeRaise =>
  new NativeRaise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);

/** PyNumber_Index: int, bool or __index__; TypeError "'X' object cannot be interpreted as an integer". */
export function indexOf(vm: VM, o: PyObject): IntValue {
  const v = exactIntOf(o);
  if (v !== null) return v;
  if (o instanceof PyInstance && o.type.lookup('__index__')) return vm.runSync(indexOfOp(vm, o));
  throw notAnInteger(o);
}

/** PyNumber_Index with a Python `__index__` run as a frame. */
export function* indexOfOp(vm: VM, o: PyObject): NativeOp<IntValue> {
  const v = exactIntOf(o);
  if (v !== null) return v;
  const method = o instanceof PyInstance ? o.type.lookup('__index__') : undefined;
  if (!method) throw notAnInteger(o);
  return yield* callForIntOp(vm, method, o, '__index__');
}

const strictSubclassDeprecated = (base: string): string =>
  `The ability to return an instance of a strict subclass of ${base} is deprecated, and may be removed in a future version of Python.`;

/**
 * Calls o's `__index__` or `__int__` and takes the value as PyNumber_Index and PyNumber_Long check it: an exact int
 * as is, an int subclass (a bool) after a DeprecationWarning, anything else a TypeError.
 */
function* callForIntOp(vm: VM, method: PyObject, o: PyObject, name: '__index__' | '__int__'): NativeOp<IntValue> {
  const result = yield* callMethodOp(vm, method, o, []);
  vm.holdTemporary(result);
  try {
    const value = exactIntOf(result);
    if (value === null) throw new NativeRaise('TypeError', `${name} returned non-int (type ${result.type.name})`);
    if (result.type !== T.int) {
      yield* warnOp(vm, E.DeprecationWarning, `${name} returned non-int (type ${result.type.name}).  ${strictSubclassDeprecated('int')}`);
    }
    return value;
  } finally {
    vm.dropTemporary(result);
    decref(result);
  }
}

/** Whether o has __index__ (PyIndex_Check). */
export function hasIndex(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyBool || (o instanceof PyInstance && o.type.lookup('__index__') !== undefined);
}

/** PyFloat_AsDouble: float, int (OverflowError when too big), __float__, then __index__. */
export function floatOf(vm: VM, o: PyObject): number {
  // PyFloat_AsDouble: a float (of any class) is its value; anything else goes through nb_float.
  if (o instanceof PyFloat) return o.value;
  const own = floatOfOwnMethod(vm, o);
  if (own !== null) return own;
  const v = exactIntOf(o);
  if (v !== null) return intToFloat(v);
  if (o instanceof PyInstance) {
    const method = o.type.lookup('__float__');
    if (method) return vm.runSync(callForFloatOp(vm, method, o));
    if (o.type.lookup('__index__')) return intToFloat(indexOf(vm, o));
  }
  throw new NativeRaise('TypeError', `must be real number, not ${o.type.name}`);
}

/** PyNumber_Float's nb_float for a number whose Python class defines __float__ (float() of it). */
export function floatOfOwnMethod(vm: VM, o: PyObject): number | null {
  const own = o instanceof PyInstance ? undefined : pythonNumberMethod(o, '__float__');
  return own ? vm.runSync(callForFloatOp(vm, own, o)) : null;
}

/** Calls o's `__float__`: a float subclass is taken after a DeprecationWarning, as PyFloat_AsDouble does. */
function* callForFloatOp(vm: VM, method: PyObject, o: PyObject): NativeOp<number> {
  const result = yield* callMethodOp(vm, method, o, []);
  vm.holdTemporary(result);
  try {
    const prefix = `${o.type.name}.__float__ returned non-float (type ${result.type.name})`;
    if (!(result instanceof PyFloat)) throw new NativeRaise('TypeError', prefix);
    if (result.type !== T.float) yield* warnOp(vm, E.DeprecationWarning, `${prefix}.  ${strictSubclassDeprecated('float')}`);
    return result.value;
  } finally {
    vm.dropTemporary(result);
    decref(result);
  }
}

/**
 * Where a builtin number (or an instance of a class derived from one) stands in the tower int < float < complex,
 * 0 for anything else: a number type's own operators and comparisons take the numbers below it and decline
 * (NotImplemented) the ones above, so `0.5 + MyInt(1)` is float's addition and `2 < MyFloat(1.0)` asks MyFloat.
 */
export function numericRank(o: PyObject): number {
  if (o instanceof PyInt || o instanceof PyBool) return 1;
  if (o instanceof PyFloat) return 2;
  return o instanceof PyComplex ? 3 : 0;
}

/**
 * The special method `name` a Python class defines for `o` (an instance, or a number of a class derived from int or
 * float that overrides it): what round(), math.floor() and the conversions call instead of the builtin's own.
 */
export function pythonNumberMethod(o: PyObject, name: string): PyObject | undefined {
  if (o.attrs === null) return undefined;
  return o instanceof PyInstance ? o.type.lookup(name) : specialMethod(o, name);
}

/** float_float: an exact float is itself, a subclass's a plain float of its value (float.real, conjugate()). */
export function exactFloat(self: PyObject): PyObject {
  return self.type === T.float ? incref(self) : newFloat((self as PyFloat).value);
}

/** What PyNumber_Float takes: a builtin number, or an instance with __float__ or __index__ (not __int__ alone). */
export function hasNumberFloat(o: PyObject): boolean {
  if (o instanceof PyInstance) return o.type.lookup('__float__') !== undefined || hasIndex(o);
  return o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat;
}

/** PyNumber_Check: int, float, or an object with __index__, __int__ or __float__. */
export function isNumberLike(o: PyObject): boolean {
  if (o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat) return true;
  return o instanceof PyInstance && ['__index__', '__int__', '__float__'].some((n) => o.type.lookup(n) !== undefined);
}

/** PyNumber_Long for numbers: int, float truncated, __int__, __index__, __trunc__. */
export function intOfNumber(vm: VM, o: PyObject): IntValue {
  // nb_int of a class derived from int or float that defines __int__.
  const own = o instanceof PyInstance ? undefined : pythonNumberMethod(o, '__int__');
  if (own) return vm.runSync(callForIntOp(vm, own, o, '__int__'));
  const v = exactIntOf(o);
  if (v !== null) return v;
  if (o instanceof PyFloat) return floatToIntTruncate(o.value);
  if (o instanceof PyInstance) return vm.runSync(intOfInstanceOp(vm, o));
  throw notARealNumber(o);
}

const notARealNumber = (o: PyObject): NativeRaise =>
  new NativeRaise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);

/** PyNumber_Long's special methods, in its order, each run as a frame. */
function* intOfInstanceOp(vm: VM, o: PyInstance): NativeOp<IntValue> {
  const intMethod = o.type.lookup('__int__');
  if (intMethod) return yield* callForIntOp(vm, intMethod, o, '__int__');
  if (o.type.lookup('__index__')) return yield* indexOfOp(vm, o);
  const trunc = o.type.lookup('__trunc__');
  if (!trunc) throw notARealNumber(o);
  yield* warnOp(vm, E.DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.');
  const result = yield* callSpecialOp(vm, trunc, o, []);
  vm.holdTemporary(result);
  try {
    // Any int is taken as it is; another Integral goes through its __index__.
    const value = exactIntOf(result);
    if (value !== null) return value;
    if (!hasIndex(result)) throw new NativeRaise('TypeError', `__trunc__ returned non-Integral (type ${result.type.name})`);
    return yield* indexOfOp(vm, result);
  } finally {
    vm.dropTemporary(result);
    decref(result);
  }
}

/** int/bool/float attributes that are getset descriptors in CPython (real, imag, numerator, denominator). */
export function numberAttribute(o: PyObject, name: string): PyObject | null {
  if (o instanceof PyFloat) {
    if (name === 'real') return incref(o);
    if (name === 'imag') return newFloat(0.0);
    return null;
  }
  const iv = exactIntOf(o);
  if (iv === null) return null;
  switch (name) {
    case 'real': case 'numerator': return o instanceof PyInt ? incref(o) : newInt(iv);
    case 'imag': return newInt(0);
    case 'denominator': return newInt(1);
  }
  return null;
}
