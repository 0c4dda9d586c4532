// The text algorithms behind str's methods, on JS strings indexed by code point as CPython indexes str
// (CPython's stringlib and unicodeobject.c rules: index adjustment, whitespace splitting, case mapping).

import { Prop, charFlags, toFoldedFull, toLowerFull, toTitleFull, toUpperFull } from '../runtime/unicode/charProps';

const ASCII = /^[\x00-\x7f]*$/;
const SURROGATE = /[\ud800-\udfff]/;

/** Whether every code point is one UTF-16 unit (then code point and UTF-16 indexes agree). */
export function isBmp(s: string): boolean {
  return !SURROGATE.test(s);
}

/** Number of code points (len() of a str). */
export function cpLength(s: string): number {
  if (isBmp(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** The UTF-16 offset of each code point index (and of the end), for strings with astral characters. */
function unitOffsets(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of s) {
    out.push(i);
    i += ch.length;
  }
  out.push(i);
  return out;
}

/** CPython's ADJUST_INDICES for find/count/startswith: [start, end] clamped as slice bounds (start may exceed len). */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** s.find/rfind(sub, start, end) with code point indexes; -1 when absent. */
export function findSub(s: string, sub: string, start: number, end: number, fromRight: boolean): number {
  if (isBmp(s)) {
    [start, end] = adjustIndices(start, end, s.length);
    if (end - start < sub.length) return -1;
    if (fromRight) {
      const i = s.lastIndexOf(sub, end - sub.length);
      return i >= start ? i : -1;
    }
    const i = s.indexOf(sub, start);
    return i >= 0 && i + sub.length <= end ? i : -1;
  }
  const offsets = unitOffsets(s);
  const len = offsets.length - 1;
  [start, end] = adjustIndices(start, end, len);
  const subLen = cpLength(sub);
  if (end - start < subLen) return -1;
  const region = s.slice(offsets[start], offsets[end]);
  const i = fromRight ? region.lastIndexOf(sub) : region.indexOf(sub);
  if (i < 0) return -1;
  return start + cpLength(region.slice(0, i));
}

/** s.count(sub, start, end): non-overlapping occurrences. */
export function countSub(s: string, sub: string, start: number, end: number): number {
  const bmp = isBmp(s);
  const offsets = bmp ? null : unitOffsets(s);
  const len = offsets ? offsets.length - 1 : s.length;
  [start, end] = adjustIndices(start, end, len);
  const subLen = cpLength(sub);
  if (end - start < subLen) return 0;
  if (sub === '') return end - start + 1;
  const region = offsets ? s.slice(offsets[start], offsets[end]) : s.slice(start, end);
  let n = 0;
  for (let i = region.indexOf(sub); i >= 0; i = region.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** CPython's tailmatch: whether s[start:end] starts (or ends) with sub. */
export function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const offsets = isBmp(s) ? null : unitOffsets(s);
  const len = offsets ? offsets.length - 1 : s.length;
  [start, end] = adjustIndices(start, end, len);
  const subLen = cpLength(sub);
  if (end - subLen < start) return false;
  if (subLen === 0) return true;
  const region = offsets ? s.slice(offsets[start], offsets[end]) : s.slice(start, end);
  return atEnd ? region.endsWith(sub) : region.startsWith(sub);
}

const isSpaceUnit = (c: number): boolean => (charFlags(c) & Prop.SPACE) !== 0;

/** str.split(None, maxsplit): runs of whitespace separate; the remainder after maxsplit keeps its trailing space. */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** str.rsplit(None, maxsplit): as splitWhitespace from the right; the remainder keeps its leading space. */
export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let count = maxsplit < 0 ? Infinity : maxsplit;
  let i = 0;
  while (count-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let count = maxsplit < 0 ? Infinity : maxsplit;
  let end = s.length;
  while (count-- > 0 && end >= sep.length) {
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** str.splitlines: every line boundary CPython knows (\n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029). */
export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !(charFlags(s.charCodeAt(j)) & Prop.LINEBREAK)) j++;
    let eol = j;
    if (j < n) {
      eol = s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

/** strip/lstrip/rstrip: whitespace when chars is null, else any of the given characters. */
export function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0, j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpaceUnit(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceUnit(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  if (isBmp(chars) && isBmp(s)) {
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return s.slice(i, j);
  }
  const set = new Set(chars);
  const cps = Array.from(s);
  let a = 0, b = cps.length;
  if (left) while (a < b && set.has(cps[a])) a++;
  if (right) while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join('');
}

export function expandTabs(s: string, tabsize: number): string {
  let col = 0;
  let out = '';
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

// ----- character classes -----

function all(s: string, prop: number, emptyResult: boolean): boolean {
  if (s.length === 0) return emptyResult;
  if (isBmp(s)) {
    for (let i = 0; i < s.length; i++) if (!(charFlags(s.charCodeAt(i)) & prop)) return false;
    return true;
  }
  for (const ch of s) if (!(charFlags(ch.codePointAt(0)!) & prop)) return false;
  return true;
}

export const isAlpha = (s: string): boolean => all(s, Prop.ALPHA, false);
export const isDecimal = (s: string): boolean => all(s, Prop.DECIMAL, false);
export const isDigit = (s: string): boolean => all(s, Prop.DIGIT, false);
export const isNumeric = (s: string): boolean => all(s, Prop.NUMERIC, false);
export const isAlnum = (s: string): boolean => all(s, Prop.ALPHA | Prop.DECIMAL | Prop.DIGIT | Prop.NUMERIC, false);
export const isSpace = (s: string): boolean => all(s, Prop.SPACE, false);
export const isPrintable = (s: string): boolean => all(s, Prop.PRINTABLE, true);
export const isAscii = (s: string): boolean => ASCII.test(s);

export function isIdentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    const f = charFlags(ch.codePointAt(0)!);
    if (!(f & (first ? Prop.XID_START : Prop.XID_CONTINUE))) return false;
    first = false;
  }
  return !first;
}

export function isLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = charFlags(ch.codePointAt(0)!);
    if (f & (Prop.UPPER | Prop.TITLE)) return false;
    if (f & Prop.LOWER) cased = true;
  }
  return cased;
}

export function isUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = charFlags(ch.codePointAt(0)!);
    if (f & (Prop.LOWER | Prop.TITLE)) return false;
    if (f & Prop.UPPER) cased = true;
  }
  return cased;
}

export function isTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    const f = charFlags(ch.codePointAt(0)!);
    if (f & (Prop.UPPER | Prop.TITLE)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (f & Prop.LOWER) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

// ----- case mapping -----

const CAPITAL_SIGMA = 0x3a3;

/** CPython's handle_capital_sigma: Σ at cps[i] becomes final ς after a cased letter not followed by one. */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1;
  let c = 0;
  for (; j >= 0; j--) {
    c = cps[j];
    if (!(charFlags(c) & Prop.CASE_IGNORABLE)) break;
  }
  let final = j >= 0 && (charFlags(c) & Prop.CASED) !== 0;
  if (final && i < cps.length - 1) {
    for (j = i + 1; j < cps.length; j++) {
      c = cps[j];
      if (!(charFlags(c) & Prop.CASE_IGNORABLE)) break;
    }
    final = j === cps.length || !(charFlags(c) & Prop.CASED);
  }
  return final ? '\u03c2' : '\u03c3';
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

function lowerAt(cps: number[], i: number): string {
  return cps[i] === CAPITAL_SIGMA ? lowerSigma(cps, i) : toLowerFull(cps[i]);
}

export function upper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) out += toUpperFull(ch.codePointAt(0)!);
  return out;
}

export function lower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function casefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += toFoldedFull(ch.codePointAt(0)!);
  return out;
}

export function capitalize(s: string): string {
  const cps = codePoints(s);
  if (cps.length === 0) return '';
  let out = toTitleFull(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function title(s: string): string {
  const cps = codePoints(s);
  let out = '';
  let previousCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += previousCased ? lowerAt(cps, i) : toTitleFull(c);
    previousCased = (charFlags(c) & Prop.CASED) !== 0;
  }
  return out;
}

export function swapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const f = charFlags(cps[i]);
    if (f & Prop.UPPER) out += lowerAt(cps, i);
    else if (f & Prop.LOWER) out += toUpperFull(cps[i]);
    else out += String.fromCodePoint(cps[i]);
  }
  return out;
}
