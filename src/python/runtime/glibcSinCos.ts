// sin and cos exactly as glibc 2.36 computes them on x86-64 with FMA (IBM's accurate mathematical library, s_sin.c):
// the same table, reductions and polynomials, with the multiply-adds GCC fuses in that build.

import { SINCOS_TABLE } from './glibcTables';
import { fma } from './glibcExpLog';

const S1 = -0.16666666666666666;
const S2 = 0.008333333333332329;
const S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-06;
const S5 = -2.5022014848318398e-08;
const BIG = 52776558133248;
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-08;
const PP3 = -4.9789962314799099e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814;
const TOINT = 6755399441055744;
const SN3 = -1.66666666666664880952546298448555e-01;
const SN5 = 8.33333214285722277379541354343671e-03;
const CS2 = 4.99999999999999999999950396842453e-01;
const CS4 = -4.16666666666664434524222570944589e-02;
const CS6 = 1.38888874007937613028114285595617e-03;

const f64 = new Float64Array(1);
const words = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The high word of |x|, which glibc compares its ranges on. */
function absHigh(x: number): number {
  f64[0] = x;
  return words[HI] & 0x7fffffff;
}

/** Table index of u = BIG + |x| (its low word, times four). */
function tableIndex(u: number): number {
  return (u - BIG) * 128 * 4;
}

/** TAYLOR_SIN(xx, a, da). */
function taylorSin(xx: number, a: number, da: number): number {
  const p = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  const t = fma(fma(p, a, -(0.5 * da)), xx, da);
  return a + t;
}

function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const k = tableIndex(u);
  const sn = SINCOS_TABLE[k], ssn = SINCOS_TABLE[k + 1], cs = SINCOS_TABLE[k + 2], ccs = SINCOS_TABLE[k + 3];
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}

function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const k = tableIndex(u);
  const sn = SINCOS_TABLE[k], ssn = SINCOS_TABLE[k + 1], cs = SINCOS_TABLE[k + 2], ccs = SINCOS_TABLE[k + 3];
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  const r = sn + cor;
  return xold < 0 || Object.is(xold, -0) ? -Math.abs(r) : Math.abs(r);
}

/** reduce_sincos for |x| < 105414350: [n, a, da] with x = n*pi/2 + a + da. */
function reduce(x: number): [number, number, number] {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const n = ((xn % 4) + 4) % 4;
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  return [n, b, db];
}

function doSinCos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

/** sin(x); `reduceLarge` gives [n, a, da] for |x| >= 105414350 (glibc's __branred). */
export function glibcSin(x: number, reduceLarge: (x: number) => [number, number, number]): number {
  const k = absHigh(x);
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const r = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -r : r;
  }
  if (k < 0x419921fb) {
    const [n, a, da] = reduce(x);
    return doSinCos(a, da, n);
  }
  if (k < 0x7ff00000) {
    const [n, a, da] = reduceLarge(x);
    return doSinCos(a, da, n);
  }
  return NaN;
}

export function glibcCos(x: number, reduceLarge: (x: number) => [number, number, number]): number {
  const k = absHigh(x);
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = (y - a) + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const [n, a, da] = reduce(x);
    return doSinCos(a, da, (n + 1) & 3);
  }
  if (k < 0x7ff00000) {
    const [n, a, da] = reduceLarge(x);
    return doSinCos(a, da, (n + 1) & 3);
  }
  return NaN;
}
