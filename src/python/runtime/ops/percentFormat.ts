// printf-style `str % args` on Python objects: PyUnicode_Format's parsing, argument taking and conversions.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyByteArray, PyBytes } from '../bytesObject';
import { PyMemoryView } from '../memoryviewObject';
import { PyBool, PyFloat, PyInstance, PyInt, PyList, PyRange, PyStr, PyTuple } from '../objects';
import { decref, incref } from '../heap';
import { specialMethod } from './attributeHooks';
import { newStr } from '../factory';
import { formatPrintfFloat, formatPrintfInt, padPrintf, type PrintfSpec } from '../../format';
import { getItem } from './items';
import { holdReferences, releaseReferences } from '../../vm/callOps';
import { repr, reprResumable, str, strResumable } from './repr';
import { asciiRepr, escapeNonAscii, wholeFormatResult } from './formatting';
import { conversionCallsPython, convertedObjectResumable } from './textObjects';
import { exactIntOf, floatOf, indexOf, intOfNumber, isNumberLike } from './numbers';
import type { VM } from '../../vm/vm';
import type { NativeOp } from '../../vm/nativeOp';

/** PyMapping_Check without tuples and strs: what `%(name)s` may look names up in. */
function isMapping(o: PyObject): boolean {
  // Every type with mp_subscript: `'ab' % b'xy'` is 'ab', as a dict with no keys used would be.
  if (o instanceof PyDict || o instanceof PyList || o instanceof PyRange || o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) return true;
  return o instanceof PyInstance && o.type.lookup('__getitem__') !== undefined;
}

interface ArgState {
  args: PyObject;
  /** Borrowed args unless `owned` (a value looked up by key). */
  owned: boolean;
  /** -1 for a single (non-tuple) argument, as CPython. */
  arglen: number;
  argidx: number;
  /**
   * The values `%(key)` lookups found on an earlier pass of the same formatting (percentFormatResumable runs it
   * again for each text a __str__ makes): found once, as CPython looks each key up once. Owned references.
   */
  lookups: PyObject[] | null;
  lookupIndex: number;
}

function nextArg(st: ArgState): PyObject {
  if (st.argidx < st.arglen) {
    const i = st.argidx++;
    return st.arglen < 0 ? st.args : (st.args as PyTuple).items[i];
  }
  throw new NativeRaise('TypeError', 'not enough arguments for format string');
}

function starValue(st: ArgState): number {
  const v = nextArg(st);
  const iv = v instanceof PyInt ? v.value : v instanceof PyBool ? (v.value ? 1 : 0) : null;
  if (iv === null) throw new NativeRaise('TypeError', '* wants int');
  const n = Number(iv);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2147483647) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

/** The text of a %s, %r or %a conversion (resumable formatting supplies its own; see percentFormatResumable). */
type TextOf = (v: PyObject, conv: string, owned: boolean) => string;

/** What bytes formatting does its own way: %s/%r/%a/%c texts, keys as bytes, its error wording. */
export interface BytesFormatting {
  textOf: TextOf;
  key(s: string): PyObject;
}

/** `template % args` as a JS string (bytes % args too, with `bytes` given: the strings then hold one byte per character). */
export function percentFormatObjects(
  vm: VM, template: string, args: PyObject, textOf: TextOf | null = null, bytes: BytesFormatting | null = null, lookups: PyObject[] | null = null,
): string {
  const isTuple = args instanceof PyTuple;
  const dict = !isTuple && !(args instanceof PyStr) && !(bytes && (args instanceof PyBytes || args instanceof PyByteArray)) && isMapping(args) ? args : null;
  if (bytes) textOf = bytes.textOf;
  const notAll = `not all arguments converted during ${bytes ? 'bytes' : 'string'} formatting`;
  const st: ArgState = { args, owned: false, arglen: isTuple ? args.items.length : -1, argidx: isTuple ? 0 : -2, lookups, lookupIndex: 0 };
  const fmt = template;
  const end = fmt.length;
  let out = '';
  let pos = 0;
  try {
    while (pos < end) {
      const pct = fmt.indexOf('%', pos);
      if (pct < 0) {
        out += fmt.slice(pos);
        break;
      }
      out += fmt.slice(pos, pct);
      pos = pct + 1;
      if (fmt[pos] === '%') {
        out += '%';
        pos++;
        continue;
      }
      pos = formatOne(vm, fmt, pos, st, dict, (s) => (out += s), textOf, bytes);
      if (dict && st.argidx < st.arglen) throw new NativeRaise('TypeError', notAll);
    }
    if (st.argidx < st.arglen && !dict) throw new NativeRaise('TypeError', notAll);
  } finally {
    if (st.owned) decref(st.args);
  }
  return out;
}

