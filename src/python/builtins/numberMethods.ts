// The named methods of int and float (bit_length, as_integer_ratio, hex, ...), with CPython's signatures.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyBuiltinFunction, PyDescriptorWrapper, PyFloat, PyInt, PyStr, type NativeCall } from '../runtime/objects';
import { T, makeShared } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newBool, newFloat, newInt, newStr, newTuple } from '../runtime/factory';
import { big } from '../runtime/intMath';
import { NOARGS, O, checkArguments, defineMethods, keywords, setTypeAttribute } from './define';

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

const NO_BYTES = (): never => {
  throw new NativeRaise('NotImplementedError', 'bytes are not supported in this playground');
};

/** A builtin classmethod (`float.fromhex`): the class comes first. */
function classMethod(name: string, fn: NativeCall): PyObject {
  return makeShared(new PyDescriptorWrapper(T.classmethod, [makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, fn))]));
}

/** float.fromhex: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]`, or inf/nan, rounded to a double. */
function parseHexFloat(text: string): number {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new NativeRaise('ValueError', 'invalid hexadecimal floating-point string');
  const digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '') || '0';
  const mantissa = BigInt('0x' + digits);
  const exp = Number(m[4] ?? '0') - 4 * (m[3] ?? '').length;
  const value = ratioToFloat(mantissa, exp);
  if (!Number.isFinite(value)) throw new NativeRaise('OverflowError', 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -value : value;
}

/** mantissa * 2**exp correctly rounded (half to even) to a double. */
function ratioToFloat(mantissa: bigint, exp: number): number {
  if (mantissa === 0n) return 0;
  const bits = mantissa.toString(2).length;
  // Keep 53 significant bits (fewer for subnormals), rounding the rest half to even.
  const top = bits + exp;
  const keep = Math.min(53, Math.max(0, top + 1074));
  const drop = bits - keep;
  let m = mantissa, e = exp;
  if (drop > 0) {
    const d = BigInt(drop);
    const rest = m & ((1n << d) - 1n);
    m >>= d;
    e += drop;
    const half = 1n << (d - 1n);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  }
  return Number(m) * 2 ** e;
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
    __getnewargs__: [NOARGS, (_vm, args) => newTuple([asInt(args[0])])],
    to_bytes: [keywords(['length', 'byteorder', 'signed'], 0, 0, 1), NO_BYTES],
  });
  setTypeAttribute(T.int, 'from_bytes', classMethod('from_bytes', NO_BYTES));
  defineMethods(T.float, {
    as_integer_ratio: [NOARGS, (_vm, args) => {
      const [n, d] = floatRatio((args[0] as PyFloat).value);
      return newTuple([newInt(n), newInt(d)]);
    }],
    conjugate: [NOARGS, (_vm, args) => incref(args[0])],
    hex: [NOARGS, (_vm, args) => newStr(floatHex((args[0] as PyFloat).value))],
    is_integer: [NOARGS, (_vm, args) => newBool(Number.isInteger((args[0] as PyFloat).value))],
    __getnewargs__: [NOARGS, (_vm, args) => newTuple([newFloat((args[0] as PyFloat).value)])],
  });
  setTypeAttribute(T.float, 'fromhex', classMethod('fromhex', (_vm, args, kwargs) => {
    checkArguments(O, 'float.fromhex', 'fromhex', args.slice(1), kwargs);
    const s = args[1];
    if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', 'bad argument type for built-in operation');
    return newFloat(parseHexFloat(s.value));
  }));
  setTypeAttribute(T.float, '__getformat__', classMethod('__getformat__', (_vm, args, kwargs) => {
    checkArguments(O, 'float.__getformat__', '__getformat__', args.slice(1), kwargs);
    const s = args[1];
    if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `__getformat__() argument must be str, not ${s.type.name}`);
    if (s.value !== 'double' && s.value !== 'float') throw new NativeRaise('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
    return newStr('IEEE, little-endian');
  }));
}
