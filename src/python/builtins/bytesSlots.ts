// The type slots of bytes and bytearray: repr, len, indexing and slicing, `in`, iteration, comparison, hash,
// + * %, and bytearray's item and slice assignment, as bytesobject.c and bytearrayobject.c behave.

import { NON_STR } from '../runtime/mapKey';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInstance, PyInt, PyNativeIterator, PySlice, PyStr } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newInt } from '../runtime/factory';
import { PyByteArray, PyBytes, bufferOf, bytesSize, newByteArray, newBytes } from '../runtime/bytesObject';
import { indexValue, sliceIndices } from '../runtime/ops/items';
import { hasIndex, indexOf } from '../runtime/ops/numbers';
import { refuseOverlongRepeat, repeatCount } from '../runtime/ops/arith';
import { strHash } from '../runtime/strHash';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { percentFormatObjects } from '../runtime/ops/percentFormat';
import { asciiRepr } from '../runtime/ops/formatting';
import type { NativeSlots } from '../runtime/nativeSlots';
import type { VM } from '../vm/vm';

const HEX = '0123456789abcdef';

/** The b'...' form: single quotes unless only they occur; bytearray's repr always escapes a single quote. */
export function bytesLiteral(s: string, alwaysEscapeSingle = false, stopAfter = Infinity): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < s.length && out.length <= stopAfter; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === quote || ch === '\\' || (alwaysEscapeSingle && ch === "'")) out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += ch;
  }
  return out + quote;
}

/** A result of the same kind as `self`: bytes for bytes, a new bytearray for bytearray. */
export function sameKind(self: PyObject, s: string): PyObject {
  return self instanceof PyByteArray ? newByteArray(s) : newBytes(s);
}

/** A byte value from an int-like object: `byte must be in range(0, 256)` beyond. */
export function byteValue(vm: VM, o: PyObject, message = 'byte must be in range(0, 256)'): number {
  const v = indexOf(vm, o);
  if (v < 0 || v > 255) throw new NativeRaise('ValueError', message);
  return Number(v);
}

/** Either bytes or a bytearray's latin-1 content. */
function content(o: PyObject): string {
  return (o as PyBytes | PyByteArray).value;
}

function bytesLikeRequired(o: PyObject): never {
  throw new NativeRaise('TypeError', `a bytes-like object is required, not '${o.type.name}'`);
}

function getItem(vm: VM, o: PyObject, key: PyObject): PyObject {
  const array = o instanceof PyByteArray;
  if (!(key instanceof PySlice)) {
    // One byte: read in place (a bytearray's latin-1 copy would make indexing loops quadratic).
    const n = length(o);
    let i = key instanceof PyInt || key instanceof PyBool || !hasIndex(key) ? indexValue(key, array ? 'bytearray' : 'byte') : Number(indexOf(vm, key));
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new NativeRaise('IndexError', array ? 'bytearray index out of range' : 'index out of range');
    return newInt(array ? o.buf[o.start + i] : (o as PyBytes).value.charCodeAt(i));
  }
  const s = content(o);
  const { start, step, count } = sliceIndices(key, s.length);
  if (step === 1) {
    if (!array && count === s.length && o.type === T.bytes) return incref(o);
    return sameKind(o, s.slice(start, start + count));
  }
  let out = '';
  for (let i = 0, j = start; i < count; i++, j += step) out += s[j];
  return sameKind(o, out);
}

function contains(vm: VM, o: PyObject, item: PyObject): boolean {
  const s = content(o);
  const sub = bufferOf(item);
  if (sub !== null) return s.includes(sub);
  if (!hasIndex(item)) bytesLikeRequired(item);
  return s.includes(String.fromCharCode(byteValue(vm, item)));
}

function iter(vm: VM, o: PyObject): PyObject {
  const array = o instanceof PyByteArray;
  const it = vm.heap.register(new PyNativeIterator(array ? T.bytearray_iterator : T.bytes_iterator, [incref(o)], (_vm, it) => {
    const seq = it.held[0];
    const s = seq ? (seq instanceof PyByteArray ? seq.bytes : null) : null;
    const n = seq ? (s ? s.length : (seq as PyBytes).value.length) : 0;
    if (!seq || it.state >= n) {
      it.exhaust();
      return null;
    }
    const i = it.state++;
    return newInt(s ? s[i] : (seq as PyBytes).value.charCodeAt(i));
  }));
  it.remaining = (self) => (self.held.length ? Math.max(0, length(self.held[0]) - self.state) : 0);
  vm.heap.track(it);
  return it;
}

function length(o: PyObject): number {
  return o instanceof PyByteArray ? o.size : (o as PyBytes).value.length;
}

/** bytes_richcompare / bytearray_richcompare: byte-wise order with any buffer; NotImplemented for others. */
function compare(_vm: VM, a: PyObject, b: PyObject, op: number): PyObject | null {
  const x = content(a);
  const y = a instanceof PyBytes && b instanceof PyByteArray ? null : bufferOf(b);
  if (y === null || (a instanceof PyBytes && !(b instanceof PyBytes))) return null;
  const order = x < y ? -1 : x > y ? 1 : 0;
  switch (op) {
    case CompareOpArg.LT: return newBool(order < 0);
    case CompareOpArg.LE: return newBool(order <= 0);
    case CompareOpArg.EQ: return newBool(order === 0);
    case CompareOpArg.NE: return newBool(order !== 0);
    case CompareOpArg.GT: return newBool(order > 0);
    default: return newBool(order >= 0);
  }
}

