// array.array's object: typed values (not Python objects) with CPython's over-allocation (array_resize),
// and the per-typecode conversions with their range errors.

import { NativeRaise } from '../../errors';
import { PyObject, PyGcObject } from '../../runtime/object';
import { PyBool, PyFloat, PyInt, PyStr } from '../../runtime/objects';
import type { PyType } from '../../runtime/types';
import { newFloat, newInt, newStr } from '../../runtime/factory';
import { bufferExporters } from '../../runtime/bytesObject';
import { big } from '../../runtime/intMath';
import { floatOf, indexOf } from '../../runtime/ops/numbers';
import type { VM } from '../../vm/vm';

/** Ints as numbers (bigints beyond 2**53), floats as numbers, 'u' items as their code (a C wchar_t). */
export type ArrayValue = number | bigint;

interface IntRange {
  readonly min: bigint;
  readonly max: bigint;
  /** The OverflowError messages above the maximum and below the minimum. */
  readonly tooBig: string;
  readonly tooSmall: string;
}

export interface TypeCode {
  readonly code: string;
  readonly itemsize: number;
  readonly kind: 'int' | 'float' | 'unicode';
  /**
   * The conversions a value goes through, outermost first (b_setitem parses a C short, then checks a char's
   * range): each raises its own OverflowError. The last is the stored type's range.
   */
  readonly ranges?: readonly IntRange[];
}

const range = (bits: number, signed: boolean, tooBig: string, tooSmall = tooBig): IntRange => {
  const b = BigInt(bits);
  return signed
    ? { min: -(1n << (b - 1n)), max: (1n << (b - 1n)) - 1n, tooBig, tooSmall }
    : { min: 0n, max: (1n << b) - 1n, tooBig, tooSmall };
};

/** PyArg_Parse's "l", "i", "h" conversions that the narrower typecodes go through first. */
const C_LONG = range(64, true, 'Python int too large to convert to C long');
const C_INT = range(32, true, 'signed integer is greater than maximum', 'signed integer is less than minimum');
const C_SHORT = range(16, true, 'signed short integer is greater than maximum', 'signed short integer is less than minimum');

const int = (code: string, itemsize: number, ...ranges: IntRange[]): TypeCode => ({ code, itemsize, kind: 'int', ranges });

export const TYPECODES: Record<string, TypeCode> = {
  b: int('b', 1, C_LONG, C_SHORT, range(8, true, 'signed char is greater than maximum', 'signed char is less than minimum')),
  B: int('B', 1, C_LONG, range(8, false, 'unsigned byte integer is greater than maximum', 'unsigned byte integer is less than minimum')),
  u: { code: 'u', itemsize: 4, kind: 'unicode' },
  h: int('h', 2, C_LONG, C_SHORT),
  H: int('H', 2, C_LONG, C_INT, range(16, false, 'unsigned short is greater than maximum', 'unsigned short is less than minimum')),
  i: int('i', 4, C_LONG, C_INT),
  I: int('I', 4, range(64, false, 'Python int too large to convert to C unsigned long', "can't convert negative value to unsigned int"),
    range(32, false, 'unsigned int is greater than maximum', "can't convert negative value to unsigned int")),
  l: int('l', 8, C_LONG),
  L: int('L', 8, range(64, false, 'Python int too large to convert to C unsigned long', "can't convert negative value to unsigned int")),
  q: int('q', 8, range(64, true, 'int too big to convert')),
  Q: int('Q', 8, range(64, false, 'int too big to convert', "can't convert negative int to unsigned")),
  f: { code: 'f', itemsize: 4, kind: 'float' },
  d: { code: 'd', itemsize: 8, kind: 'float' },
};
// Typecodes are compared by identity: frozen, an interpreter's fork shares them instead of copying them.
for (const tc of Object.values(TYPECODES)) Object.freeze(tc);
export const TYPECODE_LIST = 'bBuhHiIlLqQfd';

/** sizeof(arrayobject) with its GC header. */
const ARRAY_SIZE = 80;

export class PyArray extends PyGcObject {
  values: ArrayValue[] = [];
  /** Item slots allocated (array_resize's over-allocation). */
  allocated = 0;
  constructor(type: PyType, readonly typecode: TypeCode) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  get sizeof(): number {
    return ARRAY_SIZE + this.allocated * this.typecode.itemsize;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    visit(this.type, '__class__');
  }
  override clear(release: (t: PyObject) => void): void {
    release(this.type);
  }

  /** array_resize: keeps the allocation while it is large enough and not 16 items too large. */
  resize(newsize: number, size = this.values.length): void {
    if (this.allocated >= newsize && size < newsize + 16 && this.allocated > 0) return;
    if (newsize === 0) {
      this.allocated = 0;
      return;
    }
    this.allocated = (newsize >> 4) + (size < 8 ? 3 : 7) + newsize;
  }

  /** Sets the exact allocation of a new array (newarrayobject). */
  exact(n: number): void {
    this.allocated = n;
  }
}

