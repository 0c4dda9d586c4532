// The format-spec mini-language for int, float and str (format(), f-strings, str.format): formatter_unicode.c.

import { NativeRaise } from '../errors';
import { doubleToString, type DoubleToStringFlags } from './dtoa';
import { intToDecimal } from './numbers';
import { decimalValue } from './unicodeDigits';

export interface FormatSpec {
  fill: string;
  align: string;
  /** '+', '-', ' ' or '' when not given. */
  sign: string;
  noNeg0: boolean;
  alternate: boolean;
  width: number;
  /** '', ',', '_' or '_4' (underscores every four digits in bin/oct/hex). */
  thousands: string;
  precision: number;
  type: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

function charCode(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

/** get_integer: decimal digits (any Unicode Nd) from pos; [value, count, newPos]. */
function readInteger(chars: string[], pos: number): [number, number, number] {
  let acc = 0n;
  let n = 0;
  while (pos < chars.length) {
    const d = decimalValue(chars[pos]);
    if (d < 0) break;
    acc = acc * 10n + BigInt(d);
    if (acc > PY_SSIZE_T_MAX) throw new NativeRaise('ValueError', 'Too many decimal digits in format string');
    pos++;
    n++;
  }
  return [Number(acc), n, pos];
}

const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';

/** parse_internal_render_format_spec. */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const chars = [...spec];
  const end = chars.length;
  let pos = 0;
  const f: FormatSpec = { fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false, width: -1, thousands: '', precision: -1, type: defaultType };
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(chars[pos + 1])) {
    f.align = chars[pos + 1];
    f.fill = chars[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(chars[pos])) {
    f.align = chars[pos];
    alignSpecified = true;
    pos++;
  }
  if (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ') f.sign = chars[pos++];
  if (chars[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (chars[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && chars[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let consumed: number;
  [f.width, consumed, pos] = readInteger(chars, pos);
  if (consumed === 0) f.width = -1;
  if (chars[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (chars[pos] === '_') {
    if (f.thousands) throw new NativeRaise('ValueError', "Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (chars[pos] === ',' && f.thousands === '_') throw new NativeRaise('ValueError', "Cannot specify both ',' and '_'.");
  if (chars[pos] === '.') {
    pos++;
    [f.precision, consumed, pos] = readInteger(chars, pos);
    if (consumed === 0) throw new NativeRaise('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) throw new NativeRaise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = chars[pos];
  if (f.thousands) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        // Underscores every four digits in bin/oct/hex; commas are refused below.
        if (f.thousands !== '_') throw new NativeRaise('ValueError', `Cannot specify '${f.thousands}' with '${charCode(f.type)}'.`);
        f.thousands = '_4';
        break;
      default:
        throw new NativeRaise('ValueError', `Cannot specify '${f.thousands}' with '${charCode(f.type)}'.`);
    }
  }
  return f;
}

function unknownType(type: string, typeName: string): NativeRaise {
  return new NativeRaise('ValueError', `Unknown format code '${charCode(type)}' for object of type '${typeName}'`);
}

/**
 * _PyUnicode_InsertThousandsGrouping: digits grouped from the right, left-filled with zeros (and separators
 * among them) up to minWidth.
 */
function groupDigits(digits: string, minWidth: number, thousands: string): string {
  const sep = thousands === '' ? '' : thousands === ',' ? ',' : '_';
  const size = thousands === '' ? 0 : thousands === '_4' ? 4 : 3;
  let min = Math.max(0, minWidth);
  let remaining = digits.length;
  let out = '';
  let useSep = false;
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(remaining, min, 1));
      const zeros = Math.max(0, l - remaining);
      const n = Math.max(0, Math.min(remaining, l));
      out = '0'.repeat(zeros) + digits.slice(remaining - n, remaining) + (useSep ? sep : '') + out;
      useSep = true;
      remaining -= n;
      min -= l;
      if (remaining <= 0 && min <= 0) return out;
      min -= sep.length;
    }
  }
  const l = Math.max(remaining, min, 1);
  const zeros = Math.max(0, l - remaining);
  const n = Math.max(0, Math.min(remaining, l));
  return '0'.repeat(zeros) + digits.slice(remaining - n, remaining) + (useSep ? sep : '') + out;
}

/**
 * calc_number_widths + fill_number: [padding][sign][prefix][padding][grouped digits][.][remainder][padding].
 * `digits` are the integer digits; `rest` what follows them (decimal point included).
 */
function codePointCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
  }
  return n;
}

function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, hasDecimal: boolean, remainder: string, thousands: string): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  // In code points: %c's character may be astral (two UTF-16 units, one character).
  const nonDigits = sign.length + prefix.length + (hasDecimal ? 1 : 0) + codePointCount(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, thousands);
  const padding = f.width - (nonDigits + grouped.length);
  let left = 0, inner = 0, right = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': right = padding; break;
      case '^': left = Math.floor(padding / 2); right = padding - left; break;
      case '=': inner = padding; break;
      default: left = padding;
    }
  }
  const fill = f.fill;
  return fill.repeat(left) + sign + prefix + fill.repeat(inner) + grouped + (hasDecimal ? '.' : '') + remainder + fill.repeat(right);
}

/** format(int, spec); typeName for messages ('int', 'bool' or a subclass). */
export function formatInt(v: bigint | number, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimal(v);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntSpec(typeof v === 'number' ? v : v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloatForFormat(v), f);
    default:
      throw unknownType(f.type, typeName);
  }
}

function intToFloatForFormat(v: bigint | number): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new NativeRaise('OverflowError', 'int too large to convert to float');
  return x;
}

