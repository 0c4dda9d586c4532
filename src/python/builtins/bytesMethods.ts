// The methods bytes and bytearray share (bytes_methods.c): searching, splitting, stripping, ASCII case and
// character classes, hex/fromhex, decode; each returns the kind of its self (bytes or a new bytearray).

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyNone, PyStr, PyTuple } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newInt, newList, newStr, newTuple } from '../runtime/factory';
import { PyByteArray, PyBytes, bufferOf, newByteArray, newBytes } from '../runtime/bytesObject';
import { decode } from './bytesDecode';
import { hasIndex } from '../runtime/ops/numbers';
import { NOARGS, O, defineMethods, defineStaticMethod, fast, keywords, ssizeArg, tuple, type MethodDefinition } from './define';
import { sliceIndexArg } from './strMethods';
import { byteValue, sameKind } from './bytesSlots';
import * as text from './strText';
import type { NativeCall } from '../runtime/objects';
import type { VM } from '../vm/vm';

function self(args: PyObject[]): string {
  return (args[0] as PyBytes | PyByteArray).value;
}

/** The result: self itself for unchanged exact bytes, as CPython returns it. */
function result(args: PyObject[], s: string): PyObject {
  const o = args[0];
  return o.type === T.bytes && s === (o as PyBytes).value ? incref(o) : sameKind(o, s);
}

