// Python type objects: builtin and user classes, their MRO and attribute lookup.

import { strKey } from './mapKey';
import { PyObject, RecycleKind, PyGcObject } from './object';
import { PyDict } from './dict';
import type { NativeSlots } from './nativeSlots';
import type { SharedKeys } from './sharedKeys';
import { typeAttributes } from './typeVersion';
import type { NativeCall, PyTuple, ResumableBody } from './objects';

/** A cached lookup that found nothing. */
const NOT_FOUND: unique symbol = Symbol('not found');

/** type_call's lookups on a class: a Python or module-level __new__ and the __init__ to run (null: object's). */
export interface InstantiationPlan {
  readonly version: number;
  readonly mro: PyType[];
  /** A metaclass (type in its MRO): its calls make classes, natively. */
  readonly makesClasses: boolean;
  readonly userNew: PyObject | null;
  readonly userInit: PyObject | null;
}

export class PyType extends PyGcObject {
  name: string;
  qualname: string;
  /** A Python class standing in for a C type: `name` is that type's dotted tp_name, `__name__` its last part. */
  nameIsDotted = false;
  module = 'builtins';
  bases: PyType[];
  mro: PyType[] = [];
  dict: PyDict;
  /** lookup's results (borrowed), valid while no type's dict changed and the MRO is the same (typeVersion.ts). */
  private lookupCache: Map<string, PyObject | typeof NOT_FOUND> | null = null;
  private lookupCacheVersion = -1;
  private lookupCacheMro: PyType[] | null = null;
  /** What calling this class runs (vm/callOps.ts: instantiationPlan), valid as lookup's cache is. */
  instantiation: InstantiationPlan | null = null;
  /** Names declared by `__slots__` in this class itself. */
  ownSlots: string[] | null = null;
  /** Every slot of an instance, base classes' first. */
  slotLayout: string[] = [];
  /** The keys table its instances' attribute dicts share (sharedKeys.ts); made with the first instance. */
  sharedKeys: SharedKeys | null = null;
  /** Whether instances have a `__dict__` (false for builtin types and for classes whose whole MRO uses __slots__). */
  hasInstanceDict = false;
  /** User classes (heap types): instances hold a reference to them. */
  isHeapType = false;
  /** Derived from BaseException. */
  isException = false;
  /**
   * Exact instances hold no references, have no finalizer and take no weak references (int, float, str):
   * freeing one is only bookkeeping (Heap.dealloc's fast path).
   */
  instancesAreLeaves = false;
  /**
   * Whether CPython tracks every instance as a gc object where our heap leaves them out of the collector's lists
   * (builtin functions, method and getset descriptors, modules): a tuple or dict holding one stays tracked.
   */
  instancesTrackedByCPython = false;
  /** int, float: a freed exact instance's JS object goes to the heap's pool of this kind, for the next new one (Heap.recycled). */
  recycleKind = RecycleKind.None;
  /** For builtin types: makes a new instance from call arguments (`int('3')`, `list(x)`). */
  nativeNew: NativeCall | null = null;
  /** For types modules add in TypeScript: their len/[]/iter/compare/repr/sizeof behaviour. */
  nativeSlots: NativeSlots | null = null;
  /** A type without vectorcall in CPython 3.11: calling it packs the arguments into a tuple (type_call). */
  callPacksArguments = false;
  /** For a dict subclass whose C type has views of its own (OrderedDict: odict_keys...): their types. */
  dictViewTypes: { readonly keys: PyType; readonly values: PyType; readonly items: PyType } | null = null;
  /** Its tp_new keeps the keyword dict type_call packed (functools.partial's keywords): no temporary dict. */
  callKeepsPackedKeywords = false;
  /** For builtin types whose construction may call Python code (`list(gen)`): the resumable form of nativeNew. */
  resumableNew: ResumableBody | null = null;
  /** Builtin classes derived from this builtin class, in creation order (heap classes are listed by their heap). */
  readonly builtinSubclasses: PyType[] = [];
  /** Whether CPython has made this class's tp_subclasses dict (on its first subclass). */
  hasSubclassRegistry = false;
  /** For classes derived from list, dict, tuple, int...: that builtin type, whose kind of object instances are. */
  builtinKind: PyType | null = null;
  /** A builtin type CPython gives no tp_new (iterators, views, descriptors): calling it is "cannot create". */
  hasNoNew = false;
  /** Builtin types that cannot be subclassed in this playground. */
  allowSubclass = false;
  /** A type CPython gives no Py_TPFLAGS_BASETYPE (bool, range, function...): "is not an acceptable base type". */
  refusesSubclass = false;
  /** Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING (collectionFlags.ts): what match patterns take instances for. */
  collectionFlags = 0;
  /** The names in `__abstractmethods__` (set by abc), sorted; null when instances can be made. */
  abstractMethods: string[] | null = null;
  /** Whether instances accept weak references (a `__weakref__` slot somewhere in the class chain). */
  hasWeakrefSlot = false;
  /** For classes: tp_bases, tp_base and tp_mro as CPython holds them (the mro tuple starts with the class itself). */
  basesTuple: PyTuple | null = null;
  base: PyType | null = null;
  mroTuple: PyTuple | null = null;
  /** The str objects assigned to `__name__` and `__qualname__` (ht_name, ht_qualname hold a reference). */
  heldName: PyObject | null = null;
  heldQualname: PyObject | null = null;

