// Rich comparison, equality, truth value and hashing (as dict keys) of Python objects.

import { NativeRaise } from '../../errors';
import { COMPARE_OP_SYMBOLS, CompareOpArg } from '../../bytecode/opcodes';
import { PyObject } from '../object';
import { PyDict, type DictEntry } from '../dict';
import { dictKeyForEntryResumable, setHasEntryResumable } from './keyLookup';
import { PyBool, PyBoundMethod, PyDictView, PyFloat, PyInstance, PyInt, PyList, PyMethodDescriptor, PyNone, PyRange, PySet, PySlice, PyStr, PyTuple, PyWeakref, PyWeakProxy } from '../objects';
import { E, NotImplemented, T } from '../builtinTypes';
import { PyType } from '../types';
import { warnOp } from '../../vm/nativeWarnings';
import { decref, incref } from '../heap';
import { newBool } from '../factory';
import { IntValue } from '../intMath';
import { slotsOf } from '../nativeSlots';
import { compareStr } from '../strOrder';
import { viewCompare } from '../dictViewOps';
import type { VM } from '../../vm/vm';
import { nested, type NativeOp } from '../../vm/nativeOp';
import { callMethodOp, holdReferences, releaseReferences } from '../../vm/callOps';
import { lengthResumable } from './items';
import { hasPythonClass, overridesSpecial, specialMethod } from './attributeHooks';
import { numericRank } from './numbers';
import { isBoundBuiltin, sameBoundBuiltin } from '../boundBuiltins';

const REFLECTED = [CompareOpArg.GT, CompareOpArg.GE, CompareOpArg.EQ, CompareOpArg.NE, CompareOpArg.LT, CompareOpArg.LE];
const DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function numberOf(o: PyObject): IntValue | number | null {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyBool) return o.value ? 1 : 0;
  if (o instanceof PyFloat) return o.value;
  return null;
}

function compareNumbers(a: IntValue | number, b: IntValue | number): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  // A big int against a number (a float or a safe int): exact, as float_richcompare.
  return typeof a === 'bigint' ? -compareFloatToBig(b as number, a) : compareFloatToBig(a as number, b as bigint);
}

/** Sign of x - v for a double x and a big int v (|v| > 2^53). */
function compareFloatToBig(x: number, v: bigint): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const whole = Math.floor(x);
  const w = BigInt(whole);
  if (w !== v) return w < v ? -1 : 1;
  return x > whole ? 1 : 0;
}

function applyOrder(c: number, op: number): boolean {
  if (Number.isNaN(c)) return op === CompareOpArg.NE;
  switch (op) {
    case CompareOpArg.LT: return c < 0;
    case CompareOpArg.LE: return c <= 0;
    case CompareOpArg.EQ: return c === 0;
    case CompareOpArg.NE: return c !== 0;
    case CompareOpArg.GT: return c > 0;
    default: return c >= 0;
  }
}

/** The guard PyObject_RichCompare counts around every comparison. */
const IN_COMPARISON = ' in comparison';

/** a OP b as a Python object (a new reference). */
export function richCompare(vm: VM, a: PyObject, b: PyObject, op: number): PyObject {
  const fast = compareBuiltin(vm, a, b, op);
  if (fast !== null) return newBool(fast);
  return vm.runSync(richCompareResumable(vm, a, b, op));
}

/**
 * The comparison of builtin objects as a JS boolean, or null when a user method may take part (an
 * instance anywhere inside the compared containers): then richCompareResumable decides. Counts
 * PyObject_RichCompare's recursion guard for each nested comparison.
 */
