// The simulated heap: ids, reference counting, immediate deallocation at count zero, and gc generation lists.

import { headerBytes, type AllocationTracer } from './allocationTracer';
import { FLOAT_BYTES } from './blockSizes';
import { AddressSpace } from './addressSpace';
import type { PyType } from './types';
import type { PyStr } from './objects';
import { NOT_TRACKED, ObjectFlag, PyObject, RecycleKind, isFinalized } from './object';
import { FLOAT_FREE_LIST, FreeLists, type FreeListKind } from './freeLists';
import { GcList } from './gcList';
import { emptyObjectArray } from './objectArrays';
import { NativeRaise } from '../errors';
import { FIRST_HEAP_ID, isBuildingShared, makeShared, makeStatic, restoreSharedRefcounts, saveSharedRefcounts } from './shared';
import { staticAtStartup, startupInternedRefcount } from '../compiler/internedStrings';

export { FIRST_HEAP_ID };

/** CPython's trashcan depth: deeper deallocation chains are deferred, so freeing a long linked list costs no JS stack. */
const TRASHCAN_DEPTH = 50;
/** How many freed numbers' objects the heap keeps for reuse, per kind (a loop frees one as it makes the next). */
const RECYCLED_MAX = 64;
/** The generation number of frozen objects (CPython's permanent generation). */
export const PERMANENT_GENERATION = 3;

export interface GcGeneration {
  readonly objects: GcList;
  threshold: number;
  /** For generation 0: allocations of gc objects minus deallocations (free lists aside); older: collections of the younger one. */
  count: number;
  /** gc.get_stats(): collections of this generation and the objects they collected. */
  collections: number;
  collected: number;
}

/** What the heap asks of its owner (the VM): run finalizers and collect when thresholds say so. */
export interface HeapHooks {
  /** Runs `__del__` (if the type has one) on an object about to be freed; returns true if it was resurrected. */
  finalize(o: PyObject): boolean;
  /** Called when an allocation pushes generation 0 over its threshold. */
  collectAutomatically(): void;
  /** Called for each freed object (weak reference callbacks, the UI's freed list). */
  onFree(o: PyObject): void;
}

export class Heap {
  private nextId = FIRST_HEAP_ID;
  /** Frames are numbered per heap too (see Frame.id). */
  nextFrameId = 1;
  /** The code objects holding spare frames (see Frame.recycle), whose spares a fork drops rather than copies. */
  readonly codesWithSpareFrames: { readonly spareFrames: unknown[]; spareFramesListed: boolean }[] = emptyObjectArray();
  /**
   * Freed exact ints and floats, by RecycleKind, whose JS objects newInt and newFloat take again: a loop's counter
   * or sum makes a number per step, and reusing the dead one spares V8 the allocation and its young-generation
   * collections. Nothing holds a dead object (its refcount reached 0), so only its fields change. Slot 0
   * (RecycleKind.None) stays empty, so the index needs no arithmetic.
   */
  readonly recycled: PyObject[][] = [[], [], []];
  liveObjects = 0;
  /** Objects made while allocations are not counted (modules CPython has loaded before a program starts). */
  uncountedObjects = 0;
  /** liveObjects when the program started (sys.getallocatedblocks counts from there). */
  programStartObjects = 0;
  /**
   * Set when the program starts (from then on a new str-keyed entry's key is the interned str: see nameKey): the
   * names its source spells, and its module code, which holds the interned str of such a name once made
   * (CPython's co_names holds the parser's from before the program runs to its end).
   */
  programNames: { readonly names: ReadonlySet<string>; readonly code: { holdName(s: PyStr): void } } | null = null;
  /** The builtins dict: its keys stay its own (the picture leaves it out; see nameKey). */
  builtinsDict: PyObject | null = null;
  /** This heap's program's counts of the shared objects while another heap runs (setActiveHeap). */
  sharedRefcounts: Float64Array | null = null;
  readonly generations: GcGeneration[] = [
    { objects: new GcList(), threshold: 700, count: 0, collections: 0, collected: 0 },
    { objects: new GcList(), threshold: 10, count: 0, collections: 0, collected: 0 },
    { objects: new GcList(), threshold: 10, count: 0, collections: 0, collected: 0 },
  ];
  private enabled = true;
  /** gc.enable()/gc.disable(): whether crossing threshold 0 starts a collection. */
  get gcEnabled(): boolean {
    return this.enabled;
  }
  set gcEnabled(on: boolean) {
    if (this.enabled && !on) this.shadowCount = this.generations[0].count;
    this.enabled = on;
  }
  /**
   * While automatic collection is off: generation 0's count as it would be had collections run, and how
   * many times one would have run (the UI marks those steps).
   */
  private shadowCount = 0;
  wouldHaveCollected = 0;
  collecting = false;
  /** gc.set_debug()'s flags (gc/debug.ts). */
  gcDebug = 0;
  /** CPython's long_lived_total / long_lived_pending: when a full collection is worth its cost. */
  longLivedTotal = 0;
  longLivedPending = 0;
  /** Objects CPython's own startup keeps in generation 2, which we don't model one by one (see startupState.ts). */
  startupLongLived = 0;
  /** Objects whose deallocation was deferred by the trashcan. */
  private readonly deferred: PyObject[] = [];
  private deallocDepth = 0;
  hooks: HeapHooks | null = null;
  /** The simulated bytes of live objects (sys.getsizeof of each), kept as objects are made, resized and freed. */
  liveBytes = 0;
  /** Allocations that would take liveBytes past this raise MemoryError (VMOptions.memoryLimit). */
  memoryLimit = Infinity;
  /** Off while a MemoryError itself is being made (CPython keeps spare MemoryError instances for that). */
  enforcingLimit = true;
  /** sys.set_int_max_str_digits(): decimal conversions of longer ints raise ValueError (0: no limit). */
  intMaxStrDigits = 4300;
  /** How a new object is measured: the VM installs sys.getsizeof's rules. */
  measure: (o: PyObject) => number = () => 16;
  /** tracemalloc's record while it is tracing. */
  tracer: AllocationTracer | null = null;

