// The C library's math functions as CPython calls them (glibc 2.36 on x86-64). exp, exp2, log, log2, pow
// (glibcExpLog.ts, after Arm's MIT-licensed optimized-routines that glibc uses) are bit for bit, and so are the
// fdlibm-derived ones over them (libmFdlibm.ts). sin, cos, tan, atan, asin, acos and atan2 are correctly rounded
// here in double-double arithmetic: glibc's differ from that in about one call in a thousand.

import { R, add, ddConstants, div, mul, piFixed, scaledBig, sqrt2, twoProd, twoSum, type Constants } from './doubleDouble';
import { decompose } from '../format/dtoa';
import { acosh, asinh, atanh, cbrt, cosh, erf, erfc, expm1, log10, log1p, sinh, tanh } from './libmFdlibm';
import { glibcExp, glibcExp2, glibcLog, glibcLog2, glibcPow } from './glibcExpLog';

let C: Constants;
function init(): void {
  if (!C) C = ddConstants();
}

function exp(x: number): number {
  return glibcExp(x);
}

function log(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  return glibcLog(x);
}

/** pow(x, y) for finite positive x != 1 and finite non-zero y. */
export function libmPow(x: number, y: number): number {
  return glibcPow(x, y);
}

function exp2(x: number): number {
  return glibcExp2(x);
}

function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  return glibcLog2(x);
}

// ----- sin, cos, tan -----

/** Reduces x to r = x - k*pi/2 (R.h + R.l, |r| <= pi/4 about); returns k mod 4. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    R.h = x;
    R.l = 0;
    return 0;
  }
  const [p0, p1, p2, p3] = C.halfPi;
  if (ax < 2 ** 19) {
    const k = Math.round(x / 1.5707963267948966);
    twoSum(x - k * p0, -k * p1); // both products and the first difference are exact
    const th = R.h, tl = R.l;
    twoProd(k, p2);
    add(th, tl, -R.h, -R.l);
    add(R.h, R.l, -k * p3, 0);
    return ((k % 4) + 4) % 4;
  }
  return reduceBig(x);
}

let twoOverPi: bigint | null = null;
let halfPi160: bigint | null = null;
const Q = 1400n;

/** Payne-Hanek style reduction of a large |x| with 2/pi to 1400 bits. */
function reduceBig(x: number): number {
  if (!twoOverPi) {
    twoOverPi = (1n << (Q + 1500n + 1n)) / piFixed(1500n);
    halfPi160 = piFixed(159n);
  }
  const { mant, exp: e } = decompose(x);
  let n = BigInt(x < 0 ? -mant : mant) * twoOverPi;
  let fracBits = Q;
  if (e >= 0) n <<= BigInt(e);
  else fracBits += BigInt(-e);
  const half = 1n << (fracBits - 1n);
  const k = (n + half) >> fracBits;
  const f = n - (k << fracBits);
  const top = f >> (fracBits - 160n);
  const prod = top * halfPi160!;
  const h = Number(prod) * 2 ** -320;
  const l = Number(prod - scaledBig(h, 320n)) * 2 ** -320;
  twoSum(h, l);
  return Number(((k % 4n) + 4n) % 4n);
}

/** sin(r) for |r| <~ pi/4 into R. */
function sinCore(rh: number, rl: number): void {
  mul(rh, rl, rh, rl);
  const sh = R.h, sl = R.l;
  const f = C.invFact;
  let qh = f[29][0], ql = f[29][1];
  for (let n = 27; n >= 1; n -= 2) {
    mul(qh, ql, -sh, -sl);
    add(R.h, R.l, f[n][0], f[n][1]);
    qh = R.h;
    ql = R.l;
  }
  mul(qh, ql, rh, rl);
}

/** cos(r) for |r| <~ pi/4 into R. */
function cosCore(rh: number, rl: number): void {
  mul(rh, rl, rh, rl);
  const sh = R.h, sl = R.l;
  const f = C.invFact;
  let qh = f[30][0], ql = f[30][1];
  for (let n = 28; n >= 0; n -= 2) {
    mul(qh, ql, -sh, -sl);
    add(R.h, R.l, f[n][0], f[n][1]);
    qh = R.h;
    ql = R.l;
  }
}

/**
 * sin and cos correctly rounded: glibc's (IBM's accurate library, which we do not copy: it is LGPL) is
 * correctly rounded in all but rare cases, so these give CPython's digits nearly always.
 */
function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  init();
  const q = reduce(x);
  const rh = R.h, rl = R.l;
  if (q & 1) cosCore(rh, rl);
  else sinCore(rh, rl);
  return q & 2 ? -(R.h + R.l) : R.h + R.l;
}

function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  init();
  const q = reduce(x);
  const rh = R.h, rl = R.l;
  if (q & 1) sinCore(rh, rl);
  else cosCore(rh, rl);
  return q === 1 || q === 2 ? -(R.h + R.l) : R.h + R.l;
}

function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  init();
  const q = reduce(x);
  const rh = R.h, rl = R.l;
  sinCore(rh, rl);
  const sh = R.h, sl = R.l;
  cosCore(rh, rl);
  if (q & 1) div(-R.h, -R.l, sh, sl);
  else div(sh, sl, R.h, R.l);
  return R.h;
}

