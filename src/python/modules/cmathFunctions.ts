// cmath's functions as CPython 3.11's Modules/cmathmodule.c computes them: C99 Annex G's special values for infinite and NaN
// parts (the 7x7 tables indexed by the kind of each part), rescaling against overflow, and errno's errors.

import { libm } from '../runtime/libm';
import { hypot, type Complex } from '../runtime/complexMath';
import { copysign } from '../runtime/floatBits';

/** What CPython's errno says after a function: nothing, a domain error, or a range error. */
export type MathErrno = 0 | 'EDOM' | 'ERANGE';

export interface CmathResult {
  readonly z: Complex;
  readonly errno: MathErrno;
}

const PI = Math.PI;
const P14 = 0.25 * PI, P12 = 0.5 * PI, P34 = 0.75 * PI;
const INF = Infinity, N = NaN;
const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE_DOUBLE = DBL_MAX / 4;
const LOG_LARGE_DOUBLE = Math.log(LARGE_DOUBLE);
const MANT_DIG = 53;
const SCALE_UP = 2 * Math.floor(MANT_DIG / 2) + 1;
const SCALE_DOWN = -(SCALE_UP + 1) / 2;
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;
const E = Math.E;

/** special_type: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan. */
export function kind(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return Object.is(d, -0) ? 2 : 3;
  }
  if (Number.isNaN(d)) return 6;
  return d > 0 ? 5 : 0;
}

/** A 7x7 table written as CPython writes it, row by row: pairs of (real, imag). */
export function table(values: number[]): Complex[][] {
  const rows: Complex[][] = [];
  for (let r = 0; r < 7; r++) {
    const row: Complex[] = [];
    for (let c = 0; c < 7; c++) row.push({ real: values[(r * 7 + c) * 2], imag: values[(r * 7 + c) * 2 + 1] });
    rows.push(row);
  }
  return rows;
}