function bytesLike(o: PyObject): string {
  const b = bufferOf(o);
  if (b === null) throw new NativeRaise('TypeError', `a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

/** find/count/index's sub: bytes-like or a byte value. */
function subArg(vm: VM, o: PyObject): string {
  const b = bufferOf(o);
  if (b !== null) return b;
  if (!hasIndex(o)) throw new NativeRaise('TypeError', `argument should be integer or bytes-like object, not '${o.type.name}'`);
  return String.fromCharCode(byteValue(vm, o));
}

const SPACE = ' \t\n\r\x0b\x0c';
const isSpace = (c: string) => SPACE.includes(c);
const isLowerC = (c: string) => c >= 'a' && c <= 'z';
const isUpperC = (c: string) => c >= 'A' && c <= 'Z';
const isDigitC = (c: string) => c >= '0' && c <= '9';
const isAlphaC = (c: string) => isLowerC(c) || isUpperC(c);
const upperC = (c: string) => (isLowerC(c) ? String.fromCharCode(c.charCodeAt(0) - 32) : c);
const lowerC = (c: string) => (isUpperC(c) ? String.fromCharCode(c.charCodeAt(0) + 32) : c);
const mapAscii = (f: (c: string) => string) => (s: string) => Array.from(s, f).join('');

function predicate(test: (s: string) => boolean): NativeCall {
  return (_vm, args) => newBool(test(self(args)));
}
const every = (f: (c: string) => boolean) => (s: string) => s.length > 0 && Array.from(s).every(f);

function splitWhitespace(s: string, maxsplit: number, fromRight: boolean): string[] {
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    while (true) {
      while (i < s.length && isSpace(s[i])) i++;
      if (i >= s.length) break;
      if (maxsplit >= 0 && out.length >= maxsplit) {
        // The rest, trailing whitespace and all (split_whitespace).
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < s.length && !isSpace(s[j])) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  let i = s.length;
  while (true) {
    while (i > 0 && isSpace(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function pieces(args: PyObject[], parts: string[]): PyObject {
  const whole = args[0].type === T.bytes && parts.length === 1 && parts[0] === self(args);
  return newList(parts.map((p) => (whole ? incref(args[0]) : sameKind(args[0], p))));
}

function split(fromRight: boolean): NativeCall {
  return (vm, args) => {
    const maxsplit = args[2] === undefined ? -1 : ssizeArg(vm, args[2]);
    const s = self(args);
    if (args[1] === undefined || args[1] instanceof PyNone) return pieces(args, splitWhitespace(s, maxsplit, fromRight));
    const sep = bytesLike(args[1]);
    if (sep === '') throw new NativeRaise('ValueError', 'empty separator');
    return pieces(args, fromRight ? text.rsplitSep(s, sep, maxsplit) : text.splitSep(s, sep, maxsplit));
  };
}

function strip(left: boolean, right: boolean): NativeCall {
  return (_vm, args) => {
    const chars = args[1] === undefined || args[1] instanceof PyNone ? SPACE : bytesLike(args[1]);
    const s = self(args);
    let i = 0, j = s.length;
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return result(args, s.slice(i, j));
  };
}

function find(fromRight: boolean, raise: boolean): NativeCall {
  return (vm, args) => {
    const sub = subArg(vm, args[1]);
    const start = sliceIndexArg(vm, args[2], 0);
    const end = sliceIndexArg(vm, args[3], Number.MAX_SAFE_INTEGER);
    const i = text.findSub(self(args), sub, start, end, fromRight);
    if (i < 0 && raise) throw new NativeRaise('ValueError', 'subsection not found');
    return newInt(i);
  };
}

function prefixTest(atEnd: boolean): NativeCall {
  const method = atEnd ? 'endswith' : 'startswith';
  return (vm, args) => {
    const s = self(args);
    const start = sliceIndexArg(vm, args[2], 0);
    const end = sliceIndexArg(vm, args[3], Number.MAX_SAFE_INTEGER);
    const what = args[1];
    const candidates = what instanceof PyTuple ? what.items : [what];
    for (const o of candidates) {
      const b = bufferOf(o);
      if (b === null) {
        throw new NativeRaise('TypeError', what instanceof PyTuple
          ? `a bytes-like object is required, not '${o.type.name}'`
          : `${method} first arg must be bytes or a tuple of bytes, not ${o.type.name}`);
      }
      if (text.tailMatch(s, b, start, end, atEnd)) return newBool(true);
    }
    return newBool(false);
  };
}

function replace(vm: VM, args: PyObject[]): PyObject {
  const s = self(args);
  const old = bytesLike(args[1]), rep = bytesLike(args[2]);
  let count = args[3] === undefined ? -1 : ssizeArg(vm, args[3]);
  if (count < 0) count = Infinity;
  let out = '';
  if (old === '') {
    for (let i = 0; i <= s.length; i++) {
      if (count > 0) {
        out += rep;
        count--;
      }
      if (i < s.length) out += s[i];
    }
    return result(args, out);
  }
  let pos = 0;
  while (count > 0) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + rep;
    pos = i + old.length;
    count--;
  }
  return result(args, out + s.slice(pos));
}

function join(vm: VM, args: PyObject[]): PyObject {
  const sep = self(args);
  const it = vm.getIter(args[1]);
  const parts: string[] = [];
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      const b = bufferOf(v);
      const name = v.type.name;
      decref(v);
      if (b === null) throw new NativeRaise('TypeError', `sequence item ${parts.length}: expected a bytes-like object, ${name} found`);
      parts.push(b);
    }
  } finally {
    decref(it);
  }
  return sameKind(args[0], parts.join(sep));
}

function hex(vm: VM, args: PyObject[]): PyObject {
  const s = self(args);
  let digits = Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(2, '0'));
  if (args[1] === undefined) return newStr(digits.join(''));
  const sepObj = args[1];
  const sep = sepObj instanceof PyStr ? sepObj.value : bufferOf(sepObj);
  if (sep === null) throw new NativeRaise('TypeError', 'sep must be str or bytes.');
  if (sep.length !== 1) throw new NativeRaise('ValueError', 'sep must be length 1.');
  const per = args[2] === undefined ? 1 : ssizeArg(vm, args[2]);
  if (per === 0) return newStr(digits.join(''));
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // Groups counted from the right.
    for (let end = digits.length; end > 0; end -= n) groups.unshift(digits.slice(Math.max(0, end - n), end).join(''));
  } else {
    for (let i = 0; i < digits.length; i += n) groups.push(digits.slice(i, i + n).join(''));
  }
  digits = groups;
  return newStr(digits.join(sep));
}

function fromhex(kind: 'bytes' | 'bytearray'): NativeCall {
  return (_vm, args) => {
    const o = args[0];
    if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `fromhex() argument must be str, not ${argTypeName(o)}`);
    const s = o.value;
    let out = '';
    let i = 0;
    while (i < s.length) {
      if (isSpace(s[i])) {
        i++;
        continue;
      }
      const hi = parseInt(s[i], 16);
      if (!/[0-9a-fA-F]/.test(s[i])) throw new NativeRaise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
      if (i + 1 >= s.length || !/[0-9a-fA-F]/.test(s[i + 1])) throw new NativeRaise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
      out += String.fromCharCode(hi * 16 + parseInt(s[i + 1], 16));
      i += 2;
    }
    return kind === 'bytes' ? newBytes(out) : newByteArray(out);
  };
}

function partition(fromRight: boolean): NativeCall {
  return (_vm, args) => {
    const s = self(args);
    const sep = bytesLike(args[1]);
    if (sep === '') throw new NativeRaise('ValueError', 'empty separator');
    const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
    const mk = (x: string) => sameKind(args[0], x);
    if (i < 0) {
      return fromRight
        ? newTuple([mk(''), mk(''), args[0].type === T.bytes ? incref(args[0]) : mk(s)])
        : newTuple([args[0].type === T.bytes ? incref(args[0]) : mk(s), mk(''), mk('')]);
    }
    return newTuple([mk(s.slice(0, i)), args[0].type === T.bytes ? incref(args[1]) : mk(sep), mk(s.slice(i + sep.length))]);
  };
}

function pad(name: string, left: (margin: number, width: number) => number): NativeCall {
  return (vm, args) => {
    const width = ssizeArg(vm, args[1]);
    let fill = ' ';
    if (args[2] !== undefined) {
      const f = bufferOf(args[2]);
      if (f === null || f.length !== 1) {
        throw new NativeRaise('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${args[2].type.name}`);
      }
      fill = f;
    }
    const s = self(args);
    const margin = width - s.length;
    if (margin <= 0) return result(args, s);
    const l = left(margin, width);
    return sameKind(args[0], fill.repeat(l) + s + fill.repeat(margin - l));
  };
}

