// bytes and bytearray objects: their bytes kept as a latin-1 JS string (bytes) or a growable Uint8Array
// (bytearray, with CPython's ob_alloc and ob_start for sys.getsizeof), plus the shared one-byte singletons.

import { PyObject } from './object';
import { NativeRaise } from '../errors';
import { activeHeap } from './heap';
import { makeShared, T } from './builtinTypes';
import type { PyType } from './types';
import { clearAttributes, traverseAttributes } from './instanceAttributes';

/** An immutable bytes object; `value` holds one character per byte (char codes 0..255). */
export class PyBytes extends PyObject {
  /** As PyStr's: null on the prototype. */
  declare hashCache: bigint | null;
  constructor(type: PyType, readonly value: string) {
    super(type);
  }
  override get isGcType(): boolean {
    return this.type.isHeapType;
  }
  // An instance of a Python subclass (`class B(bytes)`) has its attributes and holds its class.
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    if (clearAttributes(this, release)) release(this.type);
  }
}

PyBytes.prototype.hashCache = null;

/** sizeof(PyByteArrayObject). */
const BYTEARRAY_HEADER = 56;

/** A bytearray: `size` bytes of `buf` from `start` (CPython's ob_start, moved by deletions at the front). */
export class PyByteArray extends PyObject {
  buf = new Uint8Array(0);
  start = 0;
  size = 0;
  /** CPython's ob_alloc: bytes allocated (0 for a never-filled bytearray). */
  alloc = 0;
  /** Buffer exports (memoryviews) alive: while nonzero the bytearray cannot be resized. */
  exports = 0;
  constructor(type: PyType) {
    super(type);
  }
  /** Its bytes as a latin-1 string (a copy). */
  get value(): string {
    return latin1(this.buf.subarray(this.start, this.start + this.size));
  }
  get bytes(): Uint8Array {
    return this.buf.subarray(this.start, this.start + this.size);
  }
  get sizeof(): number {
    return BYTEARRAY_HEADER + this.alloc;
  }
  override traverse(): void {}
  override clear(): void {}

  /** PyByteArray_Resize, with its over-allocation policy; new bytes are zero. */
  resize(requested: number): void {
    if (requested === this.size) return;
    if (this.exports > 0) throw new NativeRaise('BufferError', 'Existing exports of data: object cannot be re-sized');
    let alloc = this.alloc;
    if (requested + this.start + 1 <= alloc) {
      if (requested < Math.floor(alloc / 2)) alloc = requested + 1;
      else {
        if (requested > this.size) this.bytes.fill(0, this.size);
        this.size = requested;
        this.buf.fill(0, this.start + requested, this.start + requested + 1);
        return;
      }
    } else if (requested <= alloc * 1.125) alloc = requested + (requested >> 3) + (requested < 9 ? 3 : 6);
    else alloc = requested + 1;
    const next = new Uint8Array(alloc);
    next.set(this.buf.subarray(this.start, this.start + Math.min(requested, this.size)));
    this.buf = next;
    this.start = 0;
    this.size = requested;
    this.setAlloc(alloc);
  }

  /** Drops the first n bytes by moving ob_start (bytearray_setslice_linear's shortcut). */
  dropFront(n: number): void {
    if (this.exports > 0) throw new NativeRaise('BufferError', 'Existing exports of data: object cannot be re-sized');
    this.start += n;
    this.size -= n;
    // PyByteArray_Resize of the remaining size, with the moved start counted.
    const size = this.size;
    this.size = size + 1;
    this.resize(size);
  }

  private setAlloc(alloc: number): void {
    this.alloc = alloc;
    if (this.accountedBytes > 0) activeHeap().resized(this, this.sizeof);
  }
}

/** Bytes as a latin-1 string, in chunks (String.fromCharCode takes a bounded argument count). */
export function latin1(bytes: Uint8Array | number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.slice(i, i + 8192));
  return out;
}

/** A latin-1 string's bytes. */
export function bytesFromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** CPython's empty bytes and one-byte bytes are singletons (characters[] in bytesobject.c). */
export const EmptyBytes = makeShared(new PyBytes(T.bytes, ''));
export const byteChars: PyBytes[] = Array.from({ length: 256 }, (_, c) => makeShared(new PyBytes(T.bytes, String.fromCharCode(c))));

export function newBytes(s: string): PyBytes {
  if (s.length <= 1) {
    const shared = s.length === 0 ? EmptyBytes : byteChars[s.charCodeAt(0)];
    shared.refcount++;
    return shared;
  }
  return activeHeap().register(new PyBytes(T.bytes, s));
}

/** A new bytearray holding exactly these bytes (PyByteArray_FromStringAndSize: ob_alloc = n + 1). */
export function newByteArray(s: string | Uint8Array, type: PyType = T.bytearray): PyByteArray {
  const b = new PyByteArray(type);
  const n = s.length;
  if (n > 0) {
    b.buf = new Uint8Array(n + 1);
    if (typeof s === 'string') for (let i = 0; i < n; i++) b.buf[i] = s.charCodeAt(i);
    else b.buf.set(s);
    b.size = n;
    b.alloc = n + 1;
  }
  return activeHeap().register(b);
}

/** sys.getsizeof of a bytes object: PyBytesObject's header (with the trailing NUL) and the bytes. */
export function bytesSize(o: PyBytes): number {
  return 33 + o.value.length;
}

/** The bytes of any object with the buffer protocol we model (bytes, bytearray, memoryview, array.array), or null. */
export function bufferOf(o: PyObject): string | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyByteArray) return o.value;
  for (const exporter of bufferExporters) {
    const bytes = exporter(o);
    if (bytes !== null) return bytes;
  }
  return null;
}

/**
 * The other buffer exporters' bytes (null for an object not theirs), added by their modules: memoryview's, and
 * array's once its chunk loads (kept out of here to avoid import cycles and to keep array out of the core).
 */
export const bufferExporters: ((o: PyObject) => string | null)[] = [];