  /** An id to catch when its object is made (the inspector follows one object through a replay). */
  watchId: number | null = null;
  private watched: PyObject | null = null;

  /** The watched object, once made. */
  findById(id: number): PyObject | null {
    return this.watched && this.watched.id === id ? this.watched : null;
  }

  /**
   * register for an object that is no gc container and whose size is known (an exact int or float): the same
   * bookkeeping without measuring it. `tracedBytes`: what CPython asked the allocator for, when that is not its
   * sys.getsizeof (a one-digit int made at run time is a whole PyLongObject, 32 bytes, sizeof says 28).
   */
  registerSized<T extends PyObject>(o: T, bytes: number, tracedBytes = bytes): T {
    if (isBuildingShared()) return makeShared(o);
    if (this.liveBytes + bytes > this.memoryLimit && this.enforcingLimit) throw new NativeRaise('MemoryError', '');
    this.admit(o, bytes);
    o.block = this.addresses.place(tracedBytes, null);
    if (this.tracer) this.tracer.allocated(o, tracedBytes, null);
    return o;
  }

  /** An exact float (PyFloat_FromDouble): its free list supplies it when it can. */
  registerFloat<T extends PyObject>(o: T): T {
    if (isBuildingShared()) return makeShared(o);
    if (this.liveBytes + FLOAT_BYTES > this.memoryLimit && this.enforcingLimit) throw new NativeRaise('MemoryError', '');
    this.admit(o, FLOAT_BYTES);
    let reused = false;
    if (this.countingAllocations) {
      o.gcAllocation = FLOAT_FREE_LIST;
      reused = this.freeLists.take(FLOAT_FREE_LIST);
    }
    o.block = this.addresses.place(FLOAT_BYTES, reused ? FLOAT_FREE_LIST : null);
    if (this.tracer) this.tracer.allocated(o, FLOAT_BYTES, reused ? FLOAT_FREE_LIST : null);
    return o;
  }

  /** The bookkeeping of every new object: its size, its id and the live count. */
  private admit(o: PyObject, bytes: number): void {
    o.accountedBytes = bytes;
    this.liveBytes += bytes;
    o.id = this.nextId++;
    if (o.id === this.watchId) this.watched = o;
    this.liveObjects++;
  }

  /**
   * Counts a new object in (`bytes`: its sys.getsizeof when the caller knows it, else measured): its id, its
   * block, and an allocation if it is a gc object. Past the memory limit the object is not made: it drops the
   * references it was given and MemoryError is raised, as a failed allocation does in CPython. `allocationKind`: the
   * free list it comes from when that is not its own kind's (a tuple allocated for more items than it holds yet).
   */
  register<T extends PyObject>(o: T, bytes?: number, allocationKind?: FreeListKind): T {
    if (isBuildingShared()) return makeShared(o);
    if (bytes === undefined) bytes = this.measure(o);
    if (this.liveBytes + bytes > this.memoryLimit && this.enforcingLimit) {
      o.clear((target) => this.decref(target));
      throw new NativeRaise('MemoryError', '');
    }
    this.admit(o, bytes);
    if (!this.countingAllocations) this.uncountedObjects++;
    let reused = false;
    if (this.countingAllocations && o.isGcType) {
      o.gcAllocation = allocationKind ?? o.freeListKind;
      const fromType = this.typeAllocNext;
      this.typeAllocNext = false;
      reused = this.countAllocation(fromType ? '' : o.gcAllocation);
    }
    o.block = this.addresses.place(headerBytes(o) || bytes, reused ? o.gcAllocation : null);
    if (this.tracer) this.tracer.allocated(o, bytes, reused ? o.gcAllocation : null);
    return o;
  }