function translate(_vm: VM, args: PyObject[]): PyObject {
  const s = self(args);
  const tableArg = args[1];
  const table = tableArg instanceof PyNone ? null : bytesLike(tableArg);
  if (table !== null && table.length !== 256) throw new NativeRaise('ValueError', 'translation table must be 256 characters long');
  const del = args[2] === undefined ? '' : bytesLike(args[2]);
  let out = '';
  for (const c of s) if (!del.includes(c)) out += table === null ? c : table[c.charCodeAt(0)];
  return result(args, out);
}

function maketrans(_vm: VM, args: PyObject[]): PyObject {
  const from = bytesLike(args[0]), to = bytesLike(args[1]);
  if (from.length !== to.length) throw new NativeRaise('ValueError', 'maketrans arguments must have same length');
  const table = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));
  for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to[i];
  return newBytes(table.join(''));
}

const METHODS: Record<string, MethodDefinition> = {
  capitalize: [NOARGS, (_vm, args) => {
    const s = self(args);
    return sameKind(args[0], upperC(s.slice(0, 1)) + mapAscii(lowerC)(s.slice(1)));
  }],
  center: [fast(1, 2), pad('center', (margin, width) => Math.floor(margin / 2) + (margin & width & 1))],
  count: [tuple(1, 3), (vm, args) => {
    const sub = subArg(vm, args[1]);
    const start = sliceIndexArg(vm, args[2], 0);
    const end = sliceIndexArg(vm, args[3], Number.MAX_SAFE_INTEGER);
    return newInt(text.countSub(self(args), sub, start, end));
  }],
  decode,
  endswith: [tuple(1, 3), prefixTest(true)],
  expandtabs: [keywords(['tabsize'], 0), (vm, args) => result(args, text.expandTabs(self(args), args[1] === undefined ? 8 : ssizeArg(vm, args[1])))],
  find: [tuple(1, 3), find(false, false)],
  hex: [keywords(['sep', 'bytes_per_sep'], 0), hex],
  index: [tuple(1, 3), find(false, true)],
  isalnum: [NOARGS, predicate(every((c) => isAlphaC(c) || isDigitC(c)))],
  isalpha: [NOARGS, predicate(every(isAlphaC))],
  isascii: [NOARGS, predicate((s) => /^[\x00-\x7f]*$/.test(s))],
  isdigit: [NOARGS, predicate(every(isDigitC))],
  islower: [NOARGS, predicate((s) => /[a-z]/.test(s) && !/[A-Z]/.test(s))],
  isspace: [NOARGS, predicate(every(isSpace))],
  istitle: [NOARGS, predicate((s) => text.isTitle(s.replace(/[^\x00-\x7f]/g, ' ')))],
  isupper: [NOARGS, predicate((s) => /[A-Z]/.test(s) && !/[a-z]/.test(s))],
  join: [O, join],
  ljust: [fast(1, 2), pad('ljust', () => 0)],
  lower: [NOARGS, (_vm, args) => sameKind(args[0], mapAscii(lowerC)(self(args)))],
  lstrip: [fast(0, 1), strip(true, false)],
  partition: [O, partition(false)],
  removeprefix: [O, (_vm, args) => {
    const s = self(args), p = bytesLike(args[1]);
    return result(args, p && s.startsWith(p) ? s.slice(p.length) : s);
  }],
  removesuffix: [O, (_vm, args) => {
    const s = self(args), p = bytesLike(args[1]);
    return result(args, p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  }],
  replace: [fast(2, 3), replace],
  rfind: [tuple(1, 3), find(true, false)],
  rindex: [tuple(1, 3), find(true, true)],
  rjust: [fast(1, 2), pad('rjust', (margin) => margin)],
  rpartition: [O, partition(true)],
  rsplit: [keywords(['sep', 'maxsplit'], 0), split(true)],
  rstrip: [fast(0, 1), strip(false, true)],
  split: [keywords(['sep', 'maxsplit'], 0), split(false)],
  splitlines: [keywords(['keepends'], 0), (vm, args) => {
    const keep = args[1] !== undefined && ssizeArg(vm, args[1]) !== 0;
    const s = self(args);
    const parts: string[] = [];
    let i = 0;
    while (i < s.length) {
      let j = i;
      while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
      let eol = j;
      if (j < s.length) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
      parts.push(s.slice(i, keep ? eol : j));
      i = eol;
    }
    return newList(parts.map((p) => sameKind(args[0], p)));
  }],
  startswith: [tuple(1, 3), prefixTest(false)],
  strip: [fast(0, 1), strip(true, true)],
  swapcase: [NOARGS, (_vm, args) => sameKind(args[0], mapAscii((c) => (isLowerC(c) ? upperC(c) : lowerC(c)))(self(args)))],
  translate: [keywords(['table', 'delete'], 1, 1), translate],
  title: [NOARGS, (_vm, args) => {
    let prevCased = false;
    return sameKind(args[0], mapAscii((c) => {
      const r = prevCased ? lowerC(c) : upperC(c);
      prevCased = isAlphaC(c);
      return r;
    })(self(args)));
  }],
  upper: [NOARGS, (_vm, args) => sameKind(args[0], mapAscii(upperC)(self(args)))],
  zfill: [O, (vm, args) => {
    const s = self(args);
    const fill = ssizeArg(vm, args[1]) - s.length;
    if (fill <= 0) return result(args, s);
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return sameKind(args[0], sign + '0'.repeat(fill) + s.slice(sign.length));
  }],
};

export function installBytesMethods(): void {
  defineMethods(T.bytes, METHODS);
  defineMethods(T.bytearray, METHODS);
  // fromhex is a class method; called on the class it makes that class's kind.
  for (const kind of ['bytes', 'bytearray'] as const) {
    defineStaticMethod(T[kind], 'fromhex', [O, fromhex(kind)]);
    defineStaticMethod(T[kind], 'maketrans', [fast(2), maketrans]);
  }
  defineMethods(T.bytes, {
    __bytes__: [NOARGS, (_vm, args) => (args[0].type === T.bytes ? incref(args[0]) : newBytes(self(args)))],
    __getnewargs__: [NOARGS, (_vm, args) => newTuple([newBytes(self(args))])],
  });
  defineMethods(T.bytearray, { __alloc__: [NOARGS, (_vm, args) => newInt((args[0] as PyByteArray).alloc)] });
}
