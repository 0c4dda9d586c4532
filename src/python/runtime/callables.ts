// Callables and what binds them: code, functions, builtin functions and methods, bound methods,
// descriptors (staticmethod, classmethod, property, a class's getsets and members), cells and super.

import { strKey } from './mapKey';
import { emptyObjectArray, nullArray } from './objectArrays';
import { PyObject, PyGcObject, ObjectFlag, NOT_TRACKED } from './object';
import { InlineCaches } from './inlineCaches';
import { clearAttributes, traverseAttributes } from './instanceAttributes';
import type { PyDict } from './dict';
import type { PyType } from './types';
import type { PyStr, PyTuple } from './objects';
import type { CodeObject } from '../bytecode/code';
import type { VM } from '../vm/vm';
import type { Frame } from '../vm/frame';
import type { NativeOpCall } from '../vm/nativeOp';

/** A native function body: receives borrowed arguments and returns a new reference. */
export type NativeCall = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, self?: PyObject) => PyObject;

export class PyCell extends PyGcObject {
  static readonly writesOwnHeader = true;
  constructor(type: PyType, public contents: PyObject | null) {
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
    if (this.contents) visit(this.contents, 'cell_contents');
  }
  override clear(release: (t: PyObject) => void): void {
    const c = this.contents;
    this.contents = null;
    if (c) release(c);
  }
}

/** A code object as a heap value (a constant of its enclosing code); its constants live as long as it does. */
export class PyCode extends PyObject {
  /** The eval loop's per-instruction caches (see inlineCaches.ts). */
  readonly caches: InlineCaches;
  /** The dict keys of co_names (strKey), as the eval loop looks names up. */
  readonly nameKeys: readonly string[];
  /** A frame's localsplus before its arguments arrive: frames copy it (slice) rather than build one push by push. */
  readonly emptyLocals: (PyObject | null)[];
  /**
   * Frames of this code that returned with nothing left pointing at them, kept for the next calls (see
   * Frame.recycle), last returned on top: a loop's calls reuse one frame, a recursion's one per level.
   */
  readonly spareFrames: Frame[] = emptyObjectArray();
  /** Whether the heap lists this code among those holding spare frames (Heap.codesWithSpareFrames). */
  spareFramesListed = false;
  /**
   * co_consts (a tuple that code objects with equal constants share), and `introduced`: the constants this code object first brought into its compilation unit, whose
   * reference from the parser's arena it keeps (equal constants of a unit are one object, held once by the arena).
   */
  constructor(type: PyType, readonly code: CodeObject, private constsTuple: PyTuple, private introduced: PyObject[]) {
    super(type);
    this.consts = constsTuple.items;
    this.caches = new InlineCaches(code.ops.length >> 1);
    this.nameKeys = code.names.map(strKey);
    this.emptyLocals = nullArray(code.localsplusNames.length);
  }
  /**
   * CPython 3.11's co_warmup: eight RESUMEs or JUMP_BACKWARDs quicken the code, after which call
   * sites specialize on first use (which changes what some calls allocate: `str(x)` packs no tuple).
   */
  private warmup = -8;
  warmUp(): void {
    if (this.warmup < 0) this.warmup++;
  }
  get quickened(): boolean {
    return this.warmup >= 0;
  }
  /** co_consts's items, as the eval loop reads them. */
  consts: PyObject[];
  /** co_consts, a new reference. */
  constants(): PyTuple {
    this.constsTuple.refcount++;
    return this.constsTuple;
  }
  /** Keeps a reference to the interned str of a name the source spells, made after the code (see nameKey). */
  holdName(s: PyStr): void {
    s.refcount++;
    this.introduced.push(s);
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    visit(this.constsTuple, 'co_consts');
    for (const c of this.introduced) visit(c, 'const cache');
  }
  override clear(release: (t: PyObject) => void): void {
    const { constsTuple, introduced } = this;
    this.consts = [];
    this.introduced = [];
    release(constsTuple);
    for (const c of introduced) release(c);
  }
}

