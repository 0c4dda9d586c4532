// The C layout of a class's instances as CPython 3.11 has it (tp_basicsize, tp_itemsize, the dict and weakref
// offsets, the gc flag): what decides whether `__class__` or `__bases__` may change (typeobject.c's
// compatible_for_assignment) and which base is a class's tp_base (best_base).

import { forkableWeakMap } from '../fork/graphClone';
import { NativeRaise } from '../errors';
import type { PyType } from './types';
import { T } from './builtinTypes';

export interface InstanceLayout {
  readonly basicsize: number;
  readonly itemsize: number;
  readonly dictoffset: number;
  readonly weaklistoffset: number;
  /** Py_TPFLAGS_HAVE_GC: tp_free is PyObject_GC_Del, else PyObject_Del. */
  readonly gc: boolean;
  /** Py_TPFLAGS_MANAGED_DICT: the instance dict lives before the object (3.11's heap classes over fixed-size bases). */
  readonly managedDict: boolean;
  /** ht_slots sorted (type_new sorts them), null for a class without __slots__ and for builtin types. */
  readonly slots: readonly string[] | null;
}

type BuiltinLayout = readonly [basicsize: number, itemsize: number, dictoffset: number, weaklistoffset: number, gc: boolean];

/** The builtin types a class can derive from, as python3 reports them (`__basicsize__`, `__itemsize__`...). */
const BUILTIN_LAYOUTS: ReadonlyMap<string, BuiltinLayout> = new Map<string, BuiltinLayout>([
  ['object', [16, 0, 0, 0, false]], ['int', [24, 4, 0, 0, false]], ['bool', [32, 4, 0, 0, false]],
  ['float', [24, 0, 0, 0, false]], ['complex', [32, 0, 0, 0, false]], ['str', [80, 0, 0, 0, false]],
  ['bytes', [33, 1, 0, 0, false]], ['bytearray', [56, 0, 0, 0, false]], ['tuple', [24, 8, 0, 0, true]],
  ['list', [40, 0, 0, 0, true]], ['dict', [48, 0, 0, 0, true]], ['set', [200, 0, 0, 192, true]],
  ['frozenset', [200, 0, 0, 192, true]], ['type', [904, 40, 264, 368, true]], ['module', [56, 0, 16, 40, true]],
  ['property', [64, 0, 0, 0, true]], ['classmethod', [32, 0, 24, 0, true]], ['staticmethod', [32, 0, 24, 0, true]],
  ['range', [48, 0, 0, 0, false]], ['slice', [40, 0, 0, 0, true]], ['memoryview', [144, 8, 0, 136, true]],
]);

/** Exceptions whose object has fields past BaseException's 72 bytes. */
const EXCEPTION_SIZES: ReadonlyMap<string, number> = new Map([
  ['SystemExit', 80], ['NameError', 80], ['StopIteration', 80], ['BaseExceptionGroup', 88], ['AttributeError', 88],
  ['ImportError', 96], ['OSError', 112], ['UnicodeEncodeError', 112], ['UnicodeDecodeError', 112], ['UnicodeTranslateError', 112],
  ['UnicodeTranslateError', 112], ['SyntaxError', 136],
]);

// Forkable: a fork keeps the layouts its types were sized by (a class is sized while it is being made).
const layouts = forkableWeakMap<PyType, InstanceLayout>();

/** tp_base: the base type_new chose (a class's `base`), a builtin type's first base. */
function layoutBase(t: PyType): PyType | null {
  return t.base ?? t.bases[0] ?? null;
}

function builtinLayout(t: PyType): InstanceLayout {
  const known = BUILTIN_LAYOUTS.get(t.name);
  if (known) {
    const [basicsize, itemsize, dictoffset, weaklistoffset, gc] = known;
    return { basicsize, itemsize, dictoffset, weaklistoffset, gc, managedDict: false, slots: null };
  }
  if (t.isException) {
    // An exception's size is that of the nearest class with its own fields; every one has its dict at 16.
    let size = 72;
    for (const c of t.mro) {
      const own = EXCEPTION_SIZES.get(c.name);
      if (own !== undefined) {
        size = own;
        break;
      }
    }
    // ExceptionGroup, a heap class PyErr_NewException made, added a weakref pointer.
    const weaklistoffset = t.hasWeakrefSlot ? size : 0;
    if (weaklistoffset) size += 8;
    return { basicsize: size, itemsize: 0, dictoffset: 16, weaklistoffset, gc: true, managedDict: false, slots: null };
  }
  // Another C type (an iterator, a module's type): a layout of its own, like no other type's.
  return { basicsize: -1, itemsize: 0, dictoffset: 0, weaklistoffset: 0, gc: true, managedDict: false, slots: null };
}

/** type_new_descriptors: a class's own slots, then a dict pointer (var-sized bases) and a weakref pointer. */
function classLayout(t: PyType): InstanceLayout {
  const base = instanceLayout(layoutBase(t) ?? T.object);
  const addsDict = t.hasInstanceDict && base.dictoffset === 0;
  const addsWeakref = t.hasWeakrefSlot && base.weaklistoffset === 0;
  let offset = base.basicsize + 8 * (t.ownSlots?.length ?? 0);
  let dictoffset = base.dictoffset;
  let weaklistoffset = base.weaklistoffset;
  if (addsDict && base.itemsize !== 0) {
    dictoffset = -8;
    offset += 8;
  }
  if (addsWeakref) {
    weaklistoffset = offset;
    offset += 8;
  }
  const managesDict = addsDict && base.itemsize === 0;
  if (managesDict) dictoffset = -offset - 24;
  const slots = t.ownSlots === null ? null : [...t.ownSlots].sort();
  return { basicsize: offset, itemsize: base.itemsize, dictoffset, weaklistoffset, gc: true, managedDict: managesDict || base.managedDict, slots };
}

