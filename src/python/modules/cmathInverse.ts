// cmath's inverse functions (acos, acosh, asin, asinh, atan, atanh) as CPython 3.11's Modules/cmathmodule.c computes
// them: the C99 Annex G special-value tables for infinite and NaN parts, the large-argument shortcuts, then the
// square-root formulas of Kahan's "Branch cuts for complex elementary functions".

import { libm } from '../runtime/libm';
import { hypot, type Complex } from '../runtime/complexMath';
import { copysign } from '../runtime/floatBits';
import { U, cSqrt, finite, ok, rotated, special, table, type CmathResult } from './cmathFunctions';

const P = Math.PI;
const P14 = 0.25 * P, P12 = 0.5 * P, P34 = 0.75 * P;
const INF = Infinity, N = NaN;
const LARGE_DOUBLE = Number.MAX_VALUE / 4;
const SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
const SQRT_DBL_MIN = Math.sqrt(2.2250738585072014e-308);
const LN2 = 0.6931471805599453094;

// Rows: the real part's kind (-inf, negative, -0, +0, positive, +inf, nan); columns: the imaginary part's.
const ACOS = table([
  P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
]);
const ACOSH = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
const ASINH = table([
  -INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N,
  -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N,
  INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N,
]);
const ATANH = table([
  -0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N,
  -0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N,
  -0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N,
  0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N,
  0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N,
  0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N,
  0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N,
]);

/** log(|z|) + log(4) without overflow, for a z whose parts may be near DBL_MAX. */
const largeLog = (z: Complex): number => libm.log(hypot(z.real / 2, z.imag / 2)) + LN2 * 2;

export function cAcos(z: Complex): CmathResult {
  if (!finite(z)) return { z: special(ACOS, z), errno: 0 };
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    return ok(libm.atan2(Math.abs(z.imag), z.real), -copysign(largeLog(z), z.imag));
  }
  const s1 = cSqrt({ real: 1 - z.real, imag: -z.imag }).z;
  const s2 = cSqrt({ real: 1 + z.real, imag: z.imag }).z;
  return ok(2 * libm.atan2(s1.real, s2.real), libm.asinh(s2.real * s1.imag - s2.imag * s1.real));
}

export function cAcosh(z: Complex): CmathResult {
  if (!finite(z)) return { z: special(ACOSH, z), errno: 0 };
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    return ok(largeLog(z), libm.atan2(z.imag, z.real));
  }
  const s1 = cSqrt({ real: z.real - 1, imag: z.imag }).z;
  const s2 = cSqrt({ real: z.real + 1, imag: z.imag }).z;
  return ok(libm.asinh(s1.real * s2.real + s1.imag * s2.imag), 2 * libm.atan2(s1.imag, s2.real));
}

export function cAsinh(z: Complex): CmathResult {
  if (!finite(z)) return { z: special(ASINH, z), errno: 0 };
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    const real = z.imag >= 0 ? copysign(largeLog(z), z.real) : -copysign(largeLog(z), -z.real);
    return ok(real, libm.atan2(z.imag, Math.abs(z.real)));
  }
  const s1 = cSqrt({ real: 1 + z.imag, imag: -z.real }).z;
  const s2 = cSqrt({ real: 1 - z.imag, imag: z.real }).z;
  return ok(libm.asinh(s1.real * s2.imag - s2.real * s1.imag), libm.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag));
}

/** _Py_log1p: log1p keeping the sign of a zero. */
const log1p = (x: number): number => (x === 0 ? x : libm.log1p(x));

export function cAtanh(z: Complex): CmathResult {
  if (!finite(z)) return { z: special(ATANH, z), errno: 0 };
  // atanh(z) = -atanh(-z) reduces to a non-negative real part.
  if (z.real < 0) {
    const r = cAtanh({ real: -z.real, imag: -z.imag });
    return ok(-r.z.real, -r.z.imag, r.errno);
  }
  const ay = Math.abs(z.imag);
  if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    // atanh(z) ~ 1/z +/- i*pi/2 for a large z.
    const h = hypot(z.real / 2, z.imag / 2);
    return ok(z.real / 4 / h / h, copysign(P / 2, z.imag));
  }
  if (z.real === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return ok(INF, z.imag, 'EDOM');
    return ok(-libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(libm.atan2(2, -ay) / 2, z.imag));
  }
  const real = log1p((4 * z.real) / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4;
  return ok(real, -libm.atan2(-2 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2);
}

/** asin(z) = -i asinh(iz), atan(z) = -i atanh(iz). */
export const cAsin = (z: Complex): CmathResult => rotated(cAsinh, z);
export const cAtan = (z: Complex): CmathResult => rotated(cAtanh, z);
