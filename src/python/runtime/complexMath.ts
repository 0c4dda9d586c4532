// Complex arithmetic as Objects/complexobject.c computes it (_Py_c_quot's scaling, c_powi's repeated squaring
// for small integer exponents, _Py_c_pow through hypot/pow/atan2/exp/log/cos/sin) and its errors.

import { NativeRaise } from '../errors';
import { libm } from './libm';

export interface Complex {
  readonly real: number;
  readonly imag: number;
}

export function cSum(a: Complex, b: Complex): Complex {
  return { real: a.real + b.real, imag: a.imag + b.imag };
}

export function cDiff(a: Complex, b: Complex): Complex {
  return { real: a.real - b.real, imag: a.imag - b.imag };
}

export function cProd(a: Complex, b: Complex): Complex {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** _Py_c_quot; null where CPython sets EDOM (a zero divisor). */
export function cQuot(a: Complex, b: Complex): Complex | null {
  const absReal = Math.abs(b.real), absImag = Math.abs(b.imag);
  if (absReal >= absImag) {
    if (absReal === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return { real: NaN, imag: NaN };
}

const HYPOT_SCALE = 2 ** -600, HYPOT_LARGE = 2 ** 511, HYPOT_TINY = 2 ** -511, HYPOT_EPS = 2 ** -54;

/** glibc 2.35+'s hypot kernel without FMA (Borges' corrected sqrt(ax*ax + ay*ay)), for ax >= ay >= 0 in range. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

/** C's hypot as glibc computes it (not always correctly rounded, so abs(z) and cmath agree with CPython's bits). */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

export function cAbs(z: Complex): number {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    if (z.real === Infinity || z.real === -Infinity || z.imag === Infinity || z.imag === -Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(z.real, z.imag);
  if (!Number.isFinite(r)) throw new NativeRaise('OverflowError', 'absolute value too large');
  return r;
}

const ONE: Complex = { real: 1, imag: 0 };

/** _Py_c_pow; null where CPython sets EDOM (zero to a negative or complex power). */
/** C's pow(x, y) for x >= 0 (a modulus): its special cases, then libm's pow (which wants x != 1, finite y != 0). */
function cPowReal(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) return y < 0 ? Infinity : 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y);
  return libm.pow(x, y);
}

function cPow(a: Complex, b: Complex): Complex | null {
  if (b.real === 0 && b.imag === 0) return ONE;
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return null;
    return { real: 0, imag: 0 };
  }
  const vabs = hypot(a.real, a.imag);
  let len = cPowReal(vabs, b.real);
  const at = libm.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= libm.exp(at * b.imag);
    phase += b.imag * libm.log(vabs);
  }
  return { real: len * libm.cos(phase), imag: len * libm.sin(phase) };
}

function cPowu(x: Complex, n: number): Complex {
  let r = ONE, p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

function cPowi(x: Complex, n: number): Complex | null {
  return n > 0 ? cPowu(x, n) : cQuot(ONE, cPowu(x, -n));
}

/** complex_pow: integer exponents up to 100 by squaring, the rest by polar form; CPython's errors. */
export function complexPow(a: Complex, b: Complex): Complex {
  const intExponent = Math.trunc(b.real);
  const p = b.imag === 0 && b.real === intExponent && Math.abs(intExponent) <= 100 ? cPowi(a, intExponent) : cPow(a, b);
  if (p === null) throw new NativeRaise('ZeroDivisionError', '0.0 to a negative or complex power');
  if (Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity) throw new NativeRaise('OverflowError', 'complex exponentiation');
  return p;
}

export function complexDiv(a: Complex, b: Complex): Complex {
  const q = cQuot(a, b);
  if (q === null) throw new NativeRaise('ZeroDivisionError', 'complex division by zero');
  return q;
}
