// The concrete Python object kinds of our heap: scalars, containers, instances, modules, weak references;
// callables and iteration state live in callables.ts and iterators.ts (re-exported here).

import { strKey } from './mapKey';
import { PyObject, reviveLeaf, PyGcObject, ObjectFlag, NOT_TRACKED } from './object';
import { NativeRaise } from '../errors';
import { SetTable } from './setTable';
import { activeHeap } from './heap';
import { tupleFreeList, type FreeListKind } from './freeLists';
import { PyDict, labelForKey } from './dict';
import type { PyType } from './types';
import { clearAttributes, traverseAttributes } from './instanceAttributes';

export * from './callables';
export * from './iterators';

export class PyNone extends PyObject {
  override traverse(): void {}
  override clear(): void {}
}

export class PyNotImplemented extends PyObject {
  override traverse(): void {}
  override clear(): void {}
}

export class PyEllipsis extends PyObject {
  override traverse(): void {}
  override clear(): void {}
}

/** int; `value` is a number while it is a safe integer, else a bigint (see intMath). */
export class PyInt extends PyObject {
  constructor(type: PyType, readonly value: number | bigint) {
    super(type);
  }
  /** A freed exact int's object (Heap.recycled) as a new int. */
  static revive(o: PyInt, value: number | bigint): PyInt {
    (o as { value: number | bigint }).value = value;
    reviveLeaf(o);
    return o;
  }
  override get isGcType(): boolean {
    return this.type.isHeapType;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    if (clearAttributes(this, release)) release(this.type);
  }
}

export class PyBool extends PyObject {
  constructor(type: PyType, readonly value: boolean) {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
}

export class PyFloat extends PyObject {
  constructor(type: PyType, readonly value: number) {
    super(type);
  }
  /** A freed exact float's object (Heap.recycled) as a new float. */
  static revive(o: PyFloat, value: number): PyFloat {
    (o as { value: number }).value = value;
    reviveLeaf(o);
    return o;
  }
  override get isGcType(): boolean {
    return this.type.isHeapType;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    if (clearAttributes(this, release)) release(this.type);
  }
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export class PyStr extends PyObject {
  /** CPython caches a str's hash in the object once computed (null on the prototype: few strs are hashed so). */
  declare hashCache: bigint | null;
  /** len() in code points, once measured (-1 before). */
  private codePoints = -1;
  /** CPython's storage kind, by the widest code point (0 before measured): 1 ASCII, 2 Latin-1, 3 UCS-2, 4 UCS-4. */
  private kind = 0;
  /** Its key in a dict's or set's map, kept: V8 then hashes the key string once, not at every lookup. */
  private cachedMapKey: string | null = null;
  /** The text; it changes only in appendInPlace (CPython's PyUnicode_Append resizing a str only its owner holds). */
  value: string;
  constructor(type: PyType, value: string) {
    super(type);
    this.value = value;
  }
  /** `suffix` appended to this str in place: the caller checked it may be (see addSpecialization.ts). */
  appendInPlace(suffix: PyStr): void {
    const kind = this.storageKind;
    const codePoints = this.codePointLength + suffix.codePointLength;
    this.value = this.value + suffix.value;
    this.kind = kind;
    this.codePoints = codePoints;
  }
  /** Marks the hash as computed (interning computes it). */
  noteHashed(): void {
    this.cachedMapKey ??= strKey(this.value);
  }
  /** Whether CPython would have computed its hash by now (hash() or a dict's or set's use of it as a key). */
  get hashComputed(): boolean {
    return this.hashCache !== null || this.cachedMapKey !== null;
  }
  /**
   * `a + b` with its length and kind derived from the operands' (no scan of the result: a loop of `s += t` stays
   * linear, and V8 keeps the result a rope).
   */
  static concatenation(type: PyType, a: PyStr, b: PyStr): PyStr {
    const r = new PyStr(type, a.value + b.value);
    if (a.kind !== 0 && b.kind !== 0) {
      r.kind = a.kind > b.kind ? a.kind : b.kind;
      r.codePoints = a.codePoints + b.codePoints;
    }
    return r;
  }
  get mapKey(): string {
    return (this.cachedMapKey ??= strKey(this.value));
  }
  private measure(): void {
    const s = this.value;
    if (ASCII_ONLY.test(s)) {
      this.codePoints = s.length;
      this.kind = 1;
      return;
    }
    let max = 0;
    let n = 0;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c > max) max = c;
      n++;
    }
    this.codePoints = n;
    this.kind = max < 256 ? 2 : max < 65536 ? 3 : 4;
  }
  /** The number of code points: len(s), which differs from the UTF-16 length for astral characters. */
  get codePointLength(): number {
    if (this.codePoints < 0) this.measure();
    return this.codePoints;
  }
  /** 1 ASCII, 2 Latin-1, 3 UCS-2, 4 UCS-4: how CPython stores it (sys.getsizeof depends on it). */
  get storageKind(): number {
    if (this.kind === 0) this.measure();
    return this.kind;
  }
  /** Whether code point and UTF-16 indexes agree (no astral characters). */
  get isBmp(): boolean {
    return this.codePointLength === this.value.length;
  }
  override get isGcType(): boolean {
    return this.type.isHeapType;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    if (clearAttributes(this, release)) release(this.type);
  }
}

