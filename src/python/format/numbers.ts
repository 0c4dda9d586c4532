// Python's text forms of numbers: int/float parsing, int to decimal text, rounding as CPython does it.

import { NEGATIVE_NAN } from '../runtime/floatBits';
import { NativeRaise } from '../errors';
import { doubleToString, fixedDigits } from './dtoa';
import { asciiDigitsAndSpaces } from './unicodeDigits';
import { strRepr } from './strRepr';
import { activeHeap } from '../runtime/heap';

export { floatRepr, exactDigits } from './dtoa';

/** sys.int_info.default_max_str_digits: base-10 conversions of longer ints raise ValueError. */
export const INT_MAX_STR_DIGITS = 4300;
/** sys.int_info.str_digits_check_threshold: the smallest limit sys.set_int_max_str_digits accepts (besides 0). */
export const INT_STR_DIGITS_THRESHOLD = 640;

/** str(int) in base 10, refusing more digits than sys.get_int_max_str_digits() as CPython 3.11 does. */
export function intToDecimal(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  const limit = activeHeap().intMaxStrDigits;
  if (limit > 0 && s.length - (v < 0n ? 1 : 0) > limit) {
    throw new NativeRaise('ValueError', `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** PyLong_FromString's check, made once the digits are scanned (before any trailing text is looked at). */
export function checkIntDigitCount(count: number, base: number): void {
  if ((base & (base - 1)) === 0 || count <= INT_STR_DIGITS_THRESHOLD) return;
  const limit = activeHeap().intMaxStrDigits;
  if (limit > 0 && count > limit) {
    throw new NativeRaise('ValueError', `Exceeds the limit (${limit} digits) for integer string conversion: value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
}

/** repr(s) cut to 200 characters, as `%.200R` in CPython's messages. */
function reprCut(repr: string): string {
  const chars = [...repr];
  return chars.length > 200 ? chars.slice(0, 200).join('') : repr;
}

const isAsciiSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/** Removes underscores that sit between digits; null when one doesn't (_Py_string_to_number_with_underscores). */
export function withoutUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let out = '';
  let prev = '';
  for (const c of s) {
    if (c === '_') {
      if (!(prev >= '0' && prev <= '9')) return null;
    } else {
      if (prev === '_' && !(c >= '0' && c <= '9')) return null;
      out += c;
    }
    prev = c;
  }
  return prev === '_' ? null : out;
}

const FLOAT_TEXT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** float(s) for a str (float_from_string_inner). */
export function parseFloat(text: string, reprOf: (s: string) => string = strRepr): number {
  let s = asciiDigitsAndSpaces(text);
  let a = 0, b = s.length;
  while (a < b && isAsciiSpace(s[a])) a++;
  while (b > a && isAsciiSpace(s[b - 1])) b--;
  s = s.slice(a, b);
  const plain = withoutUnderscores(s);
  if (plain === null || !FLOAT_TEXT.test(plain)) throw new NativeRaise('ValueError', `could not convert string to float: ${reprOf(text)}`);
  const body = plain.replace(/^[+-]/, '').toLowerCase();
  const negative = plain.startsWith('-');
  if (body === 'nan') return negative ? NEGATIVE_NAN : NaN;
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  return Number(plain);
}

/** What PyLong_FromString read: the value, how many digits spelled it and the base it settled on (base 0's prefix). */
export interface ParsedInt {
  value: bigint | number;
  digitCount: number;
  base: number;
}

/** int(s, base) for a str (PyLong_FromString after the Unicode digits and spaces became ASCII). */
export function parseIntText(text: string, base: number, reprOf: (s: string) => string = strRepr): ParsedInt {
  if ((base !== 0 && base < 2) || base > 36) throw new NativeRaise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const s = asciiDigitsAndSpaces(text);
  const givenBase = base;
  const fail = (): never => {
    throw new NativeRaise('ValueError', `invalid literal for int() with base ${givenBase}: ${reprCut(reprOf(text))}`);
  };
  let i = 0;
  while (i < s.length && isAsciiSpace(s[i])) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  const p = s[i + 1]?.toLowerCase();
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (p === 'x') base = 16;
    else if (p === 'o') base = 8;
    else if (p === 'b') base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (s[i] === '0' && ((base === 16 && p === 'x') || (base === 8 && p === 'o') || (base === 2 && p === 'b'))) {
    i += 2;
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') fail();
  let digits = '';
  let prev = '';
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') {
      if (prev === '_') fail();
    } else {
      const d = digitValue(c);
      if (d >= base) break;
      digits += c;
    }
    prev = c;
  }
  if (prev === '_' || digits === '') fail();
  checkIntDigitCount(digits.length, base);
  while (i < s.length && isAsciiSpace(s[i])) i++;
  if (i < s.length) fail();
  let v: bigint | number;
  if (base === 10 && digits.length <= 15) v = Number(digits);
  else if (base === 10) v = BigInt(digits);
  else if (base === 16 || base === 8 || base === 2) v = BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + digits);
  else {
    let acc = 0n;
    const B = BigInt(base);
    for (const c of digits) acc = acc * B + BigInt(digitValue(c));
    v = acc;
  }
  if (errorIfNonzero && v !== 0 && v !== 0n) fail();
  if (negative) v = typeof v === 'number' ? -v : -v;
  return { value: typeof v === 'number' ? v + 0 : v, digitCount: digits.length, base };
}

/** Value of an ASCII digit or letter in bases up to 36; 99 for anything else. */
function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

/** int(x) for a float: truncation toward zero. */
export function floatToIntTruncate(x: number): bigint | number {
  if (Number.isNaN(x)) throw new NativeRaise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new NativeRaise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** C's round(): half away from zero. */
function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/** round(x) for a float: to the nearest integer value, halves to even (still a double). */
export function roundFloatToIntegral(x: number): number {
  const r = roundHalfAway(x);
  if (Math.abs(x - r) === 0.5) return 2 * roundHalfAway(x / 2);
  return r;
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for floats (float___round___impl / double_round): dtoa mode 3 then back to a double. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  if (x === 0) return x;
  const d = fixedDigits(Math.abs(x), ndigits);
  const rounded = Number(`${d.digits || '0'}e${d.decpt - d.digits.length}`);
  if (rounded === Infinity) throw new NativeRaise('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -rounded : rounded;
}

/** round(int, ndigits < 0): to a multiple of 10**-ndigits, halves to even (_PyLong_DivmodNear). */
export function roundInt(v: bigint, ndigits: number): bigint {
  const p = 10n ** BigInt(-ndigits);
  let q = v / p;
  let r = v % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  // floor division now: v = q*p + r with 0 <= r < p.
  if (r * 2n > p || (r * 2n === p && (q & 1n) === 1n)) q += 1n;
  return q * p;
}

/** float.__repr__ text via PyOS_double_to_string: used by the percent and format() helpers too. */
export { doubleToString };
