// The text side of printf-style `str % args`: one converted argument's digits and its padding (unicodeobject.c).

import { doubleToString } from './dtoa';
import { intToDecimal } from './numbers';

export interface PrintfSpec {
  /** The conversion character: s r a c d i u o x X e E f F g G. */
  conv: string;
  ljust: boolean;
  sign: boolean;
  blank: boolean;
  alt: boolean;
  zero: boolean;
  /** -1 when not given. */
  width: number;
  /** -1 when not given. */
  prec: number;
}

/** _PyUnicode_FormatLong: '-'?('0x'|'0X'|'0o')?digits with at least `prec` digits. */
export function formatPrintfInt(v: bigint | number, spec: PrintfSpec): string {
  const conv = spec.conv;
  const negative = v < 0;
  const abs = typeof v === 'number' ? Math.abs(v) : negative ? -v : v;
  let digits: string;
  let prefix = '';
  if (conv === 'o') {
    digits = abs.toString(8);
    if (spec.alt) prefix = '0o';
  } else if (conv === 'x' || conv === 'X') {
    digits = abs.toString(16);
    if (spec.alt) prefix = '0x';
  } else digits = intToDecimal(abs);
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  const text = (negative ? '-' : '') + prefix + digits;
  return conv === 'X' ? text.toUpperCase() : text;
}

/** formatfloat: PyOS_double_to_string with precision 6 by default and '#' as the alternate form. */
export function formatPrintfFloat(x: number, spec: PrintfSpec): string {
  return doubleToString(x, spec.conv, spec.prec < 0 ? 6 : spec.prec, { alt: spec.alt });
}

/**
 * unicode_format_arg_output: truncation for s/r/a, then sign, 0x/0o prefix and padding. `numeric` for the
 * number conversions (CPython's arg->sign), which take '+', ' ' and '0'.
 */
export function padPrintf(text: string, spec: PrintfSpec, numeric: boolean): string {
  const conv = spec.conv;
  let chars = [...text];
  let len = chars.length;
  if ((spec.width === -1 || spec.width <= len) && (spec.prec === -1 || spec.prec >= len) && !spec.sign && !spec.blank) return text;
  if ((conv === 's' || conv === 'r' || conv === 'a') && spec.prec >= 0 && len > spec.prec) {
    chars = chars.slice(0, spec.prec);
    len = spec.prec;
  }
  const fill = numeric && spec.zero ? '0' : ' ';
  let pos = 0;
  let signChar = '';
  let hasSign = numeric;
  if (hasSign) {
    const ch = chars[0];
    if (ch === '-' || ch === '+') {
      signChar = ch;
      len--;
      pos++;
    } else if (spec.sign) signChar = '+';
    else if (spec.blank) signChar = ' ';
    else hasSign = false;
  }
  let width = Math.max(spec.width, len);
  let out = '';
  if (hasSign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const hasPrefix = spec.alt && (conv === 'x' || conv === 'X' || conv === 'o');
  if (hasPrefix) {
    if (fill !== ' ') {
      out += chars[pos] + chars[pos + 1];
      pos += 2;
    }
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !spec.ljust) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (hasSign) out += signChar;
    if (hasPrefix) {
      out += chars[pos] + chars[pos + 1];
      pos += 2;
    }
  }
  out += chars.slice(pos, pos + len).join('');
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