  constructor(metatype: PyType | null, name: string, bases: PyType[], dict: PyDict) {
    // `type` is its own metatype: patched right after creation in builtinTypes.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.dict = dict;
    dict.ownedByType = true;
    this.mro = computeMro(this);
    // A builtin subtype (a struct sequence's tuple) inherits its base's (a class's come from its tp_base in type_new).
    this.collectionFlags = bases.length > 0 ? bases[0].collectionFlags : 0;
  }

  /** What `__name__` gives: a class's own name, the last part of a builtin's dotted one (`collections.OrderedDict`). */
  get shortName(): string {
    return this.isHeapType && !this.nameIsDotted ? this.name : this.name.slice(this.name.lastIndexOf('.') + 1);
  }

  override get isGcType(): boolean {
    return this.isHeapType;
  }

  /** Finds an attribute on the type's MRO (CPython's _PyType_Lookup). */
  lookup(name: string): PyObject | undefined {
    let cache = this.lookupCache;
    if (this.lookupCacheVersion !== typeAttributes.version || this.lookupCacheMro !== this.mro) {
      cache = this.lookupCache = new Map();
      this.lookupCacheVersion = typeAttributes.version;
      this.lookupCacheMro = this.mro;
    }
    const cached = cache!.get(name);
    if (cached !== undefined) return cached === NOT_FOUND ? undefined : cached;
    const key = strKey(name);
    let found: PyObject | undefined;
    for (const t of this.mro) {
      const e = t.dict.map.get(key);
      if (e) {
        found = e.value;
        break;
      }
    }
    cache!.set(name, found ?? NOT_FOUND);
    return found;
  }

  /** The dict view types this class has from its MRO (an OrderedDict subclass's odict_keys...), or null for a dict's. */
  inheritedDictViewTypes(): PyType['dictViewTypes'] {
    for (const t of this.mro) if (t.dictViewTypes) return t.dictViewTypes;
    return null;
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }

  override traverse(visit: (target: PyObject, label: string) => void): void {
    if (!this.isHeapType) return;
    visit(this.dict, '__dict__');
    if (this.basesTuple) visit(this.basesTuple, '__bases__');
    if (this.base) visit(this.base, '__base__');
    if (this.mroTuple) visit(this.mroTuple, '__mro__');
    if (this.type.isHeapType) visit(this.type, '__class__');
    if (this.heldName) visit(this.heldName, '__name__');
    if (this.heldQualname) visit(this.heldQualname, '__qualname__');
  }

  override clear(release: (target: PyObject) => void): void {
    if (!this.isHeapType) return;
    const { basesTuple, base, mroTuple, heldName, heldQualname } = this;
    this.basesTuple = this.base = this.mroTuple = this.heldName = this.heldQualname = null;
    if (heldName) release(heldName);
    if (heldQualname) release(heldQualname);
    release(this.dict);
    if (basesTuple) release(basesTuple);
    if (base) release(base);
    if (mroTuple) release(mroTuple);
    if (this.type.isHeapType) release(this.type);
  }
}

/** C3 linearisation, as CPython's mro_implementation; throws a plain Error the caller turns into TypeError. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  const duplicate = t.bases.find((b, i) => t.bases.indexOf(b) !== i);
  if (duplicate) throw new Error(`duplicate base class ${duplicate.shortName}`);
  const sequences: PyType[][] = t.bases.map((b) => [...b.mro]);
  sequences.push([...t.bases]);
  const result: PyType[] = [t];
  for (;;) {
    const nonEmpty = sequences.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      // set_mro_error: the classes still at the head of a list to merge, each once.
      const heads = [...new Set(nonEmpty.map((s) => s[0]))].map((c) => c.shortName);
      throw new Error('Cannot create a consistent method resolution\norder (MRO) for bases ' + heads.join(', '));
    }
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}