// ----- inverse trigonometric functions, by one Newton step from a close start -----

/** atan of a double-double z in [0, 1] into R. */
function atanCore(zh: number, zl: number): void {
  const y0 = Math.atan(zh);
  sinCore(y0, 0);
  const sh = R.h, sl = R.l;
  cosCore(y0, 0);
  const ch = R.h, cl = R.l;
  // y1 = y0 - cos(y0) * (sin(y0) - z cos(y0))
  mul(zh, zl, ch, cl);
  add(sh, sl, -R.h, -R.l);
  mul(R.h, R.l, ch, cl);
  add(y0, 0, -R.h, -R.l);
}

/** atan of a positive double-double into R. */
function atanPositive(zh: number, zl: number): void {
  if (zh <= 1) {
    atanCore(zh, zl);
    return;
  }
  div(1, 0, zh, zl);
  atanCore(R.h, R.l);
  add(C.halfPiDD[0], C.halfPiDD[1], -R.h, -R.l);
}

function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > 2 ** 60) return x > 0 ? 1.5707963267948966 : -1.5707963267948966;
  init();
  atanPositive(Math.abs(x), 0);
  return x < 0 ? -R.h : R.h;
}

/** asin of a double-double w in [0, 0.5] into R: y1 = y0 - (sin y0 - w) / cos y0. */
function asinCore(wh: number, wl: number): void {
  const y0 = Math.asin(wh);
  sinCore(y0, 0);
  add(R.h, R.l, -wh, -wl);
  const dh = R.h, dl = R.l;
  cosCore(y0, 0);
  div(dh, dl, R.h, R.l);
  add(y0, 0, -R.h, -R.l);
}

/** asin(|a|) for |a| in (0.5, 1]: pi/2 - 2 asin(sqrt((1 - a) / 2)) into R. */
function asinUpper(a: number): void {
  sqrt2((1 - a) / 2, 0);
  asinCore(R.h, R.l);
  add(C.halfPiDD[0], C.halfPiDD[1], -2 * R.h, -2 * R.l);
}

function asin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  init();
  const a = Math.abs(x);
  if (a <= 0.5) asinCore(a, 0);
  else asinUpper(a);
  return x < 0 ? -R.h : R.h;
}

function acos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  init();
  if (Math.abs(x) <= 0.5) {
    if (x === 0) return 1.5707963267948966;
    asinCore(Math.abs(x), 0);
    const s = x < 0 ? -1 : 1;
    add(C.halfPiDD[0], C.halfPiDD[1], -s * R.h, -s * R.l);
    return R.h;
  }
  if (x === 1) return 0;
  sqrt2((1 - Math.abs(x)) / 2, 0);
  asinCore(R.h, R.l);
  if (x > 0) return 2 * R.h;
  add(C.pi[0], C.pi[1] + C.pi[2], -2 * R.h, -2 * R.l);
  return R.h;
}

/** atan2 for finite, non-zero x and y (CPython handles the special values before calling libm). */
function atan2Finite(y: number, x: number): number {
  const q = y / x;
  if (Math.abs(q) < 2 ** -500 && x > 0) return q;
  // Scaling below may flush a tiny y to zero: keep its sign from before.
  const negY = y < 0;
  // Past 2**60 the result is pi/2 to the last bit (and the double-double quotient would overflow Dekker's split).
  if (Math.abs(q) > 2 ** 60) return negY ? -1.5707963267948966 : 1.5707963267948966;
  // The same power of two on both sides keeps the quotient and keeps Dekker's split from overflowing (or
  // subnormals from losing bits).
  const largest = Math.max(Math.abs(x), Math.abs(y));
  if (largest > 2 ** 900) {
    y *= 2 ** -600;
    x *= 2 ** -600;
  } else if (largest < 2 ** -900) {
    y *= 2 ** 600;
    x *= 2 ** 600;
  }
  init();
  div(Math.abs(y), 0, Math.abs(x), 0);
  atanPositive(R.h, R.l);
  if (x < 0) add(C.pi[0], C.pi[1] + C.pi[2], -R.h, -R.l);
  return negY ? -R.h : R.h;
}

const PI = 3.141592653589793;

/** m_atan2 (CPython's special cases) and C atan2. */
function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const negX = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return Math.sign(y) * (negX ? 0.75 * PI : 0.25 * PI);
    return Math.sign(y) * 0.5 * PI;
  }
  if (!Number.isFinite(x) || y === 0) {
    const sy = y < 0 || Object.is(y, -0) ? -1 : 1;
    return negX ? sy * PI : sy * 0;
  }
  if (x === 0) return y > 0 ? 0.5 * PI : -0.5 * PI;
  return atan2Finite(y, x);
}

export const libm = {
  exp, exp2, expm1, log, log1p, log2, log10,
  sin, cos, tan, asin, acos, atan, atan2,
  sinh, cosh, tanh, asinh, acosh, atanh,
  cbrt, pow: libmPow, erf, erfc,
};

export { exp as libmExp, log as libmLog };
