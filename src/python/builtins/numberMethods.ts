// The named methods of int and float (bit_length, as_integer_ratio, hex, ...), with CPython's signatures.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyFloat, PyInt } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newBool, newInt, newStr, newTuple } from '../runtime/factory';
import { big } from '../runtime/intMath';
import { NOARGS, defineMethods } from './define';

const intValue = (o: PyObject): bigint => (o instanceof PyBool ? (o.value ? 1n : 0n) : big((o as PyInt).value));

/** A bool's int methods answer with plain ints (int(True)), as int_as_integer_ratio and friends do. */
const asInt = (o: PyObject): PyObject => (o instanceof PyBool ? newInt(o.value ? 1 : 0) : incref(o));

const floatView = new DataView(new ArrayBuffer(8));

/** The float's bits: sign, biased exponent and 52-bit fraction. */
function floatParts(x: number): { negative: boolean; exponent: number; fraction: bigint } {
  floatView.setFloat64(0, x);
  const hi = floatView.getUint32(0), lo = floatView.getUint32(4);
  return { negative: hi >>> 31 === 1, exponent: (hi >>> 20) & 0x7ff, fraction: (BigInt(hi & 0xfffff) << 32n) | BigInt(lo) };
}

function floatRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new NativeRaise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new NativeRaise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  const { negative, exponent, fraction } = floatParts(x);
  let mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  let exp = (exponent === 0 ? 1 : exponent) - 1075;
  while (mantissa % 2n === 0n && exp < 0) {
    mantissa /= 2n;
    exp++;
  }
  const num = exp >= 0 ? mantissa << BigInt(exp) : mantissa;
  const den = exp >= 0 ? 1n : 1n << BigInt(-exp);
  return [negative ? -num : num, den];
}

/** float.hex: `[-]0x1.<13 hex digits>p<exp>`, subnormals as 0x0.<digits>p-1022. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { negative, exponent, fraction } = floatParts(x);
  const sign = negative ? '-' : '';
  if (exponent === 0 && fraction === 0n) return sign + '0x0.0p+0';
  const digits = fraction.toString(16).padStart(13, '0');
  if (exponent === 0) return `${sign}0x0.${digits}p-1022`;
  const e = exponent - 1023;
  return `${sign}0x1.${digits}p${e >= 0 ? '+' : ''}${e}`;
}

export function installNumberMethods(): void {
  defineMethods(T.int, {
    as_integer_ratio: [NOARGS, (_vm, args) => newTuple([asInt(args[0]), newInt(1)])],
    bit_count: [NOARGS, (_vm, args) => {
      const v = intValue(args[0]);
      return newInt([...(v < 0n ? -v : v).toString(2)].filter((c) => c === '1').length);
    }],
    bit_length: [NOARGS, (_vm, args) => {
      const v = intValue(args[0]);
      return newInt(v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);
    }],
    conjugate: [NOARGS, (_vm, args) => asInt(args[0])],
  });
  defineMethods(T.float, {
    as_integer_ratio: [NOARGS, (_vm, args) => {
      const [n, d] = floatRatio((args[0] as PyFloat).value);
      return newTuple([newInt(n), newInt(d)]);
    }],
    conjugate: [NOARGS, (_vm, args) => incref(args[0])],
    hex: [NOARGS, (_vm, args) => newStr(floatHex((args[0] as PyFloat).value))],
    is_integer: [NOARGS, (_vm, args) => newBool(Number.isInteger((args[0] as PyFloat).value))],
  });
}