  /**
   * Makes the next registered object come from type->tp_alloc, as `list()` and `dict()` allocate:
   * it skips the free list (it still returns to it when freed).
   */
  allocateViaType<T>(make: () => T): T {
    this.typeAllocNext = true;
    try {
      return make();
    } finally {
      this.typeAllocNext = false;
    }
  }
  private typeAllocNext = false;

  /** The id the next object will get. */
  peekNextId(): number {
    return this.nextId;
  }

  /** Before allocating `bytes` more (a large block built in one go): MemoryError if it would pass the limit. */
  reserve(bytes: number): void {
    if (this.liveBytes + bytes > this.memoryLimit && this.enforcingLimit) throw new NativeRaise('MemoryError', '');
  }

  /** A live object's storage changed size (a list, dict or set resized); growing past the limit raises MemoryError. */
  resized(o: PyObject, bytes: number, newBlockFirst = false): void {
    const delta = bytes - o.accountedBytes;
    if (delta > 0) this.reserve(delta);
    o.accountedBytes = bytes;
    this.liveBytes += delta;
    if (this.tracer && delta !== 0) this.tracer.resized(o, bytes, newBlockFirst);
  }

  /**
   * A live object's block reallocated to `bytes` (a str appended to in place): its size as resized says, and its
   * address where the allocator's realloc leaves it (the same block while it has room).
   */
  reallocated(o: PyObject, bytes: number): void {
    const delta = bytes - o.accountedBytes;
    if (delta > 0) this.reserve(delta);
    o.block = this.addresses.realloc(o.block, o.accountedBytes, bytes);
    o.accountedBytes = bytes;
    this.liveBytes += delta;
    if (this.tracer) this.tracer.reallocated(o, bytes);
  }

  /** Runs `make` with the limit lifted: making the MemoryError exception must not fail for lack of memory. */
  unlimited<T>(make: () => T): T {
    const was = this.enforcingLimit;
    this.enforcingLimit = false;
    try {
      return make();
    } finally {
      this.enforcingLimit = was;
    }
  }

  /** Runs `make` as what CPython made before the program: not traced, not counted as the program's allocations. */
  beforeProgram<T>(make: () => T): T {
    const counting = this.countingAllocations;
    this.countingAllocations = false;
    try {
      return this.untraced(make);
    } finally {
      this.countingAllocations = counting;
    }
  }

  /** Runs `make` with tracemalloc blind to it (blocks CPython allocates outside the program's own requests). */
  untraced<T>(make: () => T): T {
    const tracer = this.tracer;
    this.tracer = null;
    try {
      return make();
    } finally {
      this.tracer = tracer;
    }
  }

  get allocatedIds(): number {
    return this.nextId - FIRST_HEAP_ID;
  }

  /** CPython's free lists of lists, dicts and small tuples, emptied by every full collection. */
  readonly freeLists = new FreeLists();
  /** Where each object lives: what id() returns. */
  readonly addresses = new AddressSpace();
  /** type.__subclasses__() for the classes this heap's program made, by base (dead ones are skipped when read). */
  readonly subclasses = new Map<PyType, PyType[]>();
  /** Interned strs by value. Not counted references (CPython 3.11's interned strs are mortal): a dead entry is replaced. */
  readonly interned = new Map<string, PyStr>();
  /** bool_repr's statically allocated 'False' and 'True', once asked for (factory.ts: boolText). */
  readonly boolTexts: [PyStr | null, PyStr | null] = [null, null];
  /**
   * Makes `s` the interned str of its value; interning hashes it (PyUnicode_InternInPlace), so it is never appended
   * to in place. The interned str of a text CPython allocates statically counts from 999999999 (makeStatic).
   */
  intern(s: PyStr): void {
    s.noteHashed();
    this.interned.set(s.value, s);
    // What CPython's start-up holds of its interned str of this text (a program that spells `'name'` meets it): a
    // str start-up holds is never freed, as a static one.
    const startupCount = startupInternedRefcount(s.value);
    if (startupCount !== undefined || staticAtStartup(s.value)) makeStatic(s, startupCount);
  }
  /** Off while building what CPython has made before the program starts (modules it imports at startup). */
  countingAllocations = true;

