// str methods as Python sees them: CPython's signatures and argument conversions around the text algorithms.

import { listResize } from '../runtime/sizeAccounting';
import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt, PyList, PyNone, PyStr, PyTuple } from '../runtime/objects';
import { PyDict } from '../runtime/dict';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newDict, newInt, newIntExact, newList, newNone, newStr, newTuple } from '../runtime/factory';
import { dictSet } from '../runtime/containers';
import { getItem } from '../runtime/ops/items';
import { NOARGS, O, cIntArg, defineMethods, defineStaticMethod, fast, keywords, ssizeArg, tuple } from './define';
import { indexOf } from '../runtime/ops/numbers';
import { strFormatResumable, wholeFieldResumable } from './strFormat';
import type { NativeOp } from '../vm/nativeOp';
import { mayRunPythonToIterate } from '../vm/callOps';
import { listFromIterable, listFromIterableResumable } from './constructors';
import * as text from './strText';
import type { NativeCall } from '../runtime/objects';
import type { VM } from '../vm/vm';

function self(args: PyObject[]): string {
  return (args[0] as PyStr).value;
}

/** A `sub` argument of find/count/partition: `must be str, not int`. */
function subArg(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `must be str, not ${o.type.name}`);
}

/** _PyEval_SliceIndex: None keeps the default, ints are clipped to the ssize range. */
export function sliceIndexArg(vm: VM, o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o instanceof PyNone) return dflt;
  let v: number | bigint;
  try {
    v = o instanceof PyInt || o instanceof PyBool ? (o instanceof PyBool ? (o.value ? 1 : 0) : o.value) : indexOf(vm, o);
  } catch (e) {
    if (e instanceof NativeRaise && e.pyType === 'TypeError') {
      throw new NativeRaise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    }
    throw e;
  }
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** The `chars` argument of strip: None or str. */
function charsArg(o: PyObject | undefined, method: string): string | null {
  if (o === undefined || o instanceof PyNone) return null;
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `${method} arg must be None or str`);
}

function sepArg(o: PyObject | undefined): string | null {
  if (o === undefined || o instanceof PyNone) return null;
  if (o instanceof PyStr) {
    if (o.value === '') throw new NativeRaise('ValueError', 'empty separator');
    return o.value;
  }
  throw new NativeRaise('TypeError', `must be str or None, not ${o.type.name}`);
}

/** The returned str: self itself when unchanged, as CPython returns the same object for exact strs. */
function result(args: PyObject[], s: string): PyObject {
  return s === self(args) && args[0].type === T.str ? incref(args[0]) : newStr(s);
}

function fillArg(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `The fill character must be a unicode character, not ${o.type.name}`);
  if (text.cpLength(o.value) !== 1) throw new NativeRaise('TypeError', 'The fill character must be exactly one character long');
  return o.value;
}

/** center/ljust/rjust: `left` gives the columns of padding on the left from the total margin and the width. */
function pad(left: (margin: number, width: number) => number): NativeCall {
  return (vm, args) => {
    const width = ssizeArg(vm, args[1]);
    const fill = fillArg(args[2]);
    const s = self(args);
    const margin = width - text.cpLength(s);
    if (margin <= 0) return result(args, s);
    const l = left(margin, width);
    return newStr(fill.repeat(l) + s + fill.repeat(margin - l));
  };
}

const predicate = (test: (s: string) => boolean): NativeCall => (_vm, args) => newBool(test(self(args)));
/** Case mappings always make a new str, even when nothing changes. */
const mapping = (map: (s: string) => string): NativeCall => (_vm, args) => newStr(map(self(args)));

/** A split's list: a piece that is the whole (exact) str is the str itself, as stringlib reuses it. */
/** The capacity of a list that started with `allocated` slots and had items appended up to `n`. */
function appendedCapacity(allocated: number, n: number): number {
  for (let size = allocated; size < n; size++) if (size + 1 > allocated) allocated = listResize(allocated, size, size + 1);
  return allocated;
}

/**
 * split's CPython capacity: PyList_New(PREALLOC_SIZE(maxsplit)), at most 12 slots, then appends; a string shorter
 * than the separator is returned in a list of exactly one slot.
 */
function splitCapacity(maxsplit: number, n: number, sep: string | null, s: string): number {
  if (sep !== null && [...s].length < [...sep].length) return 1;
  return appendedCapacity(maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1, n);
}

