// Numbers out of Python objects as CPython's C API takes them: PyFloat_AsDouble, PyNumber_Index, PyNumber_Long.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyBool, PyFloat, PyInstance, PyInt } from '../objects';
import { decref, incref } from '../heap';
import { newFloat, newInt } from '../factory';
import { intToFloat, type IntValue } from '../intMath';
import { floatToIntTruncate } from '../../format';
import type { VM } from '../../vm/vm';
import { E } from '../builtinTypes';
import { warnOp } from '../../vm/nativeWarnings';

/** Calls a special method found on an instance's type, or returns null when the type has none. */
function callSpecial(vm: VM, o: PyObject, name: string): PyObject | null {
  if (!(o instanceof PyInstance)) return null;
  const m = o.type.lookup(name);
  return m ? vm.callMethod(m, o, []) : null;
}

/** An int-like value (int or bool) or null. */
export function exactIntOf(o: PyObject): IntValue | null {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyBool) return o.value ? 1 : 0;
  return null;
}

/** PyNumber_Index: int, bool or __index__; TypeError "'X' object cannot be interpreted as an integer". */
export function indexOf(vm: VM, o: PyObject): IntValue {
  const v = exactIntOf(o);
  if (v !== null) return v;
  const r = callSpecial(vm, o, '__index__');
  if (r !== null) {
    const iv = r instanceof PyInt ? r.value : r instanceof PyBool ? (r.value ? 1 : 0) : null;
    decref(r);
    if (iv === null) throw new NativeRaise('TypeError', `__index__ returned non-int (type ${r.type.name})`);
    return iv;
  }
  throw new NativeRaise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** Whether o has __index__ (PyIndex_Check). */
export function hasIndex(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyBool || (o instanceof PyInstance && o.type.lookup('__index__') !== undefined);
}

/** PyFloat_AsDouble: float, int (OverflowError when too big), __float__, then __index__. */
export function floatOf(vm: VM, o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  const v = exactIntOf(o);
  if (v !== null) return intToFloat(v);
  if (o instanceof PyInstance) {
    const r = callSpecial(vm, o, '__float__');
    if (r !== null) {
      const x = r instanceof PyFloat ? r.value : null;
      decref(r);
      if (x === null) throw new NativeRaise('TypeError', `${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
      return x;
    }
    if (o.type.lookup('__index__')) return intToFloat(indexOf(vm, o));
  }
  throw new NativeRaise('TypeError', `must be real number, not ${o.type.name}`);
}

/** PyNumber_Check: int, float, or an object with __index__, __int__ or __float__. */
export function isNumberLike(o: PyObject): boolean {
  if (o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat) return true;
  return o instanceof PyInstance && ['__index__', '__int__', '__float__'].some((n) => o.type.lookup(n) !== undefined);
}

/** PyNumber_Long for numbers: int, float truncated, __int__, __index__, __trunc__. */
export function intOfNumber(vm: VM, o: PyObject): IntValue {
  const v = exactIntOf(o);
  if (v !== null) return v;
  if (o instanceof PyFloat) return floatToIntTruncate(o.value);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    if (name === '__trunc__' && o instanceof PyInstance && o.type.lookup(name)) {
      vm.runSync(warnOp(vm, E.DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.'));
    }
    const r = callSpecial(vm, o, name);
    if (r === null) continue;
    const iv = exactIntOf(r);
    decref(r);
    if (iv === null) throw new NativeRaise('TypeError', `${name} returned non-int (type ${r.type.name})`);
    return iv;
  }
  throw new NativeRaise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);
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