PyStr.prototype.hashCache = null;

export class PyTuple extends PyGcObject {
  static readonly writesOwnHeader = true;
  constructor(type: PyType, public items: PyObject[]) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
  }
  override get isGcType(): boolean {
    return true;
  }
  override get freeListKind(): FreeListKind {
    return this.type.isHeapType ? '' : tupleFreeList(this.items.length);
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) visit(items[i], `[${i}]`);
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) visit(items[i]);
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    const items = this.items;
    this.items = [];
    // CPython's tupledealloc releases items last to first.
    for (let i = items.length - 1; i >= 0; i--) release(items[i]);
    if (subclassed) release(this.type);
  }
}

/**
 * The most slots a list can have here: a JavaScript array cannot grow past about 2**27 elements (V8 aborts
 * the process), so a list that would is refused with MemoryError first.
 */
export const MAX_LIST_SLOTS = 2 ** 27 - 64;

/** sys.getsizeof of a list with `allocated` slots: the gc header, PyListObject and the item pointers. */
export function listBytes(allocated: number): number {
  return 56 + 8 * allocated;
}

export class PyList extends PyGcObject {
  static readonly writesOwnHeader = true;
  private slots: number;
  constructor(type: PyType, public items: PyObject[], allocated?: number) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
    this.slots = allocated ?? items.length;
  }
  /** CPython's `allocated`: slots reserved, for sys.getsizeof; a resize is counted by the heap (MemoryError past its limit). */
  get allocated(): number {
    return this.slots;
  }
  set allocated(n: number) {
    if (n > MAX_LIST_SLOTS && n > this.slots) throw new NativeRaise('MemoryError', '');
    if (n !== this.slots && this.accountedBytes > 0) activeHeap().resized(this, listBytes(n));
    this.slots = n;
  }
  /** listsort empties the list while it sorts but keeps its storage (no resize): returns the slots it had. */
  detachStorage(): number {
    const slots = this.slots;
    this.slots = -1;
    return slots;
  }
  /** After listsort: the storage back; storage the list was given meanwhile is freed. */
  reattachStorage(slots: number): void {
    if (this.slots === -1) this.slots = slots;
    else this.allocated = slots;
  }
  override get isGcType(): boolean {
    return true;
  }
  override get freeListKind(): FreeListKind {
    return this.type.isHeapType ? '' : 'list';
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) visit(items[i], `[${i}]`);
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) visit(items[i]);
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    const items = this.items;
    this.items = [];
    this.allocated = 0;
    // CPython's list_dealloc releases items last to first.
    for (let i = items.length - 1; i >= 0; i--) release(items[i]);
    if (subclassed) release(this.type);
  }
}

export class PySet extends PyGcObject {
  static readonly writesOwnHeader = true;
  /** CPython's hash table: slot order is iteration order; it owns one reference to each entry's object. */
  table = new SetTable();
  /** A frozenset's hash, once computed. */
  hashValue: bigint | null = null;
  constructor(type: PyType, readonly frozen: boolean) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
  }
  get size(): number {
    return this.table.used;
  }
  /** Items in CPython's iteration order. */
  ordered(): PyObject[] {
    return this.table.entries().map((e) => e.obj);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    const slots = this.table.slots;
    for (let i = 0; i < slots.length; i++) {
      const e = slots[i];
      if (e) visit(e.obj, `{${labelForKey(e.obj)}}`);
    }
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    const slots = this.table.slots;
    for (let i = 0; i < slots.length; i++) {
      const e = slots[i];
      if (e) visit(e.obj);
    }
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    for (const e of this.table.clear()) release(e.obj);
    if (subclassed) release(this.type);
  }
}

const RANGE_PART_LABELS = ['.start', '.stop', '.step', 'length'];

export class PyRange extends PyObject {
  constructor(type: PyType, readonly start: bigint, readonly stop: bigint, readonly step: bigint) {
    super(type);
  }
  /**
   * The int objects rangeobject holds: start, stop, step (the arguments themselves when they are exact ints) and
   * its length. Not a gc object: the collector never visits them, the picture does.
   */
  parts: PyObject[] = [];
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
    return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    this.parts.forEach((part, i) => visit(part, RANGE_PART_LABELS[i]));
  }
  override clear(release: (t: PyObject) => void): void {
    // range_dealloc's order: start, stop, step, length.
    const parts = this.parts;
    this.parts = [];
    for (const part of parts) release(part);
  }
}