export class PyFunction extends PyGcObject {
  static readonly writesOwnHeader = true;
  name: string;
  qualname: string;
  /** Attributes set on the function object (`f.calls = 0`), created on first use. */
  dict: PyDict | null = null;
  /** `__doc__` (func_doc): a reference to the docstring constant from MAKE_FUNCTION on, or what was assigned. */
  doc: PyObject | null = null;
  /** `__module__` once assigned (functools.wraps does); before that, globals' `__name__`. */
  moduleOverride: PyObject | null = null;
  /** The def's annotations: the (name, value) tuple MAKE_FUNCTION got, a dict once `__annotations__` was read. */
  annotations: PyObject | null = null;
  constructor(
    type: PyType,
    public code: PyCode,
    public globals: PyDict,
    public defaults: PyObject | null,
    public kwdefaults: PyObject | null,
    public closure: PyObject | null,
  ) {
    super(type);
    // The header, stored here rather than in PyObject's constructor: see HeaderWriter.
    this.type = type; this.id = 0; this.refcount = 1; this.flags = ObjectFlag.Alive; this.gcGeneration = NOT_TRACKED;
    this.gcAllocation = null; this.accountedBytes = 0; this.block = 0; this.walkMark = 0;
    this.gcRefs = 0; this.gcPrev = null; this.gcNext = null;
    this.name = code.code.name;
    this.qualname = code.code.qualname;
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    visit(this.code, '__code__');
    visit(this.globals, '__globals__');
    if (this.defaults) visit(this.defaults, '__defaults__');
    if (this.kwdefaults) visit(this.kwdefaults, '__kwdefaults__');
    if (this.closure) visit(this.closure, '__closure__');
    if (this.annotations) visit(this.annotations, '__annotations__');
    if (this.dict) visit(this.dict, '__dict__');
    if (this.doc) visit(this.doc, '__doc__');
    if (this.moduleOverride) visit(this.moduleOverride, '__module__');
  }
  override clear(release: (t: PyObject) => void): void {
    // func_clear's order, then func_dealloc's code.
    const refs = [this.globals, this.moduleOverride, this.defaults, this.kwdefaults, this.doc, this.dict, this.closure, this.annotations, this.code];
    this.defaults = this.kwdefaults = this.closure = this.annotations = this.dict = this.doc = this.moduleOverride = null;
    for (const r of refs) if (r) release(r);
  }
}

/** A builtin function (`len`), or a builtin method bound to its object (`[].append`) when `self` is set. */
/**
 * How a builtin runs when it may call Python code: `op` is its resumable body (the eval loop runs it so
 * Python callees are frames of the loop), `fast` a synchronous attempt that returns null when `op` is needed.
 */
export interface ResumableBody {
  readonly op: NativeOpCall;
  readonly fast: ((vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject | null) | null;
}

/**
 * CPython 3.11's recursion guard on calls of builtins: unspecialized calls always count a level
 * (" while calling a Python object"); specialized ones skip it except for METH_O, METH_NOARGS and
 * METH_VARARGS builtins (`alwaysGuarded`).
 */
export interface BuiltinCallKind {
  alwaysGuarded: boolean;
  /** Cached by HiddenAllocations: a call with positional arguments only allocates nothing hidden (null: not yet known). */
  positionalCallCountsNothing: boolean | null;
}

/**
 * A builtin's body for a quickened call site with exactly one or two positional arguments, borrowed from the
 * stack (CPython 3.11's PRECALL_NO_KW_LEN and PRECALL_NO_KW_ISINSTANCE): its result, or null when the general
 * call must take it.
 */
export type DirectCall1 = (vm: VM, a: PyObject) => PyObject | null;
export type DirectCall2 = (vm: VM, a: PyObject, b: PyObject) => PyObject | null;

export class PyBuiltinFunction extends PyGcObject implements BuiltinCallKind {
  resumable: ResumableBody | null = null;
  alwaysGuarded = false;
  positionalCallCountsNothing: boolean | null = null;
  direct1: DirectCall1 | null = null;
  direct2: DirectCall2 | null = null;
  /** A C module's function: its module (CPython's m_self, a reference not passed as an argument) and name. */
  module: PyObject | null = null;
  moduleName: string | null = null;
  constructor(type: PyType, readonly name: string, readonly fn: NativeCall, public self: PyObject | null = null) {
    super(type);
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.self) visit(this.self, '__self__');
    if (this.module) visit(this.module, '__self__');
  }
  override clear(release: (t: PyObject) => void): void {
    const s = this.self, m = this.module;
    this.self = this.module = null;
    if (s) release(s);
    if (m) release(m);
  }
  override get isGcType(): boolean {
    return this.self !== null || this.module !== null;
  }
}

