// json's native parts, as CPython's _json accelerates json in C: the string escaper and the one-shot encoder
// under dumps (c_encode_basestring_ascii, c_make_encoder) and the scanner under loads (c_make_scanner) for a
// decoder without hooks. Written in Python they walked every character in the eval loop (loads 200x, dumps 73x python3's
// time). The scanner's messages and positions are the Python scanner's, which are CPython's.

import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyFloat, PyInt, PyList, PyStr, PyTuple } from '../runtime/objects';
import { False, None, T, True } from '../runtime/builtinTypes';
import { repr } from '../runtime/ops/repr';
import { decref, incref } from '../runtime/heap';
import { newDict, newFloat, newInt, newList, newNone, newStr, newTuple } from '../runtime/factory';
import { indexOf } from '../runtime/ops/numbers';
import { dictSetWithHash, listAppend } from '../runtime/containers';
import { builtinFunction } from '../builtins/define';
import { NativeRaise } from '../errors';
import { once } from './nativeType';
import { tupleFreeList, type FreeListKind } from '../runtime/freeLists';
import type { VM } from '../vm/vm';

const HEX = '0123456789abcdef';
const SHORT_ESCAPES: Readonly<Record<number, string>> = { 0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f' };

/** A str as a JSON string literal: `ensureAscii` escapes everything past '~' as \uXXXX (astral characters as a surrogate pair). */
export function encodeJsonString(s: string, ensureAscii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const plain = c >= 0x20 && c !== 0x22 && c !== 0x5c && (!ensureAscii || c <= 0x7e);
    if (plain) continue;
    out += s.slice(run, i);
    out += SHORT_ESCAPES[c] ?? '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** `_encode_string(s, ensure_ascii)`. */
const encodeStringFunction = once(() => builtinFunction('_encode_string', (vm, args) => {
  const [s, ensureAscii] = args;
  if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `first argument must be a string, not ${s.type.name}`);
  return newStr(encodeJsonString(s.value, vm.isTrue(ensureAscii)));
}));

/** What the native encoder leaves to the Python one: an object of another type (default() decides), a sort it cannot do. */
class EncodeInPython {}

interface EncoderOptions {
  readonly ensureAscii: boolean;
  readonly allowNan: boolean;
  readonly sortKeys: boolean;
  readonly skipKeys: boolean;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  /** Ids of the containers being encoded (check_circular), or null. */
  readonly markers: Set<PyObject> | null;
  /**
   * The gc allocations (true) and releases (false) the C encoder makes, by free list, counted once it is known
   * the Python encoder is not to write the text instead: the items list, list iterator and (key, value) tuples
   * of each dict (encoder_listencode_dict's PyMapping_Items), released in list_dealloc's order.
   */
  readonly allocations: [boolean, FreeListKind][];
}

/** CPython's one-shot C encoder (encoder_listencode_obj) for exact builtin types: the text is appended to `out`. */
function encodeValue(vm: VM, o: PyObject, options: EncoderOptions, out: string[]): void {
  const type = o.type;
  if (type === T.str) out.push(encodeJsonString((o as PyStr).value, options.ensureAscii));
  else if (o === None) out.push('null');
  else if (o === True) out.push('true');
  else if (o === False) out.push('false');
  else if (type === T.int) out.push(repr(vm, o));
  else if (type === T.float) out.push(floatText(vm, o as PyFloat, options));
  else if (type === T.list || type === T.tuple) encodeContainer(vm, o, options, out, ' while encoding a JSON object', () => {
    const items = (o as PyList | PyTuple).items;
    if (items.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.push(options.itemSeparator);
      encodeValue(vm, items[i], options, out);
    }
    out.push(']');
  });
  else if (type === T.dict) encodeContainer(vm, o, options, out, ' while encoding a JSON object', () => encodeDict(vm, o as PyDict, options, out));
  else throw new EncodeInPython();
}

function floatText(vm: VM, f: PyFloat, options: EncoderOptions): string {
  const x = f.value;
  if (Number.isFinite(x)) return repr(vm, f);
  if (!options.allowNan) throw new NativeRaise('ValueError', 'Out of range float values are not JSON compliant');
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/** A list or dict: its marker against cycles, and a recursion level (Py_EnterRecursiveCall). */
function encodeContainer(vm: VM, o: PyObject, options: EncoderOptions, out: string[], where: string, body: () => void): void {
  const markers = options.markers;
  if (markers !== null) {
    if (markers.has(o)) throw new NativeRaise('ValueError', 'Circular reference detected');
    markers.add(o);
  }
  vm.enterRecursiveCall(where);
  try {
    body();
  } finally {
    vm.leaveRecursiveCall();
  }
  markers?.delete(o);
}

function encodeDict(vm: VM, d: PyDict, options: EncoderOptions, out: string[]): void {
  if (d.map.size === 0) {
    out.push('{}');
    return;
  }
  let entries = [...d.map.values()];
  const allocations = options.allocations;
  allocations.push([true, 'list']);
  for (let i = 0; i < entries.length; i++) allocations.push([true, tupleFreeList(2)]);
  allocations.push([true, '']);
  if (options.sortKeys) {
    // sorted(d.items()) by str keys in code point order; other keys (and surrogates, whose order differs in UTF-16) in Python.
    if (!entries.every((e) => e.key.type === T.str && !/[\ud800-\udfff]/.test((e.key as PyStr).value))) throw new EncodeInPython();
    entries = entries.sort((a, b) => ((a.key as PyStr).value < (b.key as PyStr).value ? -1 : 1));
  }
  out.push('{');
  let first = true;
  for (const { key, value } of entries) {
    let text: string;
    if (key.type === T.str) text = (key as PyStr).value;
    else if (key.type === T.float) text = floatText(vm, key as PyFloat, options);
    else if (key === True) text = 'true';
    else if (key === False) text = 'false';
    else if (key === None) text = 'null';
    else if (key.type === T.int) text = repr(vm, key);
    // A subclass of str, int or float: the Python encoder spells it (isinstance, then the base's spelling).
    else if (key instanceof PyStr || key instanceof PyInt || key instanceof PyFloat) throw new EncodeInPython();
    else if (options.skipKeys) continue;
    else throw new NativeRaise('TypeError', `keys must be str, int, float, bool or None, not ${key.type.name}`);
    if (!first) out.push(options.itemSeparator);
    first = false;
    out.push(encodeJsonString(text, options.ensureAscii), options.keySeparator);
    encodeValue(vm, value, options, out);
  }
  // The iterator goes, then its list, whose items are released last to first.
  allocations.push([false, '']);
  for (let i = 0; i < entries.length; i++) allocations.push([false, tupleFreeList(2)]);
  allocations.push([false, 'list']);
  out.push('}');
}

function countAllocations(vm: VM, allocations: readonly [boolean, FreeListKind][]): void {
  for (const [allocated, kind] of allocations) {
    if (allocated) vm.hidden.allocate(kind);
    else vm.hidden.release([kind]);
  }
}

/**
 * `_encode_json(o, ensure_ascii, allow_nan, sort_keys, skipkeys, item_separator, key_separator, check_circular)`:
 * the JSON text of `o` as the one-shot C encoder writes it, or None when the Python encoder is to write it (an
 * object of a type other than str, int, float, bool, None, list, tuple and dict, which default() converts).
 */
const encodeJsonFunction = once(() => builtinFunction('_encode_json', (vm, args) => {
  const [o, ensureAscii, allowNan, sortKeys, skipKeys, itemSeparator, keySeparator, checkCircular] = args;
  if (!(itemSeparator instanceof PyStr) || !(keySeparator instanceof PyStr)) return newNone();
  const options: EncoderOptions = {
    ensureAscii: vm.isTrue(ensureAscii), allowNan: vm.isTrue(allowNan), sortKeys: vm.isTrue(sortKeys),
    skipKeys: vm.isTrue(skipKeys), itemSeparator: itemSeparator.value, keySeparator: keySeparator.value,
    markers: vm.isTrue(checkCircular) ? new Set() : null,
    // c_make_encoder's call (the bound self.default, its argument tuple of 9, the encoder object), then the
    // encoder's call with its argument tuple.
    allocations: [[true, ''], [true, tupleFreeList(9)], [true, ''], [false, tupleFreeList(9)], [true, tupleFreeList(2)]],
  };
  const out: string[] = [];
  try {
    encodeValue(vm, o, options, out);
  } catch (e) {
    if (e instanceof EncodeInPython) return newNone();
    countAllocations(vm, options.allocations);
    throw e;
  }
  options.allocations.push([false, tupleFreeList(2)], [false, ''], [false, '']);
  countAllocations(vm, options.allocations);
  return newStr(out.join(''));
}));

/** A JSONDecodeError to raise: its message and position. */
class JsonError {
  constructor(readonly message: string, readonly pos: number) {}
}

/** What the native scanner leaves to the Python one (an int past int()'s digit limit). */
class LeftToPython {}

/** int()'s limit on the digits of a decimal string (sys.get_int_max_str_digits()). */
const INT_MAX_STR_DIGITS = 4300;

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BACKSLASH: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const CONSTANT_WORDS = ['NaN', 'Infinity', '-Infinity'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;

/** One scan (one loads): CPython's scanner with its memo of keys, which makes equal keys one str object. */
class JsonScanner {
  private readonly memo = new Map<string, PyStr>();

  constructor(private readonly vm: VM, private readonly s: string, private readonly strict: boolean, private readonly constants: PyDict) {}

  skip(i: number): number {
    const s = this.s;
    while (i < s.length && WHITESPACE.has(s.charCodeAt(i))) i++;
    return i;
  }

  /** A new reference to the value at `i`, and where it ends. */
  value(i: number): [PyObject, number] {
    const s = this.s;
    if (i >= s.length) throw new JsonError('Expecting value', i);
    const ch = s[i];
    if (ch === '"') {
      const [text, end] = this.string(i + 1);
      return [newStr(text), end];
    }
    if (ch === '{') return this.nested(' while decoding a JSON object from a unicode string', () => this.object(i + 1));
    if (ch === '[') return this.nested(' while decoding a JSON array from a unicode string', () => this.array(i + 1));
    if (s.startsWith('null', i)) return [incref(None), i + 4];
    if (s.startsWith('true', i)) return [incref(True), i + 4];
    if (s.startsWith('false', i)) return [incref(False), i + 5];
    for (const word of CONSTANT_WORDS) {
      // The decoder's parse_constant is _CONSTANTS.__getitem__: every NaN is the dict's one float.
      if (s.startsWith(word, i)) return [incref(this.constants.getStr(word)!), i + word.length];
    }
    return this.number(i);
  }

  private nested(where: string, parse: () => [PyObject, number]): [PyObject, number] {
    this.vm.enterRecursiveCall(where);
    try {
      return parse();
    } finally {
      this.vm.leaveRecursiveCall();
    }
  }

  private number(i: number): [PyObject, number] {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(this.s);
    if (!m) throw new JsonError('Expecting value', i);
    const text = m[0];
    const end = i + text.length;
    if (m[1] !== undefined || m[2] !== undefined) return [newFloat(Number(text)), end];
    if (text.length > INT_MAX_STR_DIGITS) throw new LeftToPython();
    const n = Number(text);
    // "-0" is the int 0.
    return [newInt(n === 0 ? 0 : Number.isSafeInteger(n) ? n : BigInt(text)), end];
  }

  /** The text of the string whose body starts at `i` (after its quote), and the index after its closing quote. */
  string(i: number): [string, number] {
    const s = this.s;
    const begin = i - 1;
    let out = '';
    for (;;) {
      let j = i;
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (c === 0x22 || c === 0x5c || (c < 0x20 && this.strict)) break;
      }
      if (j >= s.length) throw new JsonError('Unterminated string starting at', begin);
      out += s.slice(i, j);
      const ch = s[j];
      if (ch === '"') return [out, j + 1];
      if (ch !== '\\') throw new JsonError('Invalid control character at', j);
      if (j + 1 >= s.length) throw new JsonError('Unterminated string starting at', begin);
      const esc = s[j + 1];
      if (esc !== 'u') {
        const replacement = BACKSLASH[esc];
        if (replacement === undefined) throw new JsonError('Invalid \\escape', j);
        out += replacement;
        i = j + 2;
        continue;
      }
      let code = this.hex4(j);
      i = j + 6;
      if (code >= 0xd800 && code <= 0xdbff && s.startsWith('\\u', i)) {
        const low = this.hex4(i);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
          i += 6;
        }
      }
      out += String.fromCodePoint(code);
    }
  }

  private hex4(j: number): number {
    const digits = this.s.slice(j + 2, j + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new JsonError('Invalid \\uXXXX escape', j + 1);
    return parseInt(digits, 16);
  }

  private key(text: string): PyStr {
    const known = this.memo.get(text);
    if (known) return incref(known);
    const key = newStr(text);
    this.memo.set(text, key);
    return incref(key);
  }

  private object(i: number): [PyObject, number] {
    const s = this.s;
    const d = newDict();
    try {
      i = this.skip(i);
      if (i < s.length && s[i] === '}') return [d, i + 1];
      for (;;) {
        if (i >= s.length || s[i] !== '"') throw new JsonError('Expecting property name enclosed in double quotes', i);
        const [text, afterKey] = this.string(i + 1);
        i = this.skip(afterKey);
        if (i >= s.length || s[i] !== ':') throw new JsonError("Expecting ':' delimiter", i);
        const [value, afterValue] = this.value(this.skip(i + 1));
        const key = this.key(text);
        dictSetWithHash(d, key.mapKey, key, value);
        decref(key);
        decref(value);
        i = this.skip(afterValue);
        if (i < s.length && s[i] === '}') return [d, i + 1];
        if (i >= s.length || s[i] !== ',') throw new JsonError("Expecting ',' delimiter", i);
        i = this.skip(i + 1);
      }
    } catch (e) {
      decref(d);
      throw e;
    }
  }

  private array(i: number): [PyObject, number] {
    const s = this.s;
    const list = newList([], 0);
    try {
      i = this.skip(i);
      if (i < s.length && s[i] === ']') return [list, i + 1];
      for (;;) {
        const [value, end] = this.value(i);
        listAppend(list, value);
        decref(value);
        i = this.skip(end);
        if (i < s.length && s[i] === ']') return [list, i + 1];
        if (i >= s.length || s[i] !== ',') throw new JsonError("Expecting ',' delimiter", i);
        i = this.skip(i + 1);
      }
    } catch (e) {
      decref(list);
      throw e;
    }
  }

  /** Drops the memo's references (CPython clears its memo after each scan). */
  release(): void {
    for (const key of this.memo.values()) decref(key);
    this.memo.clear();
  }
}

/**
 * `_scan_json(s, idx, strict, constants, whole)`: the value at idx as `(value, end)`, `(None, message, pos)` for
 * the JSONDecodeError the caller raises, or None when the Python scanner is to do it (a text with characters
 * past U+FFFF, whose indices count differently here; an int too long for int()). `whole`: whitespace around the
 * value is skipped and nothing may follow ("Extra data"), as JSONDecoder.decode reads a document.
 */
const scanJsonFunction = once(() => builtinFunction('_scan_json', (vm, args) => {
  const [s, idx, strict, constants, whole] = args;
  if (!(s instanceof PyStr) || !(constants instanceof PyDict)) throw new NativeRaise('TypeError', '_scan_json() takes a str and the constants dict');
  const start = Number(indexOf(vm, idx));
  if (s.codePointLength !== s.value.length || start < 0 || start > s.value.length) return newNone();
  const scanner = new JsonScanner(vm, s.value, vm.isTrue(strict), constants);
  const entire = vm.isTrue(whole);
  try {
    const [value, end] = scanner.value(entire ? scanner.skip(start) : start);
    const after = entire ? scanner.skip(end) : end;
    if (entire && after !== s.value.length) {
      decref(value);
      throw new JsonError('Extra data', after);
    }
    return newTuple([value, newInt(after)]);
  } catch (e) {
    if (e instanceof LeftToPython) return newNone();
    if (!(e instanceof JsonError)) throw e;
    return newTuple([incref(None), newStr(e.message), newInt(e.pos)]);
  } finally {
    scanner.release();
  }
}));

/** The json module's native part. */
export function jsonNativeContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = { _encode_string: encodeStringFunction(), _encode_json: encodeJsonFunction(), _scan_json: scanJsonFunction() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
