// The base of every Python object on our simulated heap: identity, type, reference count and gc bookkeeping.

import type { PyType } from './types';
import type { FreeListKind } from './freeLists';
import type { PyDict } from './dict';

/**
 * What an instance of a Python class carries besides its builtin base's state: its `__dict__` (values kept
 * inline until read, as CPython 3.11 does) and its `__slots__` values. Objects of builtin kinds whose type
 * is a Python class (`class Stack(list)`) have them too.
 */
export interface InstanceAttributes {
  dict: PyDict | null;
  slotValues: (PyObject | null)[] | null;
}

/** PyObject.flags' bits. */
export const enum ObjectFlag {
  Alive = 1,
  Cleared = 2,
  Finalized = 4,
  Immortal = 8,
  /** The heap holds allocations CPython makes as parts of this object (Heap.addHiddenParts). */
  HasHiddenParts = 16,
}

/** Which generation list a tracked object is in, or NOT_TRACKED. */
export const NOT_TRACKED = -1;

/** Which of the heap's pools of freed objects a type's exact instances go to (PyType.recycleKind, Heap.recycled). */
export const enum RecycleKind {
  None = 0,
  Int = 1,
  Float = 2,
}

/**
 * A class whose constructor stores the object header itself, after super() (`static readonly writesOwnHeader =
 * true`): PyObject's and PyGcObject's constructors then store nothing. V8 keeps one feedback per function, so the
 * stores in PyObject's constructor see every class's hidden class and go megamorphic (about 200 ns an object
 * where a raise makes four: an exception, its args, its dict and a traceback); stored in the class's own
 * constructor they see one. Done for the container kinds programs make by the thousand; header.test.ts checks
 * that each stores the same header. (Leaf kinds gained nothing: ints got slower.)
 */
export interface HeaderWriter {
  readonly writesOwnHeader?: boolean;
}

export abstract class PyObject {
  // The header: stored by the constructor of PyObject or of a HeaderWriter.
  declare type: PyType;
  /** Small sequential number standing in for the address; `id()` returns it. */
  declare id: number;
  declare refcount: number;
  /**
   * alive, cleared, finalized, immortal and whether hidden parts are recorded, as bits (ObjectFlag): one field
   * instead of five makes every object smaller, which V8's allocation, young-generation copying and the
   * checkpoints' forks pay for per field.
   */
  declare flags: number;
  /** Generation (0..2) while tracked by the cyclic collector, else NOT_TRACKED. See PROTOTYPE_DEFAULTS. */
  declare gcGeneration: number;
  /** Set when the allocation counted in gc's generation 0: the free list it returns to ('' for none). */
  declare gcAllocation: FreeListKind | null;
  /** The simulated bytes the heap counts for this object while it lives (0 before it is registered). */
  declare accountedBytes: number;
  // gcRefs, gcPrev and gcNext are CPython's PyGC_Head, which only gc types have: set in PyGcObject. An object of a
  // kind that is a gc type only when its type is a Python class (`class Big(int)`) gets them when first tracked.
  /** Scratch count used by the collector (CPython's gc_refs). */
  declare gcRefs: number;
  /** Neighbours in its generation's list while tracked (see GcList). */
  declare gcPrev: PyObject | null;
  declare gcNext: PyObject | null;
  /**
   * Set for instances of Python classes (their type holds a reference): a PyInstance is its own. See
   * PROTOTYPE_DEFAULTS.
   */
  declare attrs: InstanceAttributes | null;
  /** Where CPython's allocator would have put it (AddressSpace's block; id() is its address); 0 for shared objects. */
  declare block: number;
  /** Scratch mark for heap walks (which walk last saw it, and how): see snapshotWalk.ts. */
  declare walkMark: number;

  constructor(type: PyType) {
    if (!(new.target as unknown as HeaderWriter).writesOwnHeader) {
      this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive;
      this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    }
  }

