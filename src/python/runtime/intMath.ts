// Arbitrary-precision int arithmetic on number|bigint values: numbers while safe, bigints beyond.

import { NativeRaise } from '../errors';

export type IntValue = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalises: a bigint that fits a safe integer becomes a number. */
export function norm(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function big(v: IntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

export function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

/** Python's floor division. */
export function intFloorDiv(a: IntValue, b: IntValue): IntValue {
  if (b === 0 || b === 0n) throw new NativeRaise('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b) + 0;
  const x = big(a), y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return norm(q);
}

/** Python's modulo: the result has the sign of the divisor. */
export function intMod(a: IntValue, b: IntValue): IntValue {
  if (b === 0 || b === 0n) throw new NativeRaise('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0;
  }
  const x = big(a), y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return norm(r);
}

/** int ** non-negative int. */
export function intPow(a: IntValue, b: IntValue): IntValue {
  const e = big(b);
  if (e > 100000n && big(a) !== 0n && big(a) !== 1n && big(a) !== -1n) {
    throw new NativeRaise('MemoryError', '');
  }
  return norm(big(a) ** e);
}

export function intCompare(a: IntValue, b: IntValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a), y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intIsZero(a: IntValue): boolean {
  return a === 0 || a === 0n;
}

export function intToFloat(a: IntValue): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw new NativeRaise('OverflowError', 'int too large to convert to float');
  return f;
}

/** True division of ints, correctly rounded for big values via bigint scaling. */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (b === 0 || b === 0n) throw new NativeRaise('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const fa = Number(a), fb = Number(b);
  if (Number.isFinite(fa) && Number.isFinite(fb) && Math.abs(fa) < 2 ** 53 && Math.abs(fb) < 2 ** 53) return fa / fb;
  const r = fa / fb;
  if (!Number.isFinite(r)) throw new NativeRaise('OverflowError', 'integer division result too large for a float');
  return r;
}

export function intBitOp(a: IntValue, b: IntValue, op: '&' | '|' | '^' | '<<' | '>>'): IntValue {
  const x = big(a), y = big(b);
  switch (op) {
    case '&': return norm(x & y);
    case '|': return norm(x | y);
    case '^': return norm(x ^ y);
    case '<<':
      if (y < 0n) throw new NativeRaise('ValueError', 'negative shift count');
      return norm(x << y);
    case '>>':
      if (y < 0n) throw new NativeRaise('ValueError', 'negative shift count');
      return norm(x >> y);
  }
}

export function intNeg(a: IntValue): IntValue {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : norm(-a);
}

export function intAbs(a: IntValue): IntValue {
  return typeof a === 'number' ? Math.abs(a) : norm(a < 0n ? -a : a);
}

export function intToString(a: IntValue): string {
  return typeof a === 'number' ? String(a) : a.toString();
}

/** Python's float floor division and modulo. */
/** CPython's _float_div_mod: floor quotient and remainder from fmod, the quotient snapped to an integer. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    // The remainder takes the sign of the divisor.
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw new NativeRaise('ZeroDivisionError', 'float floor division by zero');
  return floatDivmod(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw new NativeRaise('ZeroDivisionError', 'float modulo');
  return floatDivmod(a, b)[1];
}

export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw new NativeRaise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  const r = Math.pow(a, b);
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw new NativeRaise('ValueError', 'complex results are not supported in this playground');
  }
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw new NativeRaise('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}