/** A repeat count (sq_repeat): negative is empty; overflow as CPython's MemoryError. */
/** The text %s, %r, %a and %c give in bytes formatting (bytes_format's conversions). */
function bytesFormatText(vm: VM, v: PyObject, conv: string): string {
  if (conv === 'r' || conv === 'a') return asciiRepr(vm, v);
  if (conv === 'c') {
    const single = bufferOf(v);
    if (single !== null && single.length === 1) return single;
    if (hasIndex(v) && !(v instanceof PyStr)) {
      const n = indexOf(vm, v);
      if (n >= 0 && n <= 255) return String.fromCharCode(Number(n));
      throw new NativeRaise('OverflowError', '%c arg not in range(256)');
    }
    throw new NativeRaise('TypeError', '%c requires an integer in range(256) or a single byte');
  }
  const b = bufferOf(v);
  if (b !== null) return b;
  const method = v.type.lookup('__bytes__');
  if (method) {
    const r = vm.callSpecial(method, v, []);
    try {
      if (r instanceof PyBytes) return r.value;
      throw new NativeRaise('TypeError', `__bytes__ returned non-bytes (type ${r.type.name})`);
    } finally {
      decref(r);
    }
  }
  throw new NativeRaise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
}

/** `bytes % args`: str's printf machinery over latin-1 text, with bytes' own conversions. */
export function bytesFormat(vm: VM, template: string, args: PyObject): string {
  const text = percentFormatObjects(vm, template, args, null, { textOf: (v, conv) => bytesFormatText(vm, v, conv), key: newBytes });
  for (let i = 0; i < text.length; i++) {
    // Numbers and our own texts are ASCII or latin-1; anything wider came from a str (%s of str is refused above).
    if (text.charCodeAt(i) > 255) throw new NativeRaise('TypeError', 'bytes formatting produced a non-byte character');
  }
  return text;
}

function binary(vm: VM, self: PyObject, other: PyObject, op: number, inplace: boolean, reflected: boolean): PyObject | null {
  const array = self instanceof PyByteArray;
  if (op === BinaryOpArg.ADD) {
    if (reflected) return null;
    const b = bufferOf(other);
    if (b === null) throw new NativeRaise('TypeError', `can't concat ${other.type.name} to ${self.type.name}`);
    if (inplace && array) {
      const a = self as PyByteArray;
      const n = a.size;
      // bytearray_iconcat holds a buffer export of `other` while it resizes: `b += b` cannot resize b.
      if (other === self && b.length > 0) throw new NativeRaise('BufferError', 'Existing exports of data: object cannot be re-sized');
      a.resize(n + b.length);
      for (let i = 0; i < b.length; i++) a.buf[a.start + n + i] = b.charCodeAt(i);
      return incref(self);
    }
    // bytes_concat's end cases: with empty bytes on one side, the other side itself when it is exactly bytes.
    if (self.type === T.bytes && b.length === 0) return incref(self);
    if (!array && other.type === T.bytes && content(self).length === 0) return incref(other);
    return sameKind(self, content(self) + b);
  }
  if (op === BinaryOpArg.MULTIPLY) {
    const n = repeatCount(vm, other);
    if (n === null) {
      // sq_repeat is the last resort: other's own operators (a class's __rmul__) come first.
      // (bytes and bytearray have no nb_multiply: the left one's repeat decides.)
      if (other instanceof PyInstance || (other.type.nativeSlots?.binary && !(other instanceof PyBytes || other instanceof PyByteArray))) return null;
      throw new NativeRaise('TypeError', `can't multiply sequence by non-int of type '${other.type.name}'`);
    }
    const s = content(self);
    if (!array) refuseOverlongRepeat(s.length, n, other, 'bytes are');
    if (s.length * n > 2 ** 31) throw new NativeRaise('MemoryError', '');
    if (inplace && array) {
      const a = self as PyByteArray;
      const repeated = s.repeat(n);
      a.resize(repeated.length);
      for (let i = 0; i < repeated.length; i++) a.buf[a.start + i] = repeated.charCodeAt(i);
      return incref(self);
    }
    if (!array && n === 1 && self.type === T.bytes) return incref(self);
    return sameKind(self, s.repeat(n));
  }
  if (op === BinaryOpArg.REMAINDER && !reflected) return sameKind(self, bytesFormat(vm, content(self), other));
  return null;
}

export function bytesHash(o: PyBytes): bigint {
  if (o.hashCache === null) o.hashCache = strHash(o.value);
  return o.hashCache;
}

function shared(array: boolean): NativeSlots {
  return {
    repr: (_vm, o) => (array ? `${o.type.name}(${bytesLiteral(content(o), true)})` : bytesLiteral(content(o))),
    sizeof: (o) => (o instanceof PyByteArray ? o.sizeof : bytesSize(o as PyBytes)),
    length: (_vm, o) => length(o),
    getItem,
    contains,
    iter,
    compare,
    truth: (o) => length(o) > 0,
    binary,
  };
}

export const bytesSlots: NativeSlots = { ...shared(false), hash: (_vm, o) => bytesHash(o as PyBytes), valueKey: (_vm, o) => NON_STR + 'y' + (o as PyBytes).value };
export const bytearraySlots: NativeSlots = { ...shared(true), unhashable: true };
