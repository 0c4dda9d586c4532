// A generation's objects in order: a doubly linked list through the objects themselves (CPython's PyGC_Head).

import type { PyObject } from './object';

/**
 * The objects of one gc generation, in the order CPython keeps them. The links live in the objects, so
 * tracking and untracking cost a few pointer writes however large the generation (a set's delete slowed
 * freeing a million tuples to seconds). An object is in at most one list; which one, its gcGeneration says.
 * Iteration tolerates removing the object just returned.
 */
export class GcList implements Iterable<PyObject> {
  private head: PyObject | null = null;
  private tail: PyObject | null = null;
  size = 0;

  /** Appends `o`, which must not be in a list. */
  add(o: PyObject): void {
    o.gcPrev = this.tail;
    o.gcNext = null;
    if (this.tail) this.tail.gcNext = o;
    else this.head = o;
    this.tail = o;
    this.size++;
  }

  /** Unlinks `o`, which must be in this list. */
  delete(o: PyObject): void {
    const { gcPrev: prev, gcNext: next } = o;
    if (prev) prev.gcNext = next;
    else this.head = next;
    if (next) next.gcPrev = prev;
    else this.tail = prev;
    o.gcPrev = o.gcNext = null;
    this.size--;
  }

  /** Moves all of `other`'s objects to the end of this list (gc_list_merge), leaving `other` empty. */
  takeAll(other: GcList): void {
    if (!other.head) return;
    if (this.tail) {
      this.tail.gcNext = other.head;
      other.head.gcPrev = this.tail;
    } else this.head = other.head;
    this.tail = other.tail;
    this.size += other.size;
    other.head = other.tail = null;
    other.size = 0;
  }

  /** Empties the list, unlinking every object. */
  clear(): void {
    for (let o = this.head; o; ) {
      const next = o.gcNext;
      o.gcPrev = o.gcNext = null;
      o = next;
    }
    this.head = this.tail = null;
    this.size = 0;
  }

  /**
   * Empties the list without unlinking its objects, for a caller that re-adds or untracks every one of
   * them at once (the collector's survivors): their stale links are overwritten by add.
   */
  detachAll(): void {
    this.head = this.tail = null;
    this.size = 0;
  }

  /** The objects in order, as an array (a plain loop: faster than the iterator for whole generations). */
  toArray(): PyObject[] {
    const out: PyObject[] = new Array(this.size);
    let i = 0;
    for (let o = this.head; o; o = o.gcNext) out[i++] = o;
    return out;
  }

  *[Symbol.iterator](): Iterator<PyObject> {
    for (let o = this.head; o; ) {
      const next = o.gcNext;
      yield o;
      o = next;
    }
  }
}