function pieces(args: PyObject[], parts: string[], allocated = appendedCapacity(0, parts.length)): PyObject {
  const s = self(args);
  return newList(parts.map((p) => (p.length === s.length && args[0].type === T.str ? incref(args[0]) : newStr(p))), allocated);
}

function find(fromRight: boolean, raise: boolean): NativeCall {
  return (vm, args) => {
    // The bounds are converted while parsing, before the substring's type is checked.
    const start = sliceIndexArg(vm, args[2], 0);
    const end = sliceIndexArg(vm, args[3], Number.MAX_SAFE_INTEGER);
    const i = text.findSub(self(args), subArg(args[1]), start, end, fromRight);
    if (i < 0 && raise) throw new NativeRaise('ValueError', 'substring not found');
    return newIntExact(i);
  };
}

function prefixTest(atEnd: boolean): NativeCall {
  const method = atEnd ? 'endswith' : 'startswith';
  return (vm, args) => {
    const s = self(args);
    const start = sliceIndexArg(vm, args[2], 0);
    const end = sliceIndexArg(vm, args[3], Number.MAX_SAFE_INTEGER);
    const what = args[1];
    if (what instanceof PyTuple) {
      for (const o of what.items) {
        if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `tuple for ${method} must only contain str, not ${o.type.name}`);
        if (text.tailMatch(s, o.value, start, end, atEnd)) return newBool(true);
      }
      return newBool(false);
    }
    if (!(what instanceof PyStr)) throw new NativeRaise('TypeError', `${method} first arg must be str or a tuple of str, not ${what.type.name}`);
    return newBool(text.tailMatch(s, what.value, start, end, atEnd));
  };
}

function replace(vm: VM, args: PyObject[]): PyObject {
  const s = self(args);
  const [oldObj, newObj] = [args[1], args[2]];
  if (!(oldObj instanceof PyStr)) throw new NativeRaise('TypeError', `replace() argument 1 must be str, not ${argTypeName(oldObj)}`);
  if (!(newObj instanceof PyStr)) throw new NativeRaise('TypeError', `replace() argument 2 must be str, not ${argTypeName(newObj)}`);
  let count = args[3] === undefined ? -1 : ssizeArg(vm, args[3]);
  const old = oldObj.value, rep = newObj.value;
  if (count < 0) count = Infinity;
  if (old === '') {
    const cps = Array.from(s);
    let out = '';
    for (let i = 0; i <= cps.length; i++) {
      if (count > 0) {
        out += rep;
        count--;
      }
      if (i < cps.length) out += cps[i];
    }
    return result(args, out);
  }
  let out = '';
  let i = 0;
  while (count > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    count--;
  }
  return result(args, out + s.slice(i));
}

function partition(fromRight: boolean): NativeCall {
  return (_vm, args) => {
    const s = self(args);
    const sep = subArg(args[1]);
    if (sep === '') throw new NativeRaise('ValueError', 'empty separator');
    const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) {
      const whole = incref(args[0]);
      return newTuple(fromRight ? [newStr(''), newStr(''), whole] : [whole, newStr(''), newStr('')]);
    }
    return newTuple([newStr(s.slice(0, i)), incref(args[1]), newStr(s.slice(i + sep.length))]);
  };
}

function affix(isPrefix: boolean): NativeCall {
  const method = isPrefix ? 'removeprefix' : 'removesuffix';
  return (_vm, args) => {
    const s = self(args);
    const a = args[1];
    if (!(a instanceof PyStr)) throw new NativeRaise('TypeError', `${method}() argument must be str, not ${argTypeName(a)}`);
    const p = a.value;
    if (p === '') return result(args, s);
    if (isPrefix) return result(args, s.startsWith(p) ? s.slice(p.length) : s);
    return result(args, s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  };
}

/**
 * str.join: PySequence_Fast's sequence first (an exact list or tuple itself, anything else made a list as list()
 * extends one, an iterator's steps running as frames); the list lives until the joined str is made.
 */
function* join(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const seq = args[1];
  if (isExactListOrTuple(seq)) return joinItems(args, seq.items);
  let list: PyList;
  try {
    list = yield* listFromIterableResumable(vm, seq);
  } catch (e) {
    throw joinError(e);
  }
  try {
    return joinItems(args, list.items);
  } finally {
    decref(list);
  }
}

/** str.join when iterating runs no Python code. */
function joinFast(vm: VM, args: PyObject[]): PyObject | null {
  const seq = args[1];
  if (isExactListOrTuple(seq)) return joinItems(args, seq.items);
  if (mayRunPythonToIterate(seq)) return null;
  let list: PyList;
  try {
    list = listFromIterable(vm, seq);
  } catch (e) {
    throw joinError(e);
  }
  try {
    return joinItems(args, list.items);
  } finally {
    decref(list);
  }
}

function isExactListOrTuple(o: PyObject): o is PyList | PyTuple {
  return o.type === T.list || o.type === T.tuple;
}

/** PySequence_Fast's message for an argument that is not iterable. */
function joinError(e: unknown): unknown {
  if (e instanceof NativeRaise && e.pyType === 'TypeError' && / is not iterable$/.test(e.pyMessage)) {
    return new NativeRaise('TypeError', 'can only join an iterable');
  }
  return e;
}

/** The joined string of a sequence's `items` (borrowed). */
function joinItems(args: PyObject[], items: readonly PyObject[]): PyObject {
  const sep = self(args);
  if (items.length === 1 && items[0].type === T.str) return incref(items[0]);
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!(x instanceof PyStr)) throw new NativeRaise('TypeError', `sequence item ${i}: expected str instance, ${x.type.name} found`);
    parts.push(x.value);
  }
  return newStr(parts.join(sep));
}

