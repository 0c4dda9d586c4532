// Python's text forms of numbers: float repr, int/float parsing, rounding as CPython does it.

import { NativeRaise } from '../errors';

/** repr(float): shortest round-trip digits; exponent form when exp < -4 or >= 16, as CPython's float_repr. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, expPart] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expPart);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp >= 0) {
    const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits + '0'.repeat(exp + 1 - digits.length);
    const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
    return `${sign}${intPart}.${frac}`;
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

function quoteForError(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

/** float(s) for a str. */
export function parseFloat(text: string): number {
  const s = text.trim().toLowerCase();
  const valid = /^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*|\d(_?\d)*\.)(e[+-]?\d(_?\d)*)?$/.test(s);
  const special = /^[+-]?(inf|infinity|nan)$/.test(s);
  if (!valid && !special) throw new NativeRaise('ValueError', `could not convert string to float: ${quoteForError(text)}`);
  if (special) {
    const neg = s.startsWith('-');
    if (s.includes('nan')) return NaN;
    return neg ? -Infinity : Infinity;
  }
  return Number(s.replace(/_/g, ''));
}

/** int(s, base) for a str. */
export function parseIntLiteral(text: string, base: number): bigint {
  const fail = (): never => {
    throw new NativeRaise('ValueError', `invalid literal for int() with base ${base}: ${quoteForError(text)}`);
  };
  if (base !== 0 && (base < 2 || base > 36)) throw new NativeRaise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  let s = text.trim();
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const prefix = /^0([xXoObB])/.exec(s);
  if (prefix) {
    const p = prefix[1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : 2;
    if (b === 0 || b === pb) {
      b = pb;
      s = s.slice(2);
      if (s.startsWith('_')) s = s.slice(1);
    }
  }
  if (b === 0) {
    if (/^0+(_?0)*$/.test(s)) return 0n;
    if (s.startsWith('0')) fail();
    b = 10;
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) fail();
  const digits = s.replace(/_/g, '').toLowerCase();
  let v = 0n;
  const B = BigInt(b);
  for (const ch of digits) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= b) fail();
    v = v * B + BigInt(d);
  }
  return neg ? -v : v;
}

export function intToString(v: bigint, base = 10): string {
  return v.toString(base);
}

/** int(x) for a float: truncation toward zero. */
export function floatToIntTruncate(x: number): bigint {
  if (Number.isNaN(x)) throw new NativeRaise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new NativeRaise('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** round(x, ndigits) for floats: correctly rounded half-even on the exact binary value, as CPython. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 22) return x;
  if (ndigits < -308) return 0 * Math.sign(x);
  // Exact decimal expansion of x decides the rounding, as CPython's dtoa-based round does.
  const exact = exactDecimal(Math.abs(x));
  const [intPart, fracPart = ''] = exact.split('.');
  let digits: string;
  let pointPos: number;
  if (ndigits >= 0) {
    digits = intPart + fracPart.padEnd(ndigits, '0').slice(0, ndigits);
    pointPos = intPart.length;
    const rest = fracPart.slice(ndigits);
    digits = roundDigits(digits, rest);
  } else {
    const keep = intPart.length + ndigits;
    if (keep < 0) return 0 * Math.sign(x);
    const rest = intPart.slice(Math.max(keep, 0)) + fracPart;
    digits = roundDigits(intPart.slice(0, keep) || '0', rest) + '0'.repeat(-ndigits);
    pointPos = digits.length;
  }
  const intDigits = digits.slice(0, digits.length - (ndigits >= 0 ? ndigits : 0));
  const fracDigits = ndigits >= 0 ? digits.slice(digits.length - ndigits) : '';
  void pointPos;
  const result = Number(`${intDigits || '0'}${fracDigits ? '.' + fracDigits : ''}`);
  return x < 0 ? -result : result;
}

/** Rounds the decimal digit string `kept` using the discarded digits `rest`, half to even. */
function roundDigits(kept: string, rest: string): string {
  const first = rest[0] ?? '0';
  const beyond = rest.slice(1).replace(/0/g, '') !== '';
  const lastDigit = Number(kept[kept.length - 1] ?? '0');
  const up = first > '5' || (first === '5' && (beyond || lastDigit % 2 === 1));
  if (!up) return kept;
  const n = BigInt(kept || '0') + 1n;
  return n.toString().padStart(kept.length, '0');
}

/** The exact decimal expansion of a non-negative finite double. */
export function exactDecimal(x: number): string {
  if (Number.isInteger(x)) return BigInt(x).toString();
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  // x = mant * 2^exp with exp < 0 here: multiply by 5^-exp to get a decimal with -exp fraction digits.
  const scaled = mant * 5n ** BigInt(-exp);
  const s = scaled.toString().padStart(-exp + 1, '0');
  const intPart = s.slice(0, s.length + exp);
  const frac = s.slice(s.length + exp).replace(/0+$/, '');
  return `${intPart || '0'}.${frac || '0'}`;
}

/** round(int, negative ndigits): half to even. */
export function roundInt(v: bigint, ndigits: number): bigint {
  const p = 10n ** BigInt(-ndigits);
  const q = v / p;
  const r = v % p;
  const absR = r < 0n ? -r : r;
  let out = q;
  if (absR * 2n > p || (absR * 2n === p && q % 2n !== 0n)) out += v < 0n ? -1n : 1n;
  return out * p;
}