function formatIntSpec(v: bigint | number, f: FormatSpec): string {
  if (f.precision !== -1) throw new NativeRaise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) throw new NativeRaise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw new NativeRaise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new NativeRaise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    const big = typeof v === 'bigint' ? v : BigInt(v);
    if (big > 9223372036854775807n || big < -9223372036854775808n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C long');
    if (big < 0n || big > 0x10ffffn) throw new NativeRaise('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', false, String.fromCodePoint(Number(big)), '');
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const negative = v < 0;
  const abs = typeof v === 'number' ? Math.abs(v) : negative ? -v : v;
  let digits = base === 10 ? intToDecimal(abs) : abs.toString(base);
  let prefix = '';
  if (f.alternate && base !== 10) prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  if (f.type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  return layoutNumber(f, negative, prefix, digits, false, '', f.type === 'n' ? '' : f.thousands);
}

/** format(float, spec). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, f);
    default:
      throw unknownType(f.type, typeName);
  }
}

/** format_float_internal. */
function formatFloatSpec(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw new NativeRaise('ValueError', 'precision too big');
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  const flags: DoubleToStringFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  if (type === '') {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let val = x;
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let text = doubleToString(val, type, precision, flags);
  if (pct) text += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && !f.thousands) return text;
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  let end = 0;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const hasDecimal = text[end] === '.';
  const remainder = text.slice(hasDecimal ? end + 1 : end);
  return layoutNumber(f, negative, '', text.slice(0, end), hasDecimal, remainder, f.type === 'n' ? '' : f.thousands);
}

/** format(str, spec) (format_string_internal). */
export function formatStr(v: string, spec: string, typeName = 'str'): string {
  if (spec === '') return v;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownType(f.type, typeName);
  if (f.sign === ' ') throw new NativeRaise('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') throw new NativeRaise('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNeg0) throw new NativeRaise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw new NativeRaise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new NativeRaise('ValueError', "'=' alignment not allowed in string format specifier");
  let body = v;
  let len = body.length;
  if (f.precision >= 0 || f.width >= 0 || /[\ud800-\udbff]/.test(body)) {
    const cps = [...body];
    len = cps.length;
    if (f.precision >= 0 && len > f.precision) {
      body = cps.slice(0, f.precision).join('');
      len = f.precision;
    }
  }
  const total = Math.max(len, f.width);
  const left = f.align === '>' ? total - len : f.align === '^' ? Math.floor((total - len) / 2) : 0;
  return f.fill.repeat(left) + body + f.fill.repeat(total - len - left);
}

/** format(complex, spec) (format_complex_internal): both parts in the float type, the imaginary one signed. */
export function formatComplex(re: number, im: number, spec: string): string {
  const f = parseFormatSpec(spec, 'complex', '', '>');
  if (f.fill === '0' && f.align === '=') throw new NativeRaise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new NativeRaise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(f.type)) throw unknownType(f.type, 'complex');
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false, parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const flags = { alt: f.alternate, noNeg0: f.noNeg0 };
  const signOf = (text: string, forced: boolean): [string, string] => {
    if (text.startsWith('-')) return ['-', text.slice(1)];
    return [forced ? '+' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '', text];
  };
  const [reSign, reDigits] = signOf(doubleToString(re, type, precision, flags), false);
  const [imSign, imDigits] = signOf(doubleToString(im, type, precision, flags), !skipRe);
  // Each part's integer digits are grouped on their own (format_complex_internal's two fill_numbers).
  const grouped = (digits: string): string => (f.thousands ? digits.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, f.thousands)) : digits);
  const reText = grouped(reDigits), imText = grouped(imDigits);
  const body = (skipRe ? '' : reSign + reText) + imSign + imText + 'j';
  const text = parens ? `(${body})` : body;
  const n = [...text].length;
  if (f.width <= n) return text;
  const pad = f.width - n, fill = f.fill || ' ';
  if (f.align === '<') return text + fill.repeat(pad);
  if (f.align === '^') return fill.repeat(Math.floor(pad / 2)) + text + fill.repeat(pad - Math.floor(pad / 2));
  return fill.repeat(pad) + text;
}
