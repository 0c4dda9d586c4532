// glibc's fdlibm-derived functions over its exp and log (libm.ts): sinh, cosh, tanh, asinh, acosh, atanh, log10,
// erf, erfc, expm1, log1p; and cbrt.
//
// The algorithms and constants are fdlibm's, whose notice asks to be kept:
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunPro, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

import { libmExp as exp, libmLog as log } from './libm';
import { fma } from './glibcExpLog';
import { R, add, div, mul } from './doubleDouble';

const view = new DataView(new ArrayBuffer(8));

function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

function withHighWord(x: number, hi: number): number {
  view.setFloat64(0, x);
  view.setInt32(0, hi);
  return view.getFloat64(0);
}

function withLowWordZero(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

const LN2 = 6.93147180559945286227e-01;

export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -w : w;
}

export function acosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : log(x) + LN2;
  if (x === 1) return 0.0;
  if (hx > 0x40000000) return log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

const TWO54 = 1.80143985094819840000e+16;
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = withHighWord(x, hx);
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

/**
 * cbrt correctly rounded: the engine's estimate, then a Newton step on y**3 - x in double-double arithmetic.
 * (glibc's own cbrt is LGPL, which we do not copy; its last digit differs from this in some calls.)
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const a = Math.abs(x);
  // Scale into the normal range so y**3 neither overflows nor loses bits.
  const scale = a < 2 ** -900 ? 2 ** 600 : a > 2 ** 900 ? 2 ** -600 : 1;
  const xs = a * scale * scale * scale;
  const y = Math.cbrt(xs);
  mul(y, 0, y, 0);
  mul(R.h, R.l, y, 0);
  add(R.h, R.l, -xs, 0);
  const rh = R.h, rl = R.l;
  mul(y, 0, y, 0);
  div(rh, rl, 3 * R.h, 3 * R.l);
  add(y, 0, -R.h, -R.l);
  const r = (R.h + R.l) / scale;
  return x < 0 ? -r : r;
}

// erf and erfc (s_erf.c)
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const EFX8 = 1.02703333676410069053e+00;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

// glibc evaluates the rational approximations in Estrin's scheme (pairs, then powers of the argument).

/** P/Q on |x| < 0.84375 with z = x*x. */
function smallRatio(z: number): number {
  const r1 = PP[0] + z * PP[1], z2 = z * z;
  const r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1.0 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q on 0.84375 <= |x| < 1.25 with s = |x| - 1. */
function middleRatio(s: number): number {
  const p1 = PA[0] + s * PA[1], s2 = s * s;
  const q1 = 1.0 + s * QA[1], s4 = s2 * s2;
  const p2 = PA[2] + s * PA[3], s6 = s4 * s2;
  const q2 = QA[2] + s * QA[3];
  const p3 = PA[4] + s * PA[5];
  const q3 = QA[4] + s * QA[5];
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
  return p / q;
}

/** R/S for the tails with s = 1/x**2: [1.25, 1/0.35) when `near`, else [1/0.35, 28). */
function tailRatio(s: number, near: boolean): number {
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  if (near) {
    const r1 = RA[0] + s * RA[1], sa1 = 1.0 + s * SA[1], s8 = s4 * s4;
    const r2 = RA[2] + s * RA[3], sa2 = SA[2] + s * SA[3];
    const r3 = RA[4] + s * RA[5], sa3 = SA[4] + s * SA[5];
    const r4 = RA[6] + s * RA[7], sa4 = SA[6] + s * SA[7];
    return (r1 + s2 * r2 + s4 * r3 + s6 * r4) / (sa1 + s2 * sa2 + s4 * sa3 + s6 * sa4 + s8 * SA[8]);
  }
  const r1 = RB[0] + s * RB[1], sb1 = 1.0 + s * SB[1];
  const r2 = RB[2] + s * RB[3], sb2 = SB[2] + s * SB[3];
  const r3 = RB[4] + s * RB[5], sb3 = SB[4] + s * SB[5];
  const sb4 = SB[6] + s * SB[7];
  return (r1 + s2 * r2 + s4 * r3 + s6 * RB[6]) / (sb1 + s2 * sb2 + s4 * sb3 + s6 * sb4);
}

/** exp(-x*x - 0.5625 + R/S) / x for the tail regions, with x's low word cleared for an exact square. */
function erfcTail(ax: number, ix: number, limit: number): number {
  const rs = tailRatio(1.0 / (ax * ax), ix < limit);
  const z = withLowWordZero(ax);
  return (exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + rs)) / ax;
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.125 * (8.0 * x + EFX8 * x) : x + EFX * x;
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = middleRatio(Math.abs(x) - 1.0);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
  const r = erfcTail(Math.abs(x), ix, 0x4006db6e);
  return hx >= 0 ? 1.0 - r : r - 1.0;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = middleRatio(Math.abs(x) - 1.0);
    if (hx >= 0) return (1.0 - ERX) - pq;
    return 1.0 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    const r = erfcTail(Math.abs(x), ix, 0x4006db6d);
    return hx > 0 ? r : 2.0 - r;
  }
  return hx > 0 ? 0 : 2.0 - 1e-300;
}

