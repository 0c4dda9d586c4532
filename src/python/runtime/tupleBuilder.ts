// PySequence_Tuple's result under construction: tuple(iterable) allocates a tuple for the iterable's length hint
// before taking any item, grows it by _PyTuple_Resize (10 more, then a quarter) when the hint was short, and cuts it
// back to the items it got. The resizes are reallocations: the tuple keeps its object, tracemalloc traces it at its
// new size (a free list may have supplied it at the hint's size), and it returns to the free list of the size it
// ends with.

import { activeHeap, decref } from './heap';
import type { PyObject } from './object';
import { PyTuple } from './objects';
import { EmptyTuple, T } from './builtinTypes';
import { tupleFreeList } from './freeLists';
import { tupleBytes } from './sizeof';

export class TupleBuilder {
  /** The tuple being filled (the empty tuple while the hint is 0 and no item came). */
  private tuple: PyTuple;
  /** Its allocated slots: items fill the first ones. */
  private slots: number;

  constructor(hint: number) {
    this.slots = hint;
    this.tuple = hint > 0 ? allocateTuple(hint) : incrementEmpty();
  }

  /** The tuple so far, for the native operation to show as its temporary (a new one after growing from empty). */
  get building(): PyTuple {
    return this.tuple;
  }

  /** Appends `item`, whose reference the tuple takes over. */
  add(item: PyObject): void {
    if (this.tuple.items.length >= this.slots) {
      let grown = this.slots + 10;
      grown += grown >> 2;
      this.resize(grown);
    }
    this.tuple.items.push(item);
  }

  /** The tuple cut back to its items (the empty tuple for none): a new reference. */
  finish(): PyTuple {
    const filled = this.tuple.items.length;
    if (filled < this.slots) this.resize(filled);
    return this.tuple;
  }

  /** Drops the tuple and the items it holds (a raise while filling it). */
  abandon(): void {
    decref(this.tuple);
  }

  /** _PyTuple_Resize: to none gives the empty tuple, from none a new tuple, else the block reallocated. */
  private resize(slots: number): void {
    const old = this.tuple;
    this.slots = slots;
    if (slots === 0) {
      decref(old);
      this.tuple = incrementEmpty();
      return;
    }
    if (old === EmptyTuple) {
      decref(old);
      this.tuple = allocateTuple(slots);
      return;
    }
    const heap = activeHeap();
    heap.untrack(old);
    heap.reallocated(old, tupleBytes(slots));
    if (old.gcAllocation !== null) old.gcAllocation = tupleFreeList(slots);
    heap.track(old);
  }
}

/** PyTuple_New(slots) with no item yet: from the free list of its size when that has one. */
function allocateTuple(slots: number): PyTuple {
  const heap = activeHeap();
  heap.reserve(tupleBytes(slots));
  const tuple = heap.register(new PyTuple(T.tuple, []), tupleBytes(slots), tupleFreeList(slots));
  heap.track(tuple);
  return tuple;
}

function incrementEmpty(): PyTuple {
  EmptyTuple.refcount++;
  return EmptyTuple;
}
