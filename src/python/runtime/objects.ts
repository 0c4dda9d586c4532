// The concrete Python object kinds of our heap: scalars, containers, instances, modules, weak references;
// callables and iteration state live in callables.ts and iterators.ts (re-exported here).

import { PyObject } from './object';
import { activeHeap } from './heap';
import { SetTable } from './setTable';
import { tupleFreeList, type FreeListKind } from './freeLists';
import { PyDict, labelForKey } from './dict';
import type { PyType } from './types';

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
  override traverse(): void {}
  override clear(): void {}
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
  override traverse(): void {}
  override clear(): void {}
}

export class PyStr extends PyObject {
  /** CPython caches a str's hash in the object once computed. */
  hashCache: bigint | null = null;
  /** len() in code points, once computed (-1 before). */
  private codePoints = -1;
  constructor(type: PyType, readonly value: string) {
    super(type);
  }
  /** The number of code points: len(s), which differs from the UTF-16 length for astral characters. */
  get codePointLength(): number {
    if (this.codePoints < 0) {
      let n = 0;
      for (const _ of this.value) n++;
      this.codePoints = n;
    }
    return this.codePoints;
  }
  /** Whether code point and UTF-16 indexes agree (no astral characters). */
  get isBmp(): boolean {
    return this.codePointLength === this.value.length;
  }
  override traverse(): void {}
  override clear(): void {}
}

export class PyTuple extends PyObject {
  constructor(type: PyType, public items: PyObject[]) {
    super(type);
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
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) visit(items[i]);
  }
  override clear(release: (t: PyObject) => void): void {
    const items = this.items;
    this.items = [];
    // CPython's tupledealloc releases items last to first.
    for (let i = items.length - 1; i >= 0; i--) release(items[i]);
  }
}

export class PyList extends PyObject {
  /** CPython's `allocated`: slots reserved, for sys.getsizeof. */
  allocated: number;
  constructor(type: PyType, public items: PyObject[], allocated?: number) {
    super(type);
    this.allocated = allocated ?? items.length;
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
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) visit(items[i]);
  }
  override clear(release: (t: PyObject) => void): void {
    const items = this.items;
    this.items = [];
    this.allocated = 0;
    // CPython's list_dealloc releases items last to first.
    for (let i = items.length - 1; i >= 0; i--) release(items[i]);
  }
}

export class PySet extends PyObject {
  /** CPython's hash table: slot order is iteration order; it owns one reference to each entry's object. */
  table = new SetTable();
  /** A frozenset's hash, once computed. */
  hashValue: bigint | null = null;
  constructor(type: PyType, readonly frozen: boolean) {
    super(type);
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
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    const slots = this.table.slots;
    for (let i = 0; i < slots.length; i++) {
      const e = slots[i];
      if (e) visit(e.obj);
    }
  }
  override clear(release: (t: PyObject) => void): void {
    for (const e of this.table.clear()) release(e.obj);
  }
}

export class PyRange extends PyObject {
  constructor(type: PyType, readonly start: bigint, readonly stop: bigint, readonly step: bigint) {
    super(type);
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
    return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
  }
  override traverse(): void {}
  override clear(): void {}
}

export class PySlice extends PyObject {
  constructor(type: PyType, public start: PyObject, public stop: PyObject, public step: PyObject) {
    super(type);
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
    release(this.start);
    release(this.stop);
    release(this.step);
  }
}

/** One line of a traceback: the function name and line where the exception passed. */
export interface TracebackEntry {
  readonly filename: string;
  readonly line: number;
  readonly name: string;
  /** CPython's frame object for this entry's frame, made when the first traceback passed through it. */
  readonly frameObject?: FrameObjectRecord;
  /** The source range of the instruction that was running (column 0-based, -1 if unknown). */
  readonly col?: number;
  readonly endLine?: number;
  readonly endCol?: number;
}

/**
 * A stand-in for a PyFrameObject: CPython 3.11 makes one only when something needs the frame as an
 * object (a traceback). It lives while its frame runs or a traceback holds it; we only count it.
 */
export class FrameObjectRecord {
  private holders = 1;
  constructor() {
    activeHeap().countAllocation('');
  }
  hold(): this {
    this.holders++;
    return this;
  }
  drop(): void {
    if (--this.holders === 0) activeHeap().countRelease('');
  }
}

/** The state every exception instance carries (BaseException's fields). */
export interface ExceptionState {
  args: PyTuple;
  traceback: TracebackEntry[];
  cause: PyObject | null;
  context: PyObject | null;
  suppressContext: boolean;
  /** SystemExit's `code` member (the exit status or message); undefined for other exceptions. */
  code?: PyObject | null;
}

/** An instance of a class: user classes (with `__dict__` and/or `__slots__`) and exceptions. */
export class PyInstance extends PyObject {
  /** Attribute storage; `dict.materialized` says whether CPython would have a dict object. */
  dict: PyDict | null;
  slotValues: (PyObject | null)[] | null;
  exc: ExceptionState | null = null;
  constructor(type: PyType, dict: PyDict | null, slotCount: number) {
    super(type);
    this.dict = dict;
    this.slotValues = slotCount > 0 ? new Array<PyObject | null>(slotCount).fill(null) : null;
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
    }
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    if (this.exc) {
      this.traverse(visit);
      return;
    }
    if (this.type.isHeapType) visit(this.type);
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
    const slots = this.slotValues;
    this.slotValues = null;
    if (slots) for (const v of slots) if (v) release(v);
    const dict = this.dict;
    this.dict = null;
    if (dict) {
      if (dict.materialized) release(dict);
      else {
        // Inline values (no dict object): the values are released in order, the keys are interned names.
        const entries = [...dict.map.values()];
        dict.map.clear();
        dict.alive = false;
        for (const e of entries) {
          release(e.value);
          release(e.key);
        }
      }
    }
    const exc = this.exc;
    this.exc = null;
    if (exc) {
      for (const entry of exc.traceback) entry.frameObject?.drop();
      release(exc.args);
      if (exc.cause) release(exc.cause);
      if (exc.context) release(exc.context);
      if (exc.code) release(exc.code);
    }
    if (this.type.isHeapType) release(this.type);
  }
}

export class PyModule extends PyObject {
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
export class PyWeakref extends PyObject {
  /** The referent's hash key, kept once computed so the ref stays usable as a dict key after death. */
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
  }
  override clear(release: (t: PyObject) => void): void {
    const cb = this.callback;
    this.callback = null;
    this.target = null;
    if (cb) release(cb);
  }
}
