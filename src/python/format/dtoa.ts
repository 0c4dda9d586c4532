// Decimal digits of doubles as CPython gets them from David Gay's dtoa, and PyOS_double_to_string on top.

/** value = 0.DIGITS × 10^decpt; digits carry no trailing zeros ('' when the value rounded to zero). */
export interface DecimalDigits {
  digits: string;
  decpt: number;
}

// The bits of a double as two 32-bit words, high word at index HI (hosts are little-endian in practice).
const f64 = new Float64Array(1);
const words = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** |x| = mant × 2^exp with mant odd (x finite, non-zero); mant is a safe integer. */
export function decompose(x: number): { mant: number; exp: number } {
  f64[0] = x;
  const hi = words[HI], lo = words[LO];
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant += 4503599627370496; // the implicit 2^52 bit
    exp = expBits - 1075;
  }
  const lowWord = mant % 4294967296;
  const tz = lowWord !== 0 ? 31 - Math.clz32(lowWord & -lowWord) : 32 + (31 - Math.clz32((mant / 4294967296) & -(mant / 4294967296)));
  return { mant: mant / 2 ** tz, exp: exp + tz };
}

function stripZeros(digits: string, decpt: number): DecimalDigits {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return { digits: digits.slice(0, end), decpt };
}

/** The exact decimal expansion of a positive finite double. */
export function exactDigits(x: number): DecimalDigits {
  if (Number.isSafeInteger(x)) {
    const s = String(x);
    return stripZeros(s, s.length);
  }
  const { mant, exp } = decompose(x);
  if (exp >= 0) {
    const s = (BigInt(mant) << BigInt(exp)).toString();
    return stripZeros(s, s.length);
  }
  // mant / 2^k = mant × 5^k / 10^k: the digits of mant × 5^k with the point k places from the right.
  const s = (BigInt(mant) * 5n ** BigInt(-exp)).toString();
  return stripZeros(s, s.length + exp);
}

/** Rounds to `keep` leading digits, half to even on the exact digits (keep may be 0 or negative). */
function roundTo(d: DecimalDigits, keep: number): DecimalDigits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt };
  const first = digits.charCodeAt(keep);
  let up: boolean;
  if (first !== 53) up = first > 53;
  else if (keep + 1 < digits.length) up = true; // digits have no trailing zeros: something non-zero follows
  else up = keep > 0 && (digits.charCodeAt(keep - 1) & 1) === 1;
  if (!up) return stripZeros(digits.slice(0, keep), decpt);
  let i = keep - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1), decpt };
}

/** Digits and decimal point of a JS toFixed/toExponential mantissa string. */
function fromPlain(s: string, exp10: number | null): DecimalDigits {
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const all = dot < 0 ? s : intPart + s.slice(dot + 1);
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 48) start++;
  const decpt = (exp10 === null ? intPart.length : exp10 + 1) - start;
  return stripZeros(all.slice(start), decpt);
}

/** Shortest digits that read back as x (dtoa mode 0); x positive finite. */
export function shortestDigits(x: number): DecimalDigits {
  const s = x.toExponential();
  const e = s.indexOf('e');
  return fromPlain(s.slice(0, e), Number(s.slice(e + 1)));
}

/** n significant digits, correctly rounded half-even (dtoa mode 2); x positive finite, n >= 1. */
export function significantDigits(x: number, n: number): DecimalDigits {
  if (n <= 100 && !Number.isInteger(x)) {
    // toExponential is exact but rounds ties up: use it unless the exact expansion has about n+1 digits.
    const { mant, exp } = decompose(x);
    const exactLength = Math.floor(Math.log10(mant) + -exp * 0.6989700043360189) + 1;
    if (Math.abs(exactLength - (n + 1)) > 1) {
      const s = x.toExponential(n - 1);
      const e = s.indexOf('e');
      return fromPlain(s.slice(0, e), Number(s.slice(e + 1)));
    }
  }
  const exact = exactDigits(x);
  return roundTo(exact, n);
}

/** Digits up to n places after the point (n may be negative), half-even (dtoa mode 3); x positive finite. */
export function fixedDigits(x: number, n: number): DecimalDigits {
  if (n >= 0 && n <= 100 && x < 1e21 && !Number.isInteger(x) && decompose(x).exp !== -(n + 1)) {
    // toFixed is exact except on ties, which need exactly n+1 binary (so decimal) fraction digits.
    const r = fromPlain(x.toFixed(n), null);
    return r.digits === '' ? { digits: '', decpt: -n } : r;
  }
  const exact = exactDigits(x);
  const r = roundTo(exact, exact.decpt + n);
  return r.digits === '' ? { digits: '', decpt: -n } : r;
}

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: '+' for non-negative values. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integers in fixed notation get '.0'. */
  addDot0?: boolean;
  /** Py_DTSF_ALT: keep the decimal point and trailing zeros ('#'). */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: a value that rounds to zero loses its minus sign ('z'). */
  noNeg0?: boolean;
}

/**
 * PyOS_double_to_string: code 'e' 'f' 'g' 'r' (or upper case for 'E' 'F' 'G'), as CPython formats floats
 * for repr, str, format() and %-formatting.
 */
export function doubleToString(x: number, code: string, precision: number, flags: DoubleToStringFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lower = upper ? code.toLowerCase() : code;
  let mode: number;
  if (lower === 'e') {
    mode = 2;
    precision++;
  } else if (lower === 'f') mode = 3;
  else if (lower === 'g') {
    mode = 2;
    if (precision === 0) precision = 1;
  } else mode = 0;
  return formatFloatShort(x, lower, mode, precision, flags, upper);
}

/** format_float_short from Python/pystrtod.c. */
function formatFloatShort(x: number, code: string, mode: number, precision: number, flags: DoubleToStringFlags, upper: boolean): string {
  if (!Number.isFinite(x)) {
    const body = Number.isNaN(x) ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf';
    if (x === -Infinity) return '-' + body;
    return (flags.sign ? '+' : '') + body;
  }
  let negative = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let d: DecimalDigits;
  if (ax === 0) d = { digits: '0', decpt: 1 };
  else if (mode === 0) d = shortestDigits(ax);
  else if (mode === 2) d = significantDigits(ax, precision);
  else d = fixedDigits(ax, precision);
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  if (flags.noNeg0 && negative && (digitsLen === 0 || digits === '0')) negative = false;

  let vdigitsEnd = digitsLen;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vdigitsEnd = precision;
      break;
    default: // 'r': exponent form from 1e16 on
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else out += '0'.repeat(vdigitsEnd - digitsLen);
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/** repr(float): shortest round-trip digits, exponent form below 1e-4 and from 1e16 (float_repr). */
export function floatRepr(x: number): string {
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    // JS prints this range positionally with the same shortest digits.
    const s = String(x);
    return s.includes('.') ? s : s + '.0';
  }
  return doubleToString(x, 'r', 0, { addDot0: true });
}
