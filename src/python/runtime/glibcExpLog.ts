// exp, log and pow exactly as glibc 2.36 computes them on x86-64 with FMA (Arm's optimized-routines
// algorithms, MIT licensed): the same tables, operations and fused multiply-adds, so results match bit for bit.

import {
  EXP2_CONSTANTS, EXP_CONSTANTS, EXP_HEAD, EXP_TAIL, LOG2_CONSTANTS, LOG2_TABLE, LOG2_TABLE2, LOG_CONSTANTS, LOG_TABLE,
  POW_LOG_CONSTANTS, POW_LOG_TABLE,
} from './glibcTables';

// The bits of a double as two 32-bit words, high word at index HI (hosts are little-endian in practice).
const f64 = new Float64Array(1);
const words = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;
const SPLITTER = 134217729;

/** 2**e for -1022 <= e <= 1023, built from its bits. */
function pow2(e: number): number {
  words[LO] = 0;
  words[HI] = (e + 1023) << 20;
  return f64[0];
}

/**
 * fma(a, b, c) rounded once. a*b is split exactly (Dekker), c added exactly (Knuth); the only double rounding
 * left is when the two-step sum sits exactly half-way between doubles, which is detected and corrected.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (p === 0 || !Number.isFinite(p) || !Number.isFinite(c)) return p + c;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  const pl = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const th = c + p;
  let bb = th - c;
  const tl = (c - (th - bb)) + (p - bb);
  const s = tl + pl;
  bb = s - tl;
  const e = (tl - (s - bb)) + (pl - bb);
  const r = th + s;
  if (e === 0) return r;
  bb = r - th;
  const d = (th - (r - bb)) + (s - bb);
  // th + s exactly half-way between r and its neighbour: e decides the side.
  if (d !== 0 && (e > 0) === (d > 0) && r + 2 * d - r === 2 * d) return r + 2 * d;
  return r;
}

const [INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, C2, C3, C4, C5, SHIFT] = EXP_CONSTANTS;

/** sign * exp(x + xtail), the shared tail of exp and pow (exp_inline / __exp). */
function expInline(x: number, xtail: number, negative: boolean): number {
  const ax = Math.abs(x);
  let special = false;
  if (!(ax >= 2 ** -54 && ax < 512)) {
    if (ax < 2 ** -54) {
      const one = 1.0 + x;
      return negative ? -one : one;
    }
    // |x| >= 1024: overflow or underflow
    if (ax >= 1024) return x < 0 ? (negative ? -0 : 0) : negative ? -Infinity : Infinity;
    special = true; // |x| in [512, 1024)
  }
  let kd = fma(INV_LN2_N, x, SHIFT);
  kd -= SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  r += xtail;
  const j = ((kd % 128) + 128) % 128;
  const e = (kd - j) / 128;
  const tail = EXP_TAIL[j];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  let y: number;
  if (special) y = expSpecialCase(tmp, EXP_HEAD[j], e);
  else {
    const scale = EXP_HEAD[j] * pow2(e);
    y = fma(scale, tmp, scale);
  }
  return negative ? -y : y;
}

/** specialcase: scale * (1 + tmp) when the result may overflow or be subnormal. */
function expSpecialCase(tmp: number, head: number, e: number, fused = true): number {
  if (e >= 0) {
    const scale = head * 2 ** (e - 1009);
    const y = fused ? fma(scale, tmp, scale) : scale + scale * tmp;
    return y * 2 ** 1009;
  }
  const scale = head * 2 ** (e + 1022);
  let y = fused ? fma(scale, tmp, scale) : scale + scale * tmp;
  if (Math.abs(y) < 1.0) {
    // Round to the subnormal precision once, before scaling down.
    const one = y < 0 ? -1.0 : 1.0;
    let lo = fused ? fma(scale, tmp, scale - y) : scale - y + scale * tmp;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = 0;
  }
  return 2 ** -1022 * y;
}

/** exp(x) for any double. */
export function glibcExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  return expInline(x, 0, false);
}