export function compareBuiltin(vm: VM, a: PyObject, b: PyObject, op: number, nesting = 0): boolean | null {
  // Instances of Python classes (also of those derived from int, list...): their methods may take part.
  if (hasPythonClass(a) || hasPythonClass(b)) return null;
  const x = numberOf(a), y = numberOf(b);
  if (x !== null && y !== null) {
    checkLeafDepth(vm);
    return applyOrder(compareNumbers(x, y), op);
  }
  if (a instanceof PyStr && b instanceof PyStr) {
    checkLeafDepth(vm);
    return applyOrder(compareStr(a, b), op);
  }
  if (a instanceof PyInstance || b instanceof PyInstance) return null;
  // Sets holding keys with a user __hash__ are compared through their __eq__.
  if (a instanceof PySet && b instanceof PySet && (a.table.chains !== null || b.table.chains !== null)) return null;
  // Module types' comparisons return objects (a deque's items may compare to anything): the slow path.
  if (a.type.nativeSlots?.compare || b.type.nativeSlots?.compare) return null;
  if (isPlainWeakref(a) && isPlainWeakref(b)) {
    // weakref_richcompare: == and != compare the referents while both live, else the references themselves.
    if (op !== CompareOpArg.EQ && op !== CompareOpArg.NE) return orderingError(a, b, op);
    if (a.target && b.target) return compareBuiltin(vm, a.target, b.target, op, nesting);
    return (a === b) === (op === CompareOpArg.EQ);
  }
  // slice_richcompare: the same slice is equal to itself, else (start, stop, step) compare as tuples.
  if (a instanceof PySlice && b instanceof PySlice) {
    if (a === b && op !== CompareOpArg.NE && op !== CompareOpArg.LT && op !== CompareOpArg.GT) return true;
    if (nesting > MAX_SYNC_NESTING) return null;
    return compareSequencesBuiltin(vm, [a.start, a.stop, a.step], [b.start, b.stop, b.step], op, nesting + 1);
  }
  const nested = (a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple) || (a instanceof PyDict && b instanceof PyDict);
  if (!nested) {
    checkLeafDepth(vm);
    return otherBuiltinCompare(vm, a, b, op);
  }
  // Deeply nested containers are compared by the resumable form, whose nesting costs no JS stack.
  if (nesting > MAX_SYNC_NESTING) return null;
  vm.enterRecursiveCall(IN_COMPARISON);
  try {
    if (a instanceof PyDict) {
      if (op !== CompareOpArg.EQ && op !== CompareOpArg.NE) return orderingError(a, b, op);
      const eq = dictEqualsBuiltin(vm, a, b as PyDict, nesting + 1);
      return eq === null ? null : eq === (op === CompareOpArg.EQ);
    }
    return compareSequencesBuiltin(vm, (a as PyList).items, (b as PyList).items, op, nesting + 1);
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** A comparison that nests nothing still enters (and leaves) PyObject_RichCompare's guard. */
function checkLeafDepth(vm: VM): void {
  if (vm.depth >= vm.recursionLimit) throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + IN_COMPARISON);
}

/** None, sets, dict views, ranges and objects compared by identity; TypeError for orderings they lack. */
function otherBuiltinCompare(vm: VM, a: PyObject, b: PyObject, op: number): boolean {
  if (a instanceof PyNone || b instanceof PyNone) {
    if (op === CompareOpArg.EQ) return a === b;
    if (op === CompareOpArg.NE) return a !== b;
    return orderingError(a, b, op);
  }
  if (a instanceof PyDict && b instanceof PyDict) return orderingError(a, b, op);
  if (a instanceof PySet && b instanceof PySet) return compareSets(a, b, op);
  if (a instanceof PyDictView || b instanceof PyDictView) {
    const r = viewCompare(vm, a, b, op);
    if (r !== null) return r;
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === CompareOpArg.EQ || op === CompareOpArg.NE)) {
    const eq = a.length === b.length && (a.length === 0n || (a.start === b.start && (a.length === 1n || a.step === b.step)));
    return eq === (op === CompareOpArg.EQ);
  }
  // meth_richcompare: the same function bound to the same object (3.8+ compares __self__ by identity).
  if (a instanceof PyBoundMethod && b instanceof PyBoundMethod && (op === CompareOpArg.EQ || op === CompareOpArg.NE)) {
    return (a.self === b.self && a.func === b.func) === (op === CompareOpArg.EQ);
  }
  if (isBoundBuiltin(a) && isBoundBuiltin(b) && (op === CompareOpArg.EQ || op === CompareOpArg.NE)) {
    return sameBoundBuiltin(a, b) === (op === CompareOpArg.EQ);
  }
  if (op === CompareOpArg.EQ) return a === b;
  if (op === CompareOpArg.NE) return a !== b;
  return orderingError(a, b, op);
}

