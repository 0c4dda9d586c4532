// Double-double arithmetic (about 106 bits) and the constants it needs, computed exactly with bigints.

import { decompose } from '../format/dtoa';

/** The result of the last operation: hi + lo with |lo| <= ulp(hi)/2 (registers, so nothing is allocated). */
export const R = { h: 0, l: 0 };

const SPLITTER = 134217729; // 2**27 + 1

/** a*b exactly as R.h + R.l (Dekker). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  R.h = p;
  R.l = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** a+b exactly as R.h + R.l (Knuth). */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R.h = s;
  R.l = (a - (s - bb)) + (b - bb);
}

/** (ah+al) + (bh+bl). */
export function add(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  let bb = s - ah;
  let e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = (al - (t - bb)) + (bl - bb);
  e += t;
  const h = s + e;
  e -= h - s;
  e += f;
  const r = h + e;
  R.l = e - (r - h);
  R.h = r;
}

/** (ah+al) * (bh+bl). */
export function mul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R.h;
  const q = R.l + (ah * bl + al * bh);
  const r = p + q;
  R.l = q - (r - p);
  R.h = r;
}

/** (ah+al) / (bh+bl) by long division with three partial quotients. */
export function div(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mul(q1, 0, bh, bl);
  add(ah, al, -R.h, -R.l);
  const rh = R.h, rl = R.l;
  const q2 = rh / bh;
  mul(q2, 0, bh, bl);
  add(rh, rl, -R.h, -R.l);
  const q3 = R.h / bh;
  twoSum(q1, q2);
  add(R.h, R.l, q3, 0);
}

/** sqrt of a double-double. */
export function sqrt2(xh: number, xl: number): void {
  const y = Math.sqrt(xh);
  if (y === 0) {
    R.h = y;
    R.l = 0;
    return;
  }
  twoProd(y, y);
  add(xh, xl, -R.h, -R.l);
  const d = R.h / (2 * y);
  twoSum(y, d);
}

// ----- constants, computed once with bigint fixed point arithmetic -----

const P = 320n; // fraction bits of the fixed-point constants
const ONE = 1n << P;

/** atan(1/n) * 2**P. */
function atanInv(n: bigint, one: bigint): bigint {
  let sum = 0n;
  let power = one / n;
  const n2 = n * n;
  for (let k = 1n, sign = 1n; power > 0n; k += 2n, sign = -sign) {
    sum += (sign * power) / k;
    power /= n2;
  }
  return sum;
}

/** pi * 2**bits by Machin's formula. */
export function piFixed(bits: bigint): bigint {
  const guard = 16n;
  const one = 1n << (bits + guard);
  return (16n * atanInv(5n, one) - 4n * atanInv(239n, one)) >> guard;
}

/** The exact bigint value of x * 2**bits (x a double whose lowest bit is at 2**-bits or above). */
export function scaledBig(x: number, bits: bigint): bigint {
  if (x === 0) return 0n;
  const { mant, exp } = decompose(x);
  const m = BigInt(x < 0 ? -mant : mant);
  const shift = BigInt(exp) + bits;
  return shift >= 0n ? m << shift : m >> -shift;
}

/** Splits F / 2**bits into doubles c0 + c1 + ..., the first one `firstBits` bits long if given. */
export function splitFixed(f: bigint, bits: bigint, parts: number, firstBits = 53): number[] {
  const out: number[] = [];
  let rest = f;
  const scale = 2 ** -Number(bits);
  for (let i = 0; i < parts; i++) {
    let c = Number(rest) * scale;
    if (i === 0 && firstBits < 53 && c !== 0) {
      const e = Math.floor(Math.log2(Math.abs(c)));
      const q = 2 ** (e - firstBits + 1);
      c = Math.trunc(c / q) * q;
    }
    out.push(c);
    rest -= scaledBig(c, bits);
  }
  return out;
}

export interface Constants {
  /** pi/2 in four parts, the first two 33 bits long so that k * part is exact for |k| < 2**19. */
  halfPi: number[];
  pi: number[];
  /** Normalized double-double pi/2. */
  halfPiDD: number[];
  /** 1/n! as [hi, lo] for n = 0..30. */
  invFact: [number, number][];
}

let constants: Constants | null = null;

export function ddConstants(): Constants {
  if (constants) return constants;
  const pi = piFixed(P);
  const halfPi = pi >> 1n;
  const hp0 = splitFixed(halfPi, P, 1, 33)[0];
  const rest0 = halfPi - scaledBig(hp0, P);
  const hp1 = splitFixed(rest0, P, 1, 33)[0];
  const rest1 = rest0 - scaledBig(hp1, P);
  const invFact: [number, number][] = [];
  let fact = 1n;
  for (let n = 0n; n <= 30n; n++) {
    if (n > 0n) fact *= n;
    const [h, l] = splitFixed(ONE / fact, P, 2);
    invFact.push([h, l]);
  }
  constants = {
    halfPi: [hp0, hp1, ...splitFixed(rest1, P, 2)],
    pi: splitFixed(pi, P, 3),
    halfPiDD: splitFixed(halfPi, P, 2),
    invFact,
  };
  return constants;
}
