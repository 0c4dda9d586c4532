// array.array's object: typed values (not Python objects) with CPython's over-allocation (array_resize),
// and the per-typecode conversions with their range errors.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyBool, PyFloat, PyInt, PyStr } from '../../runtime/objects';
import type { PyType } from '../../runtime/types';
import { newFloat, newInt, newStr } from '../../runtime/factory';
import { big } from '../../runtime/intMath';
import { floatOf, indexOf } from '../../runtime/ops/numbers';
import type { VM } from '../../vm/vm';

export type ArrayValue = number | bigint | string;

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
  readonly range?: IntRange;
}

const int = (code: string, itemsize: number, signed: boolean, tooBig: string, tooSmall: string): TypeCode => {
  const bits = BigInt(itemsize * 8);
  const range = signed ? { min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n } : { min: 0n, max: (1n << bits) - 1n };
  return { code, itemsize, kind: 'int', range: { ...range, tooBig, tooSmall } };
};

export const TYPECODES: Record<string, TypeCode> = {
  b: int('b', 1, true, 'signed char is greater than maximum', 'signed char is less than minimum'),
  B: int('B', 1, false, 'unsigned byte integer is greater than maximum', 'unsigned byte integer is less than minimum'),
  u: { code: 'u', itemsize: 4, kind: 'unicode' },
  h: int('h', 2, true, 'signed short integer is greater than maximum', 'signed short integer is less than minimum'),
  H: int('H', 2, false, 'unsigned short is greater than maximum', 'unsigned short is less than minimum'),
  i: int('i', 4, true, 'signed integer is greater than maximum', 'signed integer is less than minimum'),
  I: int('I', 4, false, 'unsigned int is greater than maximum', "can't convert negative value to unsigned int"),
  l: int('l', 8, true, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
  L: int('L', 8, false, 'Python int too large to convert to C unsigned long', "can't convert negative value to unsigned int"),
  q: int('q', 8, true, 'int too big to convert', 'int too big to convert'),
  Q: int('Q', 8, false, 'int too big to convert', "can't convert negative int to unsigned"),
  f: { code: 'f', itemsize: 4, kind: 'float' },
  d: { code: 'd', itemsize: 8, kind: 'float' },
};
export const TYPECODE_LIST = 'bBuhHiIlLqQfd';

/** sizeof(arrayobject) with its GC header. */
const ARRAY_SIZE = 80;

export class PyArray extends PyObject {
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
  resize(newsize: number): void {
    const size = this.values.length;
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
  if (tc.kind === 'unicode') return newStr(v as string);
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
    if (!(o instanceof PyStr) || [...o.value].length !== 1) throw new NativeRaise('TypeError', 'array item must be unicode character');
    return o.value;
  }
  const v = big(indexOf(vm, o));
  const r = tc.range!;
  if (v > r.max) throw new NativeRaise('OverflowError', r.tooBig);
  if (v < r.min) throw new NativeRaise('OverflowError', r.tooSmall);
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** byteswap of one value: its bytes (as the C type stores them) in reverse order. */
export function byteswapped(tc: TypeCode, v: ArrayValue): ArrayValue {
  const view = new DataView(new ArrayBuffer(8));
  const n = tc.itemsize;
  if (tc.kind === 'float') {
    if (n === 4) view.setFloat32(0, v as number, true);
    else view.setFloat64(0, v as number, true);
  } else if (tc.kind === 'unicode') view.setUint32(0, (v as string).codePointAt(0)!, true);
  else view.setBigUint64(0, BigInt.asUintN(64, BigInt(v)), true);
  const bytes = new Uint8Array(view.buffer, 0, n).slice().reverse();
  const out = new DataView(new ArrayBuffer(8));
  new Uint8Array(out.buffer).set(bytes);
  if (tc.kind === 'float') return n === 4 ? out.getFloat32(0, true) : out.getFloat64(0, true);
  if (tc.kind === 'unicode') return String.fromCodePoint(out.getUint32(0, true) % 0x110000);
  const unsigned = out.getBigUint64(0, true);
  const value = tc.range!.min < 0n ? BigInt.asIntN(n * 8, unsigned) : BigInt.asUintN(n * 8, unsigned);
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}