  /**
   * _PyObject_GC_Link: a gc object was allocated (unless a free list had one). Past threshold 0, and
   * while enabled, this is where automatic collection starts, before the new object is tracked.
   */
  countAllocation(kind: FreeListKind): boolean {
    if (!this.countingAllocations) return false;
    if (this.freeLists.take(kind)) return true;
    const young = this.generations[0];
    young.count++;
    if (young.threshold <= 0 || this.collecting) return false;
    if (this.enabled) {
      if (young.count > young.threshold && this.hooks) this.hooks.collectAutomatically();
    } else if (++this.shadowCount > young.threshold) {
      this.shadowCount = 0;
      this.wouldHaveCollected++;
    }
    return false;
  }

  /** PyObject_GC_Del: a gc object's memory is released (unless a free list keeps it: then true). */
  countRelease(kind: FreeListKind): boolean {
    if (!this.countingAllocations) return false;
    if (this.freeLists.put(kind)) return true;
    if (this.generations[0].count > 0) this.generations[0].count--;
    if (!this.enabled && this.shadowCount > 0) this.shadowCount--;
    return false;
  }

  /** An object's memory goes back to its free list if that has room (true), a gc object's counted as released if not. */
  private releaseAllocation(kind: FreeListKind): boolean {
    if (kind === FLOAT_FREE_LIST) return this.countingAllocations && this.freeLists.put(kind);
    return this.countRelease(kind);
  }

  /**
   * clear_freelists: each parked object is released with PyObject_GC_Del, which lowers generation 0's count
   * (never below 0) as any gc object's release does.
   */
  clearFreeLists(): void {
    const levels = this.freeLists.levelsCleared();
    const released = this.freeLists.clear();
    if (this.tracer) this.tracer.freeListsEmptied();
    this.addresses.freeListsEmptied(levels);
    const young = this.generations[0];
    young.count = Math.max(0, young.count - released);
    if (!this.enabled) this.shadowCount = Math.max(0, this.shadowCount - released);
  }

  /** gc.freeze(): every tracked object moves to the permanent generation, which collections ignore. */
  readonly permanent = new Set<PyObject>();
  freeze(): void {
    for (const g of this.generations) {
      const objects = [...g.objects];
      g.objects.clear();
      for (const o of objects) {
        o.gcGeneration = PERMANENT_GENERATION;
        this.permanent.add(o);
      }
      g.count = 0;
    }
  }
  /** gc.unfreeze(): the permanent generation goes back into the oldest one. */
  unfreeze(): void {
    for (const o of this.permanent) {
      o.gcGeneration = 2;
      this.generations[2].objects.add(o);
    }
    this.permanent.clear();
  }

  /** Puts an object in generation 0's list (_PyObject_GC_TRACK); counting happened at allocation. */
  track(o: PyObject): void {
    if (o.gcGeneration !== NOT_TRACKED) return;
    o.gcGeneration = 0;
    this.generations[0].objects.add(o);
  }

  untrack(o: PyObject): void {
    if (o.gcGeneration === NOT_TRACKED) return;
    if (o.gcGeneration === PERMANENT_GENERATION) this.permanent.delete(o);
    else this.generations[o.gcGeneration].objects.delete(o);
    o.gcGeneration = NOT_TRACKED;
  }

  /** Drops one reference; at zero the object is finalized and freed at once, as in CPython. */
  decref(o: PyObject): void {
    if (--o.refcount === 0) this.dealloc(o);
  }

