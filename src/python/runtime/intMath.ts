// Arbitrary-precision int arithmetic on number|bigint values: numbers while safe, bigints beyond.

import { NativeRaise } from '../errors';
import { activeHeap } from './heap';

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
  const base = big(a);
  const e = big(b);
  if (base === 0n || base === 1n || base === -1n) return norm(base ** e);
  // The result has about bits(base) * e bits: counted against the memory limit before it is computed;
  // JavaScript's bigints stop at 2**30 bits, past which CPython would exhaust memory too.
  const bits = Number(e) * (base < 0n ? -base : base).toString(2).length;
  if (bits > 2 ** 30) throw new NativeRaise('MemoryError', '');
  activeHeap().reserve(24 + 4 * Math.ceil(bits / 30));
  return norm(base ** e);
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

/** int / int correctly rounded, as CPython's long_true_divide. */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (b === 0 || b === 0n) throw new NativeRaise('ZeroDivisionError', 'division by zero');
  // Both exactly representable: one IEEE division rounds correctly.
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const x = big(a), y = big(b);
  const negative = (x < 0n) !== (y < 0n);
  const q = bigRatioToFloat(x < 0n ? -x : x, y < 0n ? -y : y);
  if (q === Infinity) throw new NativeRaise('OverflowError', 'integer division result too large for a float');
  return negative ? -q : q;
}

export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** a / b for a >= 0, b > 0, rounded half-even to a double (subnormals included); Infinity when too big. */
export function bigRatioToFloat(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const diff = bitLength(a) - bitLength(b);
  if (diff > 1025) return Infinity;
  if (diff < -1076) return 0;
  // e = floor(log2(a/b)) is diff or diff - 1.
  const e = (diff >= 0 ? a >= b << BigInt(diff) : a << BigInt(-diff) >= b) ? diff : diff - 1;
  const ulpExp = Math.max(e - 52, -1074);
  // One guard bit below the last kept bit, and a sticky remainder.
  const k = 1 - ulpExp;
  let q: bigint, sticky: boolean;
  if (k >= 0) {
    const n = a << BigInt(k);
    q = n / b;
    sticky = q * b !== n;
  } else {
    const d = b << BigInt(-k);
    q = a / d;
    sticky = q * d !== a;
  }
  let m = q >> 1n;
  if ((q & 1n) === 1n && (sticky || (m & 1n) === 1n)) m += 1n;
  return Number(m) * 2 ** ulpExp;
}

/** _PyLong_New's limit on a 64-bit build: (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit). */
const MAX_LONG_DIGITS = (2n ** 63n - 1n - 24n) / 4n;
/** Only a shift past this can reach MAX_LONG_DIGITS: no int here has more than 2**30 bits. */
const SHIFT_NEEDING_SIZE_CHECK = 1n << 60n;

/** long_lshift1's new size in 30-bit digits: the old size, the whole digits shifted by, one more for a remainder. */
function shiftedDigits(x: bigint, shift: bigint): bigint {
  const magnitude = x < 0n ? -x : x;
  const oldDigits = BigInt(Math.ceil(magnitude.toString(2).length / 30));
  return oldDigits + shift / 30n + (shift % 30n === 0n ? 0n : 1n);
}

export function intBitOp(a: IntValue, b: IntValue, op: '&' | '|' | '^' | '<<' | '>>'): IntValue {
  const x = big(a), y = big(b);
  switch (op) {
    case '&': return norm(x & y);
    case '|': return norm(x | y);
    case '^': return norm(x ^ y);
    case '<<':
      if (y < 0n) throw new NativeRaise('ValueError', 'negative shift count');
      if (x === 0n) return 0;
      if (y > SHIFT_NEEDING_SIZE_CHECK && shiftedDigits(x, y) > MAX_LONG_DIGITS) throw new NativeRaise('OverflowError', 'too many digits in integer');
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
