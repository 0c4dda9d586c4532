// str methods as Python sees them: argument checking and conversion around the pure text functions.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyNone, PyStr, PyTuple } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { newBool, newInt, newList, newStr, newTuple } from '../runtime/factory';
import { defineMethods, intArg } from './define';
import type { NativeCall } from '../runtime/objects';

function self(args: PyObject[]): string {
  return (args[0] as PyStr).value;
}

function optStr(o: PyObject | undefined, method: string): string | null {
  if (o === undefined || o instanceof PyNone) return null;
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `${method} arg must be None or str`);
}

function strArgOf(o: PyObject | undefined, method: string): string {
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `must be str, not ${o ? o.type.name : 'NoneType'}`);
  void method;
}

function optIndex(o: PyObject | undefined, dflt: number): number {
  return o === undefined || o instanceof PyNone ? dflt : intArg(o);
}

/** Python slice-style bounds for find/count/startswith on a code-point array. */
function bounds(length: number, startObj?: PyObject, endObj?: PyObject): [number, number] {
  let start = optIndex(startObj, 0);
  let end = optIndex(endObj, length);
  if (start < 0) start = Math.max(0, start + length);
  if (end < 0) end = Math.max(0, end + length);
  return [Math.min(start, length), Math.min(end, length)];
}

const WHITESPACE = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g;

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null) {
    if (left && right) return s.replace(WHITESPACE, '');
    if (left) return s.replace(/^[\s\u001c-\u001f\u0085]+/, '');
    return s.replace(/[\s\u001c-\u001f\u0085]+$/, '');
  }
  const set = new Set([...chars]);
  const cps = [...s];
  let i = 0, j = cps.length;
  if (left) while (i < j && set.has(cps[i])) i++;
  if (right) while (j > i && set.has(cps[j - 1])) j--;
  return cps.slice(i, j).join('');
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const re = /[^\s\u001c-\u001f\u0085]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(m.index).replace(/[\s\u001c-\u001f\u0085]+$/, ''));
      break;
    }
    out.push(m[0]);
  }
  return out;
}

function split(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep === '') throw new NativeRaise('ValueError', 'empty separator');
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

function rsplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (maxsplit < 0) return split(s, sep, -1);
  if (sep === null) {
    const words = splitWhitespace(s, -1);
    if (words.length <= maxsplit + 1) return words;
    const keep = words.slice(words.length - maxsplit);
    let rest = s.replace(/[\s\u001c-\u001f\u0085]+$/, '');
    for (let i = keep.length - 1; i >= 0; i--) rest = rest.slice(0, rest.lastIndexOf(keep[i])).replace(/[\s\u001c-\u001f\u0085]+$/, '');
    return [rest, ...keep];
  }
  if (sep === '') throw new NativeRaise('ValueError', 'empty separator');
  const parts = s.split(sep);
  if (parts.length <= maxsplit + 1) return parts;
  return [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)];
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

function findIn(s: string, sub: string, start: number, end: number, fromRight: boolean): number {
  const cps = [...s];
  const hay = cps.slice(start, end).join('');
  const idx = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (idx < 0 || (sub === '' && start > cps.length)) return -1;
  return start + [...hay.slice(0, idx)].length;
}

function title(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const isCased = ch.toLowerCase() !== ch.toUpperCase();
    out += isCased ? (prevCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    prevCased = isCased;
  }
  return out;
}

function pad(method: string, args: PyObject[], place: (s: string, total: number, fill: string) => string): PyObject {
  const s = self(args);
  const width = intArg(args[1]);
  const fillObj = args[2];
  const fill = fillObj ? (fillObj as PyStr).value : ' ';
  if (fillObj && (!(fillObj instanceof PyStr) || [...fill].length !== 1)) {
    throw new NativeRaise('TypeError', 'The fill character must be exactly one character long');
  }
  const len = [...s].length;
  if (width <= len) return newStr(s);
  void method;
  return newStr(place(s, width - len, fill));
}

const predicate = (test: (s: string) => boolean): NativeCall => (_vm, args) => newBool(test(self(args)));