export class PySlice extends PyGcObject {
  static readonly writesOwnHeader = true;
  constructor(type: PyType, public start: PyObject, public stop: PyObject, public step: PyObject) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
  }
  override get isGcType(): boolean {
    return true;
  }
  /** CPython keeps one freed slice for the next (interp->slice_cache). */
  override get freeListKind(): FreeListKind {
    return 'slice';
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    visit(this.start, '.start');
    visit(this.stop, '.stop');
    visit(this.step, '.step');
  }
  override clear(release: (t: PyObject) => void): void {
    // slice_dealloc's order.
    release(this.step);
    release(this.start);
    release(this.stop);
  }
}

/** One line of a traceback: the function name and line where the exception passed. */
export interface TracebackEntry {
  readonly filename: string;
  readonly line: number;
  readonly name: string;
  /** The source range of the instruction that was running (column 0-based, -1 if unknown). */
  readonly col?: number;
  readonly endLine?: number;
  readonly endCol?: number;
}

/**
 * A PyFrameObject: CPython 3.11 makes one only when something needs a frame as an object (a traceback). The
 * running frame holds it; when the frame finishes while a traceback still holds the object, the object takes
 * the frame's variables over (take_ownership), so what the frame referred to stays alive until the traceback
 * goes: an exception keeps the locals of every frame it passed through.
 */
export class PyFrameObject extends PyGcObject {
  static readonly writesOwnHeader = true;
  /** Set once the frame has finished and this object owns its variables. */
  owned: FrameLike | null = null;
  /** f_back, linked when the object takes its finished frame over (the caller's frame object). */
  back: PyFrameObject | null = null;
  constructor(type: PyType, readonly name: string, readonly qualname: string, readonly scope: FrameScope | null = null) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.back) visit(this.back, 'f_back');
    this.owned?.traverse(visit);
  }
  override clear(release: (t: PyObject) => void): void {
    const owned = this.owned;
    const back = this.back;
    this.owned = null;
    this.back = null;
    owned?.release(release);
    if (back) release(back);
  }
}

/**
 * A traceback object: one per frame an exception passed through, outermost first (tb_next goes inwards).
 * It holds its frame's object, so a kept exception keeps those frames' variables alive.
 */
export class PyTraceback extends PyGcObject {
  static readonly writesOwnHeader = true;
  constructor(type: PyType, public next: PyTraceback | null, public frame: PyFrameObject, readonly entry: TracebackEntry) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.next) visit(this.next, 'tb_next');
    visit(this.frame, 'tb_frame');
  }
  override clear(release: (t: PyObject) => void): void {
    // tb_dealloc: tb_next first, then the frame.
    const next = this.next;
    this.next = null;
    if (next) release(next);
    release(this.frame);
  }
}

/** Sets `__traceback__` (with_traceback, assignment): the chain becomes the source of the traceback's lines. */
export function setTraceback(exc: ExceptionState, tb: PyTraceback | null): void {
  const old = exc.tracebackHead;
  if (tb) tb.refcount++;
  exc.tracebackHead = tb;
  const entries: TracebackEntry[] = [];
  for (let t = tb; t; t = t.next) entries.push(t.entry);
  exc.traceback = entries.reverse();
  if (old && --old.refcount === 0) activeHeap().dealloc(old);
}

/** The names a frame sees (NameError's "Did you mean" looks there); its frame keeps them alive. */
export interface FrameScope {
  /** co_varnames: the code's parameters and plain locals. */
  readonly varnames: readonly string[];
  readonly globals: PyDict;
  readonly builtins: PyDict;
  /** What frame_sizeof counts: a slot per local, cell and free variable and per value-stack entry. */
  readonly code: { readonly localsplusNames: readonly string[]; readonly stacksize: number };
}

/** What a frame object needs of the frame it takes over (vm/frame.ts's Frame). */
export interface FrameLike {
  traverse(visit: (t: PyObject, label: string) => void): void;
  release(release: (t: PyObject) => void): void;
}

/** The state every exception instance carries (BaseException's fields). */
export interface ExceptionState {
  args: PyTuple;
  /** The lines of its traceback, innermost first (kept in step with `tracebackHead`'s chain). */
  traceback: TracebackEntry[];
  /** `__traceback__`: the outermost traceback object, or null. */
  tracebackHead: PyTraceback | null;
  cause: PyObject | null;
  context: PyObject | null;
  suppressContext: boolean;
  /** SystemExit's `code` member (the exit status or message); undefined for other exceptions. */
  code?: PyObject | null;
  /** The members some exception types add (AttributeError.name/obj, OSError.errno...), by name; absent ones read None. */
  members?: Map<string, PyObject>;
}

