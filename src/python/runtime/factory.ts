// Constructors for heap objects: each returns a new reference, registered on the active heap.

import { osErrorSubclass } from './exceptionMembers';
import { activeHeap, decref, incref } from './heap';
import { PyObject, RecycleKind } from './object';
import { PyDict } from './dict';
import { E, EmptyStr, EmptyTuple, latin1Chars, False, None, SMALL_INT_MAX, SMALL_INT_MIN, T, True, smallInts } from './builtinTypes';
import { PyBool, PyFloat, PyInt, PyList, PyRange, PySet, PyStr, PyTuple, ExceptionState, PyInstance, PyNativeIterator, listBytes } from './objects';
import type { PyType } from './types';
import { allocationSize, tupleBytes } from './sizeof';
import { norm } from './intMath';
import { makeStatic } from './shared';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export function newInt(v: number | bigint): PyInt {
  if (typeof v === 'number' && v <= MAX_SAFE && v >= -MAX_SAFE) {
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
      const s = smallInts[v - SMALL_INT_MIN];
      s.refcount++;
      return s;
    }
    // sys.getsizeof of a one- or two-digit int (30-bit digits), as allocationSize measures it.
    // Traced as a whole PyLongObject (32 bytes): _PyLong_FromMedium allocates that for one digit.
    const heap = activeHeap();
    const recycled = heap.recycled[RecycleKind.Int].pop() as PyInt | undefined;
    const o = recycled === undefined ? new PyInt(T.int, v) : PyInt.revive(recycled, v);
    return heap.registerSized(o, (v < 0 ? -v : v) < 2 ** 30 ? 28 : 32, 32);
  }
  if (typeof v === 'bigint') {
    if (v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
  } else if (v > MAX_SAFE || v < -MAX_SAFE) {
    v = BigInt(v);
  }
  if (typeof v === 'number' && v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
    const s = smallInts[v - SMALL_INT_MIN];
    s.refcount++;
    return s;
  }
  return activeHeap().register(new PyInt(T.int, v));
}

/**
 * An int _PyLong_New sizes to its digits (PyLong_FromSsize_t: len(), enumerate's count, index/count/find,
 * sys.getsizeof; PyLong_FromString): tracemalloc sees 28 bytes for one digit, where _PyLong_FromMedium, which
 * PyLong_FromLong and the arithmetic use, takes 32.
 */
export function newIntExact(v: number): PyInt {
  if ((v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) || !((v < 0 ? -v : v) < 2 ** 30)) return newInt(v);
  return activeHeap().registerSized(new PyInt(T.int, v), 28, 28);
}

/**
 * An int PyLong_FromString made from `digitCount` digits in `base`: _PyLong_New sized it before converting, for
 * the largest value so many digits can spell (exactly for a power-of-two base, by `digits * log(base) /
 * log(2**30) + 1` otherwise), and tracemalloc sees that block whatever the value came to (a small int is shared).
 */
export function newIntFromDigits(v: number | bigint, digitCount: number, base: number): PyInt {
  if (typeof v === 'bigint' && v >= -MAX_SAFE && v <= MAX_SAFE) v = Number(v);
  if (typeof v === 'number' && v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return newInt(v);
  const allocated = (base & (base - 1)) === 0
    ? Math.ceil((digitCount * Math.log2(base)) / PYLONG_SHIFT)
    : Math.trunc(digitCount * (Math.log(base) / Math.log(2 ** PYLONG_SHIFT)) + 1);
  const o = new PyInt(T.int, v);
  return activeHeap().registerSized(o, allocationSize(o), PYLONG_HEADER + 4 * Math.max(allocated, 1));
}

const PYLONG_SHIFT = 30;
/** offsetof(PyLongObject, ob_digit). */
const PYLONG_HEADER = 24;

export function newFloat(x: number): PyFloat {
  const heap = activeHeap();
  const recycled = heap.recycled[RecycleKind.Float].pop() as PyFloat | undefined;
  return heap.registerFloat(recycled === undefined ? new PyFloat(T.float, x) : PyFloat.revive(recycled, x));
}

export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    const shared = s.length === 0 ? EmptyStr : latin1Chars[s.charCodeAt(0)];
    if (shared) {
      shared.refcount++;
      return shared;
    }
  }
  return activeHeap().register(new PyStr(T.str, s));
}

