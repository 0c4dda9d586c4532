// The format-spec mini-language for int, float and str (format(), f-strings, str.format), and str repr.

import { NativeRaise } from '../errors';
import { floatRepr, exactDecimal } from './numbers';
import { Prop, hasProp } from '../runtime/unicode/charProps';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!m) throw new NativeRaise('ValueError', 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : ''),
    sign: m[3] ?? '-',
    alternate: !!m[4],
    zero: !!m[5],
    width: m[6] ? Number(m[6]) : 0,
    grouping: m[7] ?? '',
    precision: m[8] !== undefined ? Number(m[8]) : null,
    type: m[9] ?? '',
  };
}

function group(intDigits: string, sep: string, every: number): string {
  if (!sep) return intDigits;
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % every === 0) out += sep;
    out += intDigits[i];
  }
  return out;
}

/** Pads sign + body to the width with fill and alignment ('=' puts padding after the sign). */
function pad(sign: string, body: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const len = [...sign].length + [...body].length;
  const n = Math.max(0, s.width - len);
  if (n === 0) return sign + body;
  const fill = s.fill;
  switch (align) {
    case '<': return sign + body + fill.repeat(n);
    case '>': return fill.repeat(n) + sign + body;
    case '^': return fill.repeat(Math.floor(n / 2)) + sign + body + fill.repeat(n - Math.floor(n / 2));
    default: return sign + fill.repeat(n) + body;
  }
}

