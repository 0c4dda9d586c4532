// Rich comparison, equality, truth value and hashing (as dict keys) of Python objects.

import { NativeRaise } from '../../errors';
import { COMPARE_OP_SYMBOLS, CompareOpArg } from '../../bytecode/opcodes';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyBool, PyDictView, PyFloat, PyInstance, PyInt, PyList, PyMethodDescriptor, PyNone, PyRange, PySet, PyStr, PyTuple, PyWeakref } from '../objects';
import { NotImplemented } from '../builtinTypes';
import { decref } from '../heap';
import { newBool } from '../factory';
import { IntValue } from '../intMath';
import { viewCompare } from '../dictViewOps';
import type { VM } from '../../vm/vm';

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

/** a OP b as a Python object (a new reference). */
export function richCompare(vm: VM, a: PyObject, b: PyObject, op: number): PyObject {
  const fast = builtinCompare(vm, a, b, op);
  if (fast !== null) return newBool(fast);
  // Reflected first when b's type is a subclass of a's, as CPython does.
  const bFirst = b instanceof PyInstance && b.type !== a.type && b.type.isSubtypeOf(a.type);
  const order: [PyObject, PyObject, number][] = bFirst
    ? [[b, a, REFLECTED[op]], [a, b, op]]
    : [[a, b, op], [b, a, REFLECTED[op]]];
  for (const [self, other, o] of order) {
    if (!(self instanceof PyInstance)) continue;
    const method = self.type.lookup(DUNDER[o]);
    // object's own comparisons are the defaults below.
    if (!method || method instanceof PyMethodDescriptor) continue;
    const r = vm.callMethod(method, self, [other]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (op === CompareOpArg.EQ) return newBool(a === b);
  if (op === CompareOpArg.NE) {
    // Default __ne__ inverts a user __eq__.
    const eq = a instanceof PyInstance ? a.type.lookup('__eq__') : undefined;
    if (eq && !(eq instanceof PyMethodDescriptor)) {
      const r = vm.callMethod(eq, a, [b]);
      if (r !== NotImplemented) {
        const t = vm.isTrue(r);
        decref(r);
        return newBool(!t);
      }
      decref(r);
    }
    return newBool(a !== b);
  }
  throw new NativeRaise('TypeError', `'${COMPARE_OP_SYMBOLS[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

/** The builtin comparisons as a JS boolean, or null when user methods must decide. */
function builtinCompare(vm: VM, a: PyObject, b: PyObject, op: number): boolean | null {
  const x = numberOf(a), y = numberOf(b);
  if (x !== null && y !== null) return applyOrder(compareNumbers(x, y), op);
  if (a instanceof PyStr && b instanceof PyStr) {
    const c = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return applyOrder(c, op);
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return compareSequences(vm, a.items, b.items, op);
  }
  if (a instanceof PyNone || b instanceof PyNone) {
    if (op === CompareOpArg.EQ) return a === b;
    if (op === CompareOpArg.NE) return a !== b;
    if (a instanceof PyInstance || b instanceof PyInstance) return null;
    return orderingError(a, b, op);
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op === CompareOpArg.EQ || op === CompareOpArg.NE) return dictEquals(vm, a, b) === (op === CompareOpArg.EQ);
    return orderingError(a, b, op);
  }
  if (a instanceof PySet && b instanceof PySet) return compareSets(a, b, op);
  if ((a instanceof PyDictView || b instanceof PyDictView) && !(a instanceof PyInstance) && !(b instanceof PyInstance)) {
    const r = viewCompare(vm, a, b, op);
    if (r !== null) return r;
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === CompareOpArg.EQ || op === CompareOpArg.NE)) {
    const eq = a.length === b.length && (a.length === 0n || (a.start === b.start && (a.length === 1n || a.step === b.step)));
    return eq === (op === CompareOpArg.EQ);
  }
  if (a instanceof PyInstance || b instanceof PyInstance) return null;
  if (op === CompareOpArg.EQ) return a === b;
  if (op === CompareOpArg.NE) return a !== b;
  return orderingError(a, b, op);
}

function orderingError(a: PyObject, b: PyObject, op: number): never {
  throw new NativeRaise('TypeError', `'${COMPARE_OP_SYMBOLS[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

function compareSequences(vm: VM, xs: PyObject[], ys: PyObject[], op: number): boolean {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    if (xs[i] === ys[i]) continue;
    if (!equals(vm, xs[i], ys[i])) {
      if (op === CompareOpArg.EQ) return false;
      if (op === CompareOpArg.NE) return true;
      const r = richCompare(vm, xs[i], ys[i], op);
      const t = vm.isTrue(r);
      decref(r);
      return t;
    }
  }
  return applyOrder(xs.length - ys.length, op);
}

function dictEquals(vm: VM, a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, e] of a.map) {
    const other = b.map.get(k);
    if (!other || !equals(vm, e.value, other.value)) return false;
  }
  return true;
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
  const fast = builtinCompare(vm, a, b, CompareOpArg.EQ);
  if (fast !== null) return fast;
  const r = richCompare(vm, a, b, CompareOpArg.EQ);
  const t = vm.isTrue(r);
  decref(r);
  return t;
}

/**
 * The dict/set key for a hashable object: equal values share a key (1, 1.0 and True are `i1`).
 * Raises TypeError for unhashable objects.
 */
export function hashKey(vm: VM, o: PyObject): string {
  if (o instanceof PyStr) return 's' + o.value;
  if (o instanceof PyInt) return 'i' + o.value;
  if (o instanceof PyBool) return o.value ? 'i1' : 'i0';
  if (o instanceof PyFloat) {
    const v = o.value;
    if (Number.isInteger(v)) return 'i' + (Math.abs(v) <= Number.MAX_SAFE_INTEGER ? String(v + 0) : BigInt(v).toString());
    if (Number.isNaN(v)) return 'o' + o.id;
    return 'f' + v;
  }
  if (o instanceof PyNone) return 'N';
  if (o instanceof PyTuple) return 't(' + o.items.map((x) => hashKey(vm, x)).join(',') + ')';
  if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet && !o.frozen)) {
    throw new NativeRaise('TypeError', `unhashable type: '${o.type.name}'`);
  }
  if (o instanceof PySet) return 'z{' + o.table.entries().map((e) => e.key).sort().join(',') + '}';
  if (o instanceof PyWeakref) {
    // A weak reference hashes (and compares, for dict keys) like its referent, remembered after it dies.
    if (o.hashCache === null) {
      if (!o.target) throw new NativeRaise('TypeError', 'weak object has gone away');
      o.hashCache = 'w' + hashKey(vm, o.target);
    }
    return o.hashCache;
  }
  if (o instanceof PyInstance) {
    // A class that defines __eq__ without __hash__ gets __hash__ = None when it is built.
    const hash = o.type.lookup('__hash__');
    if (hash instanceof PyNone) throw new NativeRaise('TypeError', `unhashable type: '${o.type.name}'`);
    if (hash && !(hash instanceof PyMethodDescriptor)) {
      const h = vm.callMethod(hash, o, []);
      const v = h instanceof PyInt ? h.value : null;
      decref(h);
      if (v === null) throw new NativeRaise('TypeError', '__hash__ method should return an integer');
      return 'u' + v;
    }
  }
  return 'o' + o.id;
}

/** Truth value of builtin objects, or null for instances (which may define __bool__/__len__). */
export function builtinTruth(o: PyObject): boolean | null {
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
  return true;
}