// expm1 and log1p (s_expm1.c, s_log1p.c: fdlibm with Shimizu's pipelined polynomial evaluation), as glibc's FMA
// builds of them compute: GCC fuses each multiply into the add or subtract that uses it in the same block.
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e+00;
const EQ = [1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03, -7.93650757867487942473e-05, 4.00821782732936239552e-06, -2.01099218183624371326e-07];

/** x with `k` added to its binary exponent (SET_HIGH_WORD(y, high + (k << 20))). */
function addExponent(y: number, k: number): number {
  return withHighWord(y, (highWord(y) + (k << 20)) | 0);
}

export function expm1(x: number): number {
  let hx = highWord(x);
  const negative = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) return Number.isNaN(x) ? x : negative ? -1.0 : x;
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (negative) return 1e-300 - 1.0;
  }
  let k: number, c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number, lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(fma(INVLN2, x, negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) return x;
  else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1a = fma(hxs, EQ[1], 1.0), h2 = hxs * hxs;
  const r2 = fma(hxs, EQ[3], EQ[2]), h4 = h2 * h2;
  const r3 = fma(hxs, EQ[5], EQ[4]);
  const r1 = fma(h4, r3, fma(h2, r2, r1a));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
  if (k <= -2 || k > 56) return addExponent(1.0 - (e - x), k) - 1.0;
  if (k < 20) {
    t = withHighWord(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
    return addExponent(t - (e - x), k);
  }
  t = withHighWord(0, (0x3ff - k) << 20); // 2**-k
  return addExponent(x - (e + t) + 1.0, k);
}

const LP = [0.0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01];

export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, c = 0, hu = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHighWord(u, hu | 0x3ff00000);
    else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + fma(k, LN2_LO, c);
    const r = hfsq * fma(-0.66666666666666666, f, 1.0);
    if (k === 0) return f - r;
    return k * LN2_HI - ((r - fma(k, LN2_LO, c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const r2 = fma(z, LP[3], LP[2]), z4 = z2 * z2;
  const r3 = fma(z, LP[5], LP[4]), z6 = z4 * z2;
  const r4 = fma(z, LP[7], LP[6]);
  const r = fma(z6, r4, fma(z4, r3, fma(z, LP[1], z2 * r2)));
  // s * (hfsq + r) is shared by both returns, so computed once, before the branch: not fused.
  const sr = s * (hfsq + r);
  if (k === 0) return f - (hfsq - sr);
  return k * LN2_HI - ((hfsq - (sr + fma(k, LN2_LO, c))) - f);
}

export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else z = 1.0 - 1e-300;
  return jx >= 0 ? z : -z;
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else {
    if (xa > 1.0) return NaN;
    return x / 0.0;
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}
