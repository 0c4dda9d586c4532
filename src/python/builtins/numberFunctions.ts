// divmod() and pow(): the number protocol's two- and three-argument operations.

import { NativeRaise } from '../errors';
import { BinaryOpArg } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyBool, PyFloat, PyInstance, PyInt, PyMethodDescriptor } from '../runtime/objects';
import { None, NotImplemented } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newFloat, newInt, newTuple } from '../runtime/factory';
import { binaryOp } from '../runtime/ops/arith';
import { big, floatDivmod, intFloorDiv, intMod } from '../runtime/intMath';
import type { VM } from '../vm/vm';

/** divmod(a, b): the number types' nb_divmod, then __divmod__ / __rdivmod__. */
export function divmod(vm: VM, args: PyObject[]): PyObject {
  return divmodObjects(vm, args[0], args[1]);
}

export function divmodObjects(vm: VM, a: PyObject, b: PyObject): PyObject {
  const ia = a instanceof PyBool ? (a.value ? 1 : 0) : a instanceof PyInt ? a.value : null;
  const ib = b instanceof PyBool ? (b.value ? 1 : 0) : b instanceof PyInt ? b.value : null;
  if (ia !== null && ib !== null) return newTuple([newInt(intFloorDiv(ia, ib)), newInt(intMod(ia, ib))]);
  const fa = a instanceof PyFloat ? a.value : ia !== null ? Number(ia) : null;
  const fb = b instanceof PyFloat ? b.value : ib !== null ? Number(ib) : null;
  if (fa !== null && fb !== null) {
    if (fb === 0) throw new NativeRaise('ZeroDivisionError', 'float divmod()');
    const [q, r] = floatDivmod(fa, fb);
    return newTuple([newFloat(q), newFloat(r)]);
  }
  for (const [self, other, name] of [[a, b, '__divmod__'], [b, a, '__rdivmod__']] as const) {
    if (!(self instanceof PyInstance)) continue;
    const m = self.type.lookup(name);
    if (!m || m instanceof PyMethodDescriptor) continue;
    const r = vm.callMethod(m, self, [other]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  throw new NativeRaise('TypeError', `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
}

/** pow(base, exp, mod=None): three-argument pow is for ints only (negative exponents through the inverse). */
export function pow(vm: VM, args: PyObject[]): PyObject {
  if (args[2] !== undefined && args[2] !== None) {
    const isInt = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyBool;
    if (!args.every(isInt)) {
      if (args.every((a) => isInt(a) || a instanceof PyFloat)) {
        throw new NativeRaise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      }
      throw new NativeRaise('TypeError', `unsupported operand type(s) for ** or pow(): '${args[0].type.name}', '${args[1].type.name}', '${args[2].type.name}'`);
    }
    const [b, e0, m0] = args.map((a) => (a instanceof PyBool ? (a.value ? 1n : 0n) : big((a as PyInt).value)));
    if (m0 === 0n) throw new NativeRaise('ValueError', 'pow() 3rd argument cannot be 0');
    const m = m0 < 0n ? -m0 : m0;
    let e = e0;
    let baseValue = ((b % m) + m) % m;
    if (e < 0n) {
      baseValue = modularInverse(baseValue, m);
      e = -e;
    }
    let result = 1n % m, base = baseValue, exp = e;
    while (exp > 0n) {
      if (exp & 1n) result = (result * base) % m;
      base = (base * base) % m;
      exp >>= 1n;
    }
    // The result takes the sign of the modulus.
    if (m0 < 0n && result !== 0n) result -= m;
    return newInt(result);
  }
  return binaryOp(vm, args[0], args[1], BinaryOpArg.POWER);
}

function modularInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new NativeRaise('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}
