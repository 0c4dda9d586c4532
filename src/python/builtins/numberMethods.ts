// Methods and attributes of int and float: bit_length, as_integer_ratio, hex/fromhex, from_bytes, real/imag, ...

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyDescriptorWrapper, PyFloat, PyInt, PyStr, type NativeCall } from '../runtime/objects';
import { T, makeShared } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newFloat, newInt, newStr, newTuple } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { big, bigRatioToFloat, bitLength, norm } from '../runtime/intMath';
import { decompose } from '../format/dtoa';
import { exactFloat, exactIntOf, indexOf } from '../runtime/ops/numbers';
import { builtinFunction, defineMethods, positionalOrKeyword } from './define';
import { bufferOf } from '../runtime/bytesObject';
import type { VM } from '../vm/vm';

function intSelf(o: PyObject): bigint {
  return big(exactIntOf(o)!);
}

/** A METH_NOARGS method: `int.bit_length() takes no arguments (1 given)`. */
function noArgs(qualname: string, f: (self: PyObject) => PyObject): NativeCall {
  return (_vm, args, kwargs) => {
    if (kwargs && kwargs.size) throw new NativeRaise('TypeError', `${qualname}() takes no keyword arguments`);
    if (args.length !== 1) throw new NativeRaise('TypeError', `${qualname}() takes no arguments (${args.length - 1} given)`);
    return f(args[0]);
  };
}

function popcount(v: bigint): number {
  let n = 0;
  for (const c of (v < 0n ? -v : v).toString(16)) n += [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4][parseInt(c, 16)];
  return n;
}

/** float.as_integer_ratio: the exact fraction in lowest terms (the denominator a power of two). */
function floatRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new NativeRaise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new NativeRaise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  const { mant, exp } = decompose(x);
  const m = BigInt(x < 0 ? -mant : mant);
  return exp >= 0 ? [m << BigInt(exp), 1n] : [m, 1n << BigInt(-exp)];
}

/** float.hex: 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const expBits = Number(bits >> 52n);
  const frac = (bits & 0xfffffffffffffn).toString(16).padStart(13, '0');
  const exp = expBits === 0 ? -1022 : expBits - 1023;
  return `${sign}0x${expBits === 0 ? 0 : 1}.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

/** float.fromhex: [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p exponent]), rounded half-even. */
export function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] + (m[3] ?? '')) === '') throw new NativeRaise('ValueError', 'invalid hexadecimal floating-point string');
  const negative = m[1] === '-';
  const digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '');
  const withSign = (v: number) => (negative ? -v : v);
  if (digits === '') return withSign(0);
  const mantissa = BigInt('0x' + digits);
  const exp = BigInt(m[4] ?? '0') - 4n * BigInt((m[3] ?? '').length);
  const top = exp + BigInt(bitLength(mantissa)); // value < 2**top
  const overflow = () => new NativeRaise('OverflowError', 'hexadecimal value too large to represent as a float');
  if (top > 1025n) throw overflow();
  if (top < -1080n) return withSign(0);
  const e = Number(exp);
  const v = bigRatioToFloat(e >= 0 ? mantissa << BigInt(e) : mantissa, e >= 0 ? 1n : 1n << BigInt(-e));
  if (v === Infinity) throw overflow();
  return withSign(v);
}

/** The bytes of a bytes-like argument or an iterable of ints. */
function byteValues(vm: VM, o: PyObject): number[] {
  const buffer = bufferOf(o);
  if (buffer !== null) return Array.from(buffer, (c) => c.charCodeAt(0));
  if (o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat || o instanceof PyStr) {
    throw new NativeRaise('TypeError', `cannot convert '${o.type.name}' object to bytes`);
  }
  const items = vm.collectItems(o);
  try {
    return items.map((item) => {
      const v = big(indexOf(vm, item));
      if (v < 0n || v > 255n) throw new NativeRaise('ValueError', 'bytes must be in range(0, 256)');
      return Number(v);
    });
  } finally {
    for (const item of items) decref(item);
  }
}