function signOf(negative: boolean, s: Spec): string {
  if (negative) return '-';
  return s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

/** Zero padding with grouping inserts separators in the padding too, as CPython does. */
function zeroPadGrouped(digits: string, s: Spec, signLen: number, sepEvery: number): string {
  if (!(s.zero && s.fill === '0' && (s.align === '=' || s.align === '')) || !s.grouping) return group(digits, s.grouping, sepEvery);
  let d = digits;
  let grouped = group(d, s.grouping, sepEvery);
  while (grouped.length + signLen < s.width) {
    d = '0' + d;
    grouped = group(d, s.grouping, sepEvery);
  }
  return grouped;
}

export function formatInt(v: bigint, spec: string): string {
  const s = parseSpec(spec);
  if (s.precision !== null) throw new NativeRaise('ValueError', 'Precision not allowed in integer format specifier');
  const t = s.type || 'd';
  if ('eEfFgG%'.includes(t)) return formatFloat(Number(v), spec);
  if (t === 'c') return pad('', String.fromCodePoint(Number(v)), s, '<');
  if (t === 's') throw new NativeRaise('ValueError', "Unknown format code 's' for object of type 'int'");
  const base = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : t === 'd' || t === 'n' ? 10 : 0;
  if (base === 0) throw new NativeRaise('ValueError', `Unknown format code '${t}' for object of type 'int'`);
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(base);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = s.alternate ? (t === 'b' ? '0b' : t === 'o' ? '0o' : t === 'x' ? '0x' : t === 'X' ? '0X' : '') : '';
  const sign = signOf(neg, s) + prefix;
  const body = zeroPadGrouped(digits, s, sign.length, base === 10 ? 3 : 4);
  return pad(sign, body, s, '>');
}

/** Fixed notation with exactly `precision` digits after the point, correctly rounded (half even on exact value). */
function toFixed(x: number, precision: number): string {
  if (precision <= 20 && Math.abs(x) < 1e21) {
    const exact = exactDecimal(x);
    const [ip, fp = ''] = exact.split('.');
    const kept = ip + fp.padEnd(precision, '0').slice(0, precision);
    const rest = fp.slice(precision);
    const first = rest[0] ?? '0';
    const beyond = rest.slice(1).replace(/0/g, '') !== '';
    const last = Number(kept[kept.length - 1]);
    const up = first > '5' || (first === '5' && (beyond || last % 2 === 1));
    let n = BigInt(kept);
    if (up) n += 1n;
    let str = n.toString().padStart(precision + 1, '0');
    if (precision > 0) str = str.slice(0, str.length - precision) + '.' + str.slice(str.length - precision);
    return str;
  }
  return x.toFixed(Math.min(precision, 100));
}

function toExponent(x: number, precision: number, upper: boolean): string {
  let str = x.toExponential(precision);
  // JS rounds half away from zero on the decimal string; fine for display of most values.
  str = str.replace(/e([+-])(\d)$/, 'e$10$2');
  return upper ? str.toUpperCase() : str;
}

function formatFinite(x: number, s: Spec): string {
  const t = s.type;
  const p = s.precision;
  switch (t) {
    case 'f': case 'F': return toFixed(x, p ?? 6);
    case 'e': case 'E': return toExponent(x, p ?? 6, t === 'E');
    case '%': return toFixed(x * 100, p ?? 6) + '%';
    case 'g': case 'G': case 'n': {
      const prec = p === null ? 6 : p === 0 ? 1 : p;
      if (x === 0) return s.alternate ? '0.' + '0'.repeat(prec - 1) : '0';
      const exp = Number(x.toExponential(prec - 1).split('e')[1]);
      let out: string;
      if (exp >= -4 && exp < prec) {
        out = toFixed(x, prec - 1 - exp);
        if (!s.alternate && out.includes('.')) out = out.replace(/\.?0+$/, '');
      } else {
        out = toExponent(x, prec - 1, t === 'G');
        if (!s.alternate) out = out.replace(/\.?0+e/, 'e').replace(/\.?0+E/, 'E');
      }
      return out;
    }
    default: {
      if (p === null) return floatRepr(x);
      // No type with precision: like 'g' but always at least one digit after the point when fixed.
      const exp = Number(x.toExponential(Math.max(p - 1, 0)).split('e')[1]);
      if (exp >= -4 && exp < p) {
        let out = toFixed(x, Math.max(p - 1 - exp, 0)).replace(/(\.\d*?)0+$/, '$1');
        if (out.endsWith('.')) out += '0';
        if (!out.includes('.')) out += '.0';
        return out;
      }
      return toExponent(x, Math.max(p - 1, 0), false).replace(/\.?0+e/, 'e');
    }
  }
}

export function formatFloat(x: number, spec: string): string {
  const s = parseSpec(spec);
  if (!'eEfFgGn%'.includes(s.type) || s.type === '') {
    if (s.type !== '') throw new NativeRaise('ValueError', `Unknown format code '${s.type}' for object of type 'float'`);
  }
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let body: string;
  if (Number.isNaN(x)) body = 'nan';
  else if (!Number.isFinite(x)) body = 'inf';
  else body = formatFinite(ax, s);
  if ('EFG'.includes(s.type) && s.type !== '') body = body.toUpperCase();
  if (s.grouping && Number.isFinite(x)) {
    const [ip, ...rest] = body.split(/(?=[.eE%])/);
    body = zeroPadGrouped(ip, s, signOf(neg, s).length + rest.join('').length, 3) + rest.join('');
  }
  return pad(signOf(neg && !Number.isNaN(x), s), body, s, '>');
}

export function formatStr(v: string, spec: string): string {
  const s = parseSpec(spec);
  if (s.type !== '' && s.type !== 's') throw new NativeRaise('ValueError', `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-' || spec.includes('+') || spec.includes(' ') && /^[^<>=^]*[+ ]/.test(spec)) {
    if (/^(.?[<>=^])?[+ ]/.test(spec)) throw new NativeRaise('ValueError', 'Sign not allowed in string format specifier');
  }
  if (s.align === '=') throw new NativeRaise('ValueError', "'=' alignment not allowed in string format specifier");
  const body = s.precision !== null ? [...v].slice(0, s.precision).join('') : v;
  return pad('', body, s, '<');
}

/** repr(str): single quotes unless the text has ' and no ", with CPython's escapes (Py_UNICODE_ISPRINTABLE decides). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0x80 && !hasProp(cp, Prop.PRINTABLE)) {
      out += cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}