/** An instance of a class: user classes (with `__dict__` and/or `__slots__`) and exceptions. */
export class PyInstance extends PyGcObject {
  static readonly writesOwnHeader = true;
  /** Attribute storage; `dict.materialized` says whether CPython would have a dict object. */
  dict: PyDict | null;
  slotValues: (PyObject | null)[] | null;
  exc: ExceptionState | null = null;
  constructor(type: PyType, dict: PyDict | null, slotCount: number) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
    this.dict = dict;
    this.slotValues = slotCount > 0 ? new Array<PyObject | null>(slotCount).fill(null) : null;
    this.attrs = this;
  }
  /** Plain `object()` instances hold nothing, so CPython doesn't make them gc objects. */
  override get isGcType(): boolean {
    return this.type.isHeapType || this.exc !== null || this.dict !== null;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.type.isHeapType) visit(this.type, '__class__');
    if (this.slotValues) {
      const names = this.type.slotLayout;
      this.slotValues.forEach((v, i) => v && visit(v, '.' + names[i]));
    }
    if (this.dict) {
      if (this.dict.materialized) visit(this.dict, '__dict__');
      else {
        for (const e of this.dict.map.values()) {
          visit(e.key, 'attribute name');
          visit(e.value, '.' + String((e.key as PyStr).value));
        }
      }
    }
    const exc = this.exc;
    if (exc) {
      visit(exc.args, '.args');
      if (exc.cause) visit(exc.cause, '__cause__');
      if (exc.context) visit(exc.context, '__context__');
      if (exc.code) visit(exc.code, '.code');
      if (exc.members) for (const [name, v] of exc.members) visit(v, '.' + name);
      if (exc.tracebackHead) visit(exc.tracebackHead, '__traceback__');
    }
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    if (this.exc) {
      this.traverse(visit);
      return;
    }
    if (this.type.isHeapType) visit(this.type);
    this.forEachAttributeReference(visit);
  }
  /** The slot values, then the dict (or its inline names and values): traverse's order, without labels. */
  forEachAttributeReference(visit: (t: PyObject) => void): void {
    const slots = this.slotValues;
    if (slots) for (const v of slots) if (v) visit(v);
    const dict = this.dict;
    if (!dict) return;
    if (dict.materialized) visit(dict);
    else {
      for (const e of dict.map.values()) {
        visit(e.key);
        visit(e.value);
      }
    }
  }
  override clear(release: (t: PyObject) => void): void {
    // Slot values, then the dict (inline values: each value, then its interned name).
    clearAttributes(this, release);
    const exc = this.exc;
    this.exc = null;
    if (exc) {
      // SystemExit_clear, then BaseException_clear's order.
      if (exc.code) release(exc.code);
      const members = exc.members;
      exc.members = undefined;
      if (members) for (const v of members.values()) release(v);
      release(exc.args);
      const tb = exc.tracebackHead;
      exc.tracebackHead = null;
      exc.traceback = [];
      if (tb) release(tb);
      if (exc.cause) release(exc.cause);
      if (exc.context) release(exc.context);
    }
    if (this.type.isHeapType) release(this.type);
  }
}

export class PyModule extends PyGcObject {
  /** Made by `types.ModuleType(name)`: no loader or spec, so its repr reads its dict's __name__ and __file__. */
  madeByProgram = false;
  /** Loaded by the import system from a file: its path, or null for a namespace package (a directory). */
  loadedFrom: string | null | undefined = undefined;
  /** Its file's code is running (importlib's __spec__._initializing): a circular import finds it partly made. */
  initializing = false;
  constructor(type: PyType, readonly name: string, public dict: PyDict) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    visit(this.dict, '__dict__');
  }
  override clear(release: (t: PyObject) => void): void {
    release(this.dict);
  }
}

/** `weakref.ref`: does not count as a reference; the heap clears it when the target dies. */
export class PyWeakref extends PyGcObject {
  /** The referent's hash key ('' for a referent with a user __hash__), kept so the ref stays a usable key after death. */
  hashCache: string | null = null;
  /** The referent's hash(), kept once computed (weakref_hash). */
  hashValue: bigint | null = null;
  constructor(type: PyType, public target: PyObject | null, public callback: PyObject | null) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.callback) visit(this.callback, '__callback__');
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    const cb = this.callback;
    this.callback = null;
    this.target = null;
    if (cb) release(cb);
    if (subclassed) release(this.type);
  }
}

/** weakref.proxy's object (PyWeakReference of ProxyType or CallableProxyType): operations reach the referent. */
export class PyWeakProxy extends PyWeakref {}