function fromBytes(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const rest = args.slice(1);
  const signedArg = kwargs?.get('signed');
  const positionalKwargs = kwargs ? new Map([...kwargs].filter(([k]) => k !== 'signed')) : null;
  if (rest.length > 2) throw new NativeRaise('TypeError', `from_bytes() takes at most 2 positional arguments (${rest.length} given)`);
  const [bytesArg, orderArg] = positionalOrKeyword('from_bytes', rest, positionalKwargs, ['bytes', 'byteorder'], 1);
  let order = 'big';
  if (orderArg) {
    if (!(orderArg instanceof PyStr)) throw new NativeRaise('TypeError', `from_bytes() argument 'byteorder' must be str, not ${argTypeName(orderArg)}`);
    order = orderArg.value;
  }
  if (order !== 'big' && order !== 'little') throw new NativeRaise('ValueError', "byteorder must be either 'little' or 'big'");
  const bytes = byteValues(vm, bytesArg!);
  if (order === 'little') bytes.reverse();
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (signedArg && vm.isTrue(signedArg) && bytes.length > 0 && bytes[0] >= 128) v -= 1n << BigInt(8 * bytes.length);
  // Called on a subclass (bool too), the result goes through the class: cls(value).
  return ofClass(vm, args[0], newInt(norm(v)), T.int);
}

/** A classmethod's result for `cls`: itself for the builtin type, else what cls(result) makes (the result consumed). */
function ofClass(vm: VM, cls: PyObject, result: PyObject, builtin: PyObject): PyObject {
  if (cls === builtin) return result;
  try {
    return vm.call(cls, [result]);
  } finally {
    decref(result);
  }
}

export function installNumberMethods(): void {
  defineMethods(T.int, {
    bit_length: noArgs('int.bit_length', (self) => newInt(bitLength(intSelf(self)))),
    bit_count: noArgs('int.bit_count', (self) => newInt(popcount(intSelf(self)))),
    as_integer_ratio: noArgs('int.as_integer_ratio', (self) => newTuple([newInt(exactIntOf(self)!), newInt(1)])),
    // long_long: an exact int is itself, anything else a plain int of its value.
    conjugate: noArgs('int.conjugate', (self) => (self.type === T.int ? incref(self) : newInt(exactIntOf(self)!))),
    __index__: (_vm, args) => incref(args[0]),
  });
  defineMethods(T.float, {
    is_integer: noArgs('float.is_integer', (self) => newBool(Number.isInteger((self as PyFloat).value))),
    as_integer_ratio: noArgs('float.as_integer_ratio', (self) => {
      const [n, d] = floatRatio((self as PyFloat).value);
      return newTuple([newInt(norm(n)), newInt(norm(d))]);
    }),
    hex: noArgs('float.hex', (self) => newStr(floatHex((self as PyFloat).value))),
    conjugate: noArgs('float.conjugate', (self) => exactFloat(self)),
  });
  const classMethod = (type: typeof T.int, name: string, fn: NativeCall) => {
    dictSetStr(type.dict, name, makeShared(new PyDescriptorWrapper(T.classmethod, [builtinFunction(name, fn)])));
  };
  classMethod(T.int, 'from_bytes', fromBytes);
  defineMethods(T.int, {
    __getnewargs__: noArgs('int.__getnewargs__', (self) => newTuple([newInt(exactIntOf(self)!)])),
  });
  defineMethods(T.float, {
    __getnewargs__: noArgs('float.__getnewargs__', (self) => newTuple([newFloat((self as PyFloat).value)])),
  });
  classMethod(T.float, '__getformat__', (_vm, args) => {
    if (args.length !== 2) throw new NativeRaise('TypeError', `float.__getformat__() takes exactly one argument (${args.length - 1} given)`);
    const s = args[1];
    if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `__getformat__() argument must be str, not ${argTypeName(s)}`);
    if (s.value !== 'double' && s.value !== 'float') throw new NativeRaise('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
    return newStr('IEEE, little-endian');
  });
  classMethod(T.float, 'fromhex', (vm, args) => {
    if (args.length !== 2) throw new NativeRaise('TypeError', `float.fromhex() takes exactly one argument (${args.length - 1} given)`);
    const s = args[1];
    if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', 'bad argument type for built-in operation');
    return ofClass(vm, args[0], newFloat(floatFromHex(s.value)), T.float);
  });
}