function orderingError(a: PyObject, b: PyObject, op: number): never {
  throw new NativeRaise('TypeError', `'${COMPARE_OP_SYMBOLS[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

/** How deep the synchronous builtin paths recurse before handing over to the resumable forms. */
const MAX_SYNC_NESTING = 64;

function compareSequencesBuiltin(vm: VM, xs: PyObject[], ys: PyObject[], op: number, nesting: number): boolean | null {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    if (xs[i] === ys[i]) continue;
    const eq = compareBuiltin(vm, xs[i], ys[i], CompareOpArg.EQ, nesting);
    if (eq === null) return null;
    if (!eq) {
      if (op === CompareOpArg.EQ) return false;
      if (op === CompareOpArg.NE) return true;
      return compareBuiltin(vm, xs[i], ys[i], op, nesting);
    }
  }
  return applyOrder(xs.length - ys.length, op);
}

function dictEqualsBuiltin(vm: VM, a: PyDict, b: PyDict, nesting: number): boolean | null {
  if (a.size !== b.size) return false;
  // Keys with a user __hash__ are looked up through their __eq__.
  if (a.chains !== null || b.chains !== null) return null;
  for (const [k, e] of a.map) {
    const other = b.map.get(k);
    if (!other) return false;
    if (e.value === other.value) continue;
    const eq = compareBuiltin(vm, e.value, other.value, CompareOpArg.EQ, nesting);
    if (eq !== true) return eq;
  }
  return true;
}

/** a OP b with user comparison methods running as frames of the eval loop; a new reference. */
export function* richCompareResumable(vm: VM, a: PyObject, b: PyObject, op: number): NativeOp<PyObject> {
  if (!hasPythonClass(a) && !hasPythonClass(b)) {
    const fast = compareBuiltin(vm, a, b, op);
    if (fast !== null) return newBool(fast);
  }
  vm.enterRecursiveCall(IN_COMPARISON);
  try {
    if (!hasPythonClass(a) && !hasPythonClass(b)) {
      if (a.type.nativeSlots?.compare || b.type.nativeSlots?.compare || a instanceof PyWeakref) return yield* userCompare(vm, a, b, op);
      if (a instanceof PyDict) {
        if (op !== CompareOpArg.EQ && op !== CompareOpArg.NE) return orderingError(a, b, op);
        return newBool((yield* dictEqualsResumable(vm, a, b as PyDict)) === (op === CompareOpArg.EQ));
      }
      if (a instanceof PySet) return newBool(yield* compareSetsResumable(vm, a, b as PySet, op));
      return newBool(yield* compareSequencesResumable(vm, (a as PyList).items, (b as PyList).items, op, a instanceof PyList));
    }
    return yield* userCompare(vm, a, b, op);
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** do_richcompare with an instance involved: its methods (reflected first for a subclass), then identity for == and !=. */
function* userCompare(vm: VM, a: PyObject, b: PyObject, op: number): NativeOp<PyObject> {
  const bFirst = hasPythonClass(b) && b.type !== a.type && b.type.isSubtypeOf(a.type);
  const order: [PyObject, PyObject, number][] = bFirst
    ? [[b, a, REFLECTED[op]], [a, b, op]]
    : [[a, b, op], [b, a, REFLECTED[op]]];
  for (const [self, other, o] of order) {
    const slots = slotsOf(self.type);
    // A module type's comparison slot, unless the object's Python class defines the method (a bytes subclass's __eq__).
    if (slots?.compare && (!hasPythonClass(self) || self instanceof PyInstance || !specialMethod(self, DUNDER[o]))) {
      const r = slots.compare(vm, self, other, o);
      if (r) return r;
      continue;
    }
    if (!(self instanceof PyInstance)) {
      // A builtin kind's own comparison, unless its Python class defines the method.
      const method = hasPythonClass(self) ? specialMethod(self, DUNDER[o]) : undefined;
      if (!method && o === CompareOpArg.NE && self instanceof PyType) {
        // type compares as object does: object.__ne__ inverts the metaclass's __eq__.
        const r = yield* objectNotEqual(vm, self, other);
        if (r !== null) return r;
        continue;
      }
      const r = method ? yield* callMethodOp(vm, method, self, [other]) : yield* builtinKindCompare(vm, self, other, o);
      if (r !== NotImplemented) return r;
      decref(r);
      continue;
    }
    const method = self.type.lookup(DUNDER[o]);
    if (o === CompareOpArg.NE && method instanceof PyMethodDescriptor) {
      const r = yield* objectNotEqual(vm, self, other);
      if (r !== null) return r;
      continue;
    }
    // object's own comparisons are the defaults below.
    if (!method || method instanceof PyMethodDescriptor) continue;
    const r = yield* callMethodOp(vm, method, self, [other]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (op === CompareOpArg.EQ) return newBool(a === b);
  if (op === CompareOpArg.NE) return newBool(a !== b);
  return orderingError(a, b, op);
}

/**
 * object.__ne__ of an instance whose class defines __eq__: the inverted result of that __eq__, or null for
 * NotImplemented. It is reached through its slot wrapper, called with an argument tuple whose slice holds `other`
 * again, which the __eq__ sees in sys.getrefcount.
 */
function* objectNotEqual(vm: VM, self: PyObject, other: PyObject): NativeOp<PyObject | null> {
  const eq = self.type.lookup('__eq__');
  if (!eq || eq instanceof PyMethodDescriptor) return null;
  const held = holdReferences(vm, [self, other, other]);
  let r: PyObject;
  try {
    r = yield* callMethodOp(vm, eq, self, [other]);
  } finally {
    releaseReferences(vm, held);
  }
  if (r !== NotImplemented) return newBool(!(yield* truthOfResult(vm, r)));
  decref(r);
  return null;
}

/**
 * list_richcompare and tuplerichcompare: the first items that differ decide, compared again with `op`. CPython
 * 3.11's list holds each pair while their __eq__ runs (`heldPairs`); the tuple compares them borrowed, as both do
 * for the final comparison. Lists are re-read at each step: an __eq__ may change them.
 */
function* compareSequencesResumable(vm: VM, xs: PyObject[], ys: PyObject[], op: number, heldPairs: boolean): NativeOp<boolean> {
  let i = 0;
  for (; i < xs.length && i < ys.length; i++) {
    const x = xs[i], y = ys[i];
    if (x === y) continue;
    const pair = heldPairs ? holdReferences(vm, [x, y]) : null;
    let equal: boolean;
    try {
      equal = yield* nested(equalsResumable(vm, x, y));
    } finally {
      releaseReferences(vm, pair);
    }
    if (!equal) break;
  }
  if (i >= xs.length || i >= ys.length) return applyOrder(xs.length - ys.length, op);
  if (op === CompareOpArg.EQ) return false;
  if (op === CompareOpArg.NE) return true;
  const r = yield* nested(richCompareResumable(vm, xs[i], ys[i], op));
  return yield* truthOfResult(vm, r);
}

function* dictEqualsResumable(vm: VM, a: PyDict, b: PyDict): NativeOp<boolean> {
  if (a.size !== b.size) return false;
  for (const [k, e] of [...a.map]) {
    // dict_equal: each key (held) looked up in b, then the values compared.
    if (a.map.get(k) !== e) continue;
    let other: DictEntry | undefined;
    if (a.chains === null && b.chains === null) other = b.map.get(k);
    else {
      const key = incref(e.key);
      vm.holdTemporary(key);
      try {
        other = b.map.get(yield* nested(dictKeyForEntryResumable(vm, b, k, key)));
      } finally {
        vm.dropTemporary(key);
        decref(key);
      }
    }
    if (!other) return false;
    const x = incref(e.value), y = incref(other.value);
    const pair = [x, y];
    vm.holdTemporary(pair);
    try {
      if (!(yield* nested(equalsResumable(vm, x, y)))) return false;
    } finally {
      vm.dropTemporary(pair);
      decref(x);
      decref(y);
    }
  }
  return true;
}

/** compareSets for sets holding keys with a user __hash__: membership found through __eq__. */
function* compareSetsResumable(vm: VM, a: PySet, b: PySet, op: number): NativeOp<boolean> {
  if (a.table.chains === null && b.table.chains === null) return compareSets(a, b, op);
  const sub = function* (x: PySet, y: PySet): NativeOp<boolean> {
    for (const e of x.table.entries()) {
      // set_issubset holds each key while the other set looks it up.
      const key = incref(e.obj);
      vm.holdTemporary(key);
      try {
        if (!(yield* nested(setHasEntryResumable(vm, y.table, e)))) return false;
      } finally {
        vm.dropTemporary(key);
        decref(key);
      }
    }
    return true;
  };
  switch (op) {
    case CompareOpArg.EQ: return a.size === b.size && (yield* sub(a, b));
    case CompareOpArg.NE: return !(a.size === b.size && (yield* sub(a, b)));
    case CompareOpArg.LE: return a.size <= b.size && (yield* sub(a, b));
    case CompareOpArg.LT: return a.size < b.size && (yield* sub(a, b));
    case CompareOpArg.GE: return a.size >= b.size && (yield* sub(b, a));
    default: return a.size > b.size && (yield* sub(b, a));
  }
}

/** set_richcompare: sizes first, then whether one set's entries are all in the other. */
function compareSets(a: PySet, b: PySet, op: number): boolean {
  const sub = (x: PySet, y: PySet): boolean => {
    for (const e of x.table.entries()) if (!y.table.has(e.key)) return false;
    return true;
  };
  switch (op) {
    case CompareOpArg.EQ: return a.size === b.size && sub(a, b);
    case CompareOpArg.NE: return !(a.size === b.size && sub(a, b));
    case CompareOpArg.LE: return a.size <= b.size && sub(a, b);
    case CompareOpArg.LT: return a.size < b.size && sub(a, b);
    case CompareOpArg.GE: return a.size >= b.size && sub(b, a);
    default: return a.size > b.size && sub(b, a);
  }
}

/** a == b as a JS boolean (identity implies equality, as in CPython's containers). */
export function equals(vm: VM, a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const fast = compareBuiltin(vm, a, b, CompareOpArg.EQ);
  if (fast !== null) return fast;
  return vm.runSync(equalsResumable(vm, a, b));
}

/** PyObject_RichCompareBool(a, b, Py_EQ), resumable. */
export function* equalsResumable(vm: VM, a: PyObject, b: PyObject): NativeOp<boolean> {
  if (a === b) return true;
  const fast = compareBuiltin(vm, a, b, CompareOpArg.EQ);
  if (fast !== null) return fast;
  return yield* truthOfResult(vm, yield* richCompareResumable(vm, a, b, CompareOpArg.EQ));
}

/** The truth of a comparison's result (a new reference, released), held while a __bool__ runs. */
function* truthOfResult(vm: VM, r: PyObject): NativeOp<boolean> {
  const b = builtinTruth(r);
  if (b !== null) {
    decref(r);
    return b;
  }
  vm.holdTemporary(r);
  try {
    return yield* isTrueResumable(vm, r);
  } finally {
    vm.dropTemporary(r);
    decref(r);
  }
}

/** PyObject_RichCompareBool with any operator, resumable. */
export function* compareBoolResumable(vm: VM, a: PyObject, b: PyObject, op: number): NativeOp<boolean> {
  if (a === b && (op === CompareOpArg.EQ || op === CompareOpArg.NE)) return op === CompareOpArg.EQ;
  const fast = compareBuiltin(vm, a, b, op);
  if (fast !== null) return fast;
  return yield* truthOfResult(vm, yield* richCompareResumable(vm, a, b, op));
}

/** Truth value of any object: __bool__, then __len__, run as frames. */
export function* isTrueResumable(vm: VM, o: PyObject): NativeOp<boolean> {
  const b = builtinTruth(o);
  if (b !== null) return b;
  if (o === NotImplemented) {
    yield* warnOp(vm, E.DeprecationWarning, 'NotImplemented should not be used in a boolean context');
    return true;
  }
  const inst = o as PyInstance;
  const boolMethod = inst.type.lookup('__bool__');
  if (boolMethod) {
    const r = yield* callMethodOp(vm, boolMethod, o, []);
    const v = builtinTruth(r);
    decref(r);
    if (r.type !== T.bool) throw new NativeRaise('TypeError', `__bool__ should return bool, returned ${r.type.name}`);
    return v === true;
  }
  if (inst.type.lookup('__len__')) return (yield* lengthResumable(vm, o)) > 0;
  return true;
}

/**
 * The builtin kind's own rich comparison of `self` (list_richcompare, long_richcompare...): NotImplemented
 * when `other` is not of a kind it compares with; items compared as frames.
 */
export function* builtinKindCompare(vm: VM, self: PyObject, other: PyObject, op: number): NativeOp<PyObject> {
  const isEq = op === CompareOpArg.EQ || op === CompareOpArg.NE;
  const x = numberOf(self), y = numberOf(other);
  if (x !== null && y !== null && numericRank(other) <= numericRank(self)) return newBool(applyOrder(compareNumbers(x, y), op));
  if (self instanceof PyStr && other instanceof PyStr) return newBool(applyOrder(compareStr(self, other), op));
  if ((self instanceof PyList && other instanceof PyList) || (self instanceof PyTuple && other instanceof PyTuple)) {
    return newBool(yield* compareSequencesResumable(vm, self.items, other.items, op, self instanceof PyList));
  }
  if (self instanceof PyDict && other instanceof PyDict && isEq) {
    return newBool((yield* dictEqualsResumable(vm, self, other)) === (op === CompareOpArg.EQ));
  }
  if (self instanceof PySet && other instanceof PySet) return newBool(yield* compareSetsResumable(vm, self, other, op));
  if (isPlainWeakref(self) && isPlainWeakref(other) && isEq) {
    if (self.target && other.target) return yield* richCompareResumable(vm, self.target, other.target, op);
    return newBool((self === other) === (op === CompareOpArg.EQ));
  }
  return incref(NotImplemented);
}

/** A weakref.ref (or subclass) object, not a proxy. */
function isPlainWeakref(o: PyObject): o is PyWeakref {
  return o instanceof PyWeakref && !(o instanceof PyWeakProxy);
}

/** Truth value of builtin objects, or null for instances (which may define __bool__/__len__). */
export function builtinTruth(o: PyObject): boolean | null {
  if (hasPythonClass(o) && !(o instanceof PyInstance) && (overridesSpecial(o, '__bool__') || overridesSpecial(o, '__len__'))) return null;
  if (o instanceof PyBool) return o.value;
  if (o instanceof PyNone) return false;
  if (o instanceof PyInt) return o.value !== 0 && o.value !== 0n;
  if (o instanceof PyFloat) return o.value !== 0;
  if (o instanceof PyStr) return o.value.length > 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.size > 0;
  if (o instanceof PySet) return o.size > 0;
  if (o instanceof PyRange) return o.length > 0n;
  if (o instanceof PyInstance) return null;
  if (o instanceof PyWeakProxy) {
    if (!o.target) throw new NativeRaise('ReferenceError', 'weakly-referenced object no longer exists');
    return builtinTruth(o.target);
  }
  // NotImplemented's truth warns (a DeprecationWarning, run as Python code): isTrueResumable says it.
  if (o === NotImplemented) return null;
  const slots = slotsOf(o.type);
  if (slots?.truth) return slots.truth(o);
  return true;
}
