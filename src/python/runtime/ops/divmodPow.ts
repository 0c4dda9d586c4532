// divmod() and three-argument pow(): int and float paths as CPython's long_divmod, float_divmod and long_pow.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyFloat, PyNone } from '../objects';
import { NotImplemented, T } from '../builtinTypes';
import { decref } from '../heap';
import { newFloat, newInt, newTuple } from '../factory';
import { big, intFloorDiv, intMod, intToFloat, norm, type IntValue } from '../intMath';
import { floatDivmod } from '../floatMath';
import { exactIntOf, numericRank, pythonNumberMethod } from './numbers';
import type { VM } from '../../vm/vm';

function asFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  const i = exactIntOf(o);
  return i === null ? null : intToFloat(i);
}

/** Calls method(self, ...args); null when it returns NotImplemented. */
function callUnlessNotImplemented(vm: VM, method: PyObject, self: PyObject, args: PyObject[]): PyObject | null {
  const r = vm.callMethod(method, self, args);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

/** long_divmod and float_divmod: null unless both are numbers (ints of any class, floats of any class). */
function builtinDivmod(a: PyObject, b: PyObject): PyObject | null {
  const x = exactIntOf(a), y = exactIntOf(b);
  if (x !== null && y !== null) return newTuple([newInt(intFloorDiv(x, y)), newInt(intMod(x, y))]);
  if ((a instanceof PyFloat || x !== null) && (b instanceof PyFloat || y !== null)) {
    const [q, r] = floatDivmod(asFloat(a)!, asFloat(b)!);
    return newTuple([newFloat(q), newFloat(r)]);
  }
  return null;
}

/**
 * divmod(a, b): a new (quotient, remainder) tuple, in binary_op1's order: b's __rdivmod__ first when its class
 * derives from a's, then a's method (a Python class's, else the builtin's, which takes numbers below it in the
 * tower), then b's.
 */
export function divmodOp(vm: VM, a: PyObject, b: PyObject): PyObject {
  const own = pythonNumberMethod(a, '__divmod__');
  const reflected = a.type !== b.type ? pythonNumberMethod(b, '__rdivmod__') : undefined;
  const rightFirst = reflected !== undefined && b.type.isSubtypeOf(a.type) && reflected !== pythonNumberMethod(a, '__rdivmod__');
  if (rightFirst) {
    const r = callUnlessNotImplemented(vm, reflected, b, [a]);
    if (r) return r;
  }
  if (own) {
    const r = callUnlessNotImplemented(vm, own, a, [b]);
    if (r) return r;
  } else if (numericRank(b) <= numericRank(a)) {
    const r = builtinDivmod(a, b);
    if (r) return r;
  }
  if (reflected && !rightFirst) {
    const r = callUnlessNotImplemented(vm, reflected, b, [a]);
    if (r) return r;
  } else if (!reflected && a.type !== b.type && numericRank(a) <= numericRank(b)) {
    const r = builtinDivmod(a, b);
    if (r) return r;
  }
  throw new NativeRaise('TypeError', `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
}

/** pow(base, exp, mod) with a modulus that is not None. */
export function ternaryPow(vm: VM, base: PyObject, exp: PyObject, mod: PyObject): PyObject {
  // A Python class's __pow__ takes the modulus too (three-argument power never calls __rpow__).
  const own = pythonNumberMethod(base, '__pow__');
  if (own) {
    const r = callUnlessNotImplemented(vm, own, base, [exp, mod]);
    if (r) return r;
  }
  const b = exactIntOf(base), e = exactIntOf(exp), m = exactIntOf(mod);
  if (b !== null && e !== null && m !== null) return newInt(modularPow(b, e, m));
  const numeric = (o: PyObject) => o instanceof PyFloat || exactIntOf(o) !== null;
  if (numeric(base) && numeric(exp) && (numeric(mod) || mod instanceof PyNone)) {
    throw new NativeRaise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  // complex_pow refuses any modulus once its operands are numbers.
  const complexInvolved = [base, exp, mod].some((o) => o.type === T.complex);
  if (complexInvolved && [base, exp].every((o) => numeric(o) || o.type === T.complex)) throw new NativeRaise('ValueError', 'complex modulo');
  throw new NativeRaise('TypeError', `unsupported operand type(s) for ** or pow(): '${base.type.name}', '${exp.type.name}', '${mod.type.name}'`);
}

/** long_pow with a modulus: negative exponents use the modular inverse; the result takes the modulus' sign. */
export function modularPow(base: IntValue, exponent: IntValue, modulus: IntValue): IntValue {
  let c = big(modulus);
  if (c === 0n) throw new NativeRaise('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeOutput = c < 0n;
  if (negativeOutput) c = -c;
  if (c === 1n) return 0;
  let a = big(base);
  let e = big(exponent);
  if (e < 0n) {
    e = -e;
    a = modularInverse(a, c);
  }
  a %= c;
  if (a < 0n) a += c;
  let z = 1n;
  while (e > 0n) {
    if (e & 1n) z = (z * a) % c;
    e >>= 1n;
    if (e > 0n) a = (a * a) % c;
  }
  if (negativeOutput && z !== 0n) z -= c;
  return norm(z);
}

/** long_invmod: the inverse of a modulo n (n > 0) by the extended Euclidean algorithm. */
function modularInverse(a: bigint, n: bigint): bigint {
  let b = n;
  let x = 1n, y = 0n;
  a %= n;
  if (a < 0n) a += n;
  while (b !== 0n) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [x, y] = [y, x - q * y];
  }
  if (a !== 1n) throw new NativeRaise('ValueError', 'base is not invertible for the given modulus');
  return x;
}