const [LN2_HI, LN2_LO, A0, A1, A2, A3, A4, B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = LOG_CONSTANTS;
const LOG_OFF = 0x3fe60000; // high word of the table range start

/** log(x) for x > 0 finite (errors and specials are the caller's). */
export function glibcLog(x: number): number {
  if (x === 1) return 0;
  if (x >= 0.9375 && x < 1.064697265625) {
    // Close to 1: a polynomial in r = x - 1.
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const i3 = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
    const i2 = fma(r3, i3, fma(r2, B6, fma(r, B5, B4)));
    const i1 = fma(r3, i2, fma(r2, B3, fma(r, B2, B1)));
    const w0 = r * 134217728;
    const rhi = r + w0 - w0;
    const rlo = r - rhi;
    const w = rhi * rhi * B0;
    const hi = r + w;
    let lo = r - hi + w;
    lo = fma(B0 * rlo, rhi + r, lo);
    let y = fma(r3, i1, lo);
    y += hi;
    return y;
  }
  let scaled = x;
  let kAdjust = 0;
  if (x < 2 ** -1022) {
    scaled = x * 4503599627370496;
    kAdjust = -52;
  }
  f64[0] = scaled;
  const hiWord = words[HI];
  // tmp = ix - OFF in the high word (the low word is unchanged by OFF).
  const tmpHi = (hiWord - LOG_OFF) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi >> 20) + kAdjust;
  words[HI] = hiWord - (tmpHi & 0xfff00000);
  const z = f64[0];
  const invc = LOG_TABLE[2 * i], logc = LOG_TABLE[2 * i + 1];
  const r = fma(z, invc, -1.0);
  const kd = k;
  const w = fma(kd, LN2_HI, logc);
  const hi = w + r;
  const lo = fma(kd, LN2_LO, w - hi + r);
  const r2 = r * r;
  const s1 = fma(r2, A0, lo);
  const p = fma(r2, fma(r, A4, A3), fma(r, A2, A1));
  return fma(r * r2, p, s1) + hi;
}

const [PLN2_HI, PLN2_LO, PA0, PA1, PA2, PA3, PA4, PA5, PA6] = POW_LOG_CONSTANTS;
const POW_OFF = 0x3fe69555; // high word of 0x3fe6955500000000