export function instanceLayout(t: PyType): InstanceLayout {
  let layout = layouts.get(t);
  if (!layout) {
    layout = t.isHeapType && !t.nameIsDotted ? classLayout(t) : builtinLayout(t);
    layouts.set(t, layout);
  }
  return layout;
}

/** The layout when this model knows it: classes, and the builtin types a class can derive from. */
export function knownInstanceLayout(t: PyType): InstanceLayout | null {
  const layout = instanceLayout(t);
  return layout.basicsize < 0 || t.mro.some((c) => instanceLayout(c).basicsize < 0) ? null : layout;
}

/** The layout of a class changes with its tp_base (`__bases__` assignment): computed again on next use. */
export function forgetLayout(t: PyType): void {
  layouts.delete(t);
  instanceBytes.delete(t);
}

/** sys.getsizeof of a new instance, by class: fixed by the layout, so measured once and forgotten with it. */
const instanceBytes = new Map<PyType, number>();

export function knownInstanceBytes(t: PyType): number | undefined {
  return instanceBytes.get(t);
}

export function rememberInstanceBytes(t: PyType, bytes: number): number {
  instanceBytes.set(t, bytes);
  return bytes;
}

/** extra_ivars: whether t's instances have fields its base's lack (a dict or weakref pointer of its own aside). */
function extraIvars(t: PyType, base: PyType): boolean {
  const tl = instanceLayout(t);
  const bl = instanceLayout(base);
  let size = tl.basicsize;
  if (tl.itemsize || bl.itemsize) return size !== bl.basicsize || tl.itemsize !== bl.itemsize;
  if (t.isHeapType && tl.weaklistoffset && bl.weaklistoffset === 0 && tl.weaklistoffset + 8 === size) size -= 8;
  if (t.isHeapType && tl.dictoffset && bl.dictoffset === 0 && tl.dictoffset + 8 === size) size -= 8;
  return size !== bl.basicsize;
}

/** solid_base: the nearest class in t's tp_base chain whose instances have fields of their own. */
export function solidBase(t: PyType): PyType {
  const parent = layoutBase(t);
  const base = parent ? solidBase(parent) : T.object;
  return extraIvars(t, base) ? t : base;
}

/** best_base: the base whose solid base every other base's derives from (tp_base of a class with these bases). */
export function bestBase(bases: readonly PyType[]): PyType {
  let winner: PyType | null = null;
  let chosen: PyType | null = null;
  for (const base of bases) {
    const candidate = solidBase(base);
    if (winner !== null && winner.isSubtypeOf(candidate)) continue;
    if (winner !== null && !candidate.isSubtypeOf(winner)) throw new NativeRaise('TypeError', 'multiple bases have instance lay-out conflict');
    winner = candidate;
    chosen = base;
  }
  return chosen ?? T.object;
}

/** compatible_with_tp_base: t's instances are laid out exactly as its tp_base's. */
function sameLayoutAsBase(t: PyType): boolean {
  const parent = layoutBase(t);
  if (!parent) return false;
  const a = instanceLayout(t);
  const b = instanceLayout(parent);
  const sameShape = a.basicsize === b.basicsize && a.itemsize === b.itemsize && a.dictoffset === b.dictoffset
    && a.weaklistoffset === b.weaklistoffset && a.gc === b.gc;
  // A class's tp_dealloc is subtype_dealloc; among builtin types only exceptions share their base's.
  return sameShape && (t.isHeapType || (t.isException && parent.isException));
}

/** same_slots_added: a and b (with one tp_base) add the same fields to it. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  const base = instanceLayout(layoutBase(a)!);
  const la = instanceLayout(a);
  const lb = instanceLayout(b);
  let size = base.basicsize;
  if (la.dictoffset === size && lb.dictoffset === size) size += 8;
  if (la.weaklistoffset === size && lb.weaklistoffset === size) size += 8;
  if (!a.isHeapType || !b.isHeapType) return false;
  if (la.slots && lb.slots) {
    if (la.slots.length !== lb.slots.length || la.slots.some((s, i) => s !== lb.slots![i])) return false;
    size += 8 * la.slots.length;
  }
  return size === la.basicsize && size === lb.basicsize;
}

/** compatible_for_assignment: raises TypeError unless objects of `from` can become objects of `to`. */
export function checkCompatibleForAssignment(from: PyType, to: PyType, attribute: string): void {
  const fromLayout = instanceLayout(from);
  const toLayout = instanceLayout(to);
  if (fromLayout.gc !== toLayout.gc) {
    throw new NativeRaise('TypeError', `${attribute} assignment: '${to.name}' deallocator differs from '${from.name}'`);
  }
  let newBase = to;
  while (sameLayoutAsBase(newBase)) newBase = layoutBase(newBase)!;
  let oldBase = from;
  while (sameLayoutAsBase(oldBase)) oldBase = layoutBase(oldBase)!;
  const differs = newBase !== oldBase && (layoutBase(newBase) !== layoutBase(oldBase) || !sameSlotsAdded(newBase, oldBase));
  if (differs || fromLayout.managedDict !== toLayout.managedDict) {
    throw new NativeRaise('TypeError', `${attribute} assignment: '${to.name}' object layout differs from '${from.name}'`);
  }
}
