// Float algorithms of CPython's mathmodule.c: fsum, vector_norm (hypot, dist), frexp/ldexp, remainder, nextafter.

import { NativeRaise } from '../errors';
import { decompose } from '../format/dtoa';
import { bigRatioToFloat, bitLength } from '../runtime/intMath';

/** Shewchuk's exact partial sums as math_fsum: the correctly rounded sum of all values. */
export function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  let specialSum = 0.0, infSum = 0.0;
  for (const value of values) {
    let x = value;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        // Intermediate overflow, or a nan or inf among the values.
        if (Number.isFinite(xsave)) throw new NativeRaise('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw new NativeRaise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0.0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0.0) break;
    }
    // Half-even rounding across partials: a same-signed partial below pushes a half-way lo over.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

const T27 = 134217729.0; // 2**27 + 1, Veltkamp's splitting constant

/** vector_norm (CPython 3.11): sqrt of the sum of squares with compensated sums and one correction step. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || vec.length <= 1) return max;
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  const maxE = frexp(max)[1];
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (const v of vec) {
      let x = v * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let old = csum;
      csum += x;
      frac1 += (old - csum) + x;
      x = 2.0 * hi * lo;
      old = csum;
      csum += x;
      frac2 += (old - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // Only subnormal values: scaling by max loses nothing.
  for (const v of vec) {
    let x = v / max;
    x = x * x;
    const old = csum;
    csum += x;
    frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** Bits of a positive safe integer. */
function safeBitLength(n: number): number {
  return n >= 4294967296 ? 64 - Math.clz32(Math.floor(n / 4294967296)) : 32 - Math.clz32(n);
}

/** C frexp: [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (x itself and 0 for zero, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { mant, exp } = decompose(x);
  const bits = safeBitLength(mant);
  const e = exp + bits;
  const m = mant / 2 ** bits;
  return [x < 0 ? -m : m, e];
}

/** C ldexp: x * 2**e rounded once (half even), also into the subnormal range. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const { mant, exp } = decompose(x);
  const bits = safeBitLength(mant);
  const top = exp + e + bits - 1; // exponent of the leading bit
  if (top > 1023) return x < 0 ? -Infinity : Infinity;
  if (top < -1075) return x < 0 ? -0 : 0;
  let m = mant;
  let low = exp + e; // exponent of m's last bit
  if (low < -1074) {
    // Subnormal result: drop the bits below 2**-1074, rounding half to even.
    const drop = -1074 - low;
    const kept = Math.floor(m / 2 ** drop);
    const rest = m - kept * 2 ** drop;
    const half = 2 ** (drop - 1);
    m = rest > half || (rest === half && kept % 2 === 1) ? kept + 1 : kept;
    low = -1074;
  }
  const r = low > 0 ? m * 2 ** Math.min(low, 1023) * 2 ** Math.max(low - 1023, 0) : m * 2 ** Math.max(low, -1022) * 2 ** Math.min(low + 1022, 0);
  return x < 0 ? -r : r;
}

/** m_remainder: IEEE 754 remainder, the multiple of y nearest x taken off (ties to even). */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** C nextafter: the next double after x in the direction of y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

/** math.ulp. */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** _PyLong_Frexp for a positive big int: [m, e] with v ≈ m * 2**e, 0.5 <= m < 1, m rounded half even. */
export function bigFrexp(v: bigint): [number, number] {
  let e = bitLength(v);
  let m = bigRatioToFloat(v, 1n << BigInt(e));
  if (m === 1.0) {
    m = 0.5;
    e += 1;
  }
  return [m, e];
}