  dealloc(o: PyObject): void {
    // A shared object's count is CPython's start-up count, which our runtime's own references need not reach: it
    // is never freed (nor, as in CPython, is anything start-up holds).
    if ((o.flags & (ObjectFlag.Alive | ObjectFlag.Immortal)) !== ObjectFlag.Alive) return;
    if (this.deallocDepth >= TRASHCAN_DEPTH) {
      this.deferred.push(o);
      return;
    }
    if (o.type.instancesAreLeaves && o.attrs === null && (o.flags & ObjectFlag.HasHiddenParts) === 0) {
      // deallocNow's steps that apply to an object holding nothing (no finalizer, gc list, weakref or reference).
      // Each field of o is read once: o's class varies, so every access is a lookup V8 cannot specialize.
      // accountedBytes stays (a freed leaf is never resized, the only reader that would care).
      o.flags &= ~ObjectFlag.Alive;
      this.liveObjects--;
      const bytes = o.accountedBytes;
      this.liveBytes -= bytes;
      const allocation = o.gcAllocation;
      const parkedOn = allocation !== null && this.releaseAllocation(allocation) ? allocation : null;
      if (this.tracer) this.tracer.freed(o, parkedOn);
      this.addresses.release(o.block, parkedOn, bytes);
      const kind = o.type.recycleKind;
      if (kind !== RecycleKind.None && this.recycled[kind].length < RECYCLED_MAX) this.recycled[kind].push(o);
      return;
    }
    this.deallocDepth++;
    try {
      this.deallocNow(o);
    } finally {
      this.deallocDepth--;
    }
    if (this.deallocDepth === 0) {
      while (this.deferred.length > 0) {
        const next = this.deferred.pop()!;
        this.deallocDepth++;
        try {
          this.deallocNow(next);
        } finally {
          this.deallocDepth--;
        }
      }
    }
  }

  // The running heap releases through the module's decref (the same steps on the same heap): no closure per object.
  private deallocNow(o: PyObject): void {
    if (this.hooks && !isFinalized(o) && this.hooks.finalize(o)) return;
    if (o.gcGeneration !== NOT_TRACKED) this.untrack(o);
    const parked = o.gcAllocation !== null && this.releaseAllocation(o.gcAllocation);
    o.flags &= ~ObjectFlag.Alive;
    this.liveObjects--;
    const bytes = o.accountedBytes;
    this.liveBytes -= bytes;
    o.accountedBytes = 0;
    if (this.tracer) this.tracer.freed(o, parked ? o.gcAllocation : null);
    this.hooks?.onFree(o);
    if ((o.flags & ObjectFlag.Cleared) === 0) o.clear(this === active ? decref : (target) => this.decref(target));
    if ((o.flags & ObjectFlag.HasHiddenParts) !== 0) {
      for (const kind of this.hiddenParts.get(o) ?? []) this.countRelease(kind);
      this.hiddenParts.delete(o);
      o.flags &= ~ObjectFlag.HasHiddenParts;
    }
    // Its memory goes back last, after what it held (as tp_dealloc frees the object after clearing it).
    this.addresses.release(o.block, parked ? o.gcAllocation : null, bytes);
  }

  /**
   * Allocations CPython makes as parts of an object that we don't model (a class's mro tuple), released with it.
   * Kept here rather than in a field: few objects have any, and every object would pay for the field.
   */
  private readonly hiddenParts = new Map<PyObject, FreeListKind[]>();

  /** Releases one hidden part of `o` before `o` is freed (a class's emptied subclass registry). */
  removeHiddenPart(o: PyObject, kind: FreeListKind): void {
    const parts = this.hiddenParts.get(o);
    const at = parts ? parts.indexOf(kind) : -1;
    if (at < 0) return;
    parts!.splice(at, 1);
    this.countRelease(kind);
  }

  /** Counts allocations CPython makes as hidden parts of `o`, released when `o` is freed. */
  addHiddenParts(o: PyObject, kinds: FreeListKind[]): void {
    if (!this.countingAllocations) return;
    for (const kind of kinds) this.countAllocation(kind);
    // Appended in place: a traceback adds one part per frame it passes, so copying would be quadratic.
    const parts = this.hiddenParts.get(o);
    if (parts) for (const kind of kinds) parts.push(kind);
    else {
      this.hiddenParts.set(o, kinds.slice());
      o.flags |= ObjectFlag.HasHiddenParts;
    }
  }
}

let active: Heap = new Heap();

/** The heap of the interpreter that is running now (JavaScript runs one interpreter at a time). */
export function activeHeap(): Heap {
  return active;
}

export function setActiveHeap(heap: Heap): void {
  if (heap === active) return;
  active.sharedRefcounts = saveSharedRefcounts();
  if (heap.sharedRefcounts) restoreSharedRefcounts(heap.sharedRefcounts);
  active = heap;
}

/** Keeps the active heap's counts of shared objects with it (a fork copies them from there). */
export function noteSharedRefcounts(heap: Heap): void {
  if (heap === active) heap.sharedRefcounts = saveSharedRefcounts();
}

/** Takes a new reference; returns the object for chaining. */
export function incref<T extends PyObject>(o: T): T {
  o.refcount++;
  return o;
}

export function decref(o: PyObject): void {
  if (--o.refcount === 0) active.dealloc(o);
}

export function xdecref(o: PyObject | null | undefined): void {
  if (o && --o.refcount === 0) active.dealloc(o);
}
