// collections.deque's object: items in a ring buffer, plus the block bookkeeping of CPython's deque
// (64-slot blocks, the left index inside the first block, the mutation counter) that sys.getsizeof,
// "deque mutated during iteration" and the growth of a deque's size depend on.

import { PyObject, PyGcObject } from '../../runtime/object';
import type { PyType } from '../../runtime/types';
import { decref } from '../../runtime/heap';
import { clearAttributes, traverseAttributes } from '../../runtime/instanceAttributes';

export const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
/** sizeof(dequeobject) with its GC header, and sizeof(block). */
const DEQUE_SIZE = 232;
const BLOCK_SIZE = 528;

export class PyDeque extends PyGcObject {
  private buffer: (PyObject | undefined)[] = new Array(8);
  private head = 0;
  size = 0;
  /** CPython's leftindex: the first item's slot in the leftmost block (the rest of the layout follows from it). */
  leftindex = CENTER + 1;
  /** Incremented whenever the indices move: iterators compare it. */
  state = 0;
  /** -1 for unbounded. */
  maxlen = -1;

  constructor(type: PyType) {
    super(type);
  }

  override get isGcType(): boolean {
    return true;
  }

  get rightindex(): number {
    return (((this.leftindex + this.size - 1) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
  }

  /** Blocks in use (deque_sizeof). */
  get blocks(): number {
    return Math.floor((this.leftindex + this.size + BLOCKLEN - 1) / BLOCKLEN);
  }

  get sizeof(): number {
    return DEQUE_SIZE + BLOCK_SIZE * this.blocks;
  }

  at(i: number): PyObject {
    return this.buffer[(this.head + i) & (this.buffer.length - 1)]!;
  }

  setAt(i: number, v: PyObject): void {
    this.buffer[(this.head + i) & (this.buffer.length - 1)] = v;
  }

  toArray(): PyObject[] {
    const out = new Array<PyObject>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }

  private grow(): void {
    const items = this.toArray();
    this.buffer = new Array(this.buffer.length * 2);
    for (let i = 0; i < items.length; i++) this.buffer[i] = items[i];
    this.head = 0;
  }

  private recenter(): void {
    this.leftindex = CENTER + 1;
  }

  /** deque_append_internal without the trim: takes over the reference. */
  pushRight(item: PyObject): void {
    if (this.size === this.buffer.length) this.grow();
    this.buffer[(this.head + this.size) & (this.buffer.length - 1)] = item;
    this.size++;
  }

  /** deque_appendleft_internal without the trim: takes over the reference. */
  pushLeft(item: PyObject): void {
    if (this.size === this.buffer.length) this.grow();
    this.head = (this.head - 1) & (this.buffer.length - 1);
    this.buffer[this.head] = item;
    this.size++;
    this.leftindex = this.leftindex === 0 ? BLOCKLEN - 1 : this.leftindex - 1;
  }

  /** deque_pop: the reference passes to the caller. */
  popRight(): PyObject {
    const emptiesBlock = this.rightindex === 0;
    const i = (this.head + this.size - 1) & (this.buffer.length - 1);
    const item = this.buffer[i]!;
    this.buffer[i] = undefined;
    this.size--;
    this.state++;
    // The last block emptied: freed, or (when it was the only one) the deque re-centers in it.
    if (emptiesBlock && this.size === 0) this.recenter();
    return item;
  }

  /** deque_popleft: the reference passes to the caller. */
  popLeft(): PyObject {
    const item = this.buffer[this.head]!;
    this.buffer[this.head] = undefined;
    this.head = (this.head + 1) & (this.buffer.length - 1);
    this.size--;
    this.state++;
    this.leftindex++;
    if (this.leftindex === BLOCKLEN) {
      if (this.size > 0) this.leftindex = 0;
      else this.recenter();
    }
    return item;
  }

  /** _deque_rotate: n steps to the right (negative: left), with CPython's normalisation. */
  rotate(n: number): void {
    const len = this.size, halflen = len >> 1;
    if (len <= 1) return;
    if (n > halflen || n < -halflen) {
      n %= len;
      if (n > halflen) n -= len;
      else if (n < -halflen) n += len;
    }
    this.state++;
    const mask = this.buffer.length - 1;
    for (let k = 0; k < n; k++) {
      const last = (this.head + this.size - 1) & mask;
      const item = this.buffer[last];
      this.buffer[last] = undefined;
      this.head = (this.head - 1) & mask;
      this.buffer[this.head] = item;
    }
    for (let k = 0; k < -n; k++) {
      const item = this.buffer[this.head];
      this.buffer[this.head] = undefined;
      this.head = (this.head + 1) & mask;
      this.buffer[(this.head + this.size - 1) & mask] = item;
    }
    this.leftindex = (((this.leftindex - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
  }

  reverse(): void {
    const items = this.toArray().reverse();
    for (let i = 0; i < items.length; i++) this.setAt(i, items[i]);
  }

  /** Empties the deque (a fresh centered block) and returns the items, for the caller to release in order. */
  takeAll(): PyObject[] {
    const items = this.toArray();
    if (items.length === 0) return items;
    this.buffer = new Array(8);
    this.head = 0;
    this.size = 0;
    this.recenter();
    this.state++;
    return items;
  }

  /** extend()'s space-saving start: an empty deque fills from the left end of its block (extendleft: the right end). */
  startFilling(fromLeft: boolean): void {
    if (this.size === 0) this.leftindex = fromLeft ? 1 : BLOCKLEN - 1;
  }

  override traverse(visit: (t: PyObject, label: string) => void): void {
    for (let i = 0; i < this.size; i++) visit(this.at(i), `[${i}]`);
    // An instance of a Python subclass (`class D(deque)`).
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }

  override forEachReference(visit: (t: PyObject) => void): void {
    for (let i = 0; i < this.size; i++) visit(this.at(i));
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }

  override clear(release: (t: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    for (const item of this.takeAll()) release(item);
    if (subclassed) release(this.type);
  }
}

/** deque_clear: empties first, then releases the items left to right. */
export function clearDeque(d: PyDeque): void {
  for (const item of d.takeAll()) decref(item);
}