// U: cells for finite arguments, never read.
export const U = 0;
const EXP = table([
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const LOG = table([
  INF, -P34, INF, -PI, INF, -PI, INF, PI, INF, PI, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -PI, -INF, PI, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
const SQRT = table([
  INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
]);
const COSH = table([
  INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0,
  N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);
const SINH = table([
  INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N,
  0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const TANH = table([
  -1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, -0, -0, -0, 0, U, U, N, N, N, N,
  N, N, U, U, 0, -0, 0, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const RECT = table([
  INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0,
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);

export const special = (t: Complex[][], z: Complex): Complex => t[kind(z.real)][kind(z.imag)];
export const finite = (z: Complex): boolean => Number.isFinite(z.real) && Number.isFinite(z.imag);
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
export const ok = (real: number, imag: number, errno: MathErrno = 0): CmathResult => ({ z: { real, imag }, errno });
const overflowChecked = (real: number, imag: number): CmathResult => ok(real, imag, isInf(real) || isInf(imag) ? 'ERANGE' : 0);

export function cExp(z: Complex): CmathResult {
  if (!finite(z)) {
    let r: Complex;
    if (isInf(z.real) && Number.isFinite(z.imag) && z.imag !== 0) {
      r = z.real > 0
        ? { real: copysign(INF, libm.cos(z.imag)), imag: copysign(INF, libm.sin(z.imag)) }
        : { real: copysign(0, libm.cos(z.imag)), imag: copysign(0, libm.sin(z.imag)) };
    } else r = special(EXP, z);
    const domain = isInf(z.imag) && (Number.isFinite(z.real) || z.real === INF);
    return { z: r, errno: domain ? 'EDOM' : 0 };
  }
  if (z.real > LOG_LARGE_DOUBLE) {
    const l = libm.exp(z.real - 1);
    return overflowChecked(l * libm.cos(z.imag) * E, l * libm.sin(z.imag) * E);
  }
  const l = libm.exp(z.real);
  return overflowChecked(l * libm.cos(z.imag), l * libm.sin(z.imag));
}

export function cLog(z: Complex): CmathResult {
  if (!finite(z)) return { z: special(LOG, z), errno: 0 };
  const ax = Math.abs(z.real), ay = Math.abs(z.imag);
  let real: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    real = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      // hypot(ax, ay) would be subnormal: scale up first.
      real = libm.log(hypot(ax * 2 ** MANT_DIG, ay * 2 ** MANT_DIG)) - MANT_DIG * LN2;
    } else {
      return ok(-INF, libm.atan2(z.imag, z.real), 'EDOM');
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      real = libm.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else real = libm.log(h);
  }
  return ok(real, libm.atan2(z.imag, z.real));
}

export function cLog10(z: Complex): CmathResult {
  const r = cLog(z);
  return ok(r.z.real / LN10, r.z.imag / LN10, r.errno);
}

export function cSqrt(z: Complex): CmathResult {
  if (!finite(z)) return { z: special(SQRT, z), errno: 0 };
  if (z.real === 0 && z.imag === 0) return ok(0, z.imag);
  let ax = Math.abs(z.real);
  const ay = Math.abs(z.imag);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax *= 2 ** SCALE_UP;
    s = Math.sqrt(ax + hypot(ax, ay * 2 ** SCALE_UP)) * 2 ** SCALE_DOWN;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return z.real >= 0 ? ok(s, copysign(d, z.imag)) : ok(d, copysign(s, z.imag));
}

export function cCosh(z: Complex): CmathResult {
  if (!finite(z)) {
    let r: Complex;
    if (isInf(z.real) && Number.isFinite(z.imag) && z.imag !== 0) {
      const sign = z.real > 0 ? 1 : -1;
      r = { real: copysign(INF, libm.cos(z.imag)), imag: sign * copysign(INF, libm.sin(z.imag)) };
    } else r = special(COSH, z);
    return { z: r, errno: isInf(z.imag) && !Number.isNaN(z.real) ? 'EDOM' : 0 };
  }
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    const xm1 = z.real - copysign(1, z.real);
    return overflowChecked(libm.cos(z.imag) * libm.cosh(xm1) * E, libm.sin(z.imag) * libm.sinh(xm1) * E);
  }
  return overflowChecked(libm.cos(z.imag) * libm.cosh(z.real), libm.sin(z.imag) * libm.sinh(z.real));
}

export function cSinh(z: Complex): CmathResult {
  if (!finite(z)) {
    let r: Complex;
    if (isInf(z.real) && Number.isFinite(z.imag) && z.imag !== 0) {
      const sign = z.real > 0 ? 1 : -1;
      r = { real: sign * copysign(INF, libm.cos(z.imag)), imag: copysign(INF, libm.sin(z.imag)) };
    } else r = special(SINH, z);
    return { z: r, errno: isInf(z.imag) && !Number.isNaN(z.real) ? 'EDOM' : 0 };
  }
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    const xm1 = z.real - copysign(1, z.real);
    return overflowChecked(libm.cos(z.imag) * libm.sinh(xm1) * E, libm.sin(z.imag) * libm.cosh(xm1) * E);
  }
  return overflowChecked(libm.cos(z.imag) * libm.sinh(z.real), libm.sin(z.imag) * libm.cosh(z.real));
}

export function cTanh(z: Complex): CmathResult {
  if (!finite(z)) {
    let r: Complex;
    if (isInf(z.real) && Number.isFinite(z.imag) && z.imag !== 0) {
      r = { real: z.real > 0 ? 1 : -1, imag: copysign(0, 2 * libm.sin(z.imag) * libm.cos(z.imag)) };
    } else r = special(TANH, z);
    return { z: r, errno: isInf(z.imag) && Number.isFinite(z.real) ? 'EDOM' : 0 };
  }
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    return ok(copysign(1, z.real), 4 * libm.sin(z.imag) * libm.cos(z.imag) * libm.exp(-2 * Math.abs(z.real)));
  }
  const tx = libm.tanh(z.real), ty = libm.tan(z.imag), cx = 1 / libm.cosh(z.real);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return ok(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

/** f(z) = -i g(iz): sin from sinh, tan from tanh. */
export function rotated(g: (z: Complex) => CmathResult, z: Complex): CmathResult {
  const s = g({ real: -z.imag, imag: z.real });
  return ok(s.z.imag, -s.z.real, s.errno);
}

export const cSin = (z: Complex): CmathResult => rotated(cSinh, z);
export const cTan = (z: Complex): CmathResult => rotated(cTanh, z);
/** cos(z) = cosh(iz). */
export const cCos = (z: Complex): CmathResult => cCosh({ real: -z.imag, imag: z.real });

export function cRect(r: number, phi: number): CmathResult {
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    let z: Complex;
    if (isInf(r) && Number.isFinite(phi) && phi !== 0) {
      const sign = r > 0 ? 1 : -1;
      z = { real: sign * copysign(INF, libm.cos(phi)), imag: sign * copysign(INF, libm.sin(phi)) };
    } else z = RECT[kind(r)][kind(phi)];
    return { z, errno: r !== 0 && !Number.isNaN(r) && isInf(phi) ? 'EDOM' : 0 };
  }
  if (phi === 0) return ok(r, r * phi);
  return ok(r * libm.cos(phi), r * libm.sin(phi));
}
