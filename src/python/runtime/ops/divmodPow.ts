// divmod() and three-argument pow(): int and float paths as CPython's long_divmod, float_divmod and long_pow.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyFloat, PyInstance, PyNone } from '../objects';
import { NotImplemented, T } from '../builtinTypes';
import { decref } from '../heap';
import { newFloat, newInt, newTuple } from '../factory';
import { big, intFloorDiv, intMod, intToFloat, norm, type IntValue } from '../intMath';
import { floatDivmod } from '../floatMath';
import { exactIntOf } from './numbers';
import type { VM } from '../../vm/vm';

function asFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  const i = exactIntOf(o);
  return i === null ? null : intToFloat(i);
}

/** Calls self.name(...args) when self's class defines it; null when absent or NotImplemented. */
function tryMethod(vm: VM, self: PyObject, name: string, args: PyObject[]): PyObject | null {
  if (!(self instanceof PyInstance)) return null;
  const m = self.type.lookup(name);
  if (!m) return null;
  const r = vm.callMethod(m, self, args);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

/** divmod(a, b): a new (quotient, remainder) tuple. */
export function divmodOp(vm: VM, a: PyObject, b: PyObject): PyObject {
  const x = exactIntOf(a), y = exactIntOf(b);
  if (x !== null && y !== null) return newTuple([newInt(intFloorDiv(x, y)), newInt(intMod(x, y))]);
  if ((a instanceof PyFloat || x !== null) && (b instanceof PyFloat || y !== null)) {
    const [q, r] = floatDivmod(asFloat(a)!, asFloat(b)!);
    return newTuple([newFloat(q), newFloat(r)]);
  }
  const r = tryMethod(vm, a, '__divmod__', [b]) ?? (a.type !== b.type ? tryMethod(vm, b, '__rdivmod__', [a]) : null);
  if (r) return r;
  throw new NativeRaise('TypeError', `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
}

/** pow(base, exp, mod) with a modulus that is not None. */
export function ternaryPow(vm: VM, base: PyObject, exp: PyObject, mod: PyObject): PyObject {
  const b = exactIntOf(base), e = exactIntOf(exp), m = exactIntOf(mod);
  if (b !== null && e !== null && m !== null) return newInt(modularPow(b, e, m));
  const numeric = (o: PyObject) => o instanceof PyFloat || exactIntOf(o) !== null;
  if (numeric(base) && numeric(exp) && (numeric(mod) || mod instanceof PyNone)) {
    throw new NativeRaise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  // complex_pow refuses any modulus once its operands are numbers.
  const complexInvolved = [base, exp, mod].some((o) => o.type === T.complex);
  if (complexInvolved && [base, exp].every((o) => numeric(o) || o.type === T.complex)) throw new NativeRaise('ValueError', 'complex modulo');
  const r = tryMethod(vm, base, '__pow__', [exp, mod]);
  if (r) return r;
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
