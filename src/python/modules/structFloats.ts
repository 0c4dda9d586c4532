// The float conversions of the struct module (CPython's PyFloat_Pack2/4/8 and PyFloat_Unpack2/4/8): the rest of
// struct is Python (python/struct.ts); these two functions are in its namespace under private names.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyBool, PyFloat, PyInt } from '../runtime/objects';
import { PyBytes, newBytes } from '../runtime/bytesObject';
import { newFloat } from '../runtime/factory';
import { builtinFunction } from '../builtins/define';
import { frexp } from './mathFloats';
import { once } from './nativeType';

const signView = new DataView(new ArrayBuffer(8));

/** x's sign bit (a NaN has one too: a NaN unpacked from bytes keeps it, as CPython's do). */
function signBit(x: number): number {
  signView.setFloat64(0, x);
  return signView.getUint8(0) >> 7;
}

/** IEEE half precision bits of x, rounded half to even, or null when x is finite but too large for them. */
function halfBits(x: number): number | null {
  const sign = signBit(x);
  if (Number.isNaN(x)) return (sign << 15) | 0x7e00;
  if (!Number.isFinite(x)) return (sign << 15) | 0x7c00;
  if (x === 0) return sign << 15;
  // x = f * 2**e with 1 <= f < 2.
  let [f, e] = frexp(Math.abs(x));
  f *= 2;
  e--;
  if (e >= 16) return null;
  if (e < -25) {
    f = 0;
    e = 0;
  } else if (e < -14) {
    f = f * 2 ** (14 + e);
    e = 0;
  } else {
    e += 15;
    f -= 1;
  }
  f *= 1024;
  let bits = Math.trunc(f);
  if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      if (++e === 31) return null;
    }
  }
  return bits | (e << 10) | (sign << 15);
}

function halfValue(bits: number): number {
  const negative = (bits & 0x8000) !== 0;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  let x: number;
  if (e === 0x1f) x = f === 0 ? Infinity : NaN;
  else if (e === 0) x = (f / 1024) * 2 ** -14;
  else x = (1 + f / 1024) * 2 ** (e - 15);
  return negative ? -x : x;
}

/**
 * `_pack_float(x, size, little, strict)`: x's bytes as a float of 2, 4 or 8 bytes. Strict (the standard sizes)
 * refuses a finite x that only an infinity holds; native 'f' (a C cast) gives the infinity.
 */
const packFloat = once(() => builtinFunction('_pack_float', (_vm, args) => {
  // The Python part passes a float, 2/4/8 and two bools.
  const [value, sizeObj, littleObj, strictObj] = args as [PyFloat, PyInt, PyBool, PyBool];
  const x = value.value;
  const size = Number(sizeObj.value);
  const little = littleObj.value;
  const strict = strictObj.value;
  const view = new DataView(new ArrayBuffer(size));
  if (size === 2) {
    const bits = halfBits(x);
    if (bits === null) throw new NativeRaise('OverflowError', 'float too large to pack with e format');
    view.setUint16(0, bits, little);
  } else if (size === 4) {
    view.setFloat32(0, x, little);
    if (strict && Number.isFinite(x) && !Number.isFinite(view.getFloat32(0, little))) {
      throw new NativeRaise('OverflowError', 'float too large to pack with f format');
    }
  } else view.setFloat64(0, x, little);
  return newBytes(String.fromCharCode(...new Uint8Array(view.buffer)));
}));

/** `_unpack_float(data, little)`: the float whose 2, 4 or 8 bytes data is. */
const unpackFloat = once(() => builtinFunction('_unpack_float', (_vm, args) => {
  const data = (args[0] as PyBytes).value;
  const little = (args[1] as PyBool).value;
  const view = new DataView(new ArrayBuffer(data.length));
  for (let i = 0; i < data.length; i++) view.setUint8(i, data.charCodeAt(i));
  if (data.length === 2) return newFloat(halfValue(view.getUint16(0, little)));
  return newFloat(data.length === 4 ? view.getFloat32(0, little) : view.getFloat64(0, little));
}));

export function structNativeContents(): Record<string, PyObject> {
  return { _pack_float: packFloat(), _unpack_float: unpackFloat() };
}