/** An unbound method of a builtin type (`list.append`): called with the object as first argument. */
/** The builtin type each builtin static method (str.maketrans) belongs to: it has no __self__ to tell. */
export const staticMethodOwners = new WeakMap<PyBuiltinFunction, PyType>();

export class PyMethodDescriptor extends PyGcObject implements BuiltinCallKind {
  resumable: ResumableBody | null = null;
  alwaysGuarded = false;
  positionalCallCountsNothing: boolean | null = null;
  /** METH_VARARGS: bound to an object it refuses keywords under its bare name (see bindBuiltinMethod). */
  varargs = false;
  /** Its body for bound method objects when `varargs` (made once). */
  boundVarargsFn: NativeCall | null = null;
  constructor(type: PyType, readonly name: string, readonly owner: PyType, readonly fn: NativeCall) {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
}

/**
 * A slot wrapper (`int.__add__`, type wrapper_descriptor): a builtin type's special method as CPython exposes
 * its type slots; bound to an object it is a method-wrapper. It checks its own argument count.
 */
export class PySlotWrapper extends PyMethodDescriptor {}

/** A builtin type's computed attribute (getset_descriptor `int.real`, member_descriptor `range.start`). */
export class PyGetSetDescriptor extends PyObject {
  constructor(type: PyType, readonly name: string, readonly owner: PyType, readonly get: (vm: VM, self: PyObject) => PyObject) {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
}

/** `staticmethod(f)`, `classmethod(f)` and `property(fget, fset)` wrappers stored in class dicts. */
export class PyDescriptorWrapper extends PyGcObject {
  /** The repr of a property's name, which __set_name__ gave it (prop_name): its errors say which property it is. */
  propertyName: string | null = null;
  /** A property's doc was its getter's __doc__ (getter_doc): a copy with a new getter takes the new one's. */
  docFromGetter = false;
  constructor(type: PyType, public wrapped: PyObject[]) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    this.wrapped.forEach((w, i) => visit(w, i === 0 ? '__func__' : `[${i}]`));
    // An instance of a Python subclass (`class cached(property)`).
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }
  override clear(release: (t: PyObject) => void): void {
    const subclassed = clearAttributes(this, release);
    const w = this.wrapped;
    this.wrapped = [];
    for (const o of w) release(o);
    if (subclassed) release(this.type);
  }
}

export class PyBoundMethod extends PyGcObject {
  static readonly writesOwnHeader = true;
  constructor(type: PyType, public func: PyObject, public self: PyObject) {
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
    visit(this.func, '__func__');
    visit(this.self, '__self__');
  }
  override clear(release: (t: PyObject) => void): void {
    release(this.func);
    release(this.self);
  }
}

/**
 * The descriptors type_new puts in a class's dict: getsets for `__dict__` and `__weakref__`, and a
 * member for each `__slots__` name. Each holds its class (`__objclass__`), so a class is always in a cycle.
 */
export class PyClassAttributeDescriptor extends PyGcObject {
  constructor(type: PyType, readonly name: string, public owner: PyType | null) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.owner) visit(this.owner, '__objclass__');
  }
  override clear(release: (t: PyObject) => void): void {
    const owner = this.owner;
    this.owner = null;
    if (owner) release(owner);
  }
}

export class PySuper extends PyGcObject {
  constructor(type: PyType, readonly thisType: PyType, readonly obj: PyObject) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    visit(this.thisType, '__thisclass__');
    visit(this.obj, '__self__');
  }
  override clear(release: (t: PyObject) => void): void {
    release(this.thisType);
    release(this.obj);
  }
}