/**
 * The str PyObject_Str or PyObject_Repr gives for `o` whose text is `text`: an int's digits are a str of their
 * own even when one character (long_to_decimal_string does not use the latin-1 singletons): `str(5) is '5'` is False.
 */
export function newStrOf(o: PyObject, text: string): PyStr {
  if (o instanceof PyBool) return incref(boolText(o.value));
  if (!(o instanceof PyInt) || !usesIntRepr(o)) return newStr(text);
  // long_to_decimal_string converts through a scratch int, freed after the str is allocated: tracemalloc's peak and
  // the next block of its size class see it.
  const heap = activeHeap();
  const scratch = decimalScratchBytes(o.value);
  const block = heap.addresses.place(scratch, null);
  heap.tracer?.temporaryAllocated(scratch);
  try {
    return text.length === 1 ? heap.register(new PyStr(T.str, text)) : newStr(text);
  } finally {
    heap.tracer?.temporaryFreed(scratch);
    heap.addresses.release(block, null, scratch);
  }
}

/**
 * bool_repr's 'True' or 'False', a borrowed reference: CPython allocates them statically (_Py_ID), so they count from
 * 999999999 and are never freed. Each interpreter makes its own when first asked (forks copy it with the heap).
 */
export function boolText(value: boolean): PyStr {
  const heap = activeHeap();
  const i = value ? 1 : 0;
  const known = heap.boolTexts[i];
  if (known) return known;
  const made = heap.beforeProgram(() => heap.register(new PyStr(T.str, value ? 'True' : 'False')));
  makeStatic(made);
  made.refcount--;
  heap.boolTexts[i] = made;
  return made;
}

/** Whether str(o) of this int is long_to_decimal_string's (int's repr, not a subclass's own __str__ or __repr__). */
function usesIntRepr(o: PyInt): boolean {
  const type = o.type;
  return type === T.int || (type.lookup('__repr__') === T.int.lookup('__repr__') && type.lookup('__str__') === T.int.lookup('__str__'));
}

/** The scratch int's bytes: 1 + n + n / 99 digits of 4 bytes (n: the value's own 30-bit digits) after a 24-byte header. */
function decimalScratchBytes(value: number | bigint): number {
  const magnitude = value < 0 ? -value : value;
  const digits = typeof magnitude === 'number'
    ? (magnitude === 0 ? 0 : magnitude < 2 ** 30 ? 1 : magnitude < 2 ** 60 ? 2 : Math.ceil(BigInt(magnitude).toString(2).length / 30))
    : (magnitude === 0n ? 0 : Math.ceil(magnitude.toString(2).length / 30));
  return 24 + 4 * (1 + digits + Math.floor(digits / 99));
}

/** unicode_result_unchanged: the str itself when its type is exactly str, else an exact str copy of it. */
export function strUnchanged(s: PyStr): PyStr {
  if (s.type !== T.str) return newStr(s.value);
  s.refcount++;
  return s;
}

/** `a + b` for two str: linear over a loop of `s += t` (see PyStr.concatenation). */
export function newStrConcat(a: PyStr, b: PyStr): PyStr {
  if (a.value.length + b.value.length <= 1) return newStr(a.value + b.value);
  return activeHeap().register(PyStr.concatenation(T.str, a, b));
}

export function newBool(b: boolean): PyObject {
  const o = b ? True : False;
  o.refcount++;
  return o;
}

export function newNone(): PyObject {
  None.refcount++;
  return None;
}