  /** False once the object has been deallocated. */
  get alive(): boolean {
    return (this.flags & ObjectFlag.Alive) !== 0;
  }
  set alive(on: boolean) {
    this.setFlag(ObjectFlag.Alive, on);
  }
  /** Set once the collector has cleared the object's references (tp_clear); dealloc then has nothing to drop. */
  get cleared(): boolean {
    return (this.flags & ObjectFlag.Cleared) !== 0;
  }
  set cleared(on: boolean) {
    this.setFlag(ObjectFlag.Cleared, on);
  }
  /** Set once __del__ has run (PEP 442: finalizers run at most once). */
  get finalized(): boolean {
    return (this.flags & ObjectFlag.Finalized) !== 0;
  }
  set finalized(on: boolean) {
    this.setFlag(ObjectFlag.Finalized, on);
  }
  /** Shared objects CPython never frees in practice (None, bools, small ints): drawn inline by the UI. */
  get immortal(): boolean {
    return (this.flags & ObjectFlag.Immortal) !== 0;
  }
  set immortal(on: boolean) {
    this.setFlag(ObjectFlag.Immortal, on);
  }

  private setFlag(flag: ObjectFlag, on: boolean): void {
    this.flags = on ? this.flags | flag : this.flags & ~flag;
  }

  /** Whether the object is a container the cyclic collector must know about (CPython's Py_TPFLAGS_HAVE_GC). */
  get isGcType(): boolean {
    return false;
  }

  /** The CPython free list this object's memory goes back to when freed ('' when its type has none). */
  get freeListKind(): FreeListKind {
    return '';
  }

  /**
   * Calls visit for each object this one holds a counted reference to, with a label for the UI
   * (`[0]`, `['key']`, `.next`, `cell`). Mirrors CPython's tp_traverse, plus non-container references.
   */
  abstract traverse(visit: (target: PyObject, label: string) => void): void;

  /**
   * References the collector must see that `traverse` reports through a part that is no gc object
   * (lru_cache's links): CPython's tp_traverse visits them from the container itself.
   */
  traverseHidden(_visit: (target: PyObject) => void): void {}

  /**
   * The same references as traverse, without labels: for walks over the whole heap (snapshots), where
   * making a label string per reference would cost more than the walk itself.
   */
  forEachReference(visit: (target: PyObject) => void): void {
    this.traverse(visit);
  }

  /** Drops all outgoing references (CPython's tp_clear, then dealloc). Called by the heap on free. */
  abstract clear(release: (target: PyObject) => void): void;
}

/**
 * An object of a kind that is a gc container (lists, dicts, instances, functions...): it carries the collector's
 * links, scratch count and generation from the start. Leaf kinds (int, float, str) do without them
 * (PROTOTYPE_DEFAULTS): four fields fewer on every number and string, which V8 allocates, copies out of its young
 * generation and forks per field.
 */
export abstract class PyGcObject extends PyObject {
  constructor(type: PyType) {
    super(type);
    if (!(new.target as unknown as HeaderWriter).writesOwnHeader) {
      this.gcGeneration = NOT_TRACKED;
      this.gcRefs = 0;
      this.gcPrev = null;
      this.gcNext = null;
    }
  }
}

/**
 * Fields most objects never set, read from the prototype until set on the object. gcGeneration: a leaf kind's
 * object (int, float, str) is tracked only when its type is a Python class (`class Big(int)`). attrs: only
 * instances of Python classes have attributes, and a PyInstance sets its own. A field fewer on every object, two
 * on every number and string: bench/list_building.py 51 -> 41 ms warm, 1-3% on programs of tuples and dicts.
 */
const PROTOTYPE_DEFAULTS: Pick<PyObject, 'gcGeneration' | 'attrs'> = { gcGeneration: NOT_TRACKED, attrs: null };
Object.assign(PyObject.prototype, PROTOTYPE_DEFAULTS);

/** o.alive as a plain field test, for the collector's and the heap's loops (an accessor call costs more there). */
export function isAlive(o: PyObject): boolean {
  return (o.flags & ObjectFlag.Alive) !== 0;
}

export function isFinalized(o: PyObject): boolean {
  return (o.flags & ObjectFlag.Finalized) !== 0;
}

/**
 * A freed leaf's JS object (an int or float from Heap.recycled) made new again: the fields a new object has
 * before it is registered (which gives it a new id and block).
 */
export function reviveLeaf(o: PyObject): void {
  o.refcount = 1;
  o.flags = ObjectFlag.Alive;
  o.gcAllocation = null;
  o.walkMark = 0;
}