/** Parses one conversion starting after '%' and writes it; returns the position after it. */
function formatOne(vm: VM, fmt: string, start: number, st: ArgState, dict: PyObject | null, write: (s: string) => void, textOf: TextOf | null, bytes: BytesFormatting | null): number {
  const end = fmt.length;
  let pos = start;
  const spec: PrintfSpec = { conv: '', ljust: false, sign: false, blank: false, alt: false, zero: false, width: -1, prec: -1 };
  const incomplete = (): never => {
    throw new NativeRaise('ValueError', 'incomplete format');
  };
  if (fmt[pos] === '(') {
    if (!dict) throw new NativeRaise('TypeError', 'format requires a mapping');
    let depth = 1;
    const keyStart = ++pos;
    while (depth > 0 && pos < end) {
      if (fmt[pos] === ')') depth--;
      else if (fmt[pos] === '(') depth++;
      pos++;
    }
    if (depth > 0) throw new NativeRaise('ValueError', 'incomplete format key');
    const found = st.lookups?.[st.lookupIndex++];
    let value: PyObject;
    if (found) value = incref(found);
    else {
      const key = bytes ? bytes.key(fmt.slice(keyStart, pos - 1)) : newStr(fmt.slice(keyStart, pos - 1));
      try {
        value = getItem(vm, dict, key);
      } finally {
        decref(key);
      }
      st.lookups?.push(incref(value));
    }
    if (st.owned) decref(st.args);
    st.args = value;
    st.owned = true;
    st.arglen = -1;
    st.argidx = -2;
  }
  for (; pos < end; pos++) {
    const c = fmt[pos];
    if (c === '-') spec.ljust = true;
    else if (c === '+') spec.sign = true;
    else if (c === ' ') spec.blank = true;
    else if (c === '#') spec.alt = true;
    else if (c === '0') spec.zero = true;
    else break;
  }
  if (pos >= end) incomplete();
  if (fmt[pos] === '*') {
    spec.width = starValue(st);
    if (spec.width < 0) {
      spec.ljust = true;
      spec.width = -spec.width;
    }
    pos++;
  } else if (fmt[pos] >= '0' && fmt[pos] <= '9') {
    let w = 0;
    while (pos < end && fmt[pos] >= '0' && fmt[pos] <= '9') {
      w = w * 10 + (fmt.charCodeAt(pos++) - 48);
      if (w > Number.MAX_SAFE_INTEGER / 10) throw new NativeRaise('ValueError', 'width too big');
    }
    spec.width = w;
  }
  if (fmt[pos] === '.') {
    spec.prec = 0;
    pos++;
    if (fmt[pos] === '*') {
      spec.prec = Math.max(0, starValue(st));
      pos++;
    } else {
      let p = 0;
      while (pos < end && fmt[pos] >= '0' && fmt[pos] <= '9') {
        p = p * 10 + (fmt.charCodeAt(pos++) - 48);
        if (p > 2147483647) throw new NativeRaise('ValueError', 'precision too big');
      }
      spec.prec = p;
    }
  }
  if (pos < end && (fmt[pos] === 'h' || fmt[pos] === 'l' || fmt[pos] === 'L')) pos++;
  if (pos >= end) incomplete();
  const cp = fmt.codePointAt(pos)!;
  spec.conv = String.fromCodePoint(cp);
  pos += spec.conv.length;
  const v = nextArg(st);
  let text: string;
  let numeric = false;
  switch (textOf && (spec.conv === 's' || spec.conv === 'r' || spec.conv === 'a' || (bytes && (spec.conv === 'c' || spec.conv === 'b'))) ? '' : spec.conv) {
    case '': text = textOf!(v, spec.conv, st.owned); break;
    case 's': text = v instanceof PyStr ? v.value : str(vm, v); break;
    case 'r': text = repr(vm, v); break;
    case 'a': text = asciiRepr(vm, v); break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
      text = formatPrintfInt(printfInt(vm, v, spec.conv), spec);
      numeric = true;
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      text = formatPrintfFloat(floatOf(vm, v), spec);
      numeric = true;
      break;
    case 'c': text = printfChar(vm, v); break;
    default: {
      const shown = cp >= 31 && cp <= 126 ? spec.conv : '?';
      throw new NativeRaise('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - spec.conv.length}`);
    }
  }
  write(padPrintf(text, spec, numeric));
  return pos;
}

/** mainformatlong: the int a d/i/u/o/x/X conversion prints, with its TypeErrors. */
function printfInt(vm: VM, v: PyObject, conv: string): bigint | number {
  const hex = conv === 'o' || conv === 'x' || conv === 'X';
  const wrongType = (): never => {
    throw new NativeRaise('TypeError', hex
      ? `%${conv} format: an integer is required, not ${v.type.name}`
      : `%${conv} format: a real number is required, not ${v.type.name}`);
  };
  const exact = exactIntOf(v);
  if (exact !== null) return exact;
  if (!isNumberLike(v)) wrongType();
  try {
    return hex ? indexOf(vm, v) : intOfNumber(vm, v);
  } catch (e) {
    if (e instanceof NativeRaise && e.pyType === 'TypeError') wrongType();
    throw e;
  }
}

/** formatchar: an int code point or a one-character str. */
function printfChar(vm: VM, v: PyObject): string {
  const fail = (): never => {
    throw new NativeRaise('TypeError', '%c requires int or char');
  };
  if (v instanceof PyStr) {
    const cps = [...v.value];
    if (cps.length !== 1) fail();
    return v.value;
  }
  if (v instanceof PyFloat) fail();
  let n: bigint | number;
  try {
    n = indexOf(vm, v);
  } catch (e) {
    if (e instanceof NativeRaise && e.pyType === 'TypeError') fail();
    throw e;
  }
  if (n < 0 || n > 0x10ffff) throw new NativeRaise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** `'%s' % s`: CPython's writer hands back the one existing str it was given, whole (see wholeFormatResult). */
export function wholePercentArgument(template: string, args: PyObject): PyObject | null {
  if (template !== '%s') return null;
  const only = args instanceof PyTuple ? (args.items.length === 1 ? args.items[0] : null) : args;
  return only !== null ? wholeFormatResult(only, '') : null;
}

const WHOLE_CONVERSIONS: ReadonlyMap<string, number> = new Map([['%s', 1], ['%r', 2], ['%a', 3]]);

/**
 * `'%s' % x` (or %r, %a) when the conversion calls a Python __str__ or __repr__: the writer hands back the str it
 * returned, whole (a new reference); null otherwise.
 */
export function* wholePercentConversion(vm: VM, template: string, args: PyObject): NativeOp<PyStr | null> {
  const conversion = WHOLE_CONVERSIONS.get(template);
  if (conversion === undefined) return null;
  const only = args instanceof PyTuple ? (args.items.length === 1 ? args.items[0] : null) : args;
  if (only === null || !conversionCallsPython(only, conversion)) return null;
  return yield* convertedObjectResumable(vm, only, conversion);
}

/** Whether `template % args` may run Python code for its text conversions (__str__, __repr__ of an argument). */
export function percentFormatMayRunPython(args: PyObject): boolean {
  const items = args instanceof PyTuple ? args.items : args instanceof PyDict ? [...args.map.values()].map((e) => e.value) : [args];
  return items.some((a) => a.attrs !== null || !(a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr || a instanceof PyBool));
}

/** Thrown by a text conversion that needs Python code: it is made, then the formatting starts over. */
const TEXT_NEEDED = new Error('text needed');

/**
 * `template % args` with the __str__ and __repr__ of its arguments running as frames: each text the
 * formatting needs is made in turn (the n-th text conversion of the pass), then the formatting runs again.
 */
export function* percentFormatResumable(vm: VM, template: string, args: PyObject): NativeOp<string> {
  const made: string[] = [];
  // The formatting's references to the values its lookups found (the picture sees them while a __str__ runs).
  const lookups: PyObject[] = [];
  vm.holdTemporary(lookups);
  try {
    return yield* formatInPasses(vm, template, args, made, lookups);
  } finally {
    vm.dropTemporary(lookups);
    for (const v of lookups) decref(v);
  }
}

function* formatInPasses(vm: VM, template: string, args: PyObject, made: string[], lookups: PyObject[]): NativeOp<string> {
  let wanted: { v: PyObject; conv: string; owned: boolean } | null = null;
  for (;;) {
    let n = 0;
    try {
      return percentFormatObjects(vm, template, args, (v, conv, owned) => {
        const i = n++;
        if (i < made.length) return made[i];
        // A str's own text is recorded too: the n-th conversion must find the n-th text on the next pass.
        if (conv === 's' && v instanceof PyStr && (v.attrs === null || !specialMethod(v, '__str__'))) {
          made.push(v.value);
          return v.value;
        }
        wanted = { v, conv, owned };
        throw TEXT_NEEDED;
      }, null, lookups);
    } catch (e) {
      if (e !== TEXT_NEEDED) throw e;
    }
    const { v, conv, owned } = wanted!;
    // A value looked up by `%(key)s` is the formatting's own reference while its __str__ runs (the pass that
    // looked it up has dropped it already).
    const held = owned && !lookups.includes(v) ? holdReferences(vm, [v]) : null;
    try {
      if (conv === 's') made.push(yield* strResumable(vm, v));
      else {
        const text = yield* reprResumable(vm, v);
        made.push(conv === 'a' ? escapeNonAscii(text) : text);
      }
    } finally {
      if (held) releaseReferences(vm, held);
    }
  }
}