/** The Python object for a stored value: a new reference. */
export function boxValue(tc: TypeCode, v: ArrayValue): PyObject {
  if (tc.kind === 'float') return newFloat(v as number);
  if (tc.kind === 'unicode') {
    // u_getitem's PyUnicode_FromOrdinal (a byteswapped item may be no character).
    if ((v as number) > 0x10ffff) throw new NativeRaise('ValueError', 'chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(v as number));
  }
  return newInt(v as number | bigint);
}

const f32 = new Float32Array(1);

/** The stored value for a Python object (the typecode's setitem), with CPython's errors. */
export function unboxValue(vm: VM, tc: TypeCode, o: PyObject): ArrayValue {
  if (tc.kind === 'float') {
    if (!(o instanceof PyFloat || o instanceof PyInt || o instanceof PyBool) && !o.type.lookup('__float__') && !o.type.lookup('__index__')) {
      throw new NativeRaise('TypeError', `must be real number, not ${o.type.name}`);
    }
    const x = floatOf(vm, o);
    if (tc.code === 'f') {
      f32[0] = x;
      return f32[0];
    }
    return x;
  }
  if (tc.kind === 'unicode') {
    if (!(o instanceof PyStr) || o.codePointLength !== 1) throw new NativeRaise('TypeError', 'array item must be unicode character');
    return o.value.codePointAt(0)!;
  }
  const v = big(indexOf(vm, o));
  for (const r of tc.ranges!) {
    if (v > r.max) throw new NativeRaise('OverflowError', r.tooBig);
    if (v < r.min) throw new NativeRaise('OverflowError', r.tooSmall);
  }
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** byteswap of one value: its bytes (as the C type stores them) in reverse order. */
export function byteswapped(tc: TypeCode, v: ArrayValue): ArrayValue {
  const view = new DataView(new ArrayBuffer(8));
  const n = tc.itemsize;
  if (tc.kind === 'float') {
    if (n === 4) view.setFloat32(0, v as number, true);
    else view.setFloat64(0, v as number, true);
  } else if (tc.kind === 'unicode') view.setUint32(0, v as number, true);
  else view.setBigUint64(0, BigInt.asUintN(64, BigInt(v)), true);
  const bytes = new Uint8Array(view.buffer, 0, n).slice().reverse();
  const out = new DataView(new ArrayBuffer(8));
  new Uint8Array(out.buffer).set(bytes);
  if (tc.kind === 'float') return n === 4 ? out.getFloat32(0, true) : out.getFloat64(0, true);
  if (tc.kind === 'unicode') return out.getUint32(0, true);
  const unsigned = out.getBigUint64(0, true);
  const value = tc.ranges![tc.ranges!.length - 1].min < 0n ? BigInt.asIntN(n * 8, unsigned) : BigInt.asUintN(n * 8, unsigned);
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}

/** The codes of a str's characters, as 'u' arrays store them. */
export function unicodeCodes(s: string): number[] {
  const codes: number[] = [];
  for (const c of s) codes.push(c.codePointAt(0)!);
  return codes;
}

/** PyUnicode_FromWideChar of a 'u' array's items (tounicode, repr). */
export function unicodeText(values: ArrayValue[]): string {
  let out = '';
  for (const v of values) {
    const code = v as number;
    if (code > 0x10ffff) throw new NativeRaise('ValueError', `character U+${code.toString(16)} is not in range [U+0000; U+10ffff]`);
    out += String.fromCodePoint(code);
  }
  return out;
}

/** tobytes: the values as the machine stores them (little-endian, itemsize bytes each), one byte per character. */
export function valuesToBytes(tc: TypeCode, values: ArrayValue[]): string {
  const n = tc.itemsize;
  const view = new DataView(new ArrayBuffer(n * values.length));
  values.forEach((v, i) => {
    const at = i * n;
    if (tc.kind === 'float') {
      if (n === 4) view.setFloat32(at, v as number, true);
      else view.setFloat64(at, v as number, true);
    } else if (tc.kind === 'unicode') view.setUint32(at, v as number, true);
    else if (n === 8) view.setBigUint64(at, BigInt.asUintN(64, BigInt(v)), true);
    else if (n === 4) view.setUint32(at, Number(v) >>> 0, true);
    else if (n === 2) view.setUint16(at, Number(v) & 0xffff, true);
    else view.setUint8(at, Number(v) & 0xff);
  });
  let out = '';
  for (let i = 0; i < view.byteLength; i++) out += String.fromCharCode(view.getUint8(i));
  return out;
}

/** frombytes: values read back from bytes (whose length must be a multiple of the item size). */
export function bytesToValues(tc: TypeCode, bytes: string): ArrayValue[] {
  const n = tc.itemsize;
  if (bytes.length % n !== 0) throw new NativeRaise('ValueError', 'bytes length not a multiple of item size');
  const view = new DataView(new ArrayBuffer(bytes.length));
  for (let i = 0; i < bytes.length; i++) view.setUint8(i, bytes.charCodeAt(i));
  const signed = tc.kind === 'int' && tc.ranges![tc.ranges!.length - 1].min < 0n;
  const out: ArrayValue[] = [];
  for (let at = 0; at < bytes.length; at += n) {
    if (tc.kind === 'float') out.push(n === 4 ? view.getFloat32(at, true) : view.getFloat64(at, true));
    else if (tc.kind === 'unicode') out.push(view.getUint32(at, true));
    else if (n === 8) {
      const v = signed ? view.getBigInt64(at, true) : view.getBigUint64(at, true);
      out.push(v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
    } else if (n === 4) out.push(signed ? view.getInt32(at, true) : view.getUint32(at, true));
    else if (n === 2) out.push(signed ? view.getInt16(at, true) : view.getUint16(at, true));
    else out.push(signed ? view.getInt8(at) : view.getUint8(at));
  }
  return out;
}

// An array exports its items' bytes (the buffer protocol): bytes(a), bytearray(a), b'' + a and the like read them.
bufferExporters.push((o) => (o instanceof PyArray ? valuesToBytes(o.typecode, o.values) : null));
