// memoryview and the managed buffer its views share (CPython's _PyManagedBufferObject): the buffer holds the
// exporting object once, however many views (slices) use it, and is released when the last view is.

import { PyObject, PyGcObject } from './object';
import { NativeRaise } from '../errors';
import { activeHeap, decref, incref } from './heap';
import { T } from './builtinTypes';
import { PyByteArray, PyBytes, bufferExporters } from './bytesObject';

export class PyManagedBuffer extends PyGcObject {
  /** Views that have not been released. */
  exports = 0;
  constructor(public obj: PyObject | null) {
    super(T.managedbuffer);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.obj) visit(this.obj, 'obj');
  }
  override clear(release: (t: PyObject) => void): void {
    const obj = this.obj;
    this.obj = null;
    if (!obj) return;
    if (obj instanceof PyByteArray) obj.exports--;
    release(obj);
  }
  /** mbuf_release: gives the buffer back (a bytearray may resize again) and drops the object. */
  releaseBuffer(): void {
    this.clear(decref);
  }
}

/** The one-byte item formats a view can have: unsigned ('B'), signed ('b') and one-byte bytes ('c'). */
export type ByteFormat = 'B' | 'b' | 'c';

/** A one-dimensional view of one-byte items: `length` items from `start`, `step` apart. */
export class PyMemoryView extends PyGcObject {
  released = false;
  constructor(public mbuf: PyManagedBuffer | null, readonly start: number, readonly length: number, readonly step: number, readonly readonly: boolean, readonly format: ByteFormat = 'B') {
    super(T.memoryview);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.mbuf) visit(this.mbuf, 'managed buffer');
  }
  override clear(release: (t: PyObject) => void): void {
    this.release();
    const mbuf = this.mbuf;
    this.mbuf = null;
    if (mbuf) release(mbuf);
  }
  release(): void {
    if (this.released) return;
    this.released = true;
    const mbuf = this.mbuf;
    if (mbuf && --mbuf.exports === 0) mbuf.releaseBuffer();
  }
  /** The exporting object; ValueError once released. */
  get obj(): PyObject {
    if (this.released || !this.mbuf?.obj) throw new NativeRaise('ValueError', 'operation forbidden on released memoryview object');
    return this.mbuf.obj;
  }
  /** The viewed bytes as a latin-1 string (read from the object now: a bytearray may have changed). */
  get value(): string {
    const obj = this.obj;
    const whole = obj instanceof PyBytes ? obj.value : (obj as PyByteArray).value;
    if (this.step === 1) return whole.slice(this.start, this.start + this.length);
    let out = '';
    for (let i = 0, j = this.start; i < this.length; i++, j += this.step) out += whole[j];
    return out;
  }
}

/** memoryview(obj) of bytes or a bytearray: a new managed buffer (one export of a bytearray). */
export function newMemoryView(obj: PyBytes | PyByteArray): PyMemoryView {
  const heap = activeHeap();
  const mbuf = heap.register(new PyManagedBuffer(incref(obj)));
  heap.track(mbuf);
  if (obj instanceof PyByteArray) obj.exports++;
  const length = obj instanceof PyBytes ? obj.value.length : obj.size;
  const view = viewOf(mbuf, 0, length, 1, obj instanceof PyBytes);
  decref(mbuf);
  return view;
}

/** A view on an existing managed buffer (it takes its own reference to it). */
export function viewOf(mbuf: PyManagedBuffer, start: number, length: number, step: number, readonly: boolean, format: ByteFormat = 'B'): PyMemoryView {
  const heap = activeHeap();
  mbuf.exports++;
  const view = heap.register(new PyMemoryView(incref(mbuf), start, length, step, readonly, format));
  heap.track(view);
  return view;
}

bufferExporters.push((o) => (o instanceof PyMemoryView ? o.value : null));