/** A tuple that takes over the references to its items. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) {
    EmptyTuple.refcount++;
    return EmptyTuple;
  }
  const heap = activeHeap();
  const t = heap.register(new PyTuple(T.tuple, items), tupleBytes(items.length));
  heap.track(t);
  return t;
}

/** The result tuple an enumerate, zip or dict item iterator starts with: n Nones. */
export function newResultTuple(n: number): PyTuple {
  return newTuple(Array.from({ length: n }, () => newNone()));
}

/**
 * The next result of an enumerate, zip or dict item iterator: its own result tuple refilled when only
 * the iterator holds it (then re-tracked, as the collector may have untracked it), else a new tuple.
 */
export function recycledResultTuple(it: PyNativeIterator, items: PyObject[]): PyTuple {
  const r = it.result;
  if (!r || r.refcount !== 1) return newTuple(items);
  const old = r.items;
  r.items = items;
  r.refcount++;
  for (const x of old) decref(x);
  activeHeap().track(r);
  return r;
}

/** A list that takes over the references to its items. */
export function newList(items: PyObject[], allocated?: number): PyList {
  const heap = activeHeap();
  const l = new PyList(T.list, items, allocated);
  heap.register(l, listBytes(l.allocated));
  heap.track(l);
  return l;
}

/** An empty dict, untracked until it holds a container (CPython's MAINTAIN_TRACKING). */
export function newDict(): PyDict {
  return activeHeap().register(new PyDict(T.dict));
}

export function newSet(frozen = false): PySet {
  const heap = activeHeap();
  const s = heap.register(new PySet(frozen ? T.frozenset : T.set, frozen));
  heap.track(s);
  return s;
}

/** A new exception instance of a builtin or user exception class, with the given args (references taken over). */
export function newException(type: PyType, args: PyObject[]): PyInstance {
  type = osErrorSubclass(type, args);
  const heap = activeHeap();
  const dict = new PyDict(T.dict);
  dict.materialized = false;
  const inst = heap.register(new PyInstance(type, dict, type.slotLayout.length));
  if (type.isHeapType) type.refcount++;
  const state: ExceptionState = { args: newTuple(args), traceback: [], tracebackHead: null, cause: null, context: null, suppressContext: false };
  inst.exc = state;
  // SystemExit_init sets `code` when the class keeps the builtin __init__ (a Python __init__ must call it).
  if (type.isSubtypeOf(E.SystemExit)) {
    state.code = null;
    if (!type.isHeapType || type.lookup('__init__')?.type === T.method_descriptor) setSystemExitCode(state);
  }
  heap.track(inst);
  return inst;
}

/** SystemExit's code from its args: None for none, the argument for one, the args tuple for more. */
export function setSystemExitCode(state: ExceptionState): void {
  const args = state.args.items;
  const old = state.code;
  state.code = args.length === 0 ? null : args.length === 1 ? incref(args[0]) : incref(state.args);
  if (old) decref(old);
}

/** Convenience for native code: a builtin exception with a str message. */
export function newBuiltinException(name: keyof typeof E, message?: string): PyInstance {
  return newException(E[name], message === undefined ? [] : [newStr(message)]);
}

/** Whether a value may hold references the collector must see (CPython's _PyObject_GC_MAY_BE_TRACKED). */
export function mayBeTracked(o: PyObject): boolean {
  if (!o.isGcType) return false;
  if (o instanceof PyTuple) return o.gcGeneration >= 0;
  return true;
}

/**
 * make_range_object: a range holding its bounds' int objects (new references, consumed) and its length's, which
 * compute_range_length makes before the range itself.
 */
export function newRange(start: bigint, stop: bigint, step: bigint, bounds: [PyObject, PyObject, PyObject]): PyRange {
  const r = new PyRange(T.range, start, stop, step);
  const length = newInt(norm(r.length));
  r.parts = [...bounds, length];
  return activeHeap().register(r);
}