function prefixTest(args: PyObject[], method: 'startswith' | 'endswith'): boolean {
  const s = self(args);
  const cps = [...s];
  const [start, end] = bounds(cps.length, args[2], args[3]);
  const region = cps.slice(start, end).join('');
  const what = args[1];
  const options = what instanceof PyTuple ? what.items : [what];
  return options.some((o) => {
    if (!(o instanceof PyStr)) {
      throw new NativeRaise('TypeError', `${method} first arg must be str or a tuple of str, not ${o.type.name}`);
    }
    if (start > cps.length) return false;
    return method === 'startswith' ? region.startsWith(o.value) : region.endsWith(o.value);
  });
}

export function installStrMethods(): void {
  defineMethods(T.str, {
    upper: (_vm, args) => newStr(self(args).toUpperCase()),
    lower: (_vm, args) => newStr(self(args).toLowerCase()),
    casefold: (_vm, args) => newStr(self(args).toLowerCase()),
    swapcase: (_vm, args) => newStr([...self(args)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
    capitalize: (_vm, args) => {
      const cps = [...self(args)];
      return newStr(cps.length ? cps[0].toUpperCase() + cps.slice(1).join('').toLowerCase() : '');
    },
    title: (_vm, args) => newStr(title(self(args))),
    strip: (_vm, args) => newStr(stripChars(self(args), optStr(args[1], 'strip'), true, true)),
    lstrip: (_vm, args) => newStr(stripChars(self(args), optStr(args[1], 'lstrip'), true, false)),
    rstrip: (_vm, args) => newStr(stripChars(self(args), optStr(args[1], 'rstrip'), false, true)),
    split: (_vm, args, kwargs) => {
      const sep = optStr(kwargs?.get('sep') ?? args[1], 'split');
      const maxsplit = optIndex(kwargs?.get('maxsplit') ?? args[2], -1);
      return newList(split(self(args), sep, maxsplit).map((p) => newStr(p)));
    },
    rsplit: (_vm, args, kwargs) => {
      const sep = optStr(kwargs?.get('sep') ?? args[1], 'rsplit');
      const maxsplit = optIndex(kwargs?.get('maxsplit') ?? args[2], -1);
      return newList(rsplit(self(args), sep, maxsplit).map((p) => newStr(p)));
    },
    splitlines: (vm, args, kwargs) => {
      const keep = kwargs?.get('keepends') ?? args[1];
      return newList(splitlines(self(args), keep ? vm.isTrue(keep) : false).map((p) => newStr(p)));
    },
    replace: (_vm, args) => {
      const s = self(args);
      const old = strArgOf(args[1], 'replace');
      const rep = strArgOf(args[2], 'replace');
      let count = optIndex(args[3], -1);
      if (old === '') {
        const cps = [...s];
        const pieces: string[] = [];
        for (let i = 0; i <= cps.length; i++) {
          if (count !== 0) {
            pieces.push(rep);
            count--;
          }
          if (i < cps.length) pieces.push(cps[i]);
        }
        return newStr(pieces.join(''));
      }
      if (count < 0) return newStr(s.split(old).join(rep));
      let out = '';
      let rest = s;
      while (count > 0) {
        const i = rest.indexOf(old);
        if (i < 0) break;
        out += rest.slice(0, i) + rep;
        rest = rest.slice(i + old.length);
        count--;
      }
      return newStr(out + rest);
    },
    find: (_vm, args) => {
      const s = self(args);
      const [start, end] = bounds([...s].length, args[2], args[3]);
      return newInt(findIn(s, strArgOf(args[1], 'find'), start, end, false));
    },
    rfind: (_vm, args) => {
      const s = self(args);
      const [start, end] = bounds([...s].length, args[2], args[3]);
      return newInt(findIn(s, strArgOf(args[1], 'rfind'), start, end, true));
    },
    index: (_vm, args) => {
      const s = self(args);
      const [start, end] = bounds([...s].length, args[2], args[3]);
      const i = findIn(s, strArgOf(args[1], 'index'), start, end, false);
      if (i < 0) throw new NativeRaise('ValueError', 'substring not found');
      return newInt(i);
    },
    rindex: (_vm, args) => {
      const s = self(args);
      const [start, end] = bounds([...s].length, args[2], args[3]);
      const i = findIn(s, strArgOf(args[1], 'rindex'), start, end, true);
      if (i < 0) throw new NativeRaise('ValueError', 'substring not found');
      return newInt(i);
    },
    count: (_vm, args) => {
      const s = self(args);
      const cps = [...s];
      const [start, end] = bounds(cps.length, args[2], args[3]);
      const sub = strArgOf(args[1], 'count');
      const region = cps.slice(start, end).join('');
      if (sub === '') return newInt(start > cps.length ? 0 : [...region].length + 1);
      return newInt(region.split(sub).length - 1);
    },
    startswith: (_vm, args) => newBool(prefixTest(args, 'startswith')),
    endswith: (_vm, args) => newBool(prefixTest(args, 'endswith')),
    isdigit: predicate((s) => /^[0-9\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u.test(s)),
    isdecimal: predicate((s) => /^\p{Nd}+$/u.test(s)),
    isnumeric: predicate((s) => /^[\p{Nd}\p{Nl}\p{No}]+$/u.test(s)),
    isalpha: predicate((s) => /^\p{L}+$/u.test(s)),
    isalnum: predicate((s) => /^[\p{L}\p{Nd}\p{Nl}\p{No}]+$/u.test(s)),
    isspace: predicate((s) => /^[\s\u001c-\u001f\u0085]+$/.test(s)),
    isupper: predicate((s) => /\p{Lu}/u.test(s) && s === s.toUpperCase() && !/\p{Ll}/u.test(s)),
    islower: predicate((s) => /\p{Ll}/u.test(s) && s === s.toLowerCase() && !/\p{Lu}/u.test(s)),
    istitle: predicate((s) => /\p{L}/u.test(s) && title(s) === s),
    isidentifier: predicate((s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s)),
    center: (_vm, args) => pad('center', args, (s, total, fill) => {
      // CPython's pad: the odd column goes left when the width is odd.
      const left = Math.floor(total / 2) + (total & intArg(args[1]) & 1);
      return fill.repeat(left) + s + fill.repeat(total - left);
    }),
    ljust: (_vm, args) => pad('ljust', args, (s, total, fill) => s + fill.repeat(total)),
    rjust: (_vm, args) => pad('rjust', args, (s, total, fill) => fill.repeat(total) + s),
    zfill: (_vm, args) => {
      const s = self(args);
      const width = intArg(args[1]);
      const len = [...s].length;
      if (width <= len) return newStr(s);
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return newStr(sign + '0'.repeat(width - len) + s.slice(sign.length));
    },
    partition: (_vm, args) => {
      const s = self(args);
      const sep = strArgOf(args[1], 'partition');
      if (sep === '') throw new NativeRaise('ValueError', 'empty separator');
      const i = s.indexOf(sep);
      if (i < 0) return newTuple([newStr(s), newStr(''), newStr('')]);
      return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
    },
    rpartition: (_vm, args) => {
      const s = self(args);
      const sep = strArgOf(args[1], 'rpartition');
      if (sep === '') throw new NativeRaise('ValueError', 'empty separator');
      const i = s.lastIndexOf(sep);
      if (i < 0) return newTuple([newStr(''), newStr(''), newStr(s)]);
      return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
    },
    expandtabs: (_vm, args) => {
      const size = optIndex(args[1], 8);
      let col = 0;
      let out = '';
      for (const ch of self(args)) {
        if (ch === '\t') {
          const n = size > 0 ? size - (col % size) : 0;
          out += ' '.repeat(n);
          col += n;
        } else {
          out += ch;
          col = ch === '\n' || ch === '\r' ? 0 : col + 1;
        }
      }
      return newStr(out);
    },
    removeprefix: (_vm, args) => {
      const s = self(args), p = strArgOf(args[1], 'removeprefix');
      return newStr(p && s.startsWith(p) ? s.slice(p.length) : s);
    },
    removesuffix: (_vm, args) => {
      const s = self(args), p = strArgOf(args[1], 'removesuffix');
      return newStr(p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    },
    encode: () => {
      throw new NativeRaise('NotImplementedError', 'bytes are not supported in this playground');
    },
  });
}