/** log_inline of pow: [y, tail] with y + tail = log(x) to about 68 bits; x positive finite. */
function powLog(x: number): [number, number] {
  let kAdjust = 0;
  if (x < 2 ** -1022) {
    // Subnormal x: normalized, its exponent taken off k.
    x *= 4503599627370496;
    kAdjust = -52;
  }
  f64[0] = x;
  const hiWord = words[HI];
  const tmpHi = (hiWord - POW_OFF) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi >> 20) + kAdjust;
  words[HI] = hiWord - (tmpHi & 0xfff00000);
  const z = f64[0];
  const invc = POW_LOG_TABLE[3 * i], logc = POW_LOG_TABLE[3 * i + 1], logctail = POW_LOG_TABLE[3 * i + 2];
  const r = fma(z, invc, -1.0);
  const kd = k;
  const t1 = fma(kd, PLN2_HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(kd, PLN2_LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = PA0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const q1 = fma(ar2, fma(ar2, fma(r, PA6, PA5), fma(r, PA4, PA3)), fma(r, PA2, PA1));
  const lo = fma(ar3, q1, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  return [y, hi - y + lo];
}

/** pow(x, y) for finite x > 0, x != 1, and finite y != 0; `negative` gives the odd-power sign of a negative base. */
export function glibcPow(x: number, y: number, negative = false): number {
  const ay = Math.abs(y);
  if (!(ay >= 2 ** -65 && ay < 2 ** 63)) {
    if (ay < 2 ** -65) return x > 1.0 ? 1.0 + y : 1.0 - y;
    const big = (x > 1.0) === (y > 0);
    return big ? (negative ? -Infinity : Infinity) : negative ? -0 : 0;
  }
  const [hi, lo] = powLog(x);
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo, negative);
}

const [SHIFT2, E2C1, E2C2, E2C3, E2C4, E2C5] = EXP2_CONSTANTS;

/** exp2(x). glibc has no FMA build of exp2: its sums and products round separately. */
export function glibcExp2(x: number): number {
  const fused = false;
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  const ax = Math.abs(x);
  let special = false;
  if (!(ax >= 2 ** -54 && ax < 512)) {
    if (ax < 2 ** -54) return 1.0 + x;
    if (ax >= 1024) {
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (ax > 928) special = true;
  }
  let kd = x + SHIFT2;
  kd -= SHIFT2; // k/128
  const k = kd * 128;
  const r = x - kd;
  const j = ((k % 128) + 128) % 128;
  const e = (k - j) / 128;
  const tail = EXP_TAIL[j];
  const r2 = r * r;
  const tmp = fused
    ? fma(r2 * r2, fma(r, E2C5, E2C4), fma(r2, fma(r, E2C3, E2C2), fma(r, E2C1, tail)))
    : tail + r * E2C1 + r2 * (E2C2 + r * E2C3) + r2 * r2 * (E2C4 + r * E2C5);
  if (special) return expSpecialCase(tmp, EXP_HEAD[j], e, fused);
  const scale = EXP_HEAD[j] * pow2(e);
  return fused ? fma(scale, tmp, scale) : scale + scale * tmp;
}

const [INV_LN2_HI, INV_LN2_LO, L2A0, L2A1, L2A2, L2A3, L2A4, L2A5, L2B0, L2B1, L2B2, L2B3, L2B4, L2B5, L2B6, L2B7, L2B8, L2B9] = LOG2_CONSTANTS;

/** The high 21 bits of x's significand kept (x & -1 << 32). */
function highPart(x: number): number {
  f64[0] = x;
  words[LO] = 0;
  return f64[0];
}

/** log2(x) for x > 0 finite, as glibc's FMA build computes it (the plain build's steps kept alongside). */
export function glibcLog2(x: number): number {
  const fused = true;
  if (x === 1) return 0;
  if (x >= 1.0 - 0.04239702224731445 && x < 1.0 + 0.044274330139160156) {
    const r = x - 1.0;
    let hi: number, lo: number;
    if (fused) {
      hi = r * INV_LN2_HI;
      lo = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -hi));
    } else {
      const rhi = highPart(r), rlo = r - rhi;
      hi = rhi * INV_LN2_HI;
      lo = rlo * INV_LN2_HI + r * INV_LN2_LO;
    }
    const r2 = r * r;
    const r4 = r2 * r2;
    let y: number;
    if (fused) {
      const q = fma(r, L2B1, L2B0);
      y = fma(r2, q, hi);
      lo += fma(r2, q, hi - y);
      const inner2 = fma(r2, fma(r, L2B9, L2B8), fma(r, L2B7, L2B6));
      const inner1 = fma(r4, inner2, fma(r2, fma(r, L2B5, L2B4), fma(r, L2B3, L2B2)));
      lo = fma(r4, inner1, lo);
    } else {
      const p = r2 * (L2B0 + r * L2B1);
      y = hi + p;
      lo += hi - y + p;
      lo += r4 * (L2B2 + r * L2B3 + r2 * (L2B4 + r * L2B5) + r4 * (L2B6 + r * L2B7 + r2 * (L2B8 + r * L2B9)));
    }
    return y + lo;
  }
  let scaled = x;
  let kAdjust = 0;
  if (x < 2 ** -1022) {
    scaled = x * 4503599627370496;
    kAdjust = -52;
  }
  f64[0] = scaled;
  const hiWord = words[HI];
  const tmpHi = (hiWord - LOG_OFF) | 0;
  const i = (tmpHi >>> 14) & 63;
  const k = (tmpHi >> 20) + kAdjust;
  words[HI] = hiWord - (tmpHi & 0xfff00000);
  const z = f64[0];
  const invc = LOG2_TABLE[2 * i], logc = LOG2_TABLE[2 * i + 1];
  let r: number, t1: number, t2: number;
  if (fused) {
    r = fma(z, invc, -1.0);
    t1 = r * INV_LN2_HI;
    t2 = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -t1));
  } else {
    r = (z - LOG2_TABLE2[2 * i] - LOG2_TABLE2[2 * i + 1]) * invc;
    const rhi = highPart(r), rlo = r - rhi;
    t1 = rhi * INV_LN2_HI;
    t2 = rlo * INV_LN2_HI + r * INV_LN2_LO;
  }
  const t3 = k + logc;
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  if (fused) {
    const p = fma(r4, fma(r, L2A5, L2A4), fma(r2, fma(r, L2A3, L2A2), fma(r, L2A1, L2A0)));
    return fma(r2, p, lo) + hi;
  }
  const p = L2A0 + r * L2A1 + r2 * (L2A2 + r * L2A3) + r4 * (L2A4 + r * L2A5);
  return lo + r2 * p + hi;
}