/** str.translate: each character looked up in the table (LookupError keeps it). */
function translate(vm: VM, args: PyObject[]): PyObject {
  const table = args[1];
  let out = '';
  for (const ch of self(args)) {
    const key = newInt(ch.codePointAt(0)!);
    let v: PyObject;
    try {
      v = getItem(vm, table, key);
    } catch (e) {
      if (vm.matches(e, 'LookupError')) {
        out += ch;
        continue;
      }
      throw e;
    } finally {
      decref(key);
    }
    try {
      if (v instanceof PyNone) continue;
      if (v instanceof PyStr) out += v.value;
      else if (v instanceof PyInt || v instanceof PyBool) {
        const n = v instanceof PyBool ? (v.value ? 1 : 0) : Number(v.value);
        if (n < 0 || n > 0x10ffff) throw new NativeRaise('ValueError', 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else throw new NativeRaise('TypeError', 'character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  }
  return newStr(out);
}

/** str.maketrans(x[, y[, z]]): the translation dict. */
function maketrans(vm: VM, args: PyObject[]): PyObject {
  const [x, y, z] = args;
  const d = newDict();
  const set = (k: number, v: PyObject): void => {
    const key = newInt(k);
    dictSet(vm, d, key, v);
    decref(key);
  };
  try {
    if (y === undefined) {
      if (!(x instanceof PyDict)) throw new NativeRaise('TypeError', 'if you give only one argument to maketrans it must be a dict');
      for (const e of [...x.map.values()]) {
        if (e.key instanceof PyStr) {
          if (text.cpLength(e.key.value) !== 1) throw new NativeRaise('ValueError', 'string keys in translate table must be of length 1');
          set(e.key.value.codePointAt(0)!, e.value);
        } else if (e.key instanceof PyInt || e.key instanceof PyBool) dictSet(vm, d, e.key, e.value);
        else throw new NativeRaise('TypeError', 'keys in translate table must be strings or integers');
      }
      return d;
    }
    if (!(x instanceof PyStr)) throw new NativeRaise('TypeError', 'maketrans() argument 1 must be str, not ' + x.type.name);
    if (!(y instanceof PyStr)) throw new NativeRaise('TypeError', `maketrans() argument 2 must be str, not ${argTypeName(y)}`);
    if (z !== undefined && !(z instanceof PyStr)) throw new NativeRaise('TypeError', `maketrans() argument 3 must be str, not ${argTypeName(z)}`);
    const from = Array.from(x.value), to = Array.from(y.value);
    if (from.length !== to.length) throw new NativeRaise('ValueError', 'the first two maketrans arguments must have equal length');
    from.forEach((c, i) => {
      const v = newInt(to[i].codePointAt(0)!);
      set(c.codePointAt(0)!, v);
      decref(v);
    });
    if (z instanceof PyStr) for (const c of z.value) set(c.codePointAt(0)!, newNone());
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

export function installStrMethods(): void {
  defineMethods(T.str, {
    capitalize: [NOARGS, mapping(text.capitalize)],
    casefold: [NOARGS, mapping(text.casefold)],
    center: [fast(1, 2), pad((margin, width) => Math.floor(margin / 2) + (margin & width & 1))],
    count: [tuple(1, 3), (vm, args) => {
      const start = sliceIndexArg(vm, args[2], 0);
      const end = sliceIndexArg(vm, args[3], Number.MAX_SAFE_INTEGER);
      return newIntExact(text.countSub(self(args), subArg(args[1]), start, end));
    }],
    endswith: [tuple(1, 3), prefixTest(true)],
    expandtabs: [keywords(['tabsize'], 0), (vm, args) => result(args, text.expandTabs(self(args), args[1] === undefined ? 8 : cIntArg(vm, args[1])))],
    find: [tuple(1, 3), find(false, false)],
    format: { *op(vm, args, kwargs) {
      const whole = yield* wholeFieldResumable(vm, self(args), args, kwargs);
      if (whole) return whole;
      return result(args, yield* strFormatResumable(vm, self(args), args.slice(1), kwargs));
    } },
    format_map: { sig: O, *op(vm, args) {
      return newStr(yield* strFormatResumable(vm, self(args), null, null, args[1]));
    } },
    index: [tuple(1, 3), find(false, true)],
    isalnum: [NOARGS, predicate(text.isAlnum)],
    isalpha: [NOARGS, predicate(text.isAlpha)],
    isascii: [NOARGS, predicate(text.isAscii)],
    isdecimal: [NOARGS, predicate(text.isDecimal)],
    isdigit: [NOARGS, predicate(text.isDigit)],
    isidentifier: [NOARGS, predicate(text.isIdentifier)],
    islower: [NOARGS, predicate(text.isLower)],
    isnumeric: [NOARGS, predicate(text.isNumeric)],
    isprintable: [NOARGS, predicate(text.isPrintable)],
    isspace: [NOARGS, predicate(text.isSpace)],
    istitle: [NOARGS, predicate(text.isTitle)],
    isupper: [NOARGS, predicate(text.isUpper)],
    join: { sig: O, op: join, fast: joinFast },
    ljust: [fast(1, 2), pad(() => 0)],
    lower: [NOARGS, mapping(text.lower)],
    lstrip: [fast(0, 1), (_vm, args) => result(args, text.stripChars(self(args), charsArg(args[1], 'lstrip'), true, false))],
    partition: [O, partition(false)],
    removeprefix: [O, affix(true)],
    removesuffix: [O, affix(false)],
    replace: [fast(2, 3), replace],
    rfind: [tuple(1, 3), find(true, false)],
    rindex: [tuple(1, 3), find(true, true)],
    rjust: [fast(1, 2), pad((margin) => margin)],
    rpartition: [O, partition(true)],
    rsplit: [keywords(['sep', 'maxsplit'], 0), (vm, args) => {
      const maxsplit = args[2] === undefined ? -1 : ssizeArg(vm, args[2]);
      const sep = sepArg(args[1]);
      const s = self(args);
      const parts = sep === null ? text.rsplitWhitespace(s, maxsplit) : text.rsplitSep(s, sep, maxsplit);
      return pieces(args, parts, splitCapacity(maxsplit, parts.length, sep, s));
    }],
    rstrip: [fast(0, 1), (_vm, args) => result(args, text.stripChars(self(args), charsArg(args[1], 'rstrip'), false, true))],
    split: [keywords(['sep', 'maxsplit'], 0), (vm, args) => {
      const maxsplit = args[2] === undefined ? -1 : ssizeArg(vm, args[2]);
      const sep = sepArg(args[1]);
      const s = self(args);
      const parts = sep === null ? text.splitWhitespace(s, maxsplit) : text.splitSep(s, sep, maxsplit);
      return pieces(args, parts, splitCapacity(maxsplit, parts.length, sep, s));
    }],
    splitlines: [keywords(['keepends'], 0), (vm, args) => {
      const keep = args[1] === undefined ? false : cIntArg(vm, args[1]) !== 0;
      return pieces(args, text.splitLines(self(args), keep));
    }],
    startswith: [tuple(1, 3), prefixTest(false)],
    strip: [fast(0, 1), (_vm, args) => result(args, text.stripChars(self(args), charsArg(args[1], 'strip'), true, true))],
    swapcase: [NOARGS, mapping(text.swapcase)],
    title: [NOARGS, mapping(text.title)],
    translate: [O, translate],
    upper: [NOARGS, mapping(text.upper)],
    zfill: [O, (vm, args) => {
      const s = self(args);
      const width = ssizeArg(vm, args[1]);
      const fill = width - text.cpLength(s);
      if (fill <= 0) return result(args, s);
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return newStr(sign + '0'.repeat(fill) + s.slice(sign.length));
    }],
  });
  // str.maketrans is a static method.
  defineStaticMethod(T.str, 'maketrans', [fast(1, 3), maketrans]);
}
