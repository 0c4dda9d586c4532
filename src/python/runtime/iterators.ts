// Iteration state on the heap: generators, builtin iterators and dict views.

import { PyObject, PyGcObject, ObjectFlag, NOT_TRACKED } from './object';
import { CodeFlag } from '../bytecode/code';
import { decref } from './heap';
import { clearAttributes, traverseAttributes } from './instanceAttributes';
import type { PyDict } from './dict';
import type { PyType } from './types';
import type { PyInstance, PyTuple } from './objects';
import type { PyCode } from './callables';
import type { Frame } from '../vm/frame';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';

/** What a suspendable frame's object is, by its code's flags: all three share the generator machinery. */
export const enum GeneratorKind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

export class PyGenerator extends PyGcObject {
  static readonly writesOwnHeader = true;
  readonly kind: GeneratorKind;
  /** Null once the generator has finished (its frame is released). */
  frame: Frame | null;
  running = false;
  /** Its frame's localsplus and value stack slots: CPython embeds them, so its size stays when it finishes. */
  readonly frameSlots: number;
  /** gi_code: a counted reference of its own, kept after the generator finishes (its frame holds another). */
  code: PyCode | null;
  /**
   * gi_exc_state: the exceptions its frame is handling, kept while it is suspended inside an `except` (they leave
   * the VM's handling stack at each yield and come back when it resumes); while it runs, where its entries begin
   * on that stack.
   */
  suspendedHandling: PyInstance[] | null = null;
  handlingBase = 0;
  constructor(type: PyType, frame: Frame, readonly name: string, readonly qualname: string) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
    this.frame = frame;
    this.frameSlots = frame.code.localsplusNames.length + frame.code.stacksize;
    this.code = frame.pyCode;
    this.code.refcount++;
    const flags = frame.code.flags;
    this.kind = flags & CodeFlag.COROUTINE ? GeneratorKind.COROUTINE : flags & CodeFlag.ASYNC_GENERATOR ? GeneratorKind.ASYNC_GENERATOR : GeneratorKind.GENERATOR;
  }
  /** 'generator', 'coroutine' or 'async generator', as CPython's messages name it. */
  get kindName(): string {
    return this.kind === GeneratorKind.COROUTINE ? 'coroutine' : this.kind === GeneratorKind.ASYNC_GENERATOR ? 'async generator' : 'generator';
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.code) visit(this.code, 'gi_code');
    // A running generator's frame is on the call stack and reported there.
    if (!this.running) this.frame?.traverse(visit);
    if (this.suspendedHandling) for (const e of this.suspendedHandling) visit(e, 'exception being handled');
  }
  override clear(release: (t: PyObject) => void): void {
    const f = this.frame;
    const code = this.code;
    this.frame = null;
    this.code = null;
    f?.release(release);
    if (code) release(code);
    const handling = this.suspendedHandling;
    this.suspendedHandling = null;
    if (handling) for (const e of handling) release(e);
  }
}

/** A generator proper, an iterator: coroutines and async generators share its class but are not iterable. */
export function isGeneratorIterator(o: PyObject): o is PyGenerator {
  return o instanceof PyGenerator && o.kind === GeneratorKind.GENERATOR;
}

/**
 * A builtin iterator (list_iterator, range_iterator, enumerate, zip, map, ...). `held` are the objects
 * it keeps references to (its sequence or source iterators); `step` produces the next item as a new
 * reference, or null when exhausted.
 */
export class PyNativeIterator extends PyGcObject {
  static readonly writesOwnHeader = true;
  constructor(
    type: PyType,
    public held: PyObject[],
    public step: (vm: VM, it: PyNativeIterator) => PyObject | null,
    /** Iterator-specific position (index, counter). */
    public state: number = 0,
  ) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
  }
  /**
   * What else the iterator's step needs that changes or belongs to the heap (enumerate's counter, the dict
   * entries it walks). Kept here, not in the step's closure, so a fork of the interpreter copies it.
   */
  data: unknown = null;
  /** The tuple enumerate, zip and dict item iterators hand out again when nobody else holds it. */
  result: PyTuple | null = null;
  /** How many items are left (__length_hint__), for iterators over a sized sequence. */
  remaining: ((it: PyNativeIterator) => number) | null = null;
  /** zip and map keep their iterators in a tuple, which releases its items last to first (then map's function). */
  releasesLastFirst = false;
  /** For iterators whose step may run Python code (map, filter, ...): the resumable step `step` runs synchronously. */
  resumableStep: ((vm: VM, it: PyNativeIterator) => NativeOp<PyObject | null>) | null = null;
  override get isGcType(): boolean {
    return this.held.length > 0 || this.attrs !== null;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    this.held.forEach((h, i) => visit(h, i === 0 ? 'iterating' : `[${i}]`));
    if (this.result) visit(this.result, 'result tuple');
    // An instance of a Python subclass (`class E(enumerate)`).
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    const held = this.held;
    this.held = [];
    if (this.releasesLastFirst) held.reverse();
    for (const h of held) release(h);
    const result = this.result;
    this.result = null;
    if (result) release(result);
    if (subclassed) release(this.type);
  }
  /** Drops the source once exhausted, as CPython's iterators do. */
  exhaust(): void {
    const held = this.held;
    this.held = [];
    for (const h of held) decref(h);
  }
}

/** A range iterator's `data`: what its step counts from and its reduction rebuilds it with. */
export interface RangeIterState {
  readonly start: bigint;
  readonly step: bigint;
  readonly length: bigint;
  /** The same as numbers, when every value it gives is a safe integer. */
  readonly small: { readonly start: number; readonly step: number; readonly length: number } | null;
}
/** A reversed iterator's `data`: its length when made; the index it gives next is length - 1 - state. */
export interface ReversedIterState { readonly length: number }

/** A read-only view of a mapping (`d.keys().mapping`): reads go to the mapping it holds. */
export class PyMappingProxy extends PyGcObject {
  constructor(type: PyType, public mapping: PyObject | null) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.mapping) visit(this.mapping, 'mapping');
  }
  override clear(release: (t: PyObject) => void): void {
    const m = this.mapping;
    this.mapping = null;
    if (m) release(m);
  }
}

/** `d.keys()`, `d.values()`, `d.items()`: live views of a dict. */
export class PyDictView extends PyGcObject {
  constructor(type: PyType, public dict: PyDict | null, readonly kind: 'keys' | 'values' | 'items') {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.dict) visit(this.dict, 'mapping');
  }
  override clear(release: (t: PyObject) => void): void {
    const d = this.dict;
    this.dict = null;
    if (d) release(d);
  }
}
